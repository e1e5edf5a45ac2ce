"""A push on PostgreSQL keeps a connection a lane (two at most) for its batches, each batch
one statement in autocommit (`sync/push_line.py`, issue 11, Performance): no connection taken
and pinged, no BEGIN and COMMIT, per batch. What must hold as before: each keying stored
once, a batch's keyings in the outbox's order, a hook that acts still in its batch's
transaction (one batch at a time), and a connection lost in
the middle of a push neither loses nor doubles a keying, the next push on the same engine
taking a new connection."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from keying.storage.engine import make_engine, session_factory, upgrade
from keying.storage.models import Keying
from keying.sync.cache import WorkstationCache
from keying.sync.protocol import PUSH_BATCH, PUSH_LANES, SyncClient
from tests.postgres import PostgresServer, _create_database, _drop_database
from tests.support.outbox_load import WORKSTATION, fill_outbox, later, populate, stored

pytestmark = pytest.mark.postgres
KEYINGS = PUSH_BATCH * 2 + 20  # three batches


@pytest.fixture
def central(postgres_server: PostgresServer, tmp_path: Path) -> Any:
    """(server, URL, cache path, the outbox's UUIDs in order): KEYINGS keyings waiting."""
    name = _create_database(postgres_server)
    url = postgres_server.url(name)
    upgrade(url)
    operator = populate(url, KEYINGS)
    cache = tmp_path / "cache.sqlite"
    try:
        yield postgres_server, url, cache, fill_outbox(url, cache, operator, KEYINGS)
    finally:
        _drop_database(postgres_server, name)


def _watch(engine: Engine) -> tuple[list[int], list[tuple[str, bool, int]]]:
    """Connections taken from the pool, and each statement (text, autocommit, backend pid)."""
    checkouts: list[int] = []
    statements: list[tuple[str, bool, int]] = []

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi: Any, record: Any, proxy: Any) -> None:
        checkouts.append(1)

    @event.listens_for(engine, "before_cursor_execute")
    def _statement(conn: Any, cursor: Any, text: str, *rest: Any) -> None:
        raw = conn.connection.dbapi_connection
        statements.append((text, bool(raw.autocommit), int(raw.info.backend_pid)))

    return checkouts, statements


def test_a_push_is_one_statement_a_batch_on_connections_it_keeps_in_autocommit(
    central: Any,
) -> None:
    _server, url, cache_path, uuids = central
    engine = make_engine(url)
    checkouts, statements = _watch(engine)
    cache = WorkstationCache(cache_path)
    try:
        order = [item.id for item in cache.pending(later()().isoformat())]
        report = SyncClient(session_factory(engine), cache, WORKSTATION, clock=later()).push()
    finally:
        cache.close()
        engine.dispose()
    assert (report.pushed, report.failed, report.pending) == (KEYINGS, 0, 0)
    backends = {pid for *_rest, pid in statements}
    # a connection a lane, kept: not one connection (and its ping) a batch
    assert len(checkouts) == len(backends) <= PUSH_LANES
    assert [s[0].count("keying_push_keyings") for s in statements] == [1, 1, 1]
    assert all(autocommit for _text, autocommit, _pid in statements)  # no BEGIN, no COMMIT
    in_central, inserted = stored(url)
    assert sorted(in_central) == sorted(uuids) and inserted == KEYINGS
    reader = make_engine(url)
    try:
        with session_factory(reader)() as session:
            by_id = list(session.scalars(select(Keying.uuid).order_by(Keying.id)))
    finally:
        reader.dispose()
    position = {uuid: n for n, uuid in enumerate(by_id)}
    for start in range(0, KEYINGS, PUSH_BATCH):  # each batch stored in the outbox's order
        batch = [position[uuid] for uuid in order[start : start + PUSH_BATCH]]
        assert batch == sorted(batch)


def test_a_hook_that_acts_stays_in_its_batchs_transaction(central: Any) -> None:
    _server, url, cache_path, uuids = central
    engine = make_engine(url)
    checkouts, statements = _watch(engine)
    seen: list[tuple[str, bool]] = []

    def hook(session: Session, keying: Keying) -> None:
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        seen.append((keying.uuid, bool(raw.autocommit)))

    cache = WorkstationCache(cache_path)
    try:
        client = SyncClient(
            session_factory(engine), cache, WORKSTATION, on_keying_stored=hook, clock=later()
        )
        report = client.push()
    finally:
        cache.close()
        engine.dispose()
    assert report.pushed == KEYINGS
    assert sorted(u for u, _auto in seen) == sorted(uuids)
    assert not any(auto for _u, auto in seen)  # the hook wrote in the batch's transaction
    assert len(checkouts) == 3  # a session a batch, as before
    assert not any(autocommit for _text, autocommit, _pid in statements)


def test_the_connection_lost_between_batches_loses_and_doubles_nothing(central: Any) -> None:
    server, url, cache_path, uuids = central
    cache = WorkstationCache(cache_path)
    order = [item.id for item in cache.pending(later()().isoformat())]
    engine = make_engine(url)
    third_stored = threading.Event()

    def _batch(parameters: Any) -> str:
        return str(parameters.get("batch", "")) if isinstance(parameters, dict) else ""

    @event.listens_for(engine, "before_cursor_execute")
    def _cut(conn: Any, cursor: Any, text: str, parameters: Any, *rest: Any) -> None:
        if order[PUSH_BATCH] in _batch(parameters):  # the second batch's call, on one lane
            # held until the other lane has stored the third batch beside it
            assert third_stored.wait(30)
            pid = conn.connection.dbapi_connection.info.backend_pid
            with psycopg.connect(server.conninfo(), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    @event.listens_for(engine, "after_cursor_execute")
    def _stored(conn: Any, cursor: Any, text: str, parameters: Any, *rest: Any) -> None:
        if order[2 * PUSH_BATCH] in _batch(parameters):
            third_stored.set()

    try:
        client = SyncClient(session_factory(engine), cache, WORKSTATION, clock=later())
        first = client.push()
        # the first batch stored, and the third beside the second (sent before the second
        # failed): both acknowledged; the second's call cut: as after any failure of a batch,
        # its first item is tried alone (a new connection: stored) and the push stops
        third = KEYINGS - 2 * PUSH_BATCH
        assert (first.pushed, first.pending) == (PUSH_BATCH + third + 1, PUSH_BATCH - 1)
        second = client.push()  # same engine: a new connection, the cut one let go
    finally:
        cache.close()
        engine.dispose()
    assert (second.pushed, second.failed, second.pending) == (PUSH_BATCH - 1, 0, 0)
    in_central, inserted = stored(url)
    assert sorted(in_central) == sorted(uuids) and inserted == KEYINGS
