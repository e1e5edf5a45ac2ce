"""flag outcomes, withdrawn documents, send-back for a third keying

Revision ID: 0006
Revises: 0004

- documents.withdrawn (`rescan` | `rejected`) and withdrawn_reason: a supervisor took the
  document out of the batch from the flagged-pages queue; it leaves the batch's count.
- page_flags.resolution (`returned` | `rescan` | `rejected`), resolved_by, resolution_note:
  what a supervisor did with a flagged page, and who.
- tasks.open_fields: the fields a send-back opens for pass 3 (JSON list; NULL: the whole form).
- discrepancies.third_pass (`sent`: waits for pass 3; `settled`: pass 3 settled it 2 of 3;
  `replaced`: pass 3 did not, a discrepancy with all three values replaces it).
- a trigger refusing an adjudication of a discrepancy that was sent back (a decision made on a
  stale screen after a send-back settled it is refused by the database, not only by Python).

Every added column is nullable and added in place (ALTER TABLE ADD COLUMN, with its check or
foreign key written in the column), so no table is rebuilt. Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MESSAGE = "this discrepancy was sent back for a third keying: it is no longer decided here"
_SENT_BACK = """EXISTS (
    SELECT 1 FROM discrepancies
    WHERE discrepancies.id = NEW.discrepancy_id AND discrepancies.third_pass IS NOT NULL
)"""


def _columns(id_type: str, json_type: str) -> list[str]:
    return [
        "ALTER TABLE documents ADD COLUMN withdrawn VARCHAR(16) CONSTRAINT "
        "ck_documents_withdrawn CHECK (withdrawn IN ('rescan', 'rejected'))",
        "ALTER TABLE documents ADD COLUMN withdrawn_reason TEXT",
        "ALTER TABLE page_flags ADD COLUMN resolution VARCHAR(16) CONSTRAINT "
        "ck_page_flags_resolution CHECK (resolution IN ('returned', 'rescan', 'rejected'))",
        f"ALTER TABLE page_flags ADD COLUMN resolved_by {id_type} CONSTRAINT "
        "fk_page_flags_resolved_by_operators REFERENCES operators (id)",
        "ALTER TABLE page_flags ADD COLUMN resolution_note TEXT",
        f"ALTER TABLE tasks ADD COLUMN open_fields {json_type}",
        "ALTER TABLE discrepancies ADD COLUMN third_pass VARCHAR(16) CONSTRAINT "
        "ck_discrepancies_third_pass CHECK (third_pass IN ('sent', 'settled', 'replaced'))",
    ]


_SQLITE_TRIGGERS = tuple(
    f"""CREATE TRIGGER trg_adjudications_not_sent_back_{event.lower()} BEFORE {event}
ON adjudications WHEN {_SENT_BACK}
BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"""
    for event in ("INSERT", "UPDATE")
)

_POSTGRESQL_TRIGGERS = (
    f"""CREATE FUNCTION keying_refuse_sent_back() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    IF {_SENT_BACK} THEN
        RAISE EXCEPTION USING
            MESSAGE = '{_MESSAGE} (discrepancy ' || NEW.discrepancy_id || ')',
            ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$body$""",
    """CREATE TRIGGER trg_adjudications_not_sent_back
BEFORE INSERT OR UPDATE ON adjudications
FOR EACH ROW EXECUTE FUNCTION keying_refuse_sent_back()""",
)

_DROPPED = (
    ("documents", "withdrawn"),
    ("documents", "withdrawn_reason"),
    ("page_flags", "resolution"),
    ("page_flags", "resolved_by"),
    ("page_flags", "resolution_note"),
    ("tasks", "open_fields"),
    ("discrepancies", "third_pass"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        statements = [*_columns("INTEGER", "JSON"), *_SQLITE_TRIGGERS]
    else:
        statements = [*_columns("BIGINT", "JSONB"), *_POSTGRESQL_TRIGGERS]
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_adjudications_not_sent_back_insert")
        op.execute("DROP TRIGGER IF EXISTS trg_adjudications_not_sent_back_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_adjudications_not_sent_back ON adjudications")
        op.execute("DROP FUNCTION IF EXISTS keying_refuse_sent_back()")
    # In place (SQLite >= 3.35), so each column's own check goes with it; the foreign key
    # last, by a rebuild (SQLite drops a column with a foreign key no other way).
    for table, column in reversed(_DROPPED):
        if column != "resolved_by":
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    with op.batch_alter_table("page_flags") as batch:
        batch.drop_column("resolved_by")
