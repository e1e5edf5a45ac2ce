"""The role-aware main window: operators key; supervisors get the supervisor station's views
(keying.ui.views) and may key when they ask (Ctrl+1); the status bar names the role."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from keying.services import Role
from keying.storage.models import Task
from keying.ui import views
from keying.ui.views import ADMINS, SUPERVISORS, ViewContext, ViewSpec, views_for
from tests.support.ui import FORMS, open_window, press, settle
from tests.support.world import PASSWORD


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 2, "form_path": FORMS / "receipt.yaml"}


class Probe(QLabel):
    """A view as a helper module would write one: activate, status_parts, shut_down."""

    status_changed = Signal()
    made: list[Probe] = []  # noqa: RUF012

    def __init__(self, context: ViewContext) -> None:
        super().__init__(f"probe for {context.operator.login}")
        self.context = context
        self.activations = 0
        self.closed = False
        Probe.made.append(self)

    def activate(self) -> None:
        self.activations += 1
        self.setFocus()

    def status_parts(self) -> list[str]:
        return [f"Probe shown {self.activations} times"]

    def shut_down(self) -> None:
        self.closed = True


PROBES = (
    ViewSpec("probe", "Probe view", "Ctrl+7", SUPERVISORS, Probe),
    ViewSpec("admin_probe", "Admin probe", "Ctrl+8", ADMINS, Probe),
)


@pytest.fixture
def probes(monkeypatch: pytest.MonkeyPatch) -> None:
    Probe.made.clear()
    monkeypatch.setattr(views, "VIEWS", PROBES)


def claimed_by(world, login: str) -> int:  # type: ignore[no-untyped-def]
    with world.services.sessions() as session:
        op = world.sign_in(login)
        return session.query(Task).filter(Task.claimed_by == op.operator_id).count()


def test_views_for_each_role() -> None:
    assert [s.name for s in views_for(Role.OPERATOR, PROBES)] == []
    assert [s.name for s in views_for(Role.SUPERVISOR, PROBES)] == ["probe"]
    assert [s.name for s in views_for(Role.ADMIN, PROBES)] == ["probe", "admin_probe"]


def test_an_operator_keys_and_the_status_bar_says_operator(qtbot, world, probes) -> None:
    window = open_window(qtbot, world, "op1")
    assert window.station_view is not None
    assert window.pages.currentWidget() is window.station_view
    assert window.status_label.text().startswith("Operator: OP1")
    assert window.specs == []  # no supervisor view, no menu entry for one
    assert "Probe view" not in [a.text() for a in window.actions()]
    window.close()


def test_a_supervisor_gets_the_supervisor_views_and_keys_only_when_asked(
    qtbot, world, probes
) -> None:
    window = open_window(qtbot, world, "sup")
    assert window.station_view is None  # no keying station made: no key task claimed
    assert window.current_view_name() == "probe"
    (probe,) = Probe.made
    assert probe.context.operator.login == "sup" and probe.activations == 1
    status = window.status_label.text()
    assert status.startswith("Supervisor: Supervisor") and "Probe shown 1 times" in status
    assert claimed_by(world, "sup") == 0
    press(Qt.Key.Key_F9)  # the overview …
    assert window.pages.currentWidget() is window.overview
    press(Qt.Key.Key_F9)  # … and back to the view shown before
    assert window.current_view_name() == "probe" and probe.activations == 2
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the supervisor may key too
    assert window.station_view is not None
    settle(qtbot, window.station_view)
    qtbot.waitUntil(lambda: window.station_view.current is not None)  # type: ignore[union-attr]
    assert window.pages.currentWidget() is window.station_view
    assert claimed_by(world, "sup") > 0
    assert "Pass 1" in window.status_label.text()
    press(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "probe" and len(Probe.made) == 1  # made once
    window.close()
    assert probe.closed


def test_an_admin_gets_every_view(qtbot, world, probes) -> None:
    from keying.storage.users import add_user

    with world.services.sessions() as session:
        add_user(session, login="boss", display_name="Boss", role="admin", password=PASSWORD)
        session.commit()
    window = open_window(qtbot, world, "boss")
    assert [s.name for s in window.specs] == ["probe", "admin_probe"]
    assert window.status_label.text().startswith("Admin: Boss")
    window.show_view("admin_probe")
    assert window.current_view_name() == "admin_probe"
    assert isinstance(window.view("admin_probe"), QWidget)
    window.close()
