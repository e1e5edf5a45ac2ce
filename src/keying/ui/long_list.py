"""A long list's columns within its view, without measuring every row: the overview (F9) and
the Sampling tab's draws, which may hold 10,000 rows (wrapping their text, as
`column_share.py` does for the short lists, measured every row's height: 25 s to show).

One line a row, every row as high as a line of the font, Khmer's taller line included
(`Fixed`: no row is measured); each column wants the width of its title and of the texts
of the first `SAMPLED_ROWS` rows and the rows on screen (font metrics, nothing else); the
columns share the view's width as `column_share.share` says, without words (narrow columns
keep their width, the wide ones share the rest; the `elastic` columns, of long texts, are
cut first). A text wider than its column is cut (…) at its end, an id at its start
(…2027-00042); it is whole in the cell's tooltip and
in the line under the table (`line`), which says the current row's cells of the columns
that are cut, whole and wrapped: the arrow keys move the row, so the keyboard reads every
text. The widths are measured again when the rows, the font or the language change; a
resize only shares them out again."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from keying.ui.column_share import CELL_MARGIN, share
from keying.ui.language import accessible, translate
from keying.ui.steady_label import FALLBACK_LINE_FACTOR

SAMPLED_ROWS = 200  # the rows whose texts size the columns (and the rows on screen)
ROW_PADDING = 6  # a row's height beyond the font's line: its margins and grid line
READABLE = 8  # characters an elastic column keeps (its text read whole in the line under it)


class _CutTip(QStyledItemDelegate):
    """A cut cell: an id's text cut at its start (it keeps its number: …2026-001), any other
    text at its end (words are read from the left: "waits for a super…"); its tooltip is the
    text whole (the model's own tooltip first, where it has one)."""

    def __init__(self, table: QTableView, ids: Sequence[int]) -> None:
        super().__init__(table)
        self.ids = set(ids)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        left = index.column() in self.ids
        option.textElideMode = Qt.TextElideMode.ElideLeft if left else Qt.TextElideMode.ElideRight

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        own = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        if event.type() == QEvent.Type.ToolTip and index.isValid() and own is None:
            text = str(index.data() or "")
            wide = view.fontMetrics().horizontalAdvance(text) + CELL_MARGIN
            room = view.columnWidth(index.column()) if isinstance(view, QTableView) else 0
            if wide > (room or view.visualRect(index).width()):  # as `fit` measures
                QToolTip.showText(event.globalPos(), text, view)
                return True
            QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)


