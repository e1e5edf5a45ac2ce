"""batch priority, closing, and where each document came from

Revision ID: 0003
Revises: 0001

- batches.priority: the operator queue serves batches by priority (higher first), then by
  batch and document order; 0 for every existing batch.
- batches.closed_at: a closed batch hands out no more key tasks; its data stays.
- documents.source: the file (and its pages) a document was imported from, as given to
  `keying batch import` (None for generated documents).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("priority", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("source", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("source")
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("closed_at")
        batch.drop_column("priority")
