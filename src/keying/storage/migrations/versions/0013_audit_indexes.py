"""indexes on audit_events for the readers that search it by kind or by document

Revision ID: 0013
Revises: 0012

Since 0010–0012 the audit trail is read at every sign-in (the wrong passwords counted for a
login: `kind`), by the tasks-held view (when each task was claimed: `kind` and
`document_id`), by the refused-items listing (`kind`) and by a document's history
(`document_id`). Without an index each of these reads the whole table, which grows with
every keying. Both backends. Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_events_kind_document", "audit_events", ["kind", "document_id"])
    op.create_index("ix_audit_events_document", "audit_events", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_document", table_name="audit_events")
    op.drop_index("ix_audit_events_kind_document", table_name="audit_events")
