"""A real PostgreSQL server for tests (a pytest plugin, loaded by conftest).

- `postgres_server` (session): initdb + pg_ctl in a temporary folder, 127.0.0.1 only, a free
  loopback port, fsync off (a throwaway cluster); stopped and removed at the end of the
  session. Authentication (pg_hba.conf): trust for the superuser `postgres` and the sign-in
  gate `keying_gate` (no password, migration 0023), SCRAM-SHA-256 for every other role, as in
  a shop: an operator's role needs its password. As root, initdb
  and pg_ctl run as the `postgres` user through `runuser -u postgres --` (PostgreSQL refuses
  to run as root) in a folder it owns.
- `postgres_url` (function): a fresh empty database per test, dropped afterwards.
- `private_postgres` (function): a server of the test's own, with durable commits, that the
  test may crash-stop (`kill`) and start again (`start_again`); removed afterwards.
- `database_url` (function): parametrized over "sqlite" (a file in tmp_path) and "postgres",
  so one test runs on both backends.
- `migrated_database_url` (function): the same, with the schema already at head: a copy of a
  database upgraded once per session (PostgreSQL `CREATE DATABASE ... TEMPLATE`, a copied
  SQLite file), which is much faster than running the migration for every test.

Tests that use PostgreSQL get the `postgres` marker (`-m "not postgres"` leaves them out).
When the server cannot start they are skipped with the reason, unless
KEYING_REQUIRE_POSTGRES=1: then they fail with initdb's or pg_ctl's log.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

REQUIRE_ENV = "KEYING_REQUIRE_POSTGRES"
SUPERUSER = "postgres"
_FIXTURES = ("postgres_server", "postgres_url", "postgres_migrated_url", "private_postgres")


# Stops the server if the test process dies without running its teardown (killed, crashed):
# no PostgreSQL is left running on a shared machine.
_WATCHDOG = """
import os, shutil, subprocess, sys, time
parent, root, stop = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while True:
    try:
        os.kill(parent, 0)
    except ProcessLookupError:
        break
    time.sleep(1)
subprocess.run(stop, capture_output=True, timeout=60)
shutil.rmtree(root, ignore_errors=True)
"""


# Trust for the superuser (the tests' own connection), SCRAM-SHA-256 for every other role:
# the first matching line wins.
_PG_HBA = f"""\
local all {SUPERUSER} trust
host  all {SUPERUSER} 127.0.0.1/32 trust
host  all keying_gate 127.0.0.1/32 trust
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
"""


class PostgresUnavailable(Exception):
    """The server could not be started; the message carries the reason and the log."""


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def conninfo(self, database: str = "postgres") -> str:
        return f"host={self.host} port={self.port} user={self.user} dbname={database}"


def _find_binaries() -> tuple[str, str]:
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return initdb, pg_ctl
    for bin_dir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        initdb, pg_ctl = f"{bin_dir}/initdb", f"{bin_dir}/pg_ctl"
        if os.access(initdb, os.X_OK) and os.access(pg_ctl, os.X_OK):
            return initdb, pg_ctl
    raise PostgresUnavailable(
        "initdb/pg_ctl not found on PATH nor in /usr/lib/postgresql/*/bin "
        "(install the PostgreSQL server, e.g. apt-get install postgresql)"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Cluster:
    """One throwaway cluster: created, started and removed by the session fixture."""

    def __init__(self, durable: bool = False) -> None:
        self.initdb, self.pg_ctl = _find_binaries()
        # durable: commits are flushed (synchronous_commit on), so a crash-stop of the server
        # (`kill`) loses nothing that was acknowledged, as on a shop's server
        self.durable = durable
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="keying-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        if self.as_root:
            shutil.chown(self.root, user=SUPERUSER, group=None)
        self.port = 0
        self.started = False
        self.watchdog: subprocess.Popen[bytes] | None = None

    def _command(self, *args: str) -> list[str]:
        return ["runuser", "-u", SUPERUSER, "--", *args] if self.as_root else list(args)

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        command = self._command(*args)
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        return subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=env, cwd=self.root
        )

    def _log_text(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            return ""

    def start(self) -> PostgresServer:
        done = self._run(
            self.initdb,
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        )
        if done.returncode != 0:
            raise PostgresUnavailable(f"initdb failed:\n{done.stdout}\n{done.stderr}")
        (self.data / "pg_hba.conf").write_text(_PG_HBA, encoding="ascii")
        failure = ""
        for _attempt in range(3):  # another process may take the free port before we do
            self.port = _free_port()
            done = self._pg_ctl_start()
            if done.returncode == 0:
                self.started = True
                self._start_watchdog()
                server = PostgresServer("127.0.0.1", self.port, SUPERUSER)
                _wait_ready(server)
                return server
            failure = f"pg_ctl start failed:\n{done.stdout}\n{done.stderr}\n{self._log_text()}"
        raise PostgresUnavailable(failure)

    def _pg_ctl_start(self) -> subprocess.CompletedProcess[str]:
        options = (
            "-c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
            f"-c unix_socket_directories={self.root} -c password_encryption=scram-sha-256 "
            f"-c synchronous_commit={'on' if self.durable else 'off'} "
            # 100 workstations at once (tests/test_pg_many_clients.py with KEYING_PG_CLIENTS=100)
            # and the test's own connections: more than PostgreSQL's default of 100
            "-c max_connections=250"
        )
        return self._run(
            self.pg_ctl,
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            f"{options} -p {self.port}",
            "-w",
            "-t",
            "60",
            "start",
            timeout=90,
        )

    def kill(self) -> None:
        """Stop the server at once, as a crash or a power cut would (`-m immediate`)."""
        done = self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        if done.returncode != 0:
            raise PostgresUnavailable(f"pg_ctl stop failed: {done.stderr}")

    def start_again(self) -> None:
        """Start the stopped server on the same port and data."""
        done = self._pg_ctl_start()
        if done.returncode != 0:
            raise PostgresUnavailable(f"pg_ctl start failed: {done.stderr}\n{self._log_text()}")
        _wait_ready(PostgresServer("127.0.0.1", self.port, SUPERUSER))

    def _start_watchdog(self) -> None:
        stop = self._command(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        self.watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(self.root), *stop],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl+C in the terminal does not reach it
        )

    def stop(self) -> None:
        if self.watchdog is not None:
            self.watchdog.kill()
            self.watchdog.wait()
        try:
            if self.started:
                self._run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _wait_ready(server: PostgresServer, seconds: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(server.conninfo(), connect_timeout=2) as conn:
                conn.execute("SELECT 1")
            return
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline:
                raise PostgresUnavailable(f"the server does not answer: {exc}") from exc
            time.sleep(0.1)


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"PostgreSQL is required ({REQUIRE_ENV}=1) but {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL unavailable: {' '.join(reason.split())[:300]}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = getattr(item, "fixturenames", ())
        if any(name in names for name in _FIXTURES):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole test session."""
    cluster: _Cluster | None = None
    try:
        cluster = _Cluster()
        server = cluster.start()
    except (PostgresUnavailable, OSError, subprocess.SubprocessError) as exc:
        reason = str(exc) or type(exc).__name__
    else:
        try:
            yield server
        finally:
            cluster.stop()
        return
    if cluster is not None:
        cluster.stop()
    _unavailable(reason)


