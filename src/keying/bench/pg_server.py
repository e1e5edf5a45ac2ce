"""A throwaway PostgreSQL server for `keying bench --only central`: initdb and pg_ctl (from
PATH or /usr/lib/postgresql/*/bin) in a temporary folder, 127.0.0.1 on a free port, trust
for the local superuser `postgres` only (nothing else can reach it), durable commits; run as
the `postgres` user through `runuser` when keying runs as root (PostgreSQL refuses root).
Stopped and removed on exit. The test suite's own server is tests/postgres.py."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "postgres"


class NoPostgres(RuntimeError):
    """The server could not be started (the message says why)."""


def _binaries() -> tuple[str, str]:
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return initdb, pg_ctl
    for bin_dir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(f"{bin_dir}/initdb", os.X_OK) and os.access(f"{bin_dir}/pg_ctl", os.X_OK):
            return f"{bin_dir}/initdb", f"{bin_dir}/pg_ctl"
    raise NoPostgres("initdb/pg_ctl not found (install the PostgreSQL server)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def local_postgres() -> Iterator[str]:
    """A running server's superuser URL (database `postgres`)."""
    initdb, pg_ctl = _binaries()
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="keying-bench-pg-"))
    if as_root:
        shutil.chown(root, user=SUPERUSER)
    data = root / "data"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = ["runuser", "-u", SUPERUSER, "--", *args] if as_root else list(args)
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        return subprocess.run(
            command, capture_output=True, text=True, timeout=120, env=env, cwd=root, check=False
        )

    started = False
    try:
        done = run(initdb, "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                   "--locale=C", "--no-instructions")  # fmt: skip
        if done.returncode != 0:
            raise NoPostgres(f"initdb failed: {done.stderr.strip()[-500:]}")
        (data / "pg_hba.conf").write_text(
            f"local all {SUPERUSER} trust\nhost all {SUPERUSER} 127.0.0.1/32 trust\n"
            "host all keying_gate 127.0.0.1/32 trust\n"  # the sign-in gate (migration 0023)
            # the accounts' own login roles (signin_ms), by password as in a shop
            "host all all 127.0.0.1/32 scram-sha-256\n",
            encoding="ascii",
        )
        port = _free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -c unix_socket_directories={root} -p {port} "
            "-c max_connections=250"
        )
        done = run(pg_ctl, "-D", str(data), "-l", str(root / "log"), "-o", options, "-w", "start")
        if done.returncode != 0:
            raise NoPostgres(f"pg_ctl start failed: {done.stderr.strip()[-500:]}")
        started = True
        yield f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/postgres"
    finally:
        if started:
            run(pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)
