"""The window's close button while a supervisor's decision is not saved (issue 12): the
sign-out is refused with the reason and the window stays, the decision kept and sent again;
once it is saved, the close button closes. A real close button: the test runs the window
under Xvfb on Qt's xcb platform and sends what a window manager sends on a click
(WM_DELETE_WINDOW), so `MainWindow.closeEvent` gets a spontaneous QCloseEvent, as on a
desktop (the offscreen platform has no window system to send one)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from keying.services.adjudication import NotSaved, SupervisorDesk
from keying.storage.models import Adjudication
from keying.ui.main_window import SignOutRefused
from tests.support.ui import press
from tests.support.x11 import have_xvfb, request_close, xvfb
from tests.test_ui_adjudication import desk_view, keyed, settle  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
ON_XCB = os.environ.get("QT_QPA_PLATFORM") == "xcb"


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 3}


@pytest.mark.skipif(ON_XCB, reason="runs the test below under Xvfb")
@pytest.mark.skipif(not have_xvfb(), reason="Xvfb is not installed (scripts/setup installs it)")
def test_the_close_button_under_a_window_system() -> None:
    with xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "KEYING_TEST_QPA": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        run = subprocess.run(
            [
                *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"),
                f"{__file__}::test_the_close_button_is_refused_while_a_decision_is_not_saved",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout


@pytest.mark.skipif(not ON_XCB, reason="needs a window system: run by the test above")
def test_the_close_button_is_refused_while_a_decision_is_not_saved(
    qtbot,
    keyed,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = SupervisorDesk.decide
    down = {"on": True}

    def flaky(self, issue, made, form):  # type: ignore[no-untyped-def]
        if down["on"]:
            raise NotSaved("connection refused")
        return real(self, issue, made, form)

    told: list[str] = []
    monkeypatch.setattr(SupervisorDesk, "decide", flaky)
    monkeypatch.setattr(SignOutRefused, "tell", classmethod(lambda cls, p, text: told.append(text)))
    from keying.ui import adjudication_view

    monkeypatch.setattr(adjudication_view, "SIGN_OUT_WAIT_S", 1.0)
    window, view = desk_view(qtbot, keyed)
    press(Qt.Key.Key_B)
    settle(qtbot, view)
    assert view.flow.failed
    request_close(os.environ["DISPLAY"], int(window.winId()))  # the close button
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told[0].startswith("1 decision not saved yet") and "connection refused" in told[0]
    assert "D-001 · Persons in household: B" in told[0]
    assert window.isVisible() and len(view.flow.unsaved) == 1  # stays, the decision kept
    down["on"] = False  # the database answers again: the close button closes
    request_close(os.environ["DISPLAY"], int(window.winId()))
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert len(told) == 1 and not view.flow.unsaved
    with keyed.services.sessions() as session:
        assert [a.decision for a in session.scalars(select(Adjudication))] == ["b"]
