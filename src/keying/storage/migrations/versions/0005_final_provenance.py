"""final records' provenance, errors charged to keyers

Revision ID: 0005
Revises: 0007 (numbered 0005, landed after 0006 and 0007)

- final_records.provenance (JSON): for every field (and table row or cell that needed a
  decision or a vote) how its value was decided (`agreed`, `a`, `b`, `c`, `2 of 3`, `new`,
  `illegible`) and by whom; existing final records get `{}`.
- keyer_errors: one fact per pass whose value of a field differs from the final record's
  (document, field, path, pass, operator, kind), written with the final record.

Added in place (no table is rebuilt). On PostgreSQL the group roles of 0007 get what the
supervisor station needs: supervisors read, add and (undo) delete keyer_errors, update a
final record's provenance and delete it and an adjudication (undo of a document's last
decision); operators read keyer_errors. Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0005"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column(
        "final_records",
        sa.Column("provenance", _JSON, nullable=False, server_default=sa.text("'{}'")),
    )
    op.create_table(
        "keyer_errors",
        sa.Column("id", _ID, nullable=False),
        sa.Column(
            "document_id",
            _ID,
            sa.ForeignKey("documents.id", name="fk_keyer_errors_document_id_documents"),
            nullable=False,
        ),
        sa.Column(
            "final_record_id",
            _ID,
            sa.ForeignKey("final_records.id", name="fk_keyer_errors_final_record_id_final_records"),
            nullable=False,
        ),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("path", sa.String(300), nullable=False),
        sa.Column("pass_no", sa.Integer(), nullable=False),
        sa.Column(
            "operator_id",
            _ID,
            sa.ForeignKey("operators.id", name="fk_keyer_errors_operator_id_operators"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_keyer_errors"),
        sa.CheckConstraint("pass_no IN (1, 2, 3)", name="ck_keyer_errors_pass_no"),
    )
    op.create_index("ix_keyer_errors_operator_id", "keyer_errors", ["operator_id"])
    op.create_index("ix_keyer_errors_document_id", "keyer_errors", ["document_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_GRANTS)


_GRANTS = """DO $grants$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_supervisor') THEN
        GRANT SELECT, INSERT, DELETE ON keyer_errors TO keying_supervisor;
        GRANT USAGE ON SEQUENCE keyer_errors_id_seq TO keying_supervisor;
        GRANT UPDATE (provenance) ON final_records TO keying_supervisor;
        GRANT DELETE ON final_records, adjudications TO keying_supervisor;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_operator') THEN
        GRANT SELECT ON keyer_errors TO keying_operator;
    END IF;
END
$grants$"""


def downgrade() -> None:
    op.drop_index("ix_keyer_errors_document_id", "keyer_errors")
    op.drop_index("ix_keyer_errors_operator_id", "keyer_errors")
    op.drop_table("keyer_errors")
    with op.batch_alter_table("final_records") as batch:
        batch.drop_column("provenance")
