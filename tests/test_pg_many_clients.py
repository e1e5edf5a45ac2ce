"""Many workstations at once on one PostgreSQL (issue 11, 3): each client is a process of its
own (`tests/client_driver.py`) connected as its own login role, with its own workstation
cache; all sign in, then claim, key and push the same batch at once until nothing is left.
Afterwards: every key task done once, no keying lost or superseded (nobody got a task
another held), no document with two passes by one person, every outbox empty and nothing
refused; the pace is printed (`pytest -s`), never asserted.

`KEYING_PG_CLIENTS` clients (default 24, bounded for CI; `KEYING_PG_CLIENTS=100` for the
issue's figure, longer) and `KEYING_PG_TASKS` key tasks (two per document; default 3 per
client; the issue's figure: `KEYING_PG_CLIENTS=100 KEYING_PG_TASKS=10000`, README)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from keying.storage.pg_roles import create_login_role
from keying.storage.users import add_user
from tests.support.world import PASSWORD, make_world

pytestmark = pytest.mark.postgres
CLIENTS = int(os.environ.get("KEYING_PG_CLIENTS", "24"))
TASKS = int(os.environ.get("KEYING_PG_TASKS", str(CLIENTS * 3)))
# how long the clients may take: 900 s, or more for a long run (0.5 s a task)
DEADLINE_S = max(900.0, TASKS * 0.5)
ROOT = Path(__file__).resolve().parents[1]


def test_many_clients_key_one_batch_at_once_without_doubles_or_losses(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    documents = max(1, TASKS // 2)
    world = make_world(tmp_path / "admin", documents=documents, database_url=postgres_migrated_url)
    logins = [f"c{n:03d}" for n in range(CLIENTS)]
    try:
        with world.services.sessions() as session:
            for login in logins:
                add_user(session, login=login, display_name=login, role="operator", password="-")
                create_login_role(session, login, PASSWORD, "operator")
            session.commit()
        central = make_url(postgres_migrated_url)
        url = f"postgresql://{central.host}:{central.port}/{central.database}"
        start_line = tmp_path / "start"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        clients = {
            login: subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.client_driver",
                    url,
                    str(tmp_path / f"{login}.sqlite"),
                    login,
                    str(start_line),
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for login in logins
        }
        deadline = time.monotonic() + 900
        while not all((tmp_path / f"{login}.sqlite.ready").exists() for login in logins):
            assert time.monotonic() < deadline, "the clients did not all sign in"
            stopped = [login for login, c in clients.items() if c.poll() is not None]
            if stopped:
                _, err = clients[stopped[0]].communicate()
                pytest.fail(f"{stopped[0]} stopped early: {err}")
            time.sleep(0.1)
        start_line.touch()  # every client signed in: go
        started = time.perf_counter()
        finish_by = time.monotonic() + DEADLINE_S
        keyed: dict[str, int] = {}
        failures: list[str] = []
        for login, client in clients.items():
            try:
                out, err = client.communicate(timeout=max(1.0, finish_by - time.monotonic()))
            except subprocess.TimeoutExpired:
                client.kill()
                out, err = client.communicate()
            if client.returncode == 0:
                keyed[login] = int(out.split()[-1])
            else:
                failures.append(f"{login}: {err.strip()[-800:]}")
        elapsed = time.perf_counter() - started
        assert not failures, failures[:3]
        assert sum(keyed.values()) == documents * 2  # every task keyed once, by someone
        # the figure for docs/benchmarks.md (pytest -s shows it); never asserted
        print(f"\n{CLIENTS} clients: {documents * 2} key tasks claimed, keyed and pushed in "
              f"{elapsed:.1f} s: {documents * 2 / elapsed:.1f} tasks/s")  # fmt: skip

        with world.services.sessions() as session:

            def one(sql: str) -> int:
                return int(session.scalar(text(sql)) or 0)

            assert one("SELECT count(*) FROM tasks WHERE kind = 'key' AND status <> 'done'") == 0
            assert one("SELECT count(*) FROM keyings") == documents * 2
            assert one("SELECT count(*) FROM keyings WHERE superseded") == 0
            assert (
                one("SELECT count(DISTINCT (document_id, pass_no)) FROM keyings") == documents * 2
            )
            assert one("SELECT count(DISTINCT (document_id, operator_id)) FROM keyings") == (
                documents * 2
            )
            assert (
                one(
                    "SELECT count(*) FROM keyings k JOIN operators o ON o.id = k.operator_id "
                    "WHERE k.\"values\"->>'head_name' <> o.login"
                )
                == 0
            )  # each keying stored as the role that pushed it
            assert one("SELECT count(DISTINCT operator_id) FROM keyings") > 1
    finally:
        world.services.close()
