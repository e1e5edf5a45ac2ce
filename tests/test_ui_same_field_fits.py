"""The supervisor station at large text on a small screen (issue 16): at 1024×768 with the
text at 150 % and 200 % the same-field list's decision of every row is read whole, without
scrolling sideways — A, B and the decision share the width left beside the snippet,
wrapped; what is longer than its cell is elided and the tooltip has it whole. A new value
(N) has a line of its own, the reason under it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from keying.services.adjudication import SupervisorDesk
from keying.services.bulk_minor import minor_flags
from keying.ui.bulk_minor_dialog import BulkMinorDialog
from keying.ui.same_field_fit import CELL_MARGIN, COL_A, COL_DECISION
from keying.ui.same_field_view import SameFieldList
from tests.support.supervision import key_passes
from tests.support.ui import press
from tests.test_adjudication import A
from tests.test_ui_adjudication import desk_view, settle

LONG = "2 miles west of Salt Spring on the old county road, north bank of the creek"
PASSES = {
    "D-001": ({**A, "remarks": LONG}, {**A, "remarks": LONG.replace("west", "W")}),
    "D-002": (A, {**A, "remarks": "near river."}),  # spacing or punctuation between words
    "D-003": (A, {**A, "remarks": "Near River"}),  # letter case only
}


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 3}


@pytest.mark.parametrize("scaled", [1.5, 2.0], indirect=True)
def test_the_decision_column_fits_1024x768_at_large_text(qtbot, world, scaled) -> None:  # type: ignore[no-untyped-def]
    key_passes(world, PASSES)
    window, view = desk_view(qtbot, world)
    window.resize(1024, 768)
    press(Qt.Key.Key_F)
    same = view.same_field
    assert isinstance(same, SameFieldList)
    qtbot.waitUntil(lambda: same.model.rowCount() == 3, timeout=20_000)
    press(Qt.Key.Key_N)  # a long new value for the first row
    same.editor.value.setText(LONG.upper())
    press(Qt.Key.Key_Return)
    settle(qtbot, view)
    QApplication.processEvents()
    assert window.width() <= 1024 and window.height() <= 768
    table = same.table
    decisions = [same.model.index(r, COL_DECISION).data() for r in range(3)]
    assert decisions == [
        f"new value '{LONG.upper()}'",
        "minor: spacing or punctuation between words",
        "minor: letter case only",
    ]
    # every column in the viewport: nothing to scroll to
    right = table.columnViewportPosition(COL_DECISION) + table.columnWidth(COL_DECISION)
    assert right <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in (0, COL_DECISION))
    assert header.sectionSize(0) <= max(header.sectionSizeHint(0), table.viewport().width() // 7)
    assert table.columnWidth(COL_DECISION) >= table.columnWidth(COL_A)  # at least A's share
    metrics = table.fontMetrics()
    width = table.columnWidth(COL_DECISION) - CELL_MARGIN
    for r, text in enumerate(decisions[1:], start=1):  # the minor kinds: read whole, wrapped
        needed = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, text)
        assert needed.width() <= width and needed.height() <= table.rowHeight(r), (text, scaled)
    # too long for its cell: elided there, whole in the tooltip
    assert same.model.index(0, COL_DECISION).data(Qt.ItemDataRole.ToolTipRole) == decisions[0]
    assert same.model.index(0, COL_A).data(Qt.ItemDataRole.ToolTipRole) == LONG
    window.close()


@pytest.mark.parametrize("scaled", [1.5, 2.0], indirect=True)
def test_a_new_value_has_its_own_line_at_large_text(qtbot, world, scaled) -> None:  # type: ignore[no-untyped-def]
    key_passes(world, PASSES)
    window, view = desk_view(qtbot, world)
    window.resize(1024, 768)
    press(Qt.Key.Key_N)
    editor = view.editor
    qtbot.waitUntil(lambda: editor.one_line is False)
    QApplication.processEvents()
    assert editor.value.width() >= editor.width() * 3 // 4  # the value: the whole line
    assert editor.reason.isVisible() and editor.note.isVisible()  # the reason: under it
    assert editor.reason.geometry().top() > editor.value.geometry().bottom()
    window.close()


@pytest.mark.parametrize("scaled", [1.5], indirect=True)
def test_the_bulk_confirmation_wraps_a_flag_instead_of_scrolling(qtbot, world, scaled) -> None:  # type: ignore[no-untyped-def]
    key_passes(world, PASSES)
    desk = SupervisorDesk(world.services, world.sign_in("sup"))
    cases = desk.claim_field(desk.claim()[0].batch_id, "remarks")
    flags = minor_flags(cases, "remarks", None, "abbreviation")  # D-001: west / W
    assert [c.external_id for c, _ in flags] == ["D-001"]
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1024, 768)
    dialog = BulkMinorDialog("Remarks", "abbreviation", flags, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 1024 * 4 // 5  # most of the window
    listed = dialog.list
    line = listed.visualRect(listed.model().index(0, 0))
    assert listed.horizontalScrollBar().maximum() == 0
    assert line.right() <= listed.viewport().width()
    assert line.height() >= 2 * listed.fontMetrics().lineSpacing()  # wrapped: B's value seen
