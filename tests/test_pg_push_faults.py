"""The central PostgreSQL stops, or the client is killed, in the middle of a push (issue 11,
3): every keying ends up stored exactly once, by its UUID, once the push runs again.

Each test pushes `KEYING_PUSH_KEYINGS` keyings (default 1,000) from one workstation cache.
The server is one of the test's own (`private_postgres`, durable commits), crash-stopped with
`pg_ctl -m immediate` and started again; the client is `tests/push_driver.py`, killed with
SIGKILL and run again. A keying the server committed whose acknowledgement never reached the
cache is sent again and found by its UUID ("duplicate"): stored once, its cache receipt made."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from keying.storage.engine import make_engine, session_factory, upgrade
from keying.sync.cache import WorkstationCache
from keying.sync.protocol import PushReport, SyncClient
from tests.postgres import PostgresServer, _create_database
from tests.support.outbox_load import WORKSTATION, fill_outbox, later, populate, push_all, stored

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[1]
KEYINGS = int(os.environ.get("KEYING_PUSH_KEYINGS", "1000"))


def _central(server: PostgresServer, tmp_path: Path) -> tuple[str, str, Path, list[str]]:
    """A migrated database holding KEYINGS documents, and a cache whose outbox holds a keying
    of each: (database name, URL, cache path, the keyings' UUIDs)."""
    name = _create_database(server)
    url = server.url(name)
    upgrade(url)
    operator = populate(url, KEYINGS)
    cache = tmp_path / "cache.sqlite"
    return name, url, cache, fill_outbox(url, cache, operator, KEYINGS)


def _wait_for_keyings(server: PostgresServer, name: str, at_least: int) -> int:
    deadline = time.monotonic() + 120
    with psycopg.connect(server.conninfo(name), autocommit=True) as conn:
        while time.monotonic() < deadline:
            row = conn.execute("SELECT count(*) FROM keyings").fetchone()
            if row and row[0] >= at_least:
                return int(row[0])
            time.sleep(0.01)
    raise AssertionError(f"fewer than {at_least} keyings arrived in 120 s")


def _count(server: PostgresServer, name: str) -> int:
    with psycopg.connect(server.conninfo(name), autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM keyings").fetchone()
    assert row is not None
    return int(row[0])


def _waiting(cache_path: Path) -> int:
    cache = WorkstationCache(cache_path)
    try:
        assert cache.refused_count() == 0
        return cache.pending_count()
    finally:
        cache.close()


def _assert_each_stored_once(url: str, uuids: list[str]) -> None:
    in_central, inserted = stored(url)
    assert len(in_central) == len(set(in_central)) == KEYINGS
    assert set(in_central) == set(uuids)
    assert inserted == KEYINGS  # each inserted once: a resend found it by its UUID


def test_postgres_crash_stopped_mid_push_loses_and_doubles_nothing(
    private_postgres: tuple[object, PostgresServer], tmp_path: Path
) -> None:
    cluster, server = private_postgres
    name, url, cache_path, uuids = _central(server, tmp_path)
    reports: list[PushReport] = []

    def push_once() -> None:
        engine = make_engine(url)
        cache = WorkstationCache(cache_path)
        try:
            client = SyncClient(session_factory(engine), cache, WORKSTATION, clock=later())
            reports.append(client.push())
        finally:
            cache.close()
            engine.dispose()

    pushing = threading.Thread(target=push_once)
    pushing.start()
    _wait_for_keyings(server, name, KEYINGS // 10)
    cluster.kill()  # type: ignore[attr-defined]
    pushing.join(120)
    assert not pushing.is_alive()
    [report] = reports
    assert report.failed == 1 and report.error  # the push stopped at the first failure
    waiting = _waiting(cache_path)
    assert waiting > 0  # what was not acknowledged stays in the outbox
    assert report.pending == waiting
    cluster.start_again()  # type: ignore[attr-defined]
    # The stop landed in the middle: the server kept some keyings, not all. (With two push
    # lanes a committed batch may not be acknowledged yet, so the outbox can still hold all.)
    assert KEYINGS // 10 <= _count(server, name) < KEYINGS
    push_all(url, cache_path)
    _assert_each_stored_once(url, uuids)
    assert _waiting(cache_path) == 0


def _driver(url: str, cache_path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.push_driver", url, str(cache_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_client_killed_mid_push_pushes_each_keying_once_after_restart(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    from tests.postgres import _drop_database

    name, url, cache_path, uuids = _central(postgres_server, tmp_path)
    try:
        driver = _driver(url, cache_path)
        try:
            _wait_for_keyings(postgres_server, name, KEYINGS // 10)
        finally:
            driver.send_signal(signal.SIGKILL)
            _out, err = driver.communicate(timeout=60)
        assert driver.returncode == -signal.SIGKILL, err
        # Killed in the middle of the push: the server holds some keyings, not all, and the
        # outbox still holds work (with two push lanes possibly every keying: a batch the
        # server committed may not have been acknowledged in the cache yet).
        assert KEYINGS // 10 <= _count(postgres_server, name) < KEYINGS
        assert _waiting(cache_path) > 0
        again = _driver(url, cache_path)
        out, err = again.communicate(timeout=600)
        assert again.returncode == 0 and out.strip() == "pushed", err
        _assert_each_stored_once(url, uuids)
    finally:
        _drop_database(postgres_server, name)
