"""The long lists (the overview, the Sampling tab's draws) at 200 % text on 1024×768: every
column within the view, a cut text whole under the table for the current row (the arrow keys
read them all) and in its tooltip; and with 10,000 rows the view measures a sample of them,
not each (an earlier wrapped version measured every row: 25 s to show). Counted, not timed:
the rows whose texts are read and the delegate's size hints."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from keying.services.documents import DocumentRow, ListStatus
from keying.services.report import DrawRow
from keying.ui.dashboard_sampling import DrawsModel
from keying.ui.long_list import SAMPLED_ROWS, LongList
from keying.ui.overview import (
    COL_DOCUMENT,
    COL_NOTE,
    COL_STATUS,
    DocumentListModel,
    OverviewView,
)
from keying.ui.theme import apply_theme

ROWS = 10_000
LONG_NOTE = "rejected: the page is torn across the total and the date, scan it again"


@pytest.fixture
def big_text() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, False, 2.0)
    yield
    apply_theme(app, False, 1.0)


class Counts:
    """A model that counts the rows whose texts the view and its columns read."""

    read: set[int]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            self.read.add(index.row())
        return super().data(index, role)  # type: ignore[misc]


class Counting(Counts, DocumentListModel):
    def __init__(self, rows: Any) -> None:
        super().__init__(rows)
        self.read = set()


class CountingDraws(Counts, DrawsModel):
    def __init__(self) -> None:
        super().__init__()
        self.read = set()


class Hints(QStyledItemDelegate):
    calls = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> Any:
        Hints.calls += 1
        return super().sizeHint(option, index)


def _documents(n: int) -> list[DocumentRow]:
    notes = ["no pass in yet", "pass 1 in, waiting for pass 2", LONG_NOTE]
    return [
        DocumentRow(
            i,
            1,
            "Household census 2027",
            f"HH-2027-{i:05d}",
            i,
            ListStatus.WITHDRAWN,
            0,
            notes[i % 3],
        )
        for i in range(n)
    ]


def _shown(qtbot, rows: list[DocumentRow], width: int = 1024) -> OverviewView:  # type: ignore[no-untyped-def]
    view = OverviewView()
    qtbot.addWidget(view)
    view.resize(width, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_rows(rows)
    return view


def _within(table: Any) -> None:
    header, width = table.horizontalHeader(), table.viewport().width()
    right = [
        header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(header.count())
    ]
    assert max(right) <= width, (right, width)
    assert all(header.sectionSize(c) >= header.minimumSectionSize() for c in range(header.count()))


def test_the_overview_of_10000_documents_fits_200_percent_text_measuring_a_sample(
    qtbot, big_text: None
) -> None:  # type: ignore[no-untyped-def]
    view = OverviewView()
    qtbot.addWidget(view)
    model = Counting([])
    view.model = model  # the view's own model, counted
    view.filter.setSourceModel(model)
    view.table.setItemDelegate(Hints(view.table))
    Hints.calls = 0
    view.resize(1024, 700)
    view.set_rows(_documents(ROWS))  # before the first paint, as the window does
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    view.table.viewport().repaint()
    # a sample of the rows is read (the first ones and those on screen), not each of 10,000
    assert 20 < len(model.read) <= SAMPLED_ROWS + 100, len(model.read)  # counted
    assert Hints.calls == 0  # no row measured by the view: one line each, one height
    _within(view.table)
    assert COL_NOTE in view.columns.cut()  # too long for 1024 pixels at 200 %: cut…
    view.table.setFocus()
    view.table.setCurrentIndex(view.filter.index(2, 0))
    assert LONG_NOTE in view.columns.line.text()  # …and whole under the table
    assert view.columns.line.isVisible()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 3
    assert "no pass in yet" in view.columns.line.text()  # the arrows read row after row
    assert LONG_NOTE not in view.columns.line.text()


def test_a_cut_cell_s_tooltip_is_its_whole_text(
    qtbot, big_text: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from keying.ui import long_list

    shown: list[str] = []

    class Tip:  # offscreen, a real tooltip window warns that it cannot be raised
        @staticmethod
        def showText(at: Any, text: str, widget: Any) -> None:
            shown.append(text)

        @staticmethod
        def hideText() -> None:
            shown.append("")

    monkeypatch.setattr(long_list, "QToolTip", Tip)
    view = _shown(qtbot, _documents(30))
    table = view.table
    index = view.filter.index(2, COL_NOTE)
    rect = table.visualRect(index)
    at = rect.center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, at, table.viewport().mapToGlobal(at))
    delegate = table.itemDelegate()
    assert delegate.helpEvent(event, table, QStyleOptionViewItem(), index)
    assert shown == [LONG_NOTE]
    short = view.filter.index(0, COL_DOCUMENT)  # whole in its cell: no tooltip
    at = table.visualRect(short).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, at, table.viewport().mapToGlobal(at))
    assert delegate.helpEvent(event, table, QStyleOptionViewItem(), short)
    assert shown == [LONG_NOTE, ""]


def test_words_are_cut_at_their_end_and_ids_at_their_start(qtbot, big_text: None) -> None:  # type: ignore[no-untyped-def]
    """A status cut at its start read "…aits for a supervisor" at 200 % on 1024×768."""
    rows = _documents(8)
    rows[0] = dataclasses.replace(rows[0], status=ListStatus.FLAGGED)  # the longest status words
    view = _shown(qtbot, rows, width=700)
    delegate = view.table.itemDelegate()
    modes = {}
    for column in (COL_DOCUMENT, COL_STATUS, COL_NOTE):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, view.filter.index(0, column))
        modes[column] = option.textElideMode
    assert modes == {
        COL_DOCUMENT: Qt.TextElideMode.ElideLeft,  # an id keeps its number: …2027-00000
        COL_STATUS: Qt.TextElideMode.ElideRight,  # words keep their start: "page flagged — w…"
        COL_NOTE: Qt.TextElideMode.ElideRight,
    }
    assert COL_STATUS in view.columns.cut()  # the case that showed it: the status is cut


def test_at_ordinary_text_nothing_is_cut_and_no_line_is_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(qtbot, _documents(5)[:2], width=1366)  # short notes only
    assert view.columns.cut() == []
    assert not view.columns.line.isVisible()
    _within(view.table)
    wanted = view.columns.wanted()
    header = view.table.horizontalHeader()
    assert all(header.sectionSize(c) >= wanted[c] for c in range(header.count()))


def test_10000_draws_show_their_reasons_whole_under_the_table(qtbot, big_text: None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    table = QTableView()
    qtbot.addWidget(table)
    model = CountingDraws()
    table.setModel(model)
    columns = LongList(table, elastic=(1, 4))
    table.setItemDelegate(Hints(table))
    Hints.calls = 0
    table.resize(1000, 400)
    table.show()
    qtbot.waitExposed(table)
    reasons = ["sampled", "not_sampled", "below_threshold", "pass_2_started"]
    model.set_rows(
        [
            DrawRow(f"D-{i:05d}", f"keyer{i % 7}", i % 2 == 0, reasons[i % 4], i / ROWS)
            for i in range(ROWS)
        ]
    )
    QApplication.processEvents()
    table.viewport().repaint()
    assert 20 < len(model.read) <= SAMPLED_ROWS + 100, len(model.read)  # counted
    assert Hints.calls == 0
    assert columns.measured <= (SAMPLED_ROWS + 100) * model.columnCount()
    _within(table)
    why = model.columnCount() - 1
    assert why in columns.cut()
    table.setCurrentIndex(model.index(3, 0))
    assert "pass 2 under way before the draw: verified" in columns.line.text()
    # a resize shares the widths out again without reading the rows again
    before = set(model.read)
    model.read.clear()
    table.resize(800, 400)
    QApplication.processEvents()
    assert model.read <= before | set(range(40)), len(model.read)
    _within(table)


def test_a_larger_font_makes_the_rows_taller_and_measures_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(qtbot, _documents(30))
    small = view.table.rowHeight(0)
    narrow = view.columns.wanted()[1]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, False, 2.0)
        QApplication.processEvents()
        assert view.table.rowHeight(0) > small * 1.5
        assert view.columns.wanted()[1] > narrow * 1.5
        assert view.table.rowHeight(0) >= view.table.fontMetrics().height()
    finally:
        apply_theme(app, False, 1.0)
