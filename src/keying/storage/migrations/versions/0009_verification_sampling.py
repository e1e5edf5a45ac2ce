"""verification sampling: a batch's sampling settings and the draw of each document

Revision ID: 0009
Revises: 0005

- batch_sampling: one row per batch verified by sampling (rate, minimum accuracy of the keyer
  on the form, seed, the fields a keyer needs measured, the window of documents measured).
- sampling_draws: one row per document of such a batch, written when its pass 1 came in:
  verified or not, the rate and seed, the draw, the reason, the keyer's measure then.

New tables only. On PostgreSQL: admins set the sampling (`keying batch set-sampling`, run
as the owner or an admin); supervisors (whose connections close documents) read the
settings and write draws; operators read the settings and, of the draws, only which
documents were drawn (the claim hands out pass 2 of a sampled batch only after the draw),
never a keyer's measure. Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_REASONS = (
    "sampled",
    "not_sampled",
    "below_threshold",
    "too_few_fields",
    "gold",
    "pass_2_started",
)


def upgrade() -> None:
    op.create_table(
        "batch_sampling",
        sa.Column(
            "batch_id",
            _ID,
            sa.ForeignKey("batches.id", name="fk_batch_sampling_batch_id_batches"),
            nullable=False,
        ),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.Column("min_accuracy", sa.Float(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("min_fields", sa.Integer(), nullable=False),
        sa.Column("window_documents", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("batch_id", name="pk_batch_sampling"),
        sa.CheckConstraint("rate >= 0 AND rate <= 1", name="ck_batch_sampling_rate"),
        sa.CheckConstraint(
            "min_accuracy >= 0 AND min_accuracy <= 100", name="ck_batch_sampling_min_accuracy"
        ),
        sa.CheckConstraint(
            "min_fields >= 1 AND window_documents >= 1", name="ck_batch_sampling_measure"
        ),
    )
    reasons = ", ".join(repr(r) for r in _REASONS)
    op.create_table(
        "sampling_draws",
        sa.Column("id", _ID, nullable=False),
        sa.Column(
            "document_id",
            _ID,
            sa.ForeignKey("documents.id", name="fk_sampling_draws_document_id_documents"),
            nullable=False,
        ),
        sa.Column(
            "keying_id",
            _ID,
            sa.ForeignKey("keyings.id", name="fk_sampling_draws_keying_id_keyings"),
            nullable=False,
        ),
        sa.Column(
            "operator_id",
            _ID,
            sa.ForeignKey("operators.id", name="fk_sampling_draws_operator_id_operators"),
            nullable=False,
        ),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("draw", sa.Float(), nullable=True),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("fields_measured", sa.Integer(), nullable=False),
        sa.Column("errors_measured", sa.Integer(), nullable=False),
        sa.Column("fields", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sampling_draws"),
        sa.UniqueConstraint("document_id", name="uq_sampling_draws_document_id"),
        sa.CheckConstraint(f"reason IN ({reasons})", name="ck_sampling_draws_reason"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_GRANTS)


_GRANTS = """DO $grants$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_operator') THEN
        GRANT SELECT ON batch_sampling TO keying_operator;
        GRANT SELECT (document_id) ON sampling_draws TO keying_operator;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_supervisor') THEN
        GRANT SELECT ON sampling_draws TO keying_supervisor;
        GRANT INSERT ON sampling_draws TO keying_supervisor;
        GRANT USAGE ON SEQUENCE sampling_draws_id_seq TO keying_supervisor;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_admin') THEN
        GRANT INSERT, UPDATE, DELETE ON batch_sampling TO keying_admin;
    END IF;
END
$grants$"""


def downgrade() -> None:
    op.drop_table("sampling_draws")
    op.drop_table("batch_sampling")
