"""supervisors may take back their own decisions under row-level security

Revision ID: 0012
Revises: 0010 (the latest on main when it landed)

Migration 0005 granted DELETE on adjudications to keying_supervisor for undo (a decision
taken back, with the document's final record), but adjudications is under the row-level
security of 0007, which had no DELETE policy: a supervisor's own role saw no row to delete,
so the final record was taken back and the decision stayed. This adds the policy: a
supervisor (or admin) deletes only decisions made under their own id. PostgreSQL only;
nothing on SQLite. Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CREATE = """DO $undo$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_supervisor') THEN
        CREATE POLICY adjudications_supervisor_undo ON adjudications FOR DELETE
            TO keying_supervisor USING (supervisor_id = (SELECT keying_operator_id(current_user)));
    END IF;
END
$undo$"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS adjudications_supervisor_undo ON adjudications")
