"""The feedback after a training document: field by field what was keyed, what was right and
why it differs (the reconciler's reason in plain words), the page cropped to the field's zone
(`Snippet`), and the trainee's standing on the form. Keyboard only: Up and Down go over the
fields (the snippet follows), Enter goes on to the next document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keying.services.training import Feedback
from keying.services.training_score import FieldOutcome
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, translate
from keying.ui.rows_model import Index, RowsModel
from keying.ui.snippet import Snippet

# What kind of difference, in the trainee's language (the reconciler's detail stays English).
KIND_TEXT = {
    "substitution": QT_TRANSLATE_NOOP("keying", "A wrong character"),
    "transposition": QT_TRANSLATE_NOOP("keying", "Two characters swapped"),
    "insertion": QT_TRANSLATE_NOOP("keying", "Characters left out"),
    "deletion": QT_TRANSLATE_NOOP("keying", "Characters too many"),
    "word_order": QT_TRANSLATE_NOOP("keying", "Words in another order"),
    "different": QT_TRANSLATE_NOOP("keying", "A different value"),
    "missing_value": QT_TRANSLATE_NOOP("keying", "Keyed where there is nothing, or nothing keyed"),
    "missing_row": QT_TRANSLATE_NOOP("keying", "A row left out"),
    "extra_row": QT_TRANSLATE_NOOP("keying", "A row too many"),
    "illegible": QT_TRANSLATE_NOOP("keying", "Marked illegible, or not marked"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("keying", "Field"),
    QT_TRANSLATE_NOOP("keying", "You keyed"),
    QT_TRANSLATE_NOOP("keying", "Right"),
    QT_TRANSLATE_NOOP("keying", "Why"),
)
WRONG_BG = QColor("#fde2e1")
WRONG_FG = QColor("#8a1c14")


def reason_text(outcome: FieldOutcome) -> str:
    """The reason shown: the kind in the trainee's language, then the reconciler's detail."""
    if outcome.ok:
        return translate("keying", "right")
    kind = KIND_TEXT.get(outcome.kind)
    head = translate("keying", kind) if kind else outcome.kind
    detail = outcome.reason.split(": ", 1)[1] if ": " in outcome.reason else ""
    return f"{head}: {detail}" if detail else head


class OutcomeModel(RowsModel):
    """The fields of the document, in form order; a wrong one is marked."""

    headers = HEADERS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        text = super().headerData(section, orientation, role)
        return translate("keying", text) if isinstance(text, str) else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        o: FieldOutcome | None = self.row_at(index.row())
        if o is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            mark = "" if o.ok else "✗ "
            cells = (mark + o.label, o.keyed or "—", o.right or "—", reason_text(o))
            return cells[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and not o.ok:
            return QBrush(WRONG_BG)
        if role == Qt.ItemDataRole.ForegroundRole and not o.ok:
            return QBrush(WRONG_FG)
        if role == Qt.ItemDataRole.FontRole and not o.ok:
            font = QFont()
            font.setBold(True)
            return font
        return None


def summary_text(feedback: Feedback) -> str:
    n = feedback.errors
    if n == 0:
        head = translate("keying", "No mistakes")
    else:
        head = translate("keying", "Mistakes: %1").replace("%1", str(n))
    parts = [
        f"<b>{head}</b> — {feedback.document.external_id}: "
        + translate("keying", "%1 of %2 values right (%3 %)")
        .replace("%1", str(feedback.fields - feedback.errors))
        .replace("%2", str(feedback.fields))
        .replace("%3", f"{feedback.accuracy:.1f}")
    ]
    if feedback.kph is not None:
        parts.append(
            translate("keying", "%1 keystrokes an hour").replace("%1", f"{feedback.kph:,.0f}")
        )
    t, now = feedback.threshold, feedback.standing
    if feedback.newly_qualified:
        parts.append(
            "<b>"
            + translate("keying", "Qualified! You may now key this form live (Ctrl+1).")
            + "</b>"
        )
    elif feedback.qualified_at is not None:
        parts.append(translate("keying", "You are qualified on this form."))
    elif t is not None and now is not None:
        acc = "—" if now.accuracy is None else f"{now.accuracy:.1f} %"
        line = (
            translate("keying", "Last %1 of %2 documents: %3 right")
            .replace("%1", str(now.documents))
            .replace("%2", str(t.last_n))
            .replace("%3", acc)
        )
        if now.kph is not None:
            line += ", " + translate("keying", "%1 keystrokes an hour").replace(
                "%1", f"{now.kph:,.0f}"
            )
        parts.append(
            line
            + " — "
            + translate("keying", "to qualify: %1 % at %2 an hour")
            .replace("%1", f"{t.accuracy:g}")
            .replace("%2", f"{t.kph:,}")
        )
    return "<br>".join(parts)


class FeedbackPanel(QWidget):
    """Shows one `Feedback`; `next_requested` on Enter."""

    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible(self, translate("keying", "Training feedback"))
        self.feedback: Feedback | None = None
        self.pages: list[QImage | None] = []
        self.summary = QLabel()
        self.summary.setObjectName("trainingSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        accessible(self.summary, translate("keying", "Training result"))
        self.model = OutcomeModel(parent=self)
        self.table = _Table(self)
        self.table.setModel(self.model)
        accessible(self.table, translate("keying", "Fields: what you keyed, what was right, why"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated_row.connect(self._show_row)
        self.table.enter_pressed.connect(self.next_requested)
        self.snippet = Snippet(QT_TRANSLATE_NOOP("keying", "The field on the page"))
        self.hint = QLabel(translate("keying", "Up / Down: the fields · Enter: the next document"))
        accessible(self.hint, translate("keying", "Keys"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.snippet)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.hint)

    def show_feedback(self, feedback: Feedback, pages: list[QImage | None]) -> None:
        self.feedback, self.pages = feedback, pages
        self.summary.setText(summary_text(feedback))
        self.model.set_rows(feedback.outcomes)
        self.table.resizeRowsToContents()
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # once the columns are laid out
        first_wrong = next((i for i, o in enumerate(feedback.outcomes) if not o.ok), 0)
        self.table.selectRow(first_wrong)
        self._show_row(first_wrong)
        self.table.setFocus()

    def shown_mistakes(self) -> list[tuple[str, str, str, str]]:
        """(field, keyed, right, why) of each wrong row on screen, for tests and readers."""
        rows = []
        for r in range(self.model.rowCount()):
            o = self.model.row_at(r)
            if o is not None and not o.ok:
                cells = [self.model.index(r, c).data() for c in range(4)]
                rows.append((cells[0], cells[1], cells[2], cells[3]))
        return rows

    def _show_row(self, row: int) -> None:
        o: FieldOutcome | None = self.model.row_at(row)
        zone = o.zone if o is not None else None
        page = zone.page if zone is not None else 1
        image = self.pages[page - 1] if 0 < page <= len(self.pages) else None
        self.snippet.show_page(image, zone)


class _Table(QTableView):
    """The fields' table: the current row drives the snippet; Enter asks for the next
    document (it never opens an editor)."""

    activated_row = Signal(int)
    enter_pressed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()  # the reasons wrap to the new width

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        if current.isValid():
            self.activated_row.emit(current.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)
