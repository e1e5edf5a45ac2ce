"""A table's columns share the width of its view, so nothing is scrolled to sideways (an
office PC's 1024×768 at 150 % or 200 % text): each column as wide as its contents when
they all fit; else each at least as wide as its title and its longest word, the room left
going to the columns that want more, their text wrapped between words (the rows grow);
only when even the longest words do not fit, the narrow columns keep their width and the
wide ones share what is left, a word wider than its column cut at its start. The tooltip of
a cut cell is the model's (its `ToolTipRole`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

CELL_MARGIN = 12  # a cell's margins and grid line around its text
MEASURED_ROWS = 500  # the longest words are looked for in the first rows only


def share(
    wanted: list[int], width: int, least: int, words: Sequence[int] | None = None
) -> list[int]:
    """Widths for columns that want `wanted` in `width` (none under `least`): every one its
    own when they fit; else each its longest word (`words`, its title included) and the
    rest of the width shared out, none beyond what it wants; else (the words do not fit)
    the widest cut to one equal width, the others kept."""
    if sum(wanted) <= width:
        return list(wanted)
    if words is not None:
        floor = [min(w, max(least, k)) for w, k in zip(wanted, words, strict=True)]
        if sum(floor) <= width:
            return _fill(floor, wanted, width - sum(floor))
    widths = list(wanted)
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    left, cut = width, len(wanted)
    for i in order:  # narrow first: each keeps its own while it is under a fair share
        if wanted[i] <= left // cut:
            left -= wanted[i]
            cut -= 1
        else:
            break
    fair = max(least, left // cut) if cut else least
    for i in order[len(wanted) - cut :]:
        widths[i] = fair
    return widths


def _fill(widths: list[int], wanted: list[int], extra: int) -> list[int]:
    """`extra` shared out evenly among the columns under what they want."""
    widths = list(widths)
    while extra > 0:
        short = [i for i, w in enumerate(widths) if w < wanted[i]]
        if not short:
            break
        step = max(1, extra // len(short))
        for i in short:
            add = min(step, wanted[i] - widths[i], extra)
            widths[i] += add
            extra -= add
    return widths


class ColumnShare(QObject):
    """Keeps `table`'s columns within its view (`share`): call `fit()` after the rows
    change; a resize of the view fits them again by itself."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # it would not shrink below its first width
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideLeft)  # an id keeps its end: …2027-002
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:  # new rows: fitted again
            model.modelReset.connect(self.fit)

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        n = header.count()
        titles = [header.sectionSizeHint(c) for c in range(n)]
        wanted = [max(self.table.sizeHintForColumn(c), titles[c]) for c in range(n)]
        width = self.table.viewport().width()
        widths = share(wanted, width, header.minimumSectionSize(), self._words(titles))
        if widths:  # the last one to the edge
            widths[-1] = max(widths[-1], width - sum(widths[:-1]))
        for c, w in enumerate(widths):
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)

    def _words(self, titles: list[int]) -> list[int]:
        """Each column's longest word (its title, at least), with the cell's margins."""
        model, metrics = self.table.model(), self.table.fontMetrics()
        longest = list(titles)
        for r in range(min(model.rowCount(), MEASURED_ROWS)):
            for c in range(len(titles)):
                for word in str(model.index(r, c).data() or "").split():
                    longest[c] = max(longest[c], metrics.horizontalAdvance(word) + CELL_MARGIN)
        return longest

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
