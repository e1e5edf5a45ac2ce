"""A claim reads one lease to know that no claim has expired (migration 0022). The claim's
rules are tested where they were (test_storage, test_batches, test_queue_order …,
test_claim_on_server); here: what 0022 changed — with the statistics of a fresh import, a
claim after 300 others reads a few rows of `tasks`, not the 300 claimed (0019 read them all,
for every claim, looking for an expired lease) — and that the takeover still happens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import make_url, select, update

from keying.bench.central import _setup
from keying.storage import repo
from keying.storage.claim_call import claim_rows
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import Task

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=30)
READ = (
    "SELECT coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0)"
    " FROM pg_stat_xact_user_tables WHERE relname = 'tasks'"
)

pytestmark = pytest.mark.postgres


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_a_claim_after_300_reads_a_few_rows_not_the_claimed_ones(
    postgres_migrated_url: str,
) -> None:
    operators = _setup(postgres_migrated_url, 10, 300)
    conninfo = _conninfo(postgres_migrated_url)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        # the statistics of a fresh import (every task open), kept: no autovacuum mid-test
        connection.execute("ALTER TABLE tasks SET (autovacuum_enabled = false)")
        connection.execute("VACUUM ANALYZE")
    with psycopg.connect(conninfo) as connection:
        cursor = connection.cursor()
        for n in range(300):
            assert claim_rows(cursor, operators[n % 10], f"ws{n % 10}", 1, LEASE, T0)
            connection.commit()
    with psycopg.connect(conninfo) as connection:  # a new backend: its counters at nought
        cursor = connection.cursor()
        for _warm in range(6):  # past PL/pgSQL's first plans: its generic ones are kept
            assert claim_rows(cursor, operators[0], "ws0", 1, LEASE, T0)
            connection.rollback()
        earliest = cursor.execute("SELECT keying_claim_earliest_lease()").fetchone()
        before = cursor.execute(READ).fetchone()
        assert claim_rows(cursor, operators[0], "ws0", 1, LEASE, T0)
        after = cursor.execute(READ).fetchone()
        connection.rollback()
    assert earliest == (T0 + LEASE,)
    assert before is not None and after is not None
    assert after[0] - before[0] <= 20, (before, after)  # 0019: 302


def test_an_expired_claim_is_still_taken_over_first(postgres_migrated_url: str) -> None:
    """The lease of a held pass 1 runs out: another workstation's claim takes it before any
    open task; a claim from the workstation that held it does not."""
    operators = _setup(postgres_migrated_url, 3, 4)
    engine = make_engine(postgres_migrated_url)
    try:
        with session_factory(engine)() as session:
            held = repo.claim_key_tasks(session, operators[0], "pc-a", 2, LEASE, T0)
            assert [t.pass_no for t in held] == [1, 1]
            session.commit()
            expired = held[0].id  # the first in the batch's order
            session.execute(update(Task).where(Task.id == expired).values(lease_until=T0 - LEASE))
            session.commit()
            same_pc = repo.claim_key_tasks(session, operators[1], "pc-a", 1, LEASE, T0)
            assert len(same_pc) == 1 and same_pc[0].id != expired
            session.rollback()
            taken = repo.claim_key_tasks(session, operators[1], "pc-b", 1, LEASE, T0)
            assert [t.id for t in taken] == [expired]
            session.commit()
            holder = session.scalar(select(Task.claimed_by).where(Task.id == expired))
            assert holder == operators[1]
    finally:
        engine.dispose()
