"""How the same-field list fits a small screen with large text (1024×768 at 150 % or 200 %):
never scrolled sideways. The document's id at most a seventh of the width, cut at its start
(`TailFirst`); A and B three tenths each of what is left beside the snippet, the decision the
rest; rows as tall as their snippet or as their wrapped texts (at most TEXT_LINES lines)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

COL_DOCUMENT, COL_IMAGE, COL_A, COL_B, COL_DECISION = range(5)
TEXT_LINES = 4  # at most, a row's A, B and decision wrapped; longer: elided (the tooltip has it)
CELL_MARGIN = 8  # the cell's own margins around its text, both sides
KEPT_HEIGHTS = 3000  # texts measured and kept, at most

_Index = QModelIndex | QPersistentModelIndex


class TailFirst(QStyledItemDelegate):
    """A document's id cut at its start when its column is narrow (`…2027-001`): its end
    tells the documents apart (whole in the tooltip)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


def fit_columns(table: QTableView) -> None:
    """The document's id at most a seventh of the width or its title's (the id cut at its
    start); A and B three tenths each of the width beside it and its snippet; the decision
    the rest (the last column, stretched): at 200 % text on 1024×768 a minor kind's words
    wrap on three lines."""
    header = table.horizontalHeader()
    width = table.viewport().width()
    title = header.sectionSizeHint(COL_DOCUMENT)  # the column's title is never cut
    doc = min(max(table.sizeHintForColumn(COL_DOCUMENT), title), max(title, width // 7))
    if header.sectionSize(COL_DOCUMENT) != doc:
        header.resizeSection(COL_DOCUMENT, doc)
    each = max(header.minimumSectionSize(), (width - doc - header.sectionSize(COL_IMAGE)) * 3 // 10)
    for col in (COL_A, COL_B):
        if header.sectionSize(col) != each:
            header.resizeSection(col, each)


def fit_rows(
    table: QTableView, snippet_height: int, heights: dict[tuple[str, int, str], int]
) -> None:
    """Rows as tall as their snippet, or as A, B and the decision need wrapped at their
    columns' widths (at most TEXT_LINES lines; longer, elided), so the decision is read
    without scrolling at large text (1024×768 at 150 % or 200 %). Each text's height is
    kept (`heights`): a decision re-measures only the texts it changed."""
    metrics = table.fontMetrics()
    font = table.font().key()
    if len(heights) > KEPT_HEIGHTS:
        heights.clear()
    tall = 0
    for col in (COL_A, COL_B, COL_DECISION):
        width = max(1, table.columnWidth(col) - CELL_MARGIN)
        for r in range(table.model().rowCount()):
            text = str(table.model().index(r, col).data() or "")
            key = (font, width, text)
            height = heights.get(key)
            if height is None:
                box = QRect(0, 0, width, 1 << 20)
                flags = int(Qt.TextFlag.TextWordWrap)
                height = heights[key] = metrics.boundingRect(box, flags, text).height()
            tall = max(tall, height)
    tall = min(tall, TEXT_LINES * metrics.lineSpacing())
    height = max(snippet_height, tall) + CELL_MARGIN
    if height != table.verticalHeader().defaultSectionSize():
        table.verticalHeader().setDefaultSectionSize(height)
