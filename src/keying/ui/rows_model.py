"""A read-only table model over a list of rows the services read (one row object per line):
what the supervisor views' models share. A subclass names its `headers` and answers `data`;
`set_rows` replaces the list (a model reset), `row_at` gives a line's row or None. Headers
are shown translated (mark them with `QT_TRANSLATE_NOOP("keying", …)` where they are written)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from keying.ui.language import CONTEXT, translate

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, rows: Sequence[Any] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def retranslate_model(self) -> None:
        """A language installed: the headers and every cell said again (`retranslate_texts`)."""
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self._rows and self.headers:
            last = self.index(len(self._rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return translate(CONTEXT, self.headers[section])  # as is when not translated
        return None