@pytest.fixture
def private_postgres() -> Iterator[tuple[_Cluster, PostgresServer]]:
    """A server of this test's own (durable commits), which the test may stop and start
    again; removed afterwards. Skipped or failed as `postgres_server` is."""
    cluster: _Cluster | None = None
    try:
        cluster = _Cluster(durable=True)
        server = cluster.start()
    except (PostgresUnavailable, OSError, subprocess.SubprocessError) as exc:
        if cluster is not None:
            cluster.stop()
        _unavailable(str(exc) or type(exc).__name__)
    try:
        yield cluster, server
    finally:
        cluster.stop()


def _create_database(server: PostgresServer, template: str | None = None) -> str:
    import psycopg

    name = f"keying_test_{uuid.uuid4().hex[:12]}"
    clause = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(server.conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
    return name


def _drop_database(server: PostgresServer, name: str) -> None:
    import psycopg

    with psycopg.connect(server.conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database on the session's server; dropped after the test."""
    name = _create_database(postgres_server)
    try:
        yield postgres_server.url(name)
    finally:
        _drop_database(postgres_server, name)


@pytest.fixture(scope="session")
def _postgres_template(postgres_server: PostgresServer) -> str:
    from keying.storage.engine import upgrade

    name = _create_database(postgres_server)
    upgrade(postgres_server.url(name))  # disposes its engine: nobody stays connected
    return name


@pytest.fixture
def postgres_migrated_url(
    postgres_server: PostgresServer, _postgres_template: str
) -> Iterator[str]:
    """A fresh database with the schema at head (a copy of a template); dropped afterwards."""
    name = _create_database(postgres_server, template=_postgres_template)
    try:
        yield postgres_server.url(name)
    finally:
        _drop_database(postgres_server, name)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from keying.storage.engine import upgrade

    path = tmp_path_factory.mktemp("sqlite-template") / "central.sqlite"
    upgrade(f"sqlite:///{path.as_posix()}")  # the last connection closed: no WAL file left
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty central database: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{(tmp_path / 'central.sqlite').as_posix()}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def migrated_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of a central database with the schema at head and no rows, on either backend."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_migrated_url"))
    template: Path = request.getfixturevalue("_sqlite_template")
    path = tmp_path / "central.sqlite"
    shutil.copyfile(template, path)
    return f"sqlite:///{path.as_posix()}"
