"""A table's columns share the width of its view, so nothing is scrolled to sideways (an
office PC's 1024×768 at 150 % or 200 % text): each column as wide as its contents when
they all fit; else the narrow ones keep their width and the wide ones share what is left,
their text wrapped between words (the rows grow) and a word wider than its column cut at
its start. The tooltip of a cut cell is the model's (its `ToolTipRole`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def share(wanted: list[int], width: int, least: int) -> list[int]:
    """Widths for columns that want `wanted` in `width` (none under `least`): every one its
    own when they fit; else the widest are cut to one equal width, the others kept."""
    if sum(wanted) <= width:
        return list(wanted)
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
        wanted = [max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(n)]
        width = self.table.viewport().width()
        widths = share(wanted, width, header.minimumSectionSize())
        if widths:  # the last one to the edge
            widths[-1] = max(widths[-1], width - sum(widths[:-1]))
        for c, w in enumerate(widths):
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