class LongList(QObject):
    """Keeps `table`'s columns within its view cheaply; `line` (place it under the table)
    says the current row's cut cells whole. `elastic`: the columns of long texts, cut first
    (the others keep their width while these have room); `ids`: the columns of identifiers,
    cut at their start; `measured` counts the cells measured (tests)."""

    def __init__(
        self, table: QTableView, elastic: Sequence[int] = (), ids: Sequence[int] = ()
    ) -> None:
        super().__init__(table)
        self.table = table
        self.elastic = list(elastic)
        self.measured = 0
        self._wanted: list[int] | None = None  # None: measured again at the next fit
        self._titles: list[int] = []  # each column's title alone
        self._texts: list[int] = []  # each column's sampled texts alone
        self._cut: list[int] = []  # the columns narrower than their texts
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setVisible(False)
        accessible(self.line, translate("keying", "The current row's cut texts, whole"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a cut title: "Discrep…"
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._least_row = rows.defaultSectionSize()  # the style's, at ordinary text
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setItemDelegate(_CutTip(table, ids))
        self._row_height()
        self._viewport = table.viewport()
        table.installEventFilter(self)
        self._viewport.installEventFilter(self)
        model = table.model()
        if model is not None:
            self._watch(model)
        selection = table.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(self._say_row)

    def _watch(self, model: QAbstractItemModel) -> None:
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.headerDataChanged,
        ):
            signal.connect(self.measure_again)
        model.dataChanged.connect(self.measure_again)

    def measure_again(self, *_: object) -> None:
        self._wanted = None
        self.fit()

    def _row_height(self) -> None:
        """As tall as a line of Khmer or Lao (their fallback fonts' lines are taller)."""
        line = self.table.fontMetrics().lineSpacing() * FALLBACK_LINE_FACTOR
        height = max(self._least_row, math.ceil(line) + ROW_PADDING)
        self.table.verticalHeader().setDefaultSectionSize(height)

    def wanted(self) -> list[int]:
        """Each column's width for its title and its sampled texts (`SAMPLED_ROWS`)."""
        if self._wanted is None:
            self._wanted = self._measure()
        return self._wanted

    def _measure(self) -> list[int]:
        model, header = self.table.model(), self.table.horizontalHeader()
        if model is None:
            return []
        metrics = self.table.fontMetrics()
        columns = model.columnCount()
        self._titles = [header.sectionSizeHint(c) for c in range(columns)]
        wanted = [0] * columns
        count = model.rowCount()
        top = max(self.table.rowAt(0), 0)
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        bottom = count - 1 if bottom < 0 else bottom
        rows = set(range(min(count, SAMPLED_ROWS)))
        rows.update(range(top, min(bottom + 1, top + SAMPLED_ROWS, count)))
        for r in rows:
            for c in range(columns):
                text = model.index(r, c).data()
                if text:
                    width = metrics.horizontalAdvance(str(text)) + CELL_MARGIN
                    wanted[c] = max(wanted[c], width)
        self.measured += len(rows) * columns
        self._texts = wanted
        return [max(w, t) for w, t in zip(wanted, self._titles, strict=True)]

    def fit(self) -> None:
        wanted = self.wanted()
        if not wanted:
            return
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        widths = self._share(wanted, width, header.minimumSectionSize())
        widths[-1] = max(widths[-1], width - sum(widths[:-1]))  # the last one to the edge
        for c, w in enumerate(widths):
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)
        self._cut = [c for c, w in enumerate(widths) if w < wanted[c]]
        if self.line.parentWidget() is not None:  # not a window of its own, ever
            self.line.setVisible(bool(self._cut))
        self._say_row()

    def _share(self, wanted: list[int], width: int, least: int) -> list[int]:
        """The elastic columns share what the others leave while each has room for
        `READABLE` characters: the others as wide as their titles and texts, else as their
        texts with their titles cut to `READABLE` characters; else the elastic columns get
        that much and the others share the rest (`share`: the narrow ones keep theirs)."""
        elastic = [c for c in self.elastic if c < len(wanted)]
        if not elastic:
            return share(wanted, width, least)
        others = [c for c in range(len(wanted)) if c not in elastic]
        readable = max(least, self.table.fontMetrics().averageCharWidth() * READABLE + CELL_MARGIN)
        texts = self._texts or wanted
        titled = [max(texts[c], min(wanted[c], readable)) for c in range(len(wanted))]
        widths = list(wanted)
        for fixed in (wanted, titled):
            rest = width - sum(fixed[c] for c in others)
            if rest >= readable * len(elastic):
                for c in others:
                    widths[c] = fixed[c]
                part = share([wanted[c] for c in elastic], rest, readable)
                for c, w in zip(elastic, part, strict=True):
                    widths[c] = w
                return widths
        rest = max(width - readable * len(elastic), least * len(others))
        for c, w in zip(others, share([titled[c] for c in others], rest, least), strict=True):
            widths[c] = w
        for c in elastic:
            widths[c] = min(wanted[c], readable)
        return widths

    def cut(self) -> list[int]:
        return list(self._cut)

    def _say_row(self, *_: object) -> None:
        """The line under the table: the current row's cut cells, each after its title."""
        index, model = self.table.currentIndex(), self.table.model()
        if not self._cut or model is None or not index.isValid():
            self.line.setText("")
            return
        parts = []
        for c in self._cut:
            text = str(model.index(index.row(), c).data() or "")
            if text:
                title = model.headerData(c, Qt.Orientation.Horizontal)
                parts.append(translate("keying", "{0}: {1}").format(title, text))
        self.line.setText(" · ".join(parts))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # (events come while the table is being deleted: no call first)
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        elif (
            kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
            and watched is not self._viewport
        ):
            self._row_height()
            self.measure_again()
        return False
