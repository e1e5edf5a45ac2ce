"""One document, read only (Enter on the overview): its page, its values — the final record's
with how each was decided, or (supervisors) what the passes agreed so far —, the errors its
final record charged to keyers (supervisors) and its history. Escape closes it.
`DocumentOpener` reads the document off the GUI thread and shows it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keying.forms.wording import say
from keying.services import Services, SignedIn
from keying.services.document_record import ChargedError
from keying.services.documents import DocumentView, HistoryEntry, document_view
from keying.ui.background import Background
from keying.ui.decode import Decoded, decode
from keying.ui.image_view import PageView
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local, translate
from keying.ui.overview import status_words
from keying.ui.window_state import screen_for

_Index = QModelIndex | QPersistentModelIndex
ValueRow = tuple[str, str, str]  # path, value, how it was decided

# Words marked for lupdate, translated when the rows are made (the dialog is modal: the
# language cannot change under it, its headings and words are said again all the same).
HOW_TEXT = {
    "agreed": QT_TRANSLATE_NOOP("keying", "agreed"),
    "a": "A",
    "b": "B",
    "c": "C",
    "new": QT_TRANSLATE_NOOP("keying", "new value"),
}
PASS_LETTERS = {1: "A", 2: "B", 3: "C"}
ERROR_KINDS = {
    "missing_row": QT_TRANSLATE_NOOP("keying", "skipped a row kept"),
    "extra_row": QT_TRANSLATE_NOOP("keying", "keyed a row left out"),
    "outvoted": QT_TRANSLATE_NOOP("keying", "outvoted 2 of 3"),
}
NO_ROWS = QT_TRANSLATE_NOOP("keying", "(no rows)")
TO_DECIDE = QT_TRANSLATE_NOOP("keying", "(to decide)")


def value_rows(view: DocumentView) -> list[ValueRow]:
    """Every field (every cell of a table) with its value and how it was decided."""
    rows: list[ValueRow] = []
    for name, value in (view.values or {}).items():
        if isinstance(value, list):
            for i, row in enumerate(value):
                for column, cell in (row or {}).items():
                    path = f"{name}[{i}].{column}"
                    rows.append((path, _text(cell), _how(view, path, name)))
            if not value:
                rows.append((name, translate("keying", NO_ROWS), _how(view, name, name)))
        else:
            rows.append((name, _text(value), _how(view, name, name)))
    return rows


def _text(value: Any) -> str:
    return translate("keying", TO_DECIDE) if value is None else str(value)


def _how(view: DocumentView, path: str, field: str) -> str:
    entry = view.provenance.get(path) or view.provenance.get(field)
    if isinstance(entry, dict):
        how = str(entry.get("how", ""))
        who = entry.get("by")
        return translate("keying", HOW_TEXT.get(how, how)) + (f" — {who}" if who else "")
    if isinstance(entry, str):
        return translate("keying", HOW_TEXT.get(entry, entry))
    return str(view.explanations.get(path) or view.explanations.get(field) or "")


class _ListModel(QAbstractTableModel):
    """A read-only table over a list of tuples; stores nothing else."""

    headers: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP, shown translated

    def __init__(self, rows: Sequence[tuple[Any, ...]] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._rows: Sequence[tuple[Any, ...]] = rows

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(self._rows[index.row()][index.column()])
        return None

    def retranslate_model(self) -> None:
        """A language installed: headers and cells said again (`retranslate_texts`)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return translate("keying", self.headers[section])
        return None


class ValuesModel(_ListModel):
    headers = (
        QT_TRANSLATE_NOOP("keying", "Field"),
        QT_TRANSLATE_NOOP("keying", "Value"),
        QT_TRANSLATE_NOOP("keying", "How it was decided"),
    )


class HistoryModel(_ListModel):
    headers = (
        QT_TRANSLATE_NOOP("keying", "When (UTC)"),
        QT_TRANSLATE_NOOP("keying", "Who"),
        QT_TRANSLATE_NOOP("keying", "What"),
        QT_TRANSLATE_NOOP("keying", "Detail"),
    )


class ErrorsModel(_ListModel):
    headers = (
        QT_TRANSLATE_NOOP("keying", "Field"),
        QT_TRANSLATE_NOOP("keying", "Pass"),
        QT_TRANSLATE_NOOP("keying", "Keyer"),
        QT_TRANSLATE_NOOP("keying", "What"),
    )


def errors_text(view: DocumentView) -> str:
    if not view.values_are_final:
        return translate("keying", "Errors are charged to keyers when the final record is written.")
    n = len(view.errors or [])
    if not n:
        return translate(
            "keying", "No error charged to a keyer: every pass kept agrees with the final record."
        )
    charged = translate(
        "keying", "Errors charged to keyers: {0} (a pass whose value differs from the final one)"
    )
    return charged.format(n)


