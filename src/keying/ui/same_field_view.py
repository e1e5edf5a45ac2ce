"""Same field across the batch: one field's open discrepancies in every document of a batch,
one row each with its image snippet, decided in sequence by the adjudication keys (A, B, C,
N, I, Ctrl+Z; F or Esc goes back). The highlighted row is decided and the next undecided
row is highlighted at once: 300 dates in a row without the mouse.

The adjudication view owns the keys and hands them here while this list shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keying.config import Settings
from keying.forms.wording import say
from keying.reconcile import visible_spans
from keying.services import Decision
from keying.services.adjudication import Case, Issue, validate_new
from keying.services.bulk_minor import BULK_REASON, bulk_kind, minor_flags
from keying.ui.adjudication_flow import AdjudicationFlow, describe
from keying.ui.bulk_minor_dialog import BulkMinorDialog
from keying.ui.decision_editor import ILLEGIBLE, SEND_BACK, DecisionEditor
from keying.ui.desk_link import DeskLink
from keying.ui.discrepancy_panel import NOTHING, minor_text
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local, translate
from keying.ui.prefetch import PagePrefetcher
from keying.ui.rows_model import RowsModel
from keying.ui.same_field_fit import (
    CELL_MARGIN,
    COL_A,
    COL_B,
    COL_DECISION,
    COL_DOCUMENT,
    COL_IMAGE,
    TailFirst,
    fit_columns,
    fit_rows,
)
from keying.ui.send_back_queue import send_back_question
from keying.ui.snippet import crop_rect

HEADERS: tuple[str, ...] = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("keying", "Document"),
        QT_TRANSLATE_NOOP("keying", "On the page"),
        "A",
        "B",
        QT_TRANSLATE_NOOP("keying", "Decision"),
    )
)
IssueRole = Qt.ItemDataRole.UserRole + 1
SNIPPET = QSize(360, 70)  # at most; a quarter of the list's width when narrower
SNIPPET_MIN_WIDTH = 160
LIMIT = 300  # documents claimed at once for one field
KEYS = (  # marked for lupdate, translated when shown (`key_bar_text`)
    QT_TRANSLATE_NOOP("keying", "A / B: take that value"),
    QT_TRANSLATE_NOOP("keying", "N: new value"),
    QT_TRANSLATE_NOOP("keying", "I: illegible"),
    QT_TRANSLATE_NOOP("keying", "Ctrl+Z: undo"),
    QT_TRANSLATE_NOOP("keying", "Ctrl+B: send back"),
    QT_TRANSLATE_NOOP("keying", "M: minor flags in bulk"),
    QT_TRANSLATE_NOOP("keying", "Ctrl+M: minor flags only"),
    QT_TRANSLATE_NOOP("keying", "F or Esc: back to one discrepancy at a time"),
)


def key_bar_text() -> str:
    """The keys in the interface's language; wraps between keys only."""
    return " · ".join(translate("keying", k).replace(" ", "\u00a0") for k in KEYS)


_Index = QModelIndex | QPersistentModelIndex
Row = tuple[Case, Issue]


class SameFieldModel(RowsModel):
    """Adapts the list of (document, discrepancy) rows; stores nothing of its own (the
    snippets come from `snippet(row)`)."""

    headers = HEADERS

    def __init__(self, snippet: Any, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self._snippet = snippet

    def rows(self) -> Sequence[Row]:
        return self._rows

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case, issue = self._rows[index.row()]
        col = index.column()
        if role == IssueRole:
            return issue.id
        if role == Qt.ItemDataRole.DecorationRole and col == COL_IMAGE:
            return self._snippet(index.row())
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text, where the cell elides it
        ):
            if col == COL_DOCUMENT:
                return case.external_id
            if col in (COL_A, COL_B):
                value = issue.values[col - COL_A]
                return visible_spans(value, [])[0] if value else translate("keying", NOTHING)
            if col == COL_DECISION:
                made = case.decided.get(issue.id)
                if made is not None:
                    return describe(made)
                if issue.severity != "minor":
                    return ""
                return translate("keying", "minor: {0}").format(minor_text(issue.minor_kind))
            if col == COL_IMAGE and role != Qt.ItemDataRole.DisplayRole:
                return translate("keying", "the field on the page")
        return None


