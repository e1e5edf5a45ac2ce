"""a keying and an adjudication of one document take turns (PostgreSQL)

Revision ID: 0010
Revises: 0008

The rules "a keyer of a document does not adjudicate it" (0001) and "a discrepancy sent back
is not adjudicated" (0006) are trigger checks: each reads what is committed. On PostgreSQL,
at READ COMMITTED, two concurrent transactions — a supervisor's decision on a document and a
keying of it by the same person arriving by push; a decision and a send-back — each saw the
other's row not yet committed, and both committed.

From this revision, an insert into `keyings` and an insert or update of `adjudications` first
lock their document's row (`FOR NO KEY UPDATE`, in a BEFORE trigger that fires before the
checks: triggers fire in the order of their names, `trg_a_...` first). The second
transaction waits for the first to end, and its checks (a new snapshot per statement in
PL/pgSQL at READ COMMITTED) then see the first one's rows: one of the two is refused
(check_violation). A send-back already locks the document (`FOR UPDATE`) before it reads.
`FOR NO KEY UPDATE` leaves foreign-key checks (`FOR KEY SHARE`) free: pages and tasks of the
document are not held up. The function runs as its owner (SECURITY DEFINER): an operator's
role may not lock documents itself.

SQLite needs nothing: one writer at a time, and a transaction that read before another
committed cannot write (SQLITE_BUSY_SNAPSHOT). Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _statements(schema: str) -> tuple[str, ...]:
    return (
        f"""CREATE FUNCTION keying_lock_document() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $body$
BEGIN
    PERFORM 1 FROM documents WHERE id = NEW.document_id FOR NO KEY UPDATE;
    RETURN NEW;
END
$body$""",
        "REVOKE ALL ON FUNCTION keying_lock_document() FROM PUBLIC",
        """CREATE TRIGGER trg_a_lock_document
BEFORE INSERT ON keyings
FOR EACH ROW EXECUTE FUNCTION keying_lock_document()""",
        """CREATE TRIGGER trg_a_lock_document
BEFORE INSERT OR UPDATE ON adjudications
FOR EACH ROW EXECUTE FUNCTION keying_lock_document()""",
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in _statements(bind.dialect.identifier_preparer.quote_identifier(schema)):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS trg_a_lock_document ON adjudications")
    op.execute("DROP TRIGGER IF EXISTS trg_a_lock_document ON keyings")
    op.execute("DROP FUNCTION IF EXISTS keying_lock_document()")
