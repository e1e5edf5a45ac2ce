"""The refused items view (issue 11, 2: "listed for supervisors"): a keying the central
database refused for good, reported by its workstation, is listed for a supervisor (Ctrl+5)
with who, which PC, which document and why; an operator has no such view and the service
refuses one."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from keying.services.refused import read_refused
from keying.services.supervision import SupervisionRefused
from keying.storage.refused_items import RefusedItem
from keying.ui.refused_view import HEADERS, RefusedItemsModel, RefusedView
from tests.support.ui import open_window, press
from tests.support.world import World
from tests.test_services import VALUES

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_refused_items_model_keeps_qt_s_model_contract(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    item = RefusedItem(
        datetime(2026, 12, 1, 9, 0, tzinfo=UTC), "op1", "pc-1", "#999999", 1, "keying",
        "u-1", "violates foreign key constraint",
    )  # fmt: skip
    flag = replace(item, login=None, pass_no=None, kind="page_flag", document="D-002")
    model = RefusedItemsModel([item, flag])
    qtmodeltester.check(model)
    assert model.columnCount() == len(HEADERS) == 7
    row = [model.index(0, c).data() for c in range(7)]
    assert row[1:] == ["op1", "pc-1", "#999999", "1", "keying", "violates foreign key constraint"]
    assert [model.index(1, c).data() for c in (1, 4, 5)] == ["—", "—", "page flag"]
    assert "u-1" in model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)


def test_a_supervisor_sees_a_refused_keying_by_keyboard(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    station = world.station("op1", prefetch=0)
    task = station.next_task()
    assert task is not None
    # a keying of a document the central database does not have: a foreign key says no
    task = replace(task, task=replace(task.task, document_id=999_999))
    assert station.finish(task, VALUES, {}, []).sync.refused == 1
    window = open_window(qtbot, world, "sup")
    press(Qt.Key.Key_5, CTRL)
    view = window.views["refused"]
    assert isinstance(view, RefusedView)
    assert window.pages.currentWidget() is view
    assert QApplication.focusWidget() is view.table
    qtbot.waitUntil(lambda: not view.background.busy, timeout=10_000)
    QApplication.processEvents()
    assert view.model.rowCount() == 1
    assert view.message.text() == "1 refused item"
    cells = [view.model.index(0, c).data() for c in range(7)]
    assert cells[1] == "op1" and cells[3] == "#999999" and cells[4] == "1"
    assert cells[5] == "keying" and "foreign key" in cells[6].lower()


def test_an_operator_cannot_read_the_refused_items(world: World) -> None:
    operator = world.sign_in("op1")
    with pytest.raises(SupervisionRefused, match="supervisors only"):
        read_refused(world.services, operator)
