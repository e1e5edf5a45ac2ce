"""Many workstations at once on one PostgreSQL (issue 11, 3): each client is a thread with
its own engine connected as its own login role and its own workstation cache; all claim,
key and push the same batch until nothing is left. Afterwards: every key task done once, no
keying lost or superseded (nobody got a task another held), no document with two passes by
one person, every outbox empty and nothing refused.

`KEYING_PG_CLIENTS` clients (default 24, bounded for CI; `KEYING_PG_CLIENTS=100` for the
issue's figure, longer), 1.5 documents (3 key tasks) per client."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from keying.services import Services, Workspace
from keying.storage.pg_roles import create_login_role
from keying.storage.users import add_user
from tests.support.world import PASSWORD, make_world

pytestmark = pytest.mark.postgres
CLIENTS = int(os.environ.get("KEYING_PG_CLIENTS", "24"))


def _client(url: str, cache: Path, login: str, keyed: dict[str, int]) -> None:
    services = Services.open(Workspace(url, cache, workstation=f"pc-{login}"))
    try:
        station = services.station(services.sign_in(login, PASSWORD), prefetch=1)
        count = 0
        while (task := station.next_task()) is not None:
            outcome = station.finish(task, {"head_name": login, "remarks": login}, {}, [])
            assert outcome.sync.online and outcome.sync.refused == 0, outcome.sync
            count += 1
        state = station.sync()
        assert state.online and state.pending == 0 and state.refused == 0, state
        keyed[login] = count
    finally:
        services.close()


def test_many_clients_key_one_batch_at_once_without_doubles_or_losses(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    documents = CLIENTS * 3 // 2
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
        keyed: dict[str, int] = {}
        failures: list[BaseException] = []

        def run(login: str) -> None:
            try:
                _client(url, tmp_path / f"{login}.sqlite", login, keyed)
            except BaseException as exc:  # handed to the test
                failures.append(exc)

        threads = [threading.Thread(target=run, args=(login,)) for login in logins]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(600)
        assert not any(t.is_alive() for t in threads)
        assert not failures, failures[:3]
        assert sum(keyed.values()) == documents * 2  # every task keyed once, by someone

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
