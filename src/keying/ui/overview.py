"""Which documents agreed and which wait for a supervisor: a table over the service's list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from keying.services import DocumentStatus

Row = tuple[str, str, str, int]  # batch, document, status, discrepancies

COL_BATCH, COL_DOCUMENT, COL_STATUS, COL_DISCREPANCIES = range(4)
HEADERS = ("Batch", "Document", "Status", "Discrepancies")
STATUS_TEXT: dict[str, str] = {
    DocumentStatus.KEYING: "being keyed",
    DocumentStatus.FINAL: "agreed — final record",
    DocumentStatus.AGREED: "agreed",
    DocumentStatus.DISCREPANT: "waits for a supervisor",
    DocumentStatus.FLAGGED: "page flagged — waits for a supervisor",
}
SortRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class DocumentStatusModel(QAbstractTableModel):
    """Adapts a list of rows from `Services.overview()`; stores nothing of its own."""

    def __init__(self, rows: Sequence[Row] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Row] = rows

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_STATUS:
                return STATUS_TEXT.get(row[COL_STATUS], row[COL_STATUS])
            return str(row[col])
        if role == SortRole:
            return row[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DISCREPANCIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None


def summary_text(rows: Sequence[Row]) -> str:
    counts = Counter(r[COL_STATUS] for r in rows)
    agreed = counts[DocumentStatus.FINAL] + counts[DocumentStatus.AGREED]
    waiting = counts[DocumentStatus.DISCREPANT] + counts[DocumentStatus.FLAGGED]
    return (
        f"{agreed} agreed · {waiting} wait for a supervisor · "
        f"{counts[DocumentStatus.KEYING]} still being keyed · {len(rows)} documents"
    )


class OverviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Documents overview")
        self.summary = QLabel("")
        self.summary.setAccessibleName("Overview summary")
        self.summary.setStyleSheet("font-size: 14pt; padding: 8px;")
        self.model = DocumentStatusModel(parent=self)
        self.table = QTableView()
        self.table.setAccessibleName("Documents and their status")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.model.set_rows(list(rows))
        self.summary.setText(summary_text(rows))
