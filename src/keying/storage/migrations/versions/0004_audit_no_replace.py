"""audit_events append-only against REPLACE

Revision ID: 0004
Revises: 0003

On SQLite, `REPLACE INTO audit_events` and `INSERT OR REPLACE` rewrote an audit row: the
REPLACE conflict resolution deletes the old row without firing DELETE triggers (unless
`recursive_triggers` is on, which no connection can be trusted to set). This revision adds a
BEFORE INSERT trigger refusing any insert whose id is already taken, so every statement form
that could replace a row (REPLACE, INSERT OR REPLACE, an UPSERT, INSERT OR IGNORE of a taken
id) is refused, as UPDATE and DELETE already are.

PostgreSQL has no REPLACE; its UPSERT (`ON CONFLICT DO UPDATE`) and MERGE fire the row
UPDATE/DELETE triggers of 0001, which refuse them: nothing to add there.

Frozen with this revision, like 0001's triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_CREATE = """CREATE TRIGGER trg_audit_events_no_replace BEFORE INSERT ON audit_events
WHEN EXISTS (SELECT 1 FROM audit_events WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"""
_SQLITE_DROP = "DROP TRIGGER IF EXISTS trg_audit_events_no_replace"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_SQLITE_CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_SQLITE_DROP)
