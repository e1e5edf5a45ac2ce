"""Send back, by keyboard, in the app: two operators disagree on a receipt's total; the
supervisor finds it in the overview (F9), reads it (Enter, read only), sends it back (Ctrl+B);
a third operator's station opens only the total; 2 of 3 settles it and the document is final."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from keying.services.documents import ListStatus
from keying.ui.main_window import MainWindow
from tests.support.ui import key_field, open_window, press, settle, show_active
from tests.test_ui_main_window import AGREED, RECEIPT, SECOND, key_queue


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 2, "form_path": RECEIPT}


def _overview_rows(qtbot, window: MainWindow) -> dict[str, ListStatus]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.link.busy and window.overview.model.rowCount() > 0)
    QApplication.processEvents()
    return {r.document: r.status for r in window.overview.model.rows}


def test_send_back_and_settle_two_of_three_through_a_third_operator_s_station(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, world, "op1")
    key_queue(qtbot, first, dict.fromkeys(world.documents, AGREED))
    first.close()
    second = open_window(qtbot, world, "op2")
    key_queue(qtbot, second, SECOND)
    second.close()

    sup = open_window(qtbot, world, "sup")
    press(Qt.Key.Key_F9)
    assert sup.pages.currentWidget() is sup.overview
    assert _overview_rows(qtbot, sup) == {"D-001": ListStatus.FINAL, "D-002": ListStatus.SUPERVISOR}
    sup.overview.table.setFocus()
    press(Qt.Key.Key_Down)  # D-002
    assert sup.overview.selected().document == "D-002"  # type: ignore[union-attr]
    press(Qt.Key.Key_Return)  # read only: what agreed so far, the total to decide
    qtbot.waitUntil(lambda: sup.opener.dialog is not None)
    dialog = sup.opener.dialog
    assert dialog is not None and dialog.values_label.text() == "Values the passes agreed so far"
    values = {
        dialog.values_model.index(r, 0).data(): dialog.values_model.index(r, 1).data()
        for r in range(dialog.values_model.rowCount())
    }
    assert values["total"] == "(to decide)" and values["company"] == "SHOP ONE"
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: sup.opener.dialog is None)
    show_active(qtbot, sup)
    sup.overview.table.setFocus()
    press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # send back
    link = sup.send_back
    assert link is not None
    qtbot.waitUntil(lambda: not link.background.busy)
    assert sup.statusBar().currentMessage() == "D-002 sent back for a third keying of total."
    # the overview is read again (in the sync worker) after the send-back
    qtbot.waitUntil(lambda: _overview_rows(qtbot, sup)["D-002"] == ListStatus.THIRD_PASS)

    third = open_window(qtbot, world, "op3")
    station = third.station_view
    assert station is not None and station.current is not None
    assert (station.current.task.external_id, station.current.task.pass_no) == ("D-002", 3)
    form = station.current_form()
    assert form is not None and [f.name for f in form.definition.fields] == ["total"]
    assert form.values() == {"total": ""}  # blind: neither pass's value
    assert form.message.text() == "Third keying: only the fields sent back are open (Total)."
    key_field("21.50")  # as op2: 2 of 3
    press(Qt.Key.Key_F12)
    settle(qtbot, station)
    third.close()

    show_active(qtbot, sup)
    sup.sync_now()
    qtbot.waitUntil(lambda: not sup.link.busy)
    qtbot.waitUntil(lambda: _overview_rows(qtbot, sup)["D-002"] == ListStatus.FINAL)
    sup.overview.table.setFocus()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sup.opener.dialog is not None)
    dialog = sup.opener.dialog
    assert dialog is not None and dialog.values_label.text() == "Final values"
    rows = {
        dialog.values_model.index(r, 0).data(): (
            dialog.values_model.index(r, 1).data(),
            dialog.values_model.index(r, 2).data(),
        )
        for r in range(dialog.values_model.rowCount())
    }
    assert rows["total"][0] == "21.50"
    assert "2 of 3" in rows["total"][1]
    history = [
        dialog.history_model.index(r, 2).data() for r in range(dialog.history_model.rowCount())
    ]
    assert "sent back" in history and "third pass reconciled" in history
    assert dialog.errors.isVisible() and dialog.errors_label.text().startswith(
        "Errors charged to keyers: 1"
    )
    charged = [
        tuple(dialog.errors_model.index(r, c).data() for c in range(4))
        for r in range(dialog.errors_model.rowCount())
    ]
    assert charged == [("total", "A", "op1", "outvoted 2 of 3")]  # op1's 12.50 outvoted
    press(Qt.Key.Key_Escape)
