"""The sign-in gate (issue 11, 2; migration 0023): when each account signs in as its own
PostgreSQL role, the wrong passwords per login are counted by the server for every PC, in the
audit trail, and the 20th sets the role NOLOGIN, so even `psql` with the right password is
refused until `keying user unlock`. Tested against the real server of the test session, whose
pg_hba.conf lets `keying_gate` in without a password (tests/postgres.py); and as an attacker
with the gate's connection: it reads nothing and calls nothing but its two functions."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from keying.services import Services, SignInError, Workspace
from keying.services.sign_in import WRONG
from keying.services.throttle import LOCK_AFTER, delay_after
from keying.storage import sign_in_gate
from keying.storage.models import AuditEvent
from keying.storage.pg_roles import create_login_role
from keying.storage.users import add_user
from tests.support.world import PASSWORD, World, make_world
from tests.test_pg_gatekeeper import psql, role_url

pytestmark = pytest.mark.postgres
ANN, BOB = "gate_ann", "gate_bob"  # roles belong to the cluster: names no other test uses


@pytest.fixture
def shop(tmp_path: Path, postgres_migrated_url: str) -> Iterator[World]:
    world = make_world(tmp_path / "admin", documents=1, database_url=postgres_migrated_url)
    with world.services.sessions() as session:
        for login in (ANN, BOB):
            add_user(session, login=login, display_name=login, role="operator", password=PASSWORD)
            create_login_role(session, login, PASSWORD, "operator")
        session.commit()
    try:
        yield world
    finally:
        world.services.close()


@pytest.fixture
def pcs(shop: World, tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    """Two workstations signing in as the accounts' own roles."""
    url = role_url(shop)
    a = Services.open(Workspace(url, tmp_path / "a.sqlite", workstation="pc-a"))
    b = Services.open(Workspace(url, tmp_path / "b.sqlite", workstation="pc-b"))
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def answer(pc: Services, login: str, password: str) -> str:
    try:
        pc.sign_in(login, password)
    except SignInError as exc:
        return str(exc)
    return "signed in"


def events(world: World, kind: str) -> list[AuditEvent]:
    with world.services.sessions() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.kind == kind).order_by("id"))
        )


def earlier_failures(world: World, login: str, count: int, ago: timedelta) -> None:
    """`count` wrong passwords of `login` recorded `ago` by the server's clock (as the owner)."""
    with world.services.sessions() as session:
        for _ in range(count):
            session.execute(
                text(
                    "INSERT INTO audit_events (at, kind, detail) VALUES (clock_timestamp() - "
                    ":ago, 'sign_in_failed', jsonb_build_object('login', CAST(:login AS text)))"
                ),
                {"ago": ago, "login": login},
            )
        session.commit()


def can_login(world: World, login: str) -> bool:
    with world.services.sessions() as session:
        return bool(
            session.scalar(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"), {"r": login}
            )
        )