def error_rows(errors: Sequence[ChargedError]) -> list[tuple[str, str, str, str]]:
    """Each error charged: the value's path, the pass (A, B, C), the keyer, the kind in words."""
    return [
        (
            e.path,
            PASS_LETTERS.get(e.pass_no, str(e.pass_no)),
            e.login,
            translate("keying", ERROR_KINDS.get(e.kind, e.kind.replace("_", " "))),
        )
        for e in errors
    ]


def history_rows(entries: Sequence[HistoryEntry]) -> list[tuple[str, str, str, str]]:
    return [
        (
            e.at.strftime("%Y-%m-%d %H:%M:%S"),
            e.who or "—",
            e.what.replace("_", " "),
            ", ".join(f"{k}: {v}" for k, v in e.detail.items()),
        )
        for e in entries
    ]


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    accessible(table, name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DocumentDialog(QDialog):
    """A document, read only. Tab moves between the values and the history; Escape closes."""

    def __init__(self, view: DocumentView, pages: Sequence[Decoded], parent: QWidget | None):
        super().__init__(parent)
        row = view.row
        accessible(self, say(QT_TRANSLATE_NOOP("keying", "Document {0}, read only"), row.document))
        self.document = view
        self.pages = list(pages)
        self.header = QLabel()
        accessible(self.header, translate("keying", "Document and status"))
        self.header.setWordWrap(True)
        self.values_label = QLabel()
        self.values_label.setWordWrap(True)
        self.values_model = ValuesModel(value_rows(view), self)
        self.values = _table(
            self.values_model, translate("keying", "Values and how each was decided")
        )
        self.history_model = HistoryModel(history_rows(view.history), self)
        self.history = _table(self.history_model, translate("keying", "History of the document"))
        self.errors_model = ErrorsModel(error_rows(view.errors or []), self)
        self.errors = _table(self.errors_model, translate("keying", "Errors charged to keyers"))
        self.errors_label = QLabel()
        accessible(self.errors_label, translate("keying", "Errors charged to keyers"))
        self.errors_label.setWordWrap(True)
        self.page = PageView()
        self.page_no = 1
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.header)
        layout.addWidget(self.values_label)
        layout.addWidget(self.values, 3)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors, 1)
        self.history_label = QLabel()
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.page)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        self.page.page_requested.connect(self.show_page)
        self.errors.setVisible(bool(view.errors))
        self.errors_label.setVisible(view.errors is not None)  # operators: not shown
        self.show_page(1)
        self.values.setFocus()
        self._say()

    def _say(self) -> None:
        """Its words in the interface's language (again at a change of language)."""
        view, row = self.document, self.document.row
        title = translate("keying", "{0} — {1} (read only)")
        self.setWindowTitle(title.format(row.document, row.batch))
        status = status_words(row.status)
        header = "<h2>{0}</h2><p>{1} · {2}: {3}</p>"
        self.header.setText(
            header.format(*map(escape, (row.document, row.batch, status, local(row.note))))
        )
        if view.values_are_final:
            what = translate("keying", "Final values")
        else:
            what = translate("keying", "Values the passes agreed so far")
        self.values_label.setText(local(view.withheld) or what)
        self.errors_label.setText(errors_text(view))
        self.history_label.setText(translate("keying", "History"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "history_label"):
            self._say()
            for model in (self.values_model, self.history_model, self.errors_model):
                model.retranslate_model()
        super().changeEvent(event)

    def show_page(self, page_no: int) -> None:
        if not 1 <= page_no <= len(self.pages):
            self.page.set_page(None, 0, 0)
            return
        self.page_no = page_no
        decoded = self.pages[page_no - 1]
        self.page.set_page(decoded.image, page_no, len(self.pages), decoded.problem)


def dialog_size(window: QWidget) -> QSize:
    """1200×760, or 95 % of the available area of `window`'s screen when that is smaller
    (a 1024×768 office PC: the dialog must not reach past the screen's edges)."""
    screen = screen_for(window.geometry())
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
    return QSize(min(1200, area.width() * 95 // 100), min(760, area.height() * 95 // 100))


class DocumentOpener(QObject):
    """Reads a document off the GUI thread and opens its read-only view."""

    def __init__(
        self, services: Services, who: SignedIn, parent: QWidget, tell: Callable[[str], None]
    ) -> None:
        super().__init__(parent)
        self.services, self.who, self.window, self.tell = services, who, parent, tell
        self.background = Background(self)
        self.dialog: DocumentDialog | None = None

    def open(self, document_id: int) -> None:
        def work() -> tuple[DocumentView | None, list[Decoded]]:
            view = document_view(self.services, self.who, document_id)
            return view, [decode(p) for p in (view.pages if view else [])]

        self.background.run(work, self._read)

    def _read(self, result: Any, error: str) -> None:
        if error or result is None or result[0] is None:
            why = error or translate("keying", "it is no longer stored")
            self.tell(translate("keying", "The document could not be opened: {0}").format(why))
            return
        self.dialog = DocumentDialog(result[0], result[1], self.window)
        self.dialog.resize(dialog_size(self.window))
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def stop(self) -> None:
        self.background.stop()
