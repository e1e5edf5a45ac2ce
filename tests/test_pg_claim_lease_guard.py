"""Migration 0030: a claim reads the earliest lease in a statement of its own, not by calling
`keying_claim_earliest_lease()` (issue 11, Performance: the call and its three settings were
65 k of a claim's 1,137 k server instructions). The answer is the same (an expired claim is
still taken over first, and a claim reads a few rows on a fresh import's statistics:
tests/test_claim_expired_check.py); here: that the claim no longer makes the call, that its
lease check reads the leases' own index without sorting on those statistics, and that the
downgrade puts 0025's claim back with its settings and grants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from alembic import command
from sqlalchemy import make_url

from keying.bench.central import _setup
from keying.storage.claim_call import claim_rows
from keying.storage.engine import alembic_config, make_engine, upgrade

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=30)
CLAIM = "keying_claim_key_tasks(bigint, text, integer, interval, timestamptz, bigint)"
SETTINGS_0025 = ["search_path=public, pg_temp", "jit=off", "plan_cache_mode=force_generic_plan"]
SETTINGS = [*SETTINGS_0025, "enable_sort=off"]
_EXPLAIN_NESTED = (
    "LOAD 'auto_explain'",
    "SET auto_explain.log_min_duration = 0",
    "SET auto_explain.log_nested_statements = on",
    "SET auto_explain.log_level = notice",
    "SET client_min_messages = notice",
    "SET track_functions = 'pl'",
)

pytestmark = pytest.mark.postgres


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _claim_function(conninfo: str) -> tuple[str, list[str], list[str]]:
    """The claim's source, its settings and its grants."""
    with psycopg.connect(conninfo) as connection:
        row = connection.execute(
            "SELECT prosrc, proconfig, proacl::text[] FROM pg_proc WHERE oid = %s::regprocedure",
            (CLAIM,),
        ).fetchone()
    assert row is not None
    return row[0], list(row[1]), sorted(row[2])


def test_a_claim_checks_the_leases_itself_on_their_index(postgres_migrated_url: str) -> None:
    operators = _setup(postgres_migrated_url, 3, 20)
    conninfo = _conninfo(postgres_migrated_url)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        # the statistics of a fresh import (no task claimed), kept: no autovacuum mid-test
        connection.execute("ALTER TABLE tasks SET (autovacuum_enabled = false)")
        connection.execute("VACUUM ANALYZE")
    with psycopg.connect(conninfo) as connection:
        plans: list[str] = []
        connection.add_notice_handler(lambda notice: plans.append(notice.message_primary or ""))
        cursor = connection.cursor()
        assert claim_rows(cursor, operators[0], "pc-a", 1, LEASE, T0)
        connection.commit()
        for setting in _EXPLAIN_NESTED:
            cursor.execute(setting)
        got = claim_rows(cursor, operators[1], "pc-b", 1, LEASE, T0)
        calls = dict(
            cursor.execute(
                "SELECT funcname, calls FROM pg_stat_xact_user_functions"
                " WHERE funcname LIKE 'keying_claim%%'"
            ).fetchall()
        )
        connection.rollback()
    assert len(got) == 1
    assert calls == {"keying_claim_key_tasks": 1}  # 0025: keying_claim_earliest_lease too
    guard = [plan for plan in plans if "ORDER BY l.lease_until" in plan]
    assert len(guard) == 1, plans
    assert "ix_tasks_key_leases" in guard[0] and "Sort" not in guard[0], guard


def test_the_downgrade_puts_the_call_back_and_the_upgrade_takes_it_away(
    postgres_migrated_url: str,
) -> None:
    conninfo = _conninfo(postgres_migrated_url)
    source, settings, grants = _claim_function(conninfo)
    assert "keying_claim_earliest_lease" not in source and "ORDER BY l.lease_until" in source
    assert settings == SETTINGS
    engine = make_engine(postgres_migrated_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0029")
    finally:
        engine.dispose()
    before = _claim_function(conninfo)
    assert "keying_claim_earliest_lease() < p_now" in before[0]
    assert before[0].replace("keying_claim_earliest_lease", "") != source
    assert before[1:] == (SETTINGS_0025, grants)  # the grants kept
    upgrade(postgres_migrated_url)
    assert _claim_function(conninfo) == (source, settings, grants)
