"""a claim is never compiled by JIT, and plans its statements once per connection

Revision ID: 0025
Revises: 0024

Three costs of a claim on the server (issue 11, Performance), none of the rules changed:

- `keying_claim_key_tasks` (0019, 0022) now runs with `jit = off`, whatever the server's or
  the session's setting (PostgreSQL's default is on above a plan cost of 100,000). A claim
  reads a few rows, but its walk of the queue is planned for the whole queue with subplans
  for each candidate: right after an import (tables not yet analyzed) the planner costed it
  at 120,000–870,000, and PostgreSQL compiled its expressions with LLVM on every claim for a
  plan run once. `keying bench --only central`'s claims on a fresh import, 20–30 client
  processes: 9–26 ms of server CPU per claim, nearly all of it in LLVM; 1.8 ms with JIT off,
  in the same minutes (docs/benchmarks.md, "Stop 25, pgclaim5").
- `keying_claim_earliest_lease()` (0022) is the same query in PL/pgSQL instead of SQL, with
  the same settings (sorting off, and JIT off). A SQL function that is not inlined (one with
  SET clauses never is) is parsed and planned at each call on PostgreSQL 15–17: 0.2 ms of the
  claim's server time went to planning it (pg_stat_statements, track_planning); PL/pgSQL
  keeps its plan for the connection.
- `keying_claim_key_tasks` plans its statements for any values from their first run
  (`plan_cache_mode = force_generic_plan`). PL/pgSQL planned each statement for the values
  of each of a connection's first five claims, then kept the generic plan (0022's test shows
  the same plans then): planning the walk cost 2.9–5.8 ms, the batches' query 0.8 ms, so a
  station's first claims cost it 20–35 ms of server CPU, 0.2–0.4 ms a claim in a run of
  100 claims a connection (30 client processes: 1.20 → 0.83 ms of server CPU per claim,
  in the same minutes). The walk is written so that its plan does not depend on the values
  (0019: the queue outer, each candidate's rules looked up by index, OFFSET 0).

The settings are the functions' own (`ALTER FUNCTION … SET`, `CREATE OR REPLACE` keeps the
grants), so a shop's server needs no configuration for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLAIM = "keying_claim_key_tasks(bigint, text, integer, interval, timestamptz, bigint)"

_QUERY = """SELECT o.lease_until FROM tasks o
 WHERE o.kind = 'key' AND o.status = 'claimed'
 ORDER BY o.lease_until
 LIMIT 1"""

_EARLIEST = """CREATE OR REPLACE FUNCTION keying_claim_earliest_lease() RETURNS timestamptz
LANGUAGE plpgsql STABLE SECURITY INVOKER {path}
SET enable_sort = off SET enable_incremental_sort = off SET jit = off
AS $fn$
BEGIN
    RETURN ({query});
END
$fn$"""

# 0022's, for the downgrade
_EARLIEST_0022 = """CREATE OR REPLACE FUNCTION keying_claim_earliest_lease() RETURNS timestamptz
LANGUAGE sql STABLE SECURITY INVOKER {path}
SET enable_sort = off SET enable_incremental_sort = off
AS $fn$
{query}
$fn$"""


def _search_path() -> str | None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return None  # SQLite keeps the claim in Python (storage/claim_query.py)
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    return f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"


def upgrade() -> None:
    path = _search_path()
    if path is None:
        return
    op.execute(_EARLIEST.format(path=path, query=_QUERY))
    op.execute(f"ALTER FUNCTION {CLAIM} SET jit = off")
    op.execute(f"ALTER FUNCTION {CLAIM} SET plan_cache_mode = force_generic_plan")


def downgrade() -> None:
    path = _search_path()
    if path is None:
        return
    op.execute(f"ALTER FUNCTION {CLAIM} RESET jit")
    op.execute(f"ALTER FUNCTION {CLAIM} RESET plan_cache_mode")
    op.execute(_EARLIEST_0022.format(path=path, query=_QUERY))
