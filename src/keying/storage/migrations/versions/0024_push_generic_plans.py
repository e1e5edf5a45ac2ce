"""the push's statements planned once per connection

Revision ID: 0024
Revises: 0022

PostgreSQL only. `keying_push_keyings` (0020, 0021) runs with `plan_cache_mode =
force_generic_plan`: each statement in it (and in what it sets off: the keyings' statement
trigger, the foreign-key checks, `keying_pass_taken`) is planned once per connection and the
plan kept, instead of being planned again for the batch it is given. Its statements were
written so that their plans do not depend on the batch nor on the tables' statistics (each
lookup an index lookup per item, 0020), so a plan made without the batch's values is the one
a custom plan would be; PostgreSQL went on making custom plans of the big statement for every
call (the batch, a 50 KB jsonb, folded into each plan). Measured (issue 11, Performance): a
sixth to a fifth less of the server's CPU per keying pushed, and the first batches on a fresh
connection a third cheaper (docs/benchmarks.md, stop 25). What the function does, its rights
and its answers are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0024"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FUNCTION = "keying_push_keyings(jsonb)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER FUNCTION {_FUNCTION} SET plan_cache_mode = force_generic_plan")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER FUNCTION {_FUNCTION} RESET plan_cache_mode")
