"""The supervisor's tasks view and flagged-pages queue in the main window, by keyboard only;
their item models under qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from keying.services.supervision import FlagRow, HeldTaskRow
from keying.storage.models import Document, Task
from keying.ui.flagged_view import FlaggedView, FlagsModel, WithdrawDialog
from keying.ui.main_window import MainWindow
from keying.ui.tasks_view import (
    COL_CLAIMED,
    COL_LEASE,
    HeldTasksModel,
    ReleaseDialog,
    TasksView,
    claimed_text,
    lease_text,
)
from tests.support.ui import open_window, press
from tests.support.world import World

CTRL = Qt.KeyboardModifier.ControlModifier
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _held(task_id: int, minutes: int) -> HeldTaskRow:
    return HeldTaskRow(
        task_id,
        "key",
        1,
        7,
        "D-007",
        "B",
        3,
        "op1",
        "OP1",
        "pc-1",
        NOW + timedelta(minutes=minutes),
        NOW - timedelta(minutes=35),
    )


def test_the_held_tasks_model_keeps_qt_s_model_contract(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = HeldTasksModel([_held(1, 25), _held(2, -12)], clock=lambda: NOW)
    qtmodeltester.check(model)
    assert model.index(0, COL_LEASE).data() == "ends in 25 min"
    assert model.index(1, COL_LEASE).data() == "expired 12 min ago"
    assert model.index(1, COL_LEASE).data(Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.darkRed
    assert model.index(0, 0).data() == "OP1 (op1)"
    assert model.index(0, COL_CLAIMED).data().startswith("35 min ago (")
    model.set_rows([])
    model.set_rows([_held(3, 0)])
    assert model.rowCount() == 1 and model.columnCount() == 7


def test_claimed_text_says_how_long_ago_and_when() -> None:
    local = (NOW - timedelta(minutes=35)).astimezone().strftime("%H:%M")
    assert claimed_text(NOW - timedelta(minutes=35), NOW) == f"35 min ago ({local})"
    assert claimed_text(NOW, NOW).startswith("just now (")
    two_days = claimed_text(NOW - timedelta(days=2), NOW)
    day = (NOW - timedelta(days=2)).astimezone().strftime("%d %b")
    assert two_days.startswith(f"2 days ago ({day} ")  # not today: the day and month too
    assert claimed_text(None, NOW) == "—"


def test_lease_text_reads_as_words() -> None:
    assert lease_text(NOW + timedelta(seconds=30), NOW) == "ends in under a minute"
    assert lease_text(NOW, NOW) == "expired just now"
    assert lease_text(NOW - timedelta(hours=5), NOW) == "expired 5 h ago"
    assert lease_text(NOW - timedelta(days=3), NOW) == "expired 3 days ago"


def test_the_flags_model_keeps_qt_s_model_contract(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = [
        FlagRow(1, 7, "D-007", "B", 1, 2, "unreadable", "water", "op1", NOW),
        FlagRow(2, 8, "D-008", "B", 2, 2, "something new", "", "op2", NOW),
    ]
    model = FlagsModel(rows)
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == [
        "D-007",
        "B",
        "1 of 2",
        "unreadable",
        "op1",
    ]
    assert model.index(1, 3).data() == "something new"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "water"
    model.set_rows([])
    assert model.rowCount() == 0


def _wait_idle(qtbot, view: TasksView | FlaggedView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.background.busy, timeout=10_000)
    QApplication.processEvents()


def _show(qtbot, window: MainWindow, key: Qt.Key, name: str) -> Any:  # type: ignore[no-untyped-def]
    press(key, CTRL)
    view = window.views[name]
    assert window.pages.currentWidget() is view
    assert QApplication.focusWidget() is view.table
    _wait_idle(qtbot, view)
    return view


def test_a_supervisor_releases_a_held_task_by_keyboard(qtbot, world: World, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    world.station("op1", prefetch=1).next_task()  # op1 holds D-001 and D-002
    asked: list[str] = []
    monkeypatch.setattr(
        ReleaseDialog,
        "ask",
        classmethod(lambda cls, parent, row: asked.append(row.document) or "gone"),
    )
    window = open_window(qtbot, world, "sup")
    tasks = _show(qtbot, window, Qt.Key.Key_4, "tasks")
    assert tasks.model.rowCount() == 2
    press(Qt.Key.Key_Down)  # the second: D-002
    press(Qt.Key.Key_Delete)
    _wait_idle(qtbot, tasks)
    assert asked == ["D-002"]
    assert "Released key pass 1 of D-002" in tasks.message.text()
    assert tasks.model.rowCount() == 1
    with world.services.sessions() as s:
        statuses = dict(s.execute(select(Task.id, Task.status).where(Task.pass_no == 1)).all())
    assert sorted(statuses.values()) == ["claimed", "open", "open"]


def test_a_release_that_comes_too_late_is_told_and_changes_nothing(
    qtbot, world: World, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_services import VALUES, key_document

    op1 = world.station("op1", prefetch=0)
    op1.next_task()
    monkeypatch.setattr(ReleaseDialog, "ask", classmethod(lambda cls, parent, row: ""))
    window = open_window(qtbot, world, "sup")
    tasks = _show(qtbot, window, Qt.Key.Key_4, "tasks")
    key_document(op1, VALUES)  # finished while the view was on screen
    press(Qt.Key.Key_Delete)
    _wait_idle(qtbot, tasks)
    assert tasks.message.text() == (
        "Not released: task 1 was finished meanwhile: nothing was released"
    )
    assert tasks.model.rowCount() == 0  # read again: nothing is held now


def _flag_two(world: World) -> None:
    for login in ("op1", "op2"):
        st = world.station(login, prefetch=0)
        task = st.next_task()
        assert task is not None
        st.flag_page(task, 1, "unreadable" if login == "op1" else "wrong_document", "torn")


def test_flagged_pages_show_the_page_and_take_each_outcome_by_keyboard(
    qtbot, world: World, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _flag_two(world)  # op1 flags D-001; op2 is then handed D-002 and flags it
    reasons = iter(["", "not a census form"])
    monkeypatch.setattr(
        WithdrawDialog, "ask", classmethod(lambda cls, parent, row, outcome: next(reasons))
    )
    window = open_window(qtbot, world, "sup")
    flagged = _show(qtbot, window, Qt.Key.Key_3, "flagged")
    assert flagged.model.rowCount() == 2
    assert flagged.detail.text() == "D-001, page 1 of 1: unreadable — “torn” (flagged by op1)"
    qtbot.waitUntil(lambda: flagged.page.has_image, timeout=10_000)
    press(Qt.Key.Key_K, CTRL)  # back to keying
    _wait_idle(qtbot, flagged)
    assert flagged.message.text() == "D-001 returned to keying."
    assert flagged.model.rowCount() == 1
    assert flagged.detail.text().startswith("D-002, page 1 of 1: wrong document")
    press(Qt.Key.Key_J, CTRL)  # reject: the reason is required
    assert flagged.message.text() == "Not done: say why the document leaves the batch."
    press(Qt.Key.Key_J, CTRL)
    _wait_idle(qtbot, flagged)
    assert flagged.message.text() == "D-002 rejected."
    assert flagged.model.rowCount() == 0
    assert not flagged.buttons[next(iter(flagged.buttons))].isEnabled()
    with world.services.sessions() as s:
        docs = {
            d.external_id: (d.status, d.withdrawn, d.withdrawn_reason)
            for d in s.scalars(select(Document))
        }
    assert docs["D-001"] == ("keying", None, None)
    assert docs["D-002"] == ("flagged", "rejected", "not a census form")


def test_an_operator_has_no_supervisor_views(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, world, "op1")
    assert window.send_back is None
    assert not window.overview.send_back_action.isEnabled()
    with pytest.raises(KeyError):
        window.view("tasks")


def test_the_flagged_page_comes_first_and_the_other_pages_turn_by_keyboard(
    qtbot, world: World
) -> None:  # type: ignore[no-untyped-def]
    from keying.storage import repo
    from keying.storage.models import FormDefinitionRow
    from tests.support.world import page_png

    with world.services.sessions() as s:
        form = s.scalars(select(FormDefinitionRow)).one()
        batch = repo.add_batch(s, "Two pages", form)
        batch.priority = 10
        pages = [(page_png(f"P{n}"), "image/png", 827, 1170) for n in (1, 2)]
        repo.add_document(s, batch, "T-001", pages)
        s.commit()
    st = world.station("op1", prefetch=0)
    task = st.next_task()
    assert task is not None and task.task.external_id == "T-001"
    st.flag_page(task, 2, "needs_rescan", "page 2 is cut off")
    window = open_window(qtbot, world, "sup")
    flagged = _show(qtbot, window, Qt.Key.Key_3, "flagged")
    assert flagged.detail.text().startswith("T-001, page 2 of 2: needs rescan")
    qtbot.waitUntil(lambda: flagged.page.has_image and flagged.page.page_no == 2)
    press(Qt.Key.Key_PageUp, CTRL)
    qtbot.waitUntil(lambda: flagged.page.page_no == 1 and flagged.page.has_image)
    assert flagged.detail.text().startswith("T-001, page 2 of 2")  # the flag stays in view
