"""The supervisor's list views keep every column in view at large text (issue 16): the
columns share the width (`column_share.share`), wrapped, never scrolled sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from keying.ui.column_share import ColumnShare, share


def test_narrow_columns_keep_their_width_and_the_wide_ones_share_the_rest() -> None:
    assert share([100, 50, 300], 1000, 30) == [100, 50, 300]  # they fit: as they are
    assert share([270, 45, 320, 340, 250, 220, 190], 1004, 30) == [
        159,
        45,
        159,
        159,
        159,
        159,
        159,
    ]
    assert share([100, 50, 300, 400, 200], 1000, 30) == [100, 50, 300, 350, 200]
    assert sum(share([500, 500, 500], 600, 30)) == 600
    assert share([500, 500], 40, 30) == [30, 30]  # never under the least


def test_no_word_is_cut_while_the_longest_words_fit() -> None:
    wanted, words = [270, 45, 320, 340, 250, 220, 190], [150, 45, 320, 150, 160, 80, 80]
    widths = share(wanted, 1004, 30, words)
    assert sum(widths) == 1004
    assert all(k <= w <= want for w, k, want in zip(widths, words, wanted, strict=True))
    assert widths[2] == 320  # a long id whole: its one word
    assert share([500, 500], 600, 30, [100, 100]) == [300, 300]
    # the words do not fit: cut as before
    assert share([500, 500], 150, 30, [100, 100]) == share([500, 500], 150, 30)


def test_a_table_of_long_texts_fits_its_view_and_wraps(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(3, 5)
    for r in range(3):
        for c in range(5):
            model.setItem(r, c, QStandardItem(f"a rather long text in column {c} of row {r}"))
    model.setItem(0, 1, QStandardItem("household_census-2027-001"))  # no space: cut at its start
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    columns = ColumnShare(table)
    table.resize(500, 400)
    table.show()
    qtbot.waitExposed(table)
    columns.fit()

    def fits() -> bool:
        right = table.columnViewportPosition(4) + table.columnWidth(4)
        return right <= table.viewport().width()

    qtbot.waitUntil(fits)  # the last column stretches (or shrinks) to the edge
    assert table.horizontalScrollBar().maximum() == 0
    assert table.rowHeight(0) > table.fontMetrics().lineSpacing() * 2  # wrapped, taller
    assert table.textElideMode() == Qt.TextElideMode.ElideLeft
    model.setRowCount(1)  # new rows: fitted again by themselves
    table.resize(900, 400)
    qtbot.waitUntil(lambda: table.columnWidth(0) > 100)
    qtbot.waitUntil(fits)
