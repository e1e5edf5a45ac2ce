"""The main window on one PC: sign in, the status bar, and the loop closed by two operators
keying the same documents blind — the overview lists which agreed and which wait."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from keying.config import Settings
from keying.services import SignedIn
from keying.ui.main_window import MainWindow
from keying.ui.overview import COL_DISCREPANCIES, COL_DOCUMENT, COL_STATUS
from keying.ui.signin import SignInDialog
from tests.support.ui import FORMS, key_field, open_window, press, settle, type_text
from tests.support.world import PASSWORD

RECEIPT = FORMS / "receipt.yaml"
AGREED = ["SHOP ONE", "1 MAIN STREET", "05/06/2019", "12.50"]
# The second operator keys the first document the same way (the amount written differently
# but equal as a number) and the second document with another total.
SECOND = {
    "D-001": ["SHOP ONE", "1  MAIN STREET", "5/6/2019", "12.5"],
    "D-002": ["SHOP ONE", "1 MAIN STREET", "05/06/2019", "21.50"],
}


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 2, "form_path": RECEIPT}


def key_queue(qtbot, window: MainWindow, values_by_doc: dict[str, list[str]]) -> list[str]:
    station = window.station_view
    assert station is not None
    keyed = []
    while station.current is not None:
        document = station.current.task.external_id
        for value in values_by_doc[document]:
            key_field(value)
        press(Qt.Key.Key_F12)
        keyed.append(document)
        settle(qtbot, station)  # sent, reconciled, topped up by the sync worker
    return keyed


def test_sign_in_dialog_refuses_a_wrong_password_then_signs_in(qtbot, world) -> None:
    dialog = SignInDialog(world.services.sign_in, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field_height = dialog.login.height()
    type_text("op1", dialog.login)
    type_text("wrong password", dialog.password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # the Sign in button is the default
    qtbot.waitUntil(lambda: not dialog.busy)  # the call runs in the sign-in thread
    assert dialog.signed_in is None
    assert dialog.error.text()  # says what is wrong
    # The dialog grows for the message's lines; the fields are not squeezed (issue 14, 7).
    dialog.error.setText(dialog.error.text() + " Wait 8 seconds before the next try. " * 3)
    QApplication.processEvents()
    assert dialog.login.height() >= field_height and dialog.password.height() >= field_height
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    assert dialog.password.text() == ""  # and lets the operator type it again
    type_text(PASSWORD, dialog.password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert isinstance(dialog.signed_in, SignedIn) and dialog.signed_in.login == "op1"
    assert dialog.result() == SignInDialog.DialogCode.Accepted


def test_two_operators_close_the_loop_and_the_overview_lists_the_outcome(qtbot, world) -> None:
    first = open_window(qtbot, world, "op1")
    status = first.status_label.text()
    for part in (
        "Operator: OP1",
        "Batch: Test batch",
        "Document 1 of 2",
        "Pass 1",
        "Keyed today: 0",
    ):
        assert part in status
    assert "Sync:" in status
    assert key_queue(qtbot, first, dict.fromkeys(world.documents, AGREED)) == ["D-001", "D-002"]
    first.sync_now()
    assert "Keyed today: 2" in first.status_label.text()
    # op1 has nothing left: the window shows the overview, both documents still being keyed
    assert first.pages.currentWidget() is first.overview
    qtbot.waitUntil(lambda: "2 still being keyed" in first.overview.summary.text())
    assert first.overview.summary.text().startswith("Your documents: ")  # item 8: their own
    # While the overview shows, each round of the sync worker (not only F5) reads it again.
    assert first.station_view is not None
    with qtbot.waitSignal(first.link.overview_done, timeout=30_000):
        first.station_view.request_sync()
    first.close()

    second = open_window(qtbot, world, "op2")
    assert "Pass 2" in second.status_label.text()
    assert second.station_view is not None
    form = second.station_view.current_form()
    assert form is not None and form.values()["company"] == ""  # blind: nothing of pass 1
    assert key_queue(qtbot, second, SECOND) == ["D-001", "D-002"]
    second.sync_now()
    qtbot.waitUntil(lambda: "1 final" in second.overview.summary.text())
    model = second.overview.model
    rows = {
        model.index(r, COL_DOCUMENT).data(): (
            model.index(r, COL_STATUS).data(),
            model.index(r, COL_DISCREPANCIES).data(),
        )
        for r in range(model.rowCount())
    }
    assert rows["D-001"][1] in (0, "0", "")
    assert rows["D-002"][1] in (1, "1")
    assert rows["D-001"][0] != rows["D-002"][0]
    assert "1 final" in second.overview.summary.text()
    assert "1 wait for a supervisor" in second.overview.summary.text()


def test_the_window_owns_the_display_settings_and_says_what_they_did(qtbot, world) -> None:
    window = open_window(qtbot, world, "op1")
    station = window.station_view
    assert station is not None
    form = station.current_form()
    assert form is not None
    assert station.view.zone is not None  # the first field's zone is shown
    press(Qt.Key.Key_F7)
    assert Settings.load().zoom_to_zone is False
    assert form.message.text() == "Zoom to the focused field off."
    key_field(AGREED[0])
    assert station.view.zone is None  # the next field is not zoomed to
    press(Qt.Key.Key_F7)
    assert Settings.load().zoom_to_zone is True
    assert station.view.zone == form.definition.fields[1].zone  # the field being keyed now
    press(Qt.Key.Key_F8)
    assert Settings.load().auto_advance is False
    assert form.message.text() == "Auto-advance when a field is full off."
    window.show_overview()
    press(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Text size 100 %."
