"""The claim without the ORM (`storage/claim_call.py`, issue 11, Performance): one call of
`keying_claim_key_tasks` on a psycopg cursor, the bench's 100 clients' way to claim. The
claim's rules are tested where they are (test_storage, test_batches, test_queue_order …,
test_claim_on_server); here: that this call is the same claim, and so is the autocommit one
(`claim_rows_autocommit`, libpq's one call: the bench's timed loop)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import func, make_url, select

from keying.bench.central import _setup
from keying.storage.claim_call import ClaimedRow, claim_rows, claim_rows_autocommit
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import AuditEvent, Task

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=30)

pytestmark = pytest.mark.postgres


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_the_claim_without_the_orm_is_the_same_claim(postgres_migrated_url: str) -> None:
    """`claim_rows` on a plain psycopg cursor: the tasks handed out, their leases and audit
    events, as `repo.claim_key_tasks` leaves them; nothing when the caller rolls back."""
    operators = _setup(postgres_migrated_url, 2, 3)
    with psycopg.connect(_conninfo(postgres_migrated_url)) as connection:
        cursor = connection.cursor()
        rolled = claim_rows(cursor, operators[0], "pc-a", 2, LEASE, T0)
        connection.rollback()
        assert len(rolled) == 2
        rows = claim_rows(cursor, operators[0], "pc-a", 2, LEASE, T0)
        connection.commit()
        again = claim_rows(cursor, operators[1], "pc-b", 1, LEASE, T0)
        connection.commit()
    assert rows == rolled and all(isinstance(row, ClaimedRow) for row in rows)
    assert [(row.pass_no, row.document_id != rows[0].document_id) for row in rows] == [
        (1, False),
        (1, True),
    ]
    assert [(again[0].document_id, again[0].pass_no)] == [(rows[0].document_id, 2)]
    engine = make_engine(postgres_migrated_url)
    try:
        with session_factory(engine)() as session:
            held = session.execute(
                select(Task.id, Task.status, Task.claimed_by, Task.workstation, Task.lease_until)
                .where(Task.status == "claimed")
                .order_by(Task.id)
            ).all()  # fmt: skip
            assert held == sorted(
                [(r.id, "claimed", operators[0], "pc-a", T0 + LEASE) for r in rows]
                + [(again[0].id, "claimed", operators[1], "pc-b", T0 + LEASE)]
            )
            events = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.kind == "task_claimed")
            )
            assert events == 3
    finally:
        engine.dispose()


def test_the_autocommit_call_is_the_same_claim_committed_by_itself(
    postgres_migrated_url: str,
) -> None:
    """`claim_rows_autocommit`: the tasks `claim_rows` hands out, each call its own transaction
    (seen committed from another connection), the lease to the microsecond, nothing for a
    limit of 0, the server's refusal raised as psycopg raises it; never in a transaction."""
    operators = _setup(postgres_migrated_url, 2, 3)
    odd_lease = timedelta(days=1, seconds=5, microseconds=7)
    conninfo = _conninfo(postgres_migrated_url)
    with (
        psycopg.connect(conninfo, autocommit=True) as connection,
        psycopg.connect(conninfo) as other,
    ):
        assert claim_rows_autocommit(connection, operators[0], "pc-a", 0, LEASE, T0) == []
        rows = claim_rows_autocommit(connection, operators[0], "pc-a", 2, LEASE, T0)
        again = claim_rows_autocommit(connection, operators[1], "pc-b", 1, odd_lease, T0)
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            claim_rows_autocommit(connection, 999_999, "pc-c", 1, LEASE, T0)
        with pytest.raises(ValueError, match="autocommit"):
            claim_rows_autocommit(other, operators[1], "pc-b", 1, LEASE, T0)
        held = other.execute(
            "SELECT id, claimed_by, workstation, lease_until FROM tasks"
            " WHERE status = 'claimed' ORDER BY id"
        ).fetchall()
        events = other.execute(
            "SELECT count(*) FROM audit_events WHERE kind = 'task_claimed'"
        ).fetchone()
    assert all(isinstance(row, ClaimedRow) for row in rows + again)
    assert [(row.pass_no, row.document_id != rows[0].document_id) for row in rows] == [
        (1, False),
        (1, True),
    ]
    assert [(again[0].document_id, again[0].pass_no)] == [(rows[0].document_id, 2)]
    assert held == sorted(
        [(r.id, operators[0], "pc-a", T0 + LEASE) for r in rows]
        + [(again[0].id, operators[1], "pc-b", T0 + odd_lease)]
    )
    assert events == (3,)
