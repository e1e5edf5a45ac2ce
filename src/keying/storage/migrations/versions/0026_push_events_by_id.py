"""the push's audit events in the order of the keyings' ids

Revision ID: 0026
Revises: 0025

PostgreSQL only. `keying_push_keyings` (0021) wrote a batch's audit events in the order of
its items by joining the keyings stored back to the batch's items by uuid: with the plan
kept for every batch (0024) that join was a nested loop, 50 × 50 comparisons per batch of
50, about 8 % of the server's work for a push (callgrind, docs/benchmarks.md, stop 25).
The events now go in the order of the keyings' ids. Each kind of keying is inserted in the
order of the items, so the events of the keyings inserted come in item order, then those of
the keyings superseded (a pass keyed by someone else meanwhile) in item order: in a batch
that has both, the superseded ones' events come after every inserted one's instead of
between them. Nothing else changes: one event per keying stored, the same kind, actor,
document and detail, the same answers. The function keeps 0024's `plan_cache_mode`
(CREATE OR REPLACE would otherwise drop it) and, as the claim's functions since 0025, runs
with `jit = off`: a plan costed high on a fresh import's statistics is not compiled by LLVM
at each batch. The downgrade puts 0021's text back, with 0024's setting.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BY_ITEM = "FROM stored s JOIN fresh f ON f.uuid = s.uuid ORDER BY f.n"
_BY_ID = "FROM stored s ORDER BY s.id"
_SETTINGS = (
    "ALTER FUNCTION keying_push_keyings(jsonb) SET plan_cache_mode = force_generic_plan",
    "ALTER FUNCTION keying_push_keyings(jsonb) SET jit = off",
)


def _push_of_0021() -> str:
    found = Path(__file__).with_name("0021_statement_triggers.py")
    spec = importlib.util.spec_from_file_location("keying_migration_0021", found)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = str(module._PUSH)
    assert text.count(_BY_ITEM) == 1
    return text


def _replace(text: str, settings: tuple[str, ...]) -> None:
    bind = op.get_bind()
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    path = f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"
    op.execute(text.format(path=path))  # CREATE OR REPLACE: the grants stay
    for statement in settings:
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(_push_of_0021().replace(_BY_ITEM, _BY_ID), _SETTINGS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(_push_of_0021(), _SETTINGS[:1])  # 0024's setting only
