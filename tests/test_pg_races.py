"""Two transactions on one document at once, on the real PostgreSQL of the test session
(issue 11, 2: "a supervisor's adjudication of a document and the same person's keying of it,
in two concurrent transactions, cannot both commit"; migration 0010).

Each test opens two connections: the first writes and keeps its transaction open, the second
writes the conflicting row in a thread, then the first commits. Before 0010 the second did
not wait (its trigger check read the first's row as not yet there) and both committed."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from keying.storage.models import Discrepancy, Document, Operator
from tests.support.pg import owner_conninfo
from tests.support.world import World, make_world
from tests.test_send_back import B_VALUES
from tests.test_services import VALUES, key_document

pytestmark = pytest.mark.postgres


@dataclass(frozen=True)
class Case:
    conninfo: str
    document_id: int
    discrepancy_id: int
    supervisor_id: int


@pytest.fixture
def discrepant(tmp_path: Path, postgres_migrated_url: str) -> Iterator[Case]:
    """D-001 keyed by op1 and op2 with one difference: discrepant, waiting for `sup`."""
    world: World = make_world(tmp_path / "ws", documents=1, database_url=postgres_migrated_url)
    try:
        key_document(world.station("op1", prefetch=0), VALUES)
        key_document(world.station("op2", prefetch=0), B_VALUES)
        with world.services.sessions() as session:
            doc = session.scalars(select(Document)).one()
            assert doc.status == "discrepant"
            disc = session.scalars(select(Discrepancy)).first()
            sup = session.scalar(select(Operator.id).where(Operator.login == "sup"))
            assert disc is not None and sup is not None
            ids = (doc.id, disc.id, int(sup))
    finally:
        world.services.close()
    conninfo = owner_conninfo(postgres_migrated_url)
    yield Case(conninfo, *ids)


def _keying_by(case: Case) -> str:
    """A pass 3 keying of the document by the supervisor (a late push of a send-back pass)."""
    return (
        'INSERT INTO keyings (uuid, document_id, pass_no, operator_id, "values", figures, '
        "check_failures, finished_at, received_at, superseded) VALUES "
        f"('{uuid.uuid4()}', {case.document_id}, 3, {case.supervisor_id}, '{{}}', '{{}}', "
        "'[]', now(), now(), false)"
    )


def _adjudication_by(case: Case) -> str:
    return (
        "INSERT INTO adjudications (uuid, discrepancy_id, document_id, supervisor_id, decision, "
        f"value, reason, created_at) VALUES ('{uuid.uuid4()}', {case.discrepancy_id}, "
        f"{case.document_id}, {case.supervisor_id}, 'a', NULL, '', now())"
    )


def _send_back(case: Case) -> tuple[str, ...]:
    """What storage/send_back.py does first: lock the document, mark the discrepancy."""
    return (
        f"SELECT id FROM documents WHERE id = {case.document_id} FOR UPDATE",
        f"UPDATE discrepancies SET third_pass = 'sent' WHERE id = {case.discrepancy_id}",
        f"UPDATE documents SET status = 'keying' WHERE id = {case.document_id}",
    )


def _race(case: Case, first: tuple[str, ...], second: str) -> BaseException | None:
    """`first` in an open transaction; `second` in another connection, in a thread, then the
    first commits. Returns what the second raised (None: it committed too)."""
    outcome: list[BaseException | None] = []
    started = threading.Event()

    def run_second() -> None:
        try:
            with psycopg.connect(case.conninfo) as conn:
                conn.execute("SET lock_timeout = '20s'")
                started.set()
                conn.execute(second)
                conn.commit()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)
        finally:
            started.set()

    with psycopg.connect(case.conninfo) as conn:
        for statement in first:
            conn.execute(statement)
        thread = threading.Thread(target=run_second)
        thread.start()
        started.wait(20)
        _wait_until_blocked_or_done(case.conninfo, thread)
        conn.commit()
    thread.join(30)
    assert not thread.is_alive() and len(outcome) == 1
    return outcome[0]


def _wait_until_blocked_or_done(conninfo: str, thread: threading.Thread) -> None:
    """Until the second connection waits for a lock (or has finished: before 0010 it did)."""
    deadline = time.monotonic() + 20
    with psycopg.connect(conninfo, autocommit=True) as watch:
        while thread.is_alive() and time.monotonic() < deadline:
            waiting = watch.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()"
            ).fetchone()
            if waiting and waiting[0]:
                return
            time.sleep(0.02)


def _count(case: Case, sql: str) -> int:
    with psycopg.connect(case.conninfo) as conn:
        row = conn.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def _keyed_and_decided(case: Case) -> tuple[int, int]:
    keyed = _count(
        case,
        f"SELECT count(*) FROM keyings WHERE document_id = {case.document_id} "
        f"AND operator_id = {case.supervisor_id}",
    )
    decided = _count(
        case,
        f"SELECT count(*) FROM adjudications WHERE document_id = {case.document_id} "
        f"AND supervisor_id = {case.supervisor_id}",
    )
    return keyed, decided


def test_a_keying_pushed_while_its_keyer_adjudicates_the_document_is_refused(
    discrepant: Case,
) -> None:
    refused = _race(discrepant, (_keying_by(discrepant),), _adjudication_by(discrepant))
    assert isinstance(refused, psycopg.errors.CheckViolation), refused
    assert _keyed_and_decided(discrepant) == (1, 0)


def test_a_decision_committed_first_refuses_the_same_persons_keying(discrepant: Case) -> None:
    refused = _race(discrepant, (_adjudication_by(discrepant),), _keying_by(discrepant))
    assert isinstance(refused, psycopg.errors.CheckViolation), refused
    assert _keyed_and_decided(discrepant) == (0, 1)


def test_a_decision_made_while_the_discrepancy_is_sent_back_is_refused(discrepant: Case) -> None:
    refused = _race(discrepant, _send_back(discrepant), _adjudication_by(discrepant))
    assert isinstance(refused, psycopg.errors.CheckViolation), refused
    assert "sent back" in str(refused)
    assert _keyed_and_decided(discrepant) == (0, 0)
