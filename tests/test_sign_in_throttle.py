"""Sign-in throttling per login (issue 11, 2): a growing delay after 5 wrong passwords, a lock
after 20 that an admin lifts, recorded in the audit trail; the same answers for a login that
does not exist. On SQLite and on PostgreSQL through a URL naming its own user (keying checks
the password), and in memory when each account signs in as its own PostgreSQL role and the
server's sign-in gate cannot be reached (the gate: tests/test_pg_sign_in_gate.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from keying.services import SignInError
from keying.services.sign_in import WRONG
from keying.services.throttle import LOCK_AFTER, delay_after
from keying.storage.models import AuditEvent
from tests.support.world import PASSWORD, World

START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def shop(new_world: Callable[..., World], migrated_database_url: str) -> tuple[World, Clock]:
    world = new_world(documents=1, database_url=migrated_database_url)
    clock = Clock()
    world.services.clock = clock
    return world, clock


def answer(world: World, login: str, password: str) -> str:
    try:
        world.services.sign_in(login, password)
    except SignInError as exc:
        return str(exc)
    return "signed in"


@pytest.mark.parametrize("login", ["op1", "ghost"])
def test_a_growing_delay_after_five_wrong_passwords_the_same_for_unknown_logins(
    shop: tuple[World, Clock], login: str
) -> None:
    world, clock = shop
    for _ in range(5):
        assert answer(world, login, "wrong") == WRONG
        clock.advance(0.1)
    waited = answer(world, login, PASSWORD)  # not even the right password gets through
    assert waited == "Too many wrong passwords: wait 2 s before trying this login again."
    clock.advance(2)
    right = "signed in" if login == "op1" else WRONG
    assert answer(world, login, "wrong") == WRONG  # the 6th: now 4 s
    assert answer(world, login, PASSWORD).startswith("Too many wrong passwords: wait 4 s")
    clock.advance(4)
    assert answer(world, login, PASSWORD) == right
    assert answer(world, "op2", PASSWORD) == "signed in"  # per login: others are not held up
    with world.services.sessions() as session:
        failed = session.scalar(select(func.count()).where(AuditEvent.kind == "sign_in_failed"))
    assert failed == (6 if login == "op1" else 7)
    if login == "op1":  # a success starts the count again
        assert answer(world, login, "wrong") == WRONG
        assert answer(world, login, PASSWORD) == "signed in"


def test_twenty_wrong_passwords_lock_the_login_until_an_admin_unlocks_it(
    shop: tuple[World, Clock],
) -> None:
    from tests.test_cli_db_user import keying

    world, clock = shop
    for failures in range(LOCK_AFTER):
        clock.advance(delay_after(failures).total_seconds())
        assert answer(world, "op1", "wrong") == WRONG
    clock.advance(3600)
    locked = answer(world, "op1", PASSWORD)
    assert locked.startswith("This login is locked after 20 wrong passwords")
    assert "\n" not in locked
    done = keying("user", "unlock", "op1", "--database-url", world.workspace.database_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "unlocked 'op1' (20 wrong passwords since its last sign-in)"
    assert answer(world, "op1", PASSWORD) == "signed in"
    with world.services.sessions() as session:
        kinds = list(session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)))
    assert kinds[-2:] == ["sign_in_unlocked", "signed_in"]


@pytest.mark.postgres
def test_signing_in_as_a_role_without_the_gate_throttles_in_the_workstation(
    tmp_path: Path, postgres_migrated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server's gate (tests/test_pg_sign_in_gate.py) cannot be reached: the PC counts."""
    from keying.services import Services, Workspace
    from keying.storage import sign_in_gate
    from keying.storage.pg_roles import create_login_role

    def unreachable(*_args: object) -> None:
        raise sign_in_gate.GateUnavailable("no pg_hba.conf entry for keying_gate")

    monkeypatch.setattr(sign_in_gate, "state", unreachable)
    monkeypatch.setattr(sign_in_gate, "record_failure", unreachable)
    from tests.support.world import make_world
    from tests.test_pg_gatekeeper import role_url

    world = make_world(tmp_path / "admin", documents=1, database_url=postgres_migrated_url)
    try:
        with world.services.sessions() as session:
            create_login_role(session, "op1", PASSWORD, "operator")
            session.commit()
        pc = Services.open(Workspace(role_url(world), tmp_path / "pc.sqlite"))
        clock = Clock()
        pc.clock = clock
        try:
            for _ in range(5):
                with pytest.raises(SignInError, match="Wrong login or password"):
                    pc.sign_in("op1", "wrong")
            with pytest.raises(SignInError, match="wait 2 s"):
                pc.sign_in("op1", PASSWORD)
            clock.advance(2)
            assert pc.sign_in("op1", PASSWORD).login == "op1"
        finally:
            pc.close()
    finally:
        world.services.close()