class SameFieldList(QWidget):
    status_changed = Signal()
    closed = Signal()
    editing_done = Signal()

    def __init__(
        self,
        link: DeskLink,
        case: Case,
        issue: Issue,
        settings: Settings,
        prefetcher: PagePrefetcher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = issue.field
        self.column = issue.column
        self.label = issue.label.split(",")[0]
        accessible(
            self, say(QT_TRANSLATE_NOOP("keying", "Same field across the batch: {0}"), self.label)
        )
        self.flow = AdjudicationFlow(link, (case.batch_id, issue.field, LIMIT), parent=self)
        self.flow.changed.connect(self._refresh)
        self.flow.loaded.connect(self._loaded)
        self.prefetcher = prefetcher
        self.prefetcher.decoded.connect(self._page_decoded)
        self._snippets: dict[int, QPixmap] = {}
        self._heights: dict[tuple[str, int, str], int] = {}  # (font, width, text): wrapped
        self.minor_only = False  # Ctrl+M: only the minor flags listed
        self.after_load: Callable[[], None] | None = None  # once the list is read (M)
        self.title = QLabel()
        self.title.setObjectName("issueTitle")
        self.title.setWordWrap(True)
        accessible(self.title, translate("keying", "Same field"))
        self.model = SameFieldModel(self._snippet, self)
        self.table = QTableView()
        accessible(
            self.table,
            say(QT_TRANSLATE_NOOP("keying", "{0} in every document of the batch"), self.label),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.snippet_size = QSize(SNIPPET)
        self.table.setIconSize(SNIPPET)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(SNIPPET.height() + 8)
        # A, B and the decision share the width left (`_fit_columns`): wrapped, never
        # scrolled sideways
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)  # the decision
        header.resizeSection(COL_IMAGE, SNIPPET.width() + CELL_MARGIN)
        header.sectionResized.connect(self._section_resized)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(COL_DOCUMENT, TailFirst(self.table))
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.editor = DecisionEditor()
        self.editor.submitted.connect(self._submitted)
        self.editor.cancelled.connect(self._done_editing)
        self.help_text = help_text = QLabel(key_bar_text())
        help_text.setWordWrap(True)  # between keys, never inside one: a small screen fits
        help_text.setObjectName("keyBar")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addWidget(help_text)

    def start(self) -> None:
        self.flow.load()
        self.table.setFocus()

    def shut_down(self) -> None:
        self.prefetcher.decoded.disconnect(self._page_decoded)

    # --- rows ---------------------------------------------------------------------------------

    def _rows(self) -> list[Row]:
        return [
            (c, i)
            for c in self.flow.cases
            for i in c.issues
            if i.field == self.field
            and i.column == self.column
            and (i.severity == "minor" or not self.minor_only)
        ]

    def _loaded(self) -> None:
        self.model.set_rows(self._rows())
        self._fit_columns()
        self.prefetcher.request([sha for c in self.flow.cases for sha in c.pages])
        self._select_next(0)
        if self.after_load is not None:  # M pressed on the one-at-a-time screen
            self._refresh()  # the title counts the rows before the question hides it
            then, self.after_load = self.after_load, None
            then()

    def _refresh(self) -> None:
        if {i.id for _, i in self._rows()} != {i.id for _, i in self.model.rows()}:
            at = max(self.table.currentIndex().row(), 0)  # a document left or came back
            self.model.set_rows(self._rows())
            self._fit_columns()
            rows = self.model.rows()
            if rows:
                self._select_next(min(at, len(rows) - 1))
        rows = self.model.rows()
        left = sum(1 for c, i in rows if i.id not in c.decided)
        minor = sum(1 for c, i in rows if i.id not in c.decided and i.severity == "minor")
        if self.minor_only:
            shown = translate("keying", "minor flags only (Ctrl+M: all)")
        else:
            shown = translate("keying", "{0} of them minor").format(minor)
        title = translate("keying", "{0} across the batch: {1} open of {2}, {3}")
        title = title.format(local(self.label), left, len(rows), shown)
        fetching = translate("keying", "{0} — fetching…") if self.flow.loading else "{0}"
        self.title.setText(fetching.format(title))
        for r in range(len(rows)):
            self.model.row_changed(r)
        self._fit_rows()
        self.status_changed.emit()

    def current(self) -> Row | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _select_next(self, start: int) -> None:
        rows = self.model.rows()
        for r in list(range(start, len(rows))) + list(range(0, start)):
            case, issue = rows[r]
            if issue.id not in case.decided:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.model.index(r, COL_DOCUMENT))
                return
        self._refresh()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == COL_IMAGE:
            self._fit_columns()
        else:
            self._fit_rows()

    def _fit_columns(self) -> None:
        fit_columns(self.table)

    def _fit_rows(self) -> None:
        fit_rows(self.table, self.snippet_size.height(), self._heights)

    def _snippet(self, row: int) -> QPixmap | None:
        case, issue = self.model.rows()[row]
        if issue.id in self._snippets:
            return self._snippets[issue.id]
        zone = issue.zone
        page = zone.page if zone is not None else 1
        if page > len(case.pages):
            return None
        decoded = self.prefetcher.page(case.pages[page - 1])
        if decoded is None or decoded.image is None:
            return None
        image = (
            decoded.image if zone is None else decoded.image.copy(crop_rect(decoded.image, zone))
        )
        pixmap = QPixmap.fromImage(image).scaled(
            self.snippet_size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self._snippets[issue.id] = pixmap
        return pixmap

    def _page_decoded(self, sha: str) -> None:
        for r, (case, _) in enumerate(self.model.rows()):
            if sha in case.pages:
                self.model.row_changed(r)

    # --- keys (handed over by the adjudication view) -----------------------------------------

    def take(self, decision: Decision) -> None:
        row = self.current()
        if row is None or row[1].id in row[0].decided:
            return
        if decision == Decision.C and row[1].passes < 3:
            return
        self._decide(decision)

    def ask_new(self) -> None:
        if self.current() is not None:
            self.editor.ask_new()

    def ask_illegible(self) -> None:
        if self.current() is not None:
            self.editor.ask_illegible()

    def bulk_minor(self, kind: str | None = None, issue_id: int | None = None) -> str:
        """M: every open minor flag of this field of one kind (`kind`: M pressed on such a
        flag of the one-at-a-time screen, `issue_id` highlighted; else the highlighted
        flag's, else the first listed), for A's or B's form as the supervisor chooses after
        seeing them listed; each an ordinary decision (reason `bulk: minor`). Returns what
        was done."""
        if issue_id is not None:
            self._highlight(issue_id)
        row = self.current()
        here = row[1] if row is not None and row[1].id not in row[0].decided else None
        kind = kind or bulk_kind(self.model.rows(), here)
        if kind is None:
            return translate("keying", "No open minor flags of {0}.").format(local(self.label))
        flags = minor_flags(self.flow.cases, self.field, self.column, kind)
        decision = BulkMinorDialog.ask(self, self.label, kind, flags)
        self.table.setFocus()
        if decision is None:
            return translate("keying", "Nothing decided.")
        self.flow.decide_bulk(flags, decision, BULK_REASON)
        self._select_next(0)
        done = translate(
            "keying",
            "{0} minor flags of {1} ({2}) decided for {3}'s form. Ctrl+Z now takes them all back.",
        )
        return done.format(len(flags), local(self.label), minor_text(kind), decision.value.upper())

    def ask_send_back(self) -> str | None:
        """Ctrl+B: send the highlighted row's document back for a third keying, asked first
        as on the adjudication screen (same rules, same question). None: asking; else why
        not."""
        row = self.current()
        if row is None:
            return translate("keying", "No document is highlighted.")
        why = self.flow.send_back_refusal(row[0])
        if why is not None:
            return translate("keying", "Not sent back: {0}.").format(why)
        self.editor.ask(SEND_BACK, send_back_question(row[0]))
        return None

    def _submitted(self, kind: str, raw: str, reason: str) -> None:
        row = self.current()
        if row is None:
            return
        if kind == SEND_BACK:  # the document leaves the list (back if refused)
            self.flow.send_back(row[0])
            self.editor.close_editor()
            self._done_editing()
            return
        if kind == ILLEGIBLE:
            self._decide(Decision.ILLEGIBLE, None, reason)
            return
        text, error = validate_new(row[0].form, row[1], raw)
        if error is not None:
            self.editor.refuse(error)
            return
        self._decide(Decision.NEW, text, reason)

    def _decide(self, decision: Decision, value: str | None = None, reason: str = "") -> None:
        row = self.current()
        assert row is not None
        at = self.table.currentIndex().row()
        self.flow.decide(row[0], row[1], decision, value, reason)
        self.editor.close_editor()
        self._done_editing()
        self._select_next(at + 1)

    def _done_editing(self) -> None:
        self.table.setFocus()
        self.editing_done.emit()

    def undo(self) -> None:
        issue = self.flow.undo()
        if issue is None:
            return
        self._highlight(issue.id)
        self._refresh()

    def _highlight(self, issue_id: int) -> None:
        for r, (_, i) in enumerate(self.model.rows()):
            if i.id == issue_id:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.model.index(r, COL_DOCUMENT))

    def toggle_minor_only(self) -> None:
        """Ctrl+M: only the minor flags listed (cleared first, in bulk or one by one), or
        every discrepancy again."""
        self.minor_only = not self.minor_only
        self._refresh()
        self._select_next(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The snippets take at most a quarter of the width, so A, B and the decision stay in
        view on a small screen with large text (1024×768 at 200 %: a word such as
        "punctuation" fits the decision's column)."""
        super().resizeEvent(event)
        width = max(SNIPPET_MIN_WIDTH, min(SNIPPET.width(), self.width() // 4))
        if width != self.snippet_size.width():
            self.snippet_size = QSize(width, SNIPPET.height() * width // SNIPPET.width())
            self.table.setIconSize(self.snippet_size)
            self.table.horizontalHeader().resizeSection(COL_IMAGE, width + CELL_MARGIN)
            self._snippets.clear()
            for r in range(self.model.rowCount()):
                self.model.row_changed(r)
        self._fit_rows()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.closed.emit()
            return True
        return super().eventFilter(watched, event)

    def status_parts(self) -> list[str]:
        rows = self.model.rows()
        left = sum(1 for c, i in rows if i.id not in c.decided)
        return [
            translate("keying", "Same field: {0}").format(local(self.label)),
            translate("keying", "{0} open of {1}").format(left, len(rows)),
        ]

    def changeEvent(self, event: QEvent) -> None:
        """A language installed: the title, the keys and the list's words in it."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "help_text"):
            self.help_text.setText(key_bar_text())
            self.model.retranslate_model()
            self._refresh()
        super().changeEvent(event)
