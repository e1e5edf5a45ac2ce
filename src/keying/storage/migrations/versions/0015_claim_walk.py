"""partial indexes for the claim: a batch's documents being keyed in order, open key tasks

Revision ID: 0015
Revises: 0014

A claim used to join every open key task to its document and batch and sort them all to
hand out the first (issue 11, Performance: ~110 ms a claim on 5,000 documents, growing with
the queue). It now asks the open batches in serving order (priority, then batch order) and,
within a batch, walks its documents still being keyed in their order and each one's open
key tasks, stopping at the first this operator may take (`repo.claim_key_tasks`):

- `ix_documents_keying_queue`: documents (batch_id, seq) where status = 'keying';
- `ix_tasks_open_key`: tasks (document_id, pass_no) where kind = 'key' and status is open
  or claimed (an expired claim may be taken over);
- `ix_tasks_claimed_by` (claimed_by, document_id) and `ix_keyings_operator` (operator_id,
  document_id): the rules "never a document this operator holds another pass of, or keyed"
  read the operator's own rows, not the whole table.

Both backends (SQLite and PostgreSQL have partial indexes). Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEYING = "status = 'keying'"
_OPEN_KEY = "kind = 'key' AND status IN ('open', 'claimed')"


def upgrade() -> None:
    op.create_index(
        "ix_documents_keying_queue",
        "documents",
        ["batch_id", "seq"],
        postgresql_where=sa.text(_KEYING),
        sqlite_where=sa.text(_KEYING),
    )
    op.create_index(
        "ix_tasks_open_key",
        "tasks",
        ["document_id", "pass_no"],
        postgresql_where=sa.text(_OPEN_KEY),
        sqlite_where=sa.text(_OPEN_KEY),
    )
    op.create_index("ix_tasks_claimed_by", "tasks", ["claimed_by", "document_id"])
    op.create_index("ix_keyings_operator", "keyings", ["operator_id", "document_id"])


def downgrade() -> None:
    op.drop_index("ix_keyings_operator", table_name="keyings")
    op.drop_index("ix_tasks_claimed_by", table_name="tasks")
    op.drop_index("ix_tasks_open_key", table_name="tasks")
    op.drop_index("ix_documents_keying_queue", table_name="documents")
