"""supervisors import scans: INSERT on the tables an import writes (PostgreSQL)

Revision ID: 0017
Revises: 0013

The import of scans is for admins and supervisors (the app's import dialog, issue 13). A
supervisor signed in as its own PostgreSQL role (0007) could add key tasks and audit events
but not a batch: this grants `keying_supervisor` INSERT on `form_definitions` (a form file
stored when new), `batches`, `documents`, `pages` and `blobs`; their id sequences were
granted to every group by 0007, and `documents`' policy for supervisors (0007,
`documents_supervisor`, FOR ALL) already admits the insert. Nothing else changes: a
supervisor still updates no batch and deletes nothing. Operators are not granted anything.
SQLite has no roles: nothing to do there. Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = "form_definitions, batches, documents, pages, blobs"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"GRANT INSERT ON {TABLES} TO keying_supervisor")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"REVOKE INSERT ON {TABLES} FROM keying_supervisor")
