"""The refused items view (supervisors and admins): the outbox items the central database
refused for good, as their workstations reported them — when, whose, from which PC, which
document and pass, and why. The items themselves stay in their PC's cache (never sent
again, never dropped); this is where a supervisor learns of them. F5 reads them again, off
the GUI thread (`Background`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from keying.forms.wording import counted, plural, say
from keying.services.refused import RefusedItem, read_refused
from keying.ui.background import Background
from keying.ui.column_share import ColumnShare
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, heading, speak, translate
from keying.ui.reading_view import ReadingView
from keying.ui.rows_model import RowsModel
from keying.ui.views import ViewContext

HEADERS: tuple[str, ...] = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("keying", "When"),
        QT_TRANSLATE_NOOP("keying", "Operator"),
        QT_TRANSLATE_NOOP("keying", "PC"),
        QT_TRANSLATE_NOOP("keying", "Document"),
        QT_TRANSLATE_NOOP("keying", "Pass"),
        QT_TRANSLATE_NOOP("keying", "Item"),
        QT_TRANSLATE_NOOP("keying", "Reason"),
    )
)
COL_REASON = 6

_Index = QModelIndex | QPersistentModelIndex


def item_text(item: RefusedItem) -> str:
    """The item's kind in words (the reason stays as the central database wrote it)."""
    if item.kind == "page_flag":
        return translate("keying", "page flag")
    return translate("keying", "keying") if item.kind == "keying" else item.kind or "—"


class RefusedItemsModel(RowsModel):
    """Adapts the list from `read_refused`; stores nothing else."""

    headers = HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item: RefusedItem = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_REASON:
            return f"{item.reason}\n(outbox item {item.item})"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # cut: whole
            return (
                item.at.astimezone().strftime("%d %b %H:%M"),
                item.login or "—",
                item.workstation or "—",
                item.document or "—",
                str(item.pass_no) if item.pass_no is not None else "—",
                item_text(item),
                item.reason,
            )[index.column()]
        return None


class RefusedView(ReadingView):
    """The refused items, oldest first; F5 reads them again."""

    reading = QT_TRANSLATE_NOOP("keying", "Reading the refused items…")

    def __init__(
        self,
        read: Callable[[], list[RefusedItem]],
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(background, parent)
        self.read = read
        accessible(self, translate("keying", "Refused items"))
        title = QLabel()
        speak(title, heading(QT_TRANSLATE_NOOP("keying", "Items the central database refused")))
        hint = QLabel()
        words = translate(
            "keying",
            "Keyings and page flags a workstation sent that the central database will never "
            "take (the reason says why). Each stays on its PC, kept, and is not sent again. "
            "F5 reads them again.",
        )
        speak(hint, words)
        hint.setWordWrap(True)
        self.model = RefusedItemsModel(parent=self)
        self.table = QTableView()
        accessible(
            self.table, translate("keying", "Refused items, by when, operator, PC and document")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.columns = ColumnShare(self.table)  # within the view, wrapped: never scrolled
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel("")
        accessible(self.message, translate("keying", "Refused items message"))
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.add_key(translate("keying", "Read the refused items again"), "F5", self.refresh)

    def read_rows(self) -> list[RefusedItem]:
        return self.read()

    def _read(self, rows: Any, error: str) -> None:
        if error:
            cannot = QT_TRANSLATE_NOOP("keying", "The refused items could not be read: {0}")
            speak(self.message, say(cannot, error))
            return
        self.model.set_rows(list(rows))
        if rows:
            refused = plural.translate("keying", "%n refused item(s)", None, 1)
            speak(self.message, counted(refused, len(rows)))
        else:
            speak(self.message, translate("keying", "No item has been refused."))
        if rows:
            self.table.setCurrentIndex(self.model.index(len(rows) - 1, 0))  # the latest


def make(context: ViewContext) -> RefusedView:
    """The view for the main window's registry (`keying.ui.views`)."""
    return RefusedView(lambda: read_refused(context.services, context.operator), Background())