def test_five_wrong_passwords_on_two_pcs_and_a_process_make_every_pc_wait(
    shop: World, pcs: tuple[Services, Services]
) -> None:
    a, b = pcs
    assert answer(a, ANN, "wrong 1") == WRONG
    assert answer(b, ANN, "wrong 2") == WRONG
    script = (
        "import sys\n"
        "from keying.services import Services, SignInError, Workspace\n"
        "pc = Services.open(Workspace(sys.argv[1], sys.argv[2], workstation='pc-c'))\n"
        "for _ in range(2):\n"
        "    try:\n"
        "        pc.sign_in(sys.argv[3], 'wrong again')\n"
        "    except SignInError as exc:\n"
        "        print(exc)\n"
        "pc.close()\n"
    )
    cache = str(Path(a.workspace.cache_path).parent / "c.sqlite")
    done = subprocess.run(
        [sys.executable, "-c", script, role_url(shop), cache, ANN],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [WRONG, WRONG]
    assert answer(a, ANN, "wrong 5") == WRONG
    waited = answer(b, ANN, PASSWORD)  # at once: not even the right password gets through
    assert waited.startswith("Too many wrong passwords: wait ")
    assert waited.endswith(" s before trying this login again.")
    assert 1 <= int(waited.split("wait ")[1].split(" s")[0]) <= 2
    assert answer(a, BOB, PASSWORD) == "signed in"  # per login: others are not held up
    failed = events(shop, "sign_in_failed")
    assert [e.detail["workstation"] for e in failed] == ["pc-a", "pc-b", "pc-c", "pc-c", "pc-a"]
    assert {e.detail["login"] for e in failed} == {ANN}
    assert {e.detail["client_addr"] for e in failed} == {"127.0.0.1"}  # as the server saw it


def test_twenty_wrong_passwords_set_the_role_nologin_until_an_admin_unlocks_it(
    shop: World, pcs: tuple[Services, Services]
) -> None:
    from tests.test_cli_db_user import keying

    a, b = pcs
    earlier_failures(shop, ANN, LOCK_AFTER - 1, timedelta(hours=1))
    assert answer(a, ANN, "wrong") == WRONG  # the 20th
    assert not can_login(shop, ANN)
    locked = answer(b, ANN, PASSWORD)
    assert locked.startswith("This login is locked after 20 wrong passwords") and "\n" not in locked
    refused = psql(shop, ANN, "SELECT 1")  # PostgreSQL itself refuses the right password
    assert refused.returncode != 0 and "not permitted to log in" in refused.stderr
    [event] = events(shop, "sign_in_locked")
    assert event.detail["login"] == ANN and event.detail["role_nologin"] is True
    db = ["--database-url", shop.workspace.database_url]
    listed = {
        line.split()[0]: line.split()[2] for line in keying("user", "list", *db).stdout.splitlines()
    }
    assert (listed[ANN], listed[BOB]) == ("locked", "active")
    done = keying("user", "unlock", ANN, *db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"unlocked {ANN!r} (20 wrong passwords since its last sign-in)"
    assert can_login(shop, ANN)
    [unlocked] = events(shop, "sign_in_unlocked")
    assert unlocked.detail == {"login": ANN, "role_login": True}
    assert answer(b, ANN, PASSWORD) == "signed in"
    assert psql(shop, ANN, "SELECT 1").stdout.strip() == "1"


def test_unlock_does_not_enable_a_disabled_account(
    shop: World, pcs: tuple[Services, Services]
) -> None:
    from tests.test_cli_db_user import keying

    a, _ = pcs
    db = ["--database-url", shop.workspace.database_url]
    earlier_failures(shop, ANN, LOCK_AFTER - 1, timedelta(hours=1))
    assert answer(a, ANN, "wrong") == WRONG
    assert keying("user", "disable", ANN, *db).returncode == 0
    done = keying("user", "unlock", ANN, *db)
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.splitlines()[1]
        == f"{ANN!r} stays disabled (keying user disable): it cannot sign in"
    )
    assert not can_login(shop, ANN)
    assert answer(a, ANN, PASSWORD) == WRONG
    listed = {
        line.split()[0]: line.split()[2] for line in keying("user", "list", *db).stdout.splitlines()
    }
    assert listed[ANN] == "disabled"
    [unlocked] = events(shop, "sign_in_unlocked")
    assert "role_login" not in unlocked.detail


@pytest.mark.parametrize("failures", [5, 12, 19])
def test_the_servers_wait_is_the_throttles(shop: World, failures: int) -> None:
    url, timeouts = shop.workspace.database_url, shop.workspace.timeouts
    earlier_failures(shop, ANN, failures, timedelta(0))
    state = sign_in_gate.state(url, timeouts, ANN)
    delay = int(delay_after(failures).total_seconds())
    assert not state.locked and state.failures == failures
    assert delay - 1 <= state.wait_s <= delay
    again = sign_in_gate.record_failure(url, timeouts, ANN, "pc-x")  # during the wait
    assert again.failures == failures  # not counted: the gate cannot be hurried to a lock


def test_the_gate_counts_nothing_for_a_login_that_is_no_account(shop: World) -> None:
    url, timeouts = shop.workspace.database_url, shop.workspace.timeouts
    for _ in range(8):
        state = sign_in_gate.record_failure(url, timeouts, "nobody_here", "pc-x")
        assert (state.failures, state.wait_s, state.locked) == (0, 0, False)
    assert events(shop, "sign_in_failed") == []  # the gate cannot fill the audit trail


def test_the_gate_reads_no_table_and_calls_no_other_function(shop: World) -> None:
    """The attacker on the office network: `psql` as keying_gate (no password needed)."""
    with shop.services.sessions() as session:
        tables = list(
            session.scalars(
                text(
                    "SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = "
                    "current_schema()::regnamespace AND relkind IN ('r', 'v', 'm', 'S', 'p')"
                )
            )
        )
        callable_by_gate = set(
            session.scalars(
                text(
                    "SELECT proname FROM pg_proc WHERE pronamespace = "
                    "current_schema()::regnamespace "
                    "AND has_function_privilege('keying_gate', oid, 'EXECUTE')"
                )
            )
        )
    assert callable_by_gate == {"keying_sign_in_state", "keying_sign_in_failed"}
    assert {"operators", "keyings", "audit_events", "alembic_version"} <= set(tables)
    for table in tables:
        done = psql(shop, "keying_gate", f"SELECT 1 FROM {table} LIMIT 1", password="")
        assert done.returncode != 0 and "permission denied" in done.stderr, (table, done.stdout)
    for sql in (
        "SELECT keying_operator_id('op1')",
        "SELECT keying_pass_taken(1, 1)",
        "SELECT * FROM keying_claim_key_tasks(1, 'x', 1, '1 hour', now(), NULL)",
        "INSERT INTO audit_events (kind, detail) VALUES ('x', '{}')",
        "CREATE TABLE gate_was_here (x int)",
        f"ALTER ROLE {ANN} NOLOGIN",
    ):
        done = psql(shop, "keying_gate", sql, password="")
        assert done.returncode != 0 and "denied" in done.stderr, (sql, done.stderr)
    state = psql(shop, "keying_gate", f"SELECT * FROM keying_sign_in_state('{ANN}')", password="")
    assert state.returncode == 0 and state.stdout.strip() == "0|0|f", state.stderr
