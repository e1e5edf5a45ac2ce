"""The overview (F9): every document and where it stands — being keyed, waiting for a pass,
sent back, waiting for a supervisor with N discrepancies, final, flagged, out of the batch —
filterable by batch and status. Enter opens the selected document's read-only view;
supervisors send a waiting document back for a third keying with Ctrl+B. An operator's
overview lists their own documents: those they keyed or hold (`for_operator`).

Its words are translated when shown (`translate`), the headers by `RowsModel`; the note
column ("pass 1 in, waiting for pass 2") comes from the services as a `Said`, spoken here;
a change of language says them all again (`changeEvent`), filters and selection kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keying.forms.wording import counted, plural
from keying.services.documents import STATUS_TEXT, DocumentRow, ListStatus
from keying.ui.language import CONTEXT, accessible, local, speak, translate
from keying.ui.long_list import LongList
from keying.ui.rows_model import RowsModel

COL_BATCH, COL_DOCUMENT, COL_STATUS, COL_DISCREPANCIES, COL_NOTE = range(5)
HEADERS: tuple[str, ...] = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("keying", "Batch"),
        QT_TRANSLATE_NOOP("keying", "Document"),
        QT_TRANSLATE_NOOP("keying", "Status"),
        QT_TRANSLATE_NOOP("keying", "Discrepancies"),
        QT_TRANSLATE_NOOP("keying", "Where it stands"),
    )
)
# The statuses in words (keying.services.documents.STATUS_TEXT, marked here for lupdate).
STATUS_WORDS: dict[ListStatus, object] = {
    ListStatus.KEYING: QT_TRANSLATE_NOOP("keying", "being keyed"),
    ListStatus.WAITING: QT_TRANSLATE_NOOP("keying", "waiting for a pass"),
    ListStatus.THIRD_PASS: QT_TRANSLATE_NOOP("keying", "sent back — third keying"),
    ListStatus.SUPERVISOR: QT_TRANSLATE_NOOP("keying", "waits for a supervisor"),
    ListStatus.FINAL: QT_TRANSLATE_NOOP("keying", "final"),
    ListStatus.FLAGGED: QT_TRANSLATE_NOOP("keying", "page flagged — waits for a supervisor"),
    ListStatus.WITHDRAWN: QT_TRANSLATE_NOOP("keying", "out of the batch"),
}


def status_words(status: ListStatus) -> str:
    return translate(CONTEXT, STATUS_WORDS.get(status, STATUS_TEXT.get(status, str(status))))


SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
BEING_KEYED = (ListStatus.KEYING, ListStatus.WAITING, ListStatus.THIRD_PASS)

_Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(RowsModel):
    """Adapts the list of `DocumentRow`s the services read; stores nothing of its own."""

    headers = HEADERS
    _rows: Sequence[DocumentRow]

    @property
    def rows(self) -> Sequence[DocumentRow]:
        return self._rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DISCREPANCIES:
                return str(row.discrepancies) if row.discrepancies else ""
            return (row.batch, row.document, status_words(row.status), "", local(row.note))[col]
        if role == SortRole:
            return (row.batch_id, row.seq, row.status.value, row.discrepancies, row.note)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DISCREPANCIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DocumentFilter(QSortFilterProxyModel):
    """Shows the documents of one batch and one status (None: all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch_id: int | None = None
        self.status: ListStatus | None = None
        self.setSortRole(SortRole)

    def set_filter(self, batch_id: int | None, status: ListStatus | None) -> None:
        self.beginFilterChange()
        self.batch_id, self.status = batch_id, status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        if row is None:
            return False
        return (self.batch_id is None or row.batch_id == self.batch_id) and (
            self.status is None or row.status == self.status
        )


def summary_text(rows: Sequence[DocumentRow], own: bool = False) -> str:
    """The counts above the list; `own`: an operator's list of their documents."""
    counts = Counter(r.status for r in rows)
    keyed = sum(counts[s] for s in BEING_KEYED)
    waiting = counts[ListStatus.SUPERVISOR] + counts[ListStatus.FLAGGED]
    parts = [
        translate("keying", "{0} final").format(counts[ListStatus.FINAL]),
        translate("keying", "{0} wait for a supervisor").format(waiting),
        translate("keying", "{0} still being keyed").format(keyed),
    ]
    if counts[ListStatus.WITHDRAWN]:
        parts.append(
            translate("keying", "{0} out of the batch").format(counts[ListStatus.WITHDRAWN])
        )
    total = local(counted(plural.translate("keying", "%n document(s)", None, 1), len(rows)))
    text = " · ".join([*parts, total])
    return translate("keying", "Your documents: {0}").format(text) if own else text


class OverviewView(QWidget):
    open_requested = Signal(int)  # document id: Enter on a row
    send_back_requested = Signal(int)  # document id: Ctrl+B (the window wires supervisors)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible(self, translate("keying", "Documents overview"))
        self.own = False  # an operator's list: their own documents (for_operator)
        self.summary = QLabel("")
        accessible(self.summary, translate("keying", "Overview summary"))
        self.summary.setWordWrap(True)
        # Larger than the text around it, and scaled with it (Ctrl++): no fixed point size.
        self.summary.setStyleSheet("font-weight: bold; padding: 8px;")
        self.model = DocumentListModel(parent=self)
        self.filter = DocumentFilter(self)
        self.filter.setSourceModel(self.model)
        self.batch_box = QComboBox()
        accessible(self.batch_box, translate("keying", "Show the documents of batch"))
        self.status_box = QComboBox()
        accessible(self.status_box, translate("keying", "Show the documents whose status is"))
        self.status_box.addItem(translate("keying", "all statuses"), None)
        for status in ListStatus:
            self.status_box.addItem(status_words(status), status)
        self._set_batches([])
        self.batch_box.currentIndexChanged.connect(self._filter_changed)
        self.status_box.currentIndexChanged.connect(self._filter_changed)
        filters = QHBoxLayout()
        for text, box in (
            (translate("keying", "Ba&tch:"), self.batch_box),
            (translate("keying", "Stat&us:"), self.status_box),
        ):
            # Narrow windows and large text: a box may be narrower than its longest entry.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
            label = QLabel()
            speak(label, text)  # said again at a change of language
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box, 1)
        self.table = QTableView()
        accessible(self.table, translate("keying", "Documents and their status"))
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # 10,000 rows: one line each, columns sized from a sample, a cut text whole under it
        self.columns = LongList(self.table, elastic=(COL_BATCH, COL_NOTE), ids=(COL_DOCUMENT,))
        self.table.activated.connect(self._activated)
        self.hint = QLabel()
        speak(self.hint, translate("keying", "Enter opens the document (read only)"))
        accessible(self.hint, translate("keying", "Overview keys"))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.columns.line)
        layout.addWidget(self.hint)
        self.send_back_action = QAction(translate("keying", "Send back for a third keying"), self)
        self.send_back_action.setShortcut(QKeySequence("Ctrl+B"))
        self.send_back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.send_back_action.triggered.connect(self._send_back)
        self.send_back_action.setEnabled(False)
        self.addAction(self.send_back_action)

    def allow_send_back(self) -> None:
        """Supervisors and admins: Ctrl+B sends the selected waiting document back."""
        self.send_back_action.setEnabled(True)
        speak(
            self.hint,
            translate(
                "keying",
                "Enter opens the document (read only) · Ctrl+B sends a document that waits "
                "for a supervisor back for a third keying of its disputed fields",
            ),
        )

    def for_operator(self) -> None:
        """An operator's overview: the list holds their own documents, and says so."""
        self.own = True
        accessible(self.table, translate("keying", "Your documents and their status"))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        """A language installed: the filters' choices, the list's words and the counts in it
        (the labels and the keys' line are `speak`'s; the selection and filters stay)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.status_box.setItemText(0, translate("keying", "all statuses"))
            for i in range(1, self.status_box.count()):
                self.status_box.setItemText(i, status_words(self.status_box.itemData(i)))
            self.batch_box.setItemText(0, translate("keying", "all batches"))
            self.send_back_action.setText(translate("keying", "Send back for a third keying"))
            self.model.retranslate_model()
            self._update_summary()
        super().changeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activated(self.table.currentIndex())
            return
        super().keyPressEvent(event)

    def set_rows(self, rows: Sequence[DocumentRow]) -> None:
        selected = self.selected()
        rows = list(rows)
        self.model.set_rows(rows)
        self._set_batches(rows)
        self._update_summary()
        self._select(selected.document_id if selected else None)

    def _set_batches(self, rows: Sequence[DocumentRow]) -> None:
        batches = dict.fromkeys((r.batch_id, r.batch) for r in rows)
        current = self.batch_box.currentData()
        self.batch_box.blockSignals(True)
        self.batch_box.clear()
        self.batch_box.addItem(translate("keying", "all batches"), None)
        for batch_id, name in batches:
            self.batch_box.addItem(name, batch_id)
        found = self.batch_box.findData(current)
        self.batch_box.setCurrentIndex(max(found, 0))
        self.batch_box.blockSignals(False)
        if current is not None and found < 0:
            self._filter_changed()

    def _filter_changed(self) -> None:
        self.filter.set_filter(self.batch_box.currentData(), self.status_box.currentData())
        self._update_summary()
        if self.filter.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.filter.index(0, 0))

    def shown_rows(self) -> list[DocumentRow]:
        return [self.filter.index(r, 0).data(RowRole) for r in range(self.filter.rowCount())]

    def _update_summary(self) -> None:
        self.summary.setText(summary_text(self.shown_rows(), self.own))

    def _select(self, document_id: int | None) -> None:
        for r in range(self.filter.rowCount()):
            if self.filter.index(r, 0).data(RowRole).document_id == document_id:
                self.table.setCurrentIndex(self.filter.index(r, 0))
                return
        if self.filter.rowCount():
            self.table.setCurrentIndex(self.filter.index(0, 0))

    def selected(self) -> DocumentRow | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _activated(self, index: _Index) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if row is not None:
            self.open_requested.emit(row.document_id)

    def _send_back(self) -> None:
        row = self.selected()
        if row is not None:
            self.send_back_requested.emit(row.document_id)
