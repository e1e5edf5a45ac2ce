"""An unreachable central database (polish5, item 5): signing in as an account's own
PostgreSQL role asks the server's sign-in gate first; when no server answers that connection
(it timed out, was refused, the host does not resolve) the sign-in says so at once, without a
second connection that would wait as long again. A gate the server refuses (no pg_hba.conf
line for it) still lets the account's own connection try."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from keying.services import Services, SignInError, Workspace
from keying.storage import sign_in_gate
from keying.storage.engine import Timeouts
from tests.support.silent_server import SilentServer


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def test_a_server_that_never_answers_is_tried_once(silent: SilentServer, tmp_path: Path) -> None:
    url = f"postgresql://127.0.0.1:{silent.port}/keying"  # no user: accounts sign in as roles
    pc = Services.open(Workspace(url, tmp_path / "pc.sqlite", timeouts=Timeouts(connect_s=1)))
    try:
        with pytest.raises(SignInError) as raised:
            pc.sign_in("op1", "secret")
    finally:
        pc.close()
    said = str(raised.value)
    assert said == f"The central database 127.0.0.1:{silent.port}/keying cannot be reached: " + (
        "connection timeout expired"
    )
    assert len(silent.accepted) == 1  # the gate's connection only (two before: the role's too)


def test_a_refused_connection_is_said_at_once(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from keying.services import workspace

    calls: list[str] = []
    state, own_role = sign_in_gate.state, workspace.sign_in_as_role

    def gate(*args: Any) -> Any:
        calls.append("gate")
        return state(*args)

    def role(*args: Any) -> Any:
        calls.append("role")
        return own_role(*args)

    monkeypatch.setattr(sign_in_gate, "state", gate)
    monkeypatch.setattr(workspace, "sign_in_as_role", role)
    url = "postgresql://127.0.0.1:1/keying"  # nothing listens on port 1
    pc = Services.open(Workspace(url, tmp_path / "pc.sqlite", timeouts=Timeouts(connect_s=1)))
    try:
        with pytest.raises(SignInError, match=r"cannot be reached: .*Connection refused"):
            pc.sign_in("op1", "secret")
    finally:
        pc.close()
    assert calls == ["gate"]


def test_a_gate_the_server_refuses_still_lets_the_account_try(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The server answered (it refused the gate's role): the account's own connection is
    tried, and its answer is the one said."""
    from keying.services import workspace

    tried: list[str] = []

    def refused(*_args: object) -> None:
        raise sign_in_gate.GateUnavailable("no pg_hba.conf entry for keying_gate")

    def own_role(*args: object) -> None:
        tried.append(str(args[3]))
        raise SignInError("answered by the account's own connection")

    monkeypatch.setattr(sign_in_gate, "state", refused)
    monkeypatch.setattr(workspace, "sign_in_as_role", own_role)
    url = "postgresql://127.0.0.1:1/keying"
    pc = Services.open(Workspace(url, tmp_path / "pc.sqlite"))
    try:
        with pytest.raises(SignInError, match="answered by the account's own connection"):
            pc.sign_in("op1", "secret")
    finally:
        pc.close()
    assert tried == ["op1"]
