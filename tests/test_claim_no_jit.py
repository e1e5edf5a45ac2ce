"""A claim is never compiled by JIT, and its lease check keeps its plan (migration 0025). The
claim's rules are tested where they are (test_storage, test_batches, test_queue_order …,
test_claim_on_server, test_claim_expired_check); here: what 0025 changed. The lease check is
the claim's own statement since 0030 (`ORDER BY l.lease_until`), a function call before. The
plans are read with auto_explain (PostgreSQL's contrib, loaded by the superuser's session
only)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import make_url

from keying.bench.central import _setup
from keying.storage.claim_call import claim_rows

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=30)
# every statement's plan, nested ones too, sent to the client; JIT for any plan at all
_EXPLAIN_ALL = (
    "LOAD 'auto_explain'",
    "SET auto_explain.log_min_duration = 0",
    "SET auto_explain.log_nested_statements = on",
    "SET auto_explain.log_analyze = on",
    "SET auto_explain.log_level = notice",
    "SET client_min_messages = notice",
    "SET jit = on",
    "SET jit_above_cost = 0",
    "SET jit_inline_above_cost = 0",
    "SET jit_optimize_above_cost = 0",
)

pytestmark = pytest.mark.postgres


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_a_claim_is_not_jit_compiled_even_where_every_plan_else_is(
    postgres_migrated_url: str,
) -> None:
    operators = _setup(postgres_migrated_url, 2, 5)
    with psycopg.connect(_conninfo(postgres_migrated_url)) as connection:
        if connection.execute("SELECT pg_jit_available()").fetchone() != (True,):
            pytest.skip("this PostgreSQL has no JIT (nothing to turn off)")
        plans: list[str] = []
        connection.add_notice_handler(lambda notice: plans.append(notice.message_primary or ""))
        cursor = connection.cursor()
        for setting in _EXPLAIN_ALL:
            cursor.execute(setting)
        cursor.execute("SELECT count(*) FROM tasks WHERE status = 'open'")
        control = list(plans)
        plans.clear()
        got = claim_rows(cursor, operators[0], "pc-a", 2, LEASE, T0)
        connection.rollback()
    # the session compiles everything: a plain query is compiled
    assert any("JIT:" in plan for plan in control), control
    assert [row.pass_no for row in got] == [1, 1]
    # the statements inside the functions (the caller's own one-row call, costed at 10, is
    # the caller's: compiled here only because this session compiles any plan)
    inside = [plan for plan in plans if "FROM keying_claim_key_tasks(" not in plan]
    walk = [plan for plan in inside if "SKIP LOCKED" in plan]
    lease = [plan for plan in inside if "ORDER BY l.lease_until" in plan]
    assert walk and lease, plans  # the claim's statements were seen
    assert not [plan for plan in inside if "JIT:" in plan], plans


def _plans_kept(cursor: psycopg.Cursor[tuple[object, ...]], text: str) -> list[tuple[object, ...]]:
    """The connection's cached plans (and plan sources) of the statements holding `text`."""
    return cursor.execute(
        "SELECT name, count(*) FROM pg_backend_memory_contexts"
        " WHERE ident LIKE %s GROUP BY name ORDER BY name",
        (f"%{text}%",),
    ).fetchall()


def test_the_claims_statements_are_planned_once_per_connection(
    postgres_migrated_url: str,
) -> None:
    """From the first claim the connection keeps one plan of the walk, for any values (0022:
    one plan per claim, for its values, until the sixth); the lease check's plan is kept
    (0022's SQL function was parsed and planned at each call): after three claims, once."""
    operators = _setup(postgres_migrated_url, 2, 5)
    with psycopg.connect(_conninfo(postgres_migrated_url)) as connection:
        cursor = connection.cursor()
        assert claim_rows(cursor, operators[0], "pc-a", 1, LEASE, T0)
        connection.commit()
        walk = _plans_kept(cursor, "FOR UPDATE SKIP LOCKED")
        for _claim in range(2):
            assert claim_rows(cursor, operators[0], "pc-a", 1, LEASE, T0)
            connection.commit()
        walk_after = _plans_kept(cursor, "FOR UPDATE SKIP LOCKED")
        lease = _plans_kept(cursor, "ORDER BY l.lease_until")
        earliest = cursor.execute("SELECT keying_claim_earliest_lease()").fetchone()
    assert walk == walk_after == [("CachedPlan", 1), ("CachedPlanSource", 1)]
    assert lease == [("CachedPlan", 1), ("CachedPlanSource", 1)]
    assert earliest == (T0 + LEASE,)
