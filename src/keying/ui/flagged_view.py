"""The flagged-pages queue (supervisors and admins): the pages operators flagged, each with
its reason and note beside the page; Ctrl+K returns the document to keying, Ctrl+R withdraws it
for a rescan, Ctrl+J rejects it (both ask why: the document leaves the batch's count).
Reads, page images and outcomes run off the GUI thread (`Background`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keying.services import PageFlagReason
from keying.services.supervision import FlagOutcome, FlagRow, Supervision
from keying.ui.background import Background
from keying.ui.column_share import ColumnShare
from keying.ui.decode import Decoded, decode
from keying.ui.image_view import PageView
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, translate
from keying.ui.reading_view import ReadingView
from keying.ui.rows_model import RowsModel
from keying.ui.views import ViewContext

COL_DOCUMENT, COL_BATCH, COL_PAGE, COL_REASON, COL_BY = range(5)
# Shown translated by RowsModel; marked here for lupdate.
HEADERS: tuple[str, ...] = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("keying", "Document"),
        QT_TRANSLATE_NOOP("keying", "Batch"),
        QT_TRANSLATE_NOOP("keying", "Page"),
        QT_TRANSLATE_NOOP("keying", "Reason"),
        QT_TRANSLATE_NOOP("keying", "Flagged by"),
    )
)
# Marked for lupdate, translated where shown (`words`).
REASON_TEXT: dict[str, str] = {
    PageFlagReason.UNREADABLE: QT_TRANSLATE_NOOP("keying", "unreadable"),
    PageFlagReason.WRONG_DOCUMENT: QT_TRANSLATE_NOOP("keying", "wrong document"),
    PageFlagReason.NEEDS_RESCAN: QT_TRANSLATE_NOOP("keying", "needs rescan"),
}
OUTCOME_TEXT = {
    FlagOutcome.RETURNED: QT_TRANSLATE_NOOP("keying", "returned to keying"),
    FlagOutcome.RESCAN: QT_TRANSLATE_NOOP("keying", "withdrawn for a rescan"),
    FlagOutcome.REJECTED: QT_TRANSLATE_NOOP("keying", "rejected"),
}


def words(table: dict[Any, str], key: Any) -> str:
    """A reason's or an outcome's words in the interface's language (the key if unknown)."""
    text = table.get(key)
    return translate("keying", text) if text is not None else str(key)


RowRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class FlagsModel(RowsModel):
    """Adapts the list of open flags from `Supervision.flagged_pages()`."""

    headers = HEADERS
    _rows: Sequence[FlagRow]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.document,
                row.batch,
                f"{row.page_no} of {row.pages}",
                words(REASON_TEXT, row.reason),
                row.login,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None


class WithdrawDialog:
    """Asks why a document leaves its batch (required); None: cancelled. Tests monkeypatch."""

    @classmethod
    def ask(cls, parent: QWidget, row: FlagRow, outcome: FlagOutcome) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            translate("keying", "Rescan")
            if outcome == FlagOutcome.RESCAN
            else translate("keying", "Reject"),
            translate("keying", "{0} leaves the batch ({1}). Why?").format(
                row.document, words(OUTCOME_TEXT, outcome)
            ),
        )
        return text if ok else None


