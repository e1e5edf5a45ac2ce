"""The claim in one call on PostgreSQL (`keying_claim_key_tasks`, migration 0019) and the
queue of open key tasks it walks (tasks.queue_batch_id / queue_seq, copied from the document
by a trigger on both backends). The claim's rules are tested where they were (test_storage,
test_batches, test_sampling, test_pg_training*, test_pg_gatekeeper …, on both backends where
they take `database_url`); here: what the function adds — several processes claiming at
once, a claim that reads the open tasks only, an operator's role claiming only as itself."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, make_url, select, text, update
from sqlalchemy.exc import DBAPIError

from keying.bench.central import _setup
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import AuditEvent, Document, Task
from keying.storage.pg_roles import create_login_role
from keying.storage.school_models import TrainingScore
from tests.support.world import PASSWORD, make_world

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=30)


def test_tasks_carry_their_documents_batch_and_order(migrated_database_url: str) -> None:
    """The queue's copies are set when a task is inserted (ORM or bulk) and follow the
    document if its order changes."""
    operators = _setup(migrated_database_url, 1, 3)
    assert operators
    engine = make_engine(migrated_database_url)
    try:
        with session_factory(engine)() as session:
            docs = {d.id: d for d in session.scalars(select(Document))}
            tasks = list(session.scalars(select(Task)))
            assert len(tasks) == 6
            for task in tasks:
                doc = docs[task.document_id]
                assert (task.queue_batch_id, task.queue_seq) == (doc.batch_id, doc.seq)
            first = min(docs.values(), key=lambda d: d.seq)
            session.add(Task(document_id=first.id, kind="key", pass_no=3))  # the ORM's insert
            session.execute(update(Document).where(Document.id == first.id).values(seq=99))
            session.commit()
            session.expire_all()
            copies = session.execute(
                select(Task.queue_batch_id, Task.queue_seq).where(Task.document_id == first.id)
            ).all()
            assert sorted(copies) == [(first.batch_id, 99)] * 3
    finally:
        engine.dispose()


def test_a_trained_on_or_flagged_document_is_never_claimed(migrated_database_url: str) -> None:
    operators = _setup(migrated_database_url, 2, 3)
    engine = make_engine(migrated_database_url)
    try:
        with session_factory(engine)() as session:
            first, second, third = session.scalars(select(Document).order_by(Document.seq))
            session.add(
                TrainingScore(uuid="u-1", operator_id=operators[0], document_id=first.id,
                              form_name="x", fields=1, errors=0, keystrokes=1, seconds=1.0,
                              values={}, finished_at=T0)
            )  # fmt: skip
            second.status = "flagged"
            session.commit()
            got = repo.claim_key_tasks(session, operators[0], "pc", 5, LEASE, T0)
            assert [(t.document_id, t.pass_no) for t in got] == [(third.id, 1)]
            other = repo.claim_key_tasks(session, operators[1], "pc2", 5, LEASE, T0)
            # never both passes of the first to one account; the third's pass 1 is held
            assert [(t.document_id, t.pass_no) for t in other] == [(first.id, 1), (third.id, 2)]
            session.commit()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_claim_reads_the_open_tasks_not_the_held_ones(postgres_migrated_url: str) -> None:
    """With 1,500 of 2,000 documents held by stations (their leases running), a claim reads a
    few rows, not the held documents before the first open one (it read them all, 0015)."""
    operators = _setup(postgres_migrated_url, 3, 2000)
    engine = make_engine(postgres_migrated_url)
    try:
        with session_factory(engine)() as session:
            held = select(Document.id).where(Document.seq <= 1500).scalar_subquery()
            session.execute(
                update(Task)
                .where(Task.document_id.in_(held), Task.pass_no == 1)
                .values(status="claimed", claimed_by=operators[0], workstation="a",
                        lease_until=T0 + LEASE)
            )  # fmt: skip
            session.execute(
                update(Task)
                .where(Task.document_id.in_(held), Task.pass_no == 2)
                .values(status="claimed", claimed_by=operators[1], workstation="b",
                        lease_until=T0 + LEASE)
            )  # fmt: skip
            session.commit()
        engine.dispose()  # a new backend: its counters (pg_stat_xact_*) start at nought
        with session_factory(engine)() as session:
            got = repo.claim_key_tasks(session, operators[2], "c", 1, LEASE, T0)
            seqs = [session.get(Document, t.document_id).seq for t in got]  # type: ignore[union-attr]
            read = session.execute(
                text(
                    "SELECT relname, coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0) "
                    "FROM pg_stat_xact_user_tables WHERE relname IN ('tasks', 'documents')"
                )
            ).all()
            session.rollback()
        assert seqs == [1501]
        assert all(rows <= 20 for _name, rows in read), read
    finally:
        engine.dispose()


def _claimer(url: str, operator_id: int, n: int, limit: int, out: Any) -> None:
    engine = make_engine(url, pool_size=1, max_overflow=0)
    claimed: list[tuple[int, int]] = []
    try:
        sessions = session_factory(engine)
        while True:
            with sessions() as session:
                repo.begin_claim(session)
                got = repo.claim_key_tasks(session, operator_id, f"ws{n}", limit, LEASE)
                pairs = [(t.id, t.document_id) for t in got]
                session.commit()
            if not pairs:
                break
            claimed.extend(pairs)
        out.put((operator_id, claimed, None))
    except BaseException as exc:
        out.put((operator_id, claimed, repr(exc)))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_processes_claiming_at_once_take_every_task_once(postgres_migrated_url: str) -> None:
    """Six workstations as processes, each its own connection and account, some claiming one
    task a call, some three: every key task handed out exactly once, never both passes of a
    document to one account, one audit event per task handed out."""
    clients, documents = 6, 150
    operators = _setup(postgres_migrated_url, clients, documents)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    processes = [
        context.Process(
            target=_claimer, args=(postgres_migrated_url, operators[n], n, 1 + 2 * (n % 2), out)
        )
        for n in range(clients)
    ]
    for process in processes:
        process.start()
    reports = [out.get(timeout=600) for _ in processes]
    for process in processes:
        process.join(60)
    assert [r[2] for r in reports] == [None] * clients
    every = [task for r in reports for task, _doc in r[1]]
    assert len(every) == 2 * documents and len(set(every)) == len(every)
    for _operator, pairs, _error in reports:
        per_document = Counter(doc for _task, doc in pairs)
        assert max(per_document.values(), default=1) == 1
    engine = make_engine(postgres_migrated_url)
    try:
        with session_factory(engine)() as session:
            claimed = AuditEvent.kind == "task_claimed"
            events = session.scalar(select(func.count()).select_from(AuditEvent).where(claimed))
            assert events == 2 * documents
            holders = session.execute(
                select(Task.document_id, func.count(func.distinct(Task.claimed_by)))
                .group_by(Task.document_id)
            ).all()  # fmt: skip
            assert all(count == 2 for _doc, count in holders)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_an_operators_role_claims_only_as_itself(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    world = make_world(tmp_path / "admin", documents=2, database_url=postgres_migrated_url)
    try:
        with world.services.sessions() as session:
            for login in ("op1", "op2"):
                create_login_role(session, login, PASSWORD, "operator")
            session.commit()
            ids = dict(session.execute(text("SELECT login, id FROM operators")).all())
    finally:
        world.services.close()
    url = make_url(postgres_migrated_url).set(
        drivername="postgresql+psycopg", username="op1", password=PASSWORD
    )
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            with pytest.raises(DBAPIError, match="row-level security"):
                repo.claim_key_tasks(session, ids["op2"], "pc", 1, LEASE, T0)
            session.rollback()
            got = repo.claim_key_tasks(session, ids["op1"], "pc", 1, LEASE, T0)
            assert [t.claimed_by for t in got] == [ids["op1"]]
            session.commit()
    finally:
        engine.dispose()