class FlaggedView(ReadingView):
    """The open flags beside the flagged page; an outcome for the selected document."""

    reading = QT_TRANSLATE_NOOP("keying", "Reading the flagged pages…")

    def __init__(
        self, supervision: Supervision, background: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(background, parent)
        self.supervision = supervision
        accessible(self, translate("keying", "Flagged pages"))
        self.model = FlagsModel(parent=self)
        self.table = QTableView()
        accessible(self.table, translate("keying", "Flagged pages, oldest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.columns = ColumnShare(self.table)  # within the view, wrapped: never scrolled
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QLabel("")
        accessible(self.detail, translate("keying", "Flag reason and note"))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel("")
        accessible(self.message, translate("keying", "Flagged pages message"))
        self.message.setWordWrap(True)
        self.buttons: dict[FlagOutcome, QPushButton] = {}
        # One under the other: they stay readable in a narrow window and at large text sizes.
        row_of_buttons = QVBoxLayout()
        for outcome, text, keys in (
            (FlagOutcome.RETURNED, translate("keying", "Back to keying"), "Ctrl+K"),
            (
                FlagOutcome.RESCAN,
                translate("keying", "Rescan: the document leaves the batch"),
                "Ctrl+R",
            ),
            (
                FlagOutcome.REJECTED,
                translate("keying", "Reject: the document leaves the batch"),
                "Ctrl+J",
            ),
        ):
            button = QPushButton(f"{text}   ({keys})")
            accessible(button, words(OUTCOME_TEXT, outcome))
            button.clicked.connect(lambda _=False, o=outcome: self.resolve(o))
            self.buttons[outcome] = button
            row_of_buttons.addWidget(button)
            self.add_key(text, keys, partial(self.resolve, outcome))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(translate("keying", "<h2>Flagged pages</h2>")))
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.detail)
        left_layout.addLayout(row_of_buttons)
        left_layout.addWidget(self.message)
        self.page = PageView()
        self.page.page_requested.connect(self.show_page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.add_key(translate("keying", "Read the flagged pages again"), "F5", self.refresh)
        self._update_buttons()

    def read_rows(self) -> list[FlagRow]:
        return self.supervision.flagged_pages()

    def _read(self, rows: Any, error: str, keep_message: bool = False) -> None:
        if error:
            failed = translate("keying", "The flagged pages could not be read: {0}")
            self.message.setText(failed.format(error))
            return
        self.model.set_rows(list(rows))
        if not keep_message:
            self.message.setText("" if rows else translate("keying", "No flagged page waits."))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self._current_changed(QModelIndex(), QModelIndex())
        self._update_buttons()

    def selected(self) -> FlagRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.selected() is not None)

    def _current_changed(self, current: _Index, _previous: _Index) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.detail.setText("")
            self.page.set_page(None, 0, 0)
            return
        reason = words(REASON_TEXT, row.reason)
        note = f" — “{row.note}”" if row.note else ""
        detail = translate("keying", "{0}, page {1} of {2}: {3}{4} (flagged by {5})")
        self.detail.setText(
            detail.format(row.document, row.page_no, row.pages, reason, note, row.login)
        )
        self.show_page(row.page_no)

    def show_page(self, page_no: int) -> None:
        """A page of the selected document (the flagged one first; Ctrl+PgUp/PgDown turn)."""
        row = self.selected()
        if row is None or not 1 <= page_no <= row.pages:
            return
        self.page.set_page(None, page_no, row.pages, loading=True)
        flag_id = row.flag_id

        def work() -> Decoded:
            return decode(self.supervision.page_image(row.document_id, page_no))

        def done(decoded: Any, error: str) -> None:
            now = self.selected()
            if now is None or now.flag_id != flag_id or self.page.page_no != page_no:
                return  # another row or page was chosen meanwhile
            if error:
                self.page.set_page(None, page_no, row.pages, f"not read: {error}")
            else:
                self.page.set_page(decoded.image, page_no, row.pages, decoded.problem)

        self.background.run(work, done)

    def resolve(self, outcome: FlagOutcome) -> None:
        row = self.selected()
        if row is None:
            self.message.setText(translate("keying", "Select a flagged page first."))
            return
        note = ""
        if outcome != FlagOutcome.RETURNED:
            asked = WithdrawDialog.ask(self, row, outcome)
            if asked is None:
                return
            if not asked.strip():
                why = translate("keying", "Not done: say why the document leaves the batch.")
                self.message.setText(why)
                return
            note = asked
        self.message.setText(f"{row.document}: {words(OUTCOME_TEXT, outcome)}…")

        def done(_: Any, error: str) -> None:
            if error:
                self.message.setText(translate("keying", "Not done: {0}").format(error))
            else:
                self.message.setText(f"{row.document} {words(OUTCOME_TEXT, outcome)}.")
            self.background.run(
                self.supervision.flagged_pages,
                lambda rows, err: self._read(rows, err, keep_message=True),
            )

        self.background.run(lambda: self.supervision.resolve_flag(row, outcome, note), done)


def make(context: ViewContext) -> FlaggedView:
    """The view for the main window's registry (`keying.ui.views`)."""
    return FlaggedView(Supervision(context.services, context.operator), Background())
