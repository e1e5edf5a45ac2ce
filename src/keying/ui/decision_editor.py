"""The line under a discrepancy where a supervisor types a new value (N) or confirms
"illegible" (I), with an optional reason: a pick list and free text; or confirms sending the
document back for a third keying (Ctrl+B), which cannot be undone. Enter decides, Esc goes
back. The value is checked exactly as keying checks it (the view asks the services)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from keying.services.adjudication import REASONS
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local, translate

NEW, ILLEGIBLE, SEND_BACK = "new", "illegible", "send back"
# Narrower than this many characters of the font (a small screen, large text: 1024×768 at
# 150 %): the reason goes under the value instead of beside it, so the value and the reason
# stay readable.
ONE_LINE_CHARS = 110
REASON_CHARS = 14  # the pick list's own width, at least: its longest reason never squeezes
# the value (the list that opens shows them whole)
PROMPTS = {
    NEW: QT_TRANSLATE_NOOP("keying", "New value:"),
    ILLEGIBLE: QT_TRANSLATE_NOOP("keying", "Illegible — reason (optional), Enter decides:"),
}
# The reasons of keying.services.adjudication.REASONS, marked for lupdate: the pick list shows
# them in the interface's language, the reason recorded is the English one.
REASON_WORDS = (
    QT_TRANSLATE_NOOP("keying", "Read from the page"),
    QT_TRANSLATE_NOOP("keying", "Both passes misread the page"),
    QT_TRANSLATE_NOOP("keying", "Smudged or damaged on the page"),
    QT_TRANSLATE_NOOP("keying", "Written over or crossed out"),
    QT_TRANSLATE_NOOP("keying", "Outside the field's zone"),
    QT_TRANSLATE_NOOP("keying", "Other"),
)


class DecisionEditor(QWidget):
    """Hidden until asked (`ask`); emits `submitted(kind, value, reason)` on Enter and
    `cancelled` on Esc."""

    submitted = Signal(str, str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = NEW
        self.prompt = QLabel()
        self.question = QLabel()  # SEND_BACK: the whole width, wrapped
        self.question.setWordWrap(True)
        accessible(self.question, translate("keying", "Send back?"))
        self.value = QLineEdit()
        accessible(self.value, translate("keying", "New value"))
        self.reason = QComboBox()
        accessible(self.reason, translate("keying", "Reason"))
        self.reason.addItem(translate("keying", "(no reason)"), "")
        for reason in REASONS:
            self.reason.addItem(translate("keying", reason), reason)
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reason.setMinimumContentsLength(REASON_CHARS)
        self.note = QLineEdit()
        accessible(self.note, translate("keying", "Reason, in your words"))
        self.note.setPlaceholderText(translate("keying", "reason in your words (optional)"))
        self.error = QLabel()
        self.error.setObjectName("message")
        self.error.setProperty("state", "error")
        accessible(self.error, translate("keying", "Why the value is refused"))
        self.error.setWordWrap(True)
        self.grid = QGridLayout()
        self.one_line: bool | None = None
        self._place(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.question)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        for w in (self.value, self.reason, self.note, self):
            w.installEventFilter(self)
        self.hide()

    def _place(self, one_line: bool) -> None:
        """The prompt, value, reason and note on one line; or, narrow, the reason and the
        note on a second line under the value."""
        if one_line == self.one_line:
            return
        self.one_line = one_line
        for w in (self.prompt, self.value, self.reason, self.note):
            self.grid.removeWidget(w)
        self.grid.addWidget(self.prompt, 0, 0)
        if one_line:
            self.grid.addWidget(self.value, 0, 1)
            self.grid.addWidget(self.reason, 0, 2)
            self.grid.addWidget(self.note, 0, 3)
            stretches = (0, 2, 1, 1)
        else:
            self.grid.addWidget(self.value, 0, 1, 1, 2)
            self.grid.addWidget(self.reason, 1, 1)
            self.grid.addWidget(self.note, 1, 2)
            stretches = (0, 1, 1, 0)
        for column, stretch in enumerate(stretches):
            self.grid.setColumnStretch(column, stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= ONE_LINE_CHARS * self.fontMetrics().averageCharWidth()
        self._place(wide)
        super().resizeEvent(event)

    def ask(self, kind: str, prompt: str = "") -> None:
        """Open the line for `kind`: NEW (a value and a reason), ILLEGIBLE (a reason) or
        SEND_BACK (`prompt` says what will be sent; Enter sends it)."""
        self.kind = kind
        asks = kind == SEND_BACK
        self.question.setText(prompt if asks else "")
        self.question.setVisible(asks)
        self.prompt.setText("" if asks else prompt or translate("keying", PROMPTS[kind]))
        self.prompt.setVisible(not asks)
        focus = Qt.FocusPolicy.StrongFocus if kind == SEND_BACK else Qt.FocusPolicy.NoFocus
        self.setFocusPolicy(focus)  # SEND_BACK: the line itself takes Enter and Esc
        self.value.setVisible(kind == NEW)
        self.reason.setVisible(kind != SEND_BACK)
        self.note.setVisible(kind != SEND_BACK)
        self.reason.setCurrentIndex(0)
        self.value.clear()
        self.note.clear()
        self.refuse("")
        self.show()
        {NEW: self.value, ILLEGIBLE: self.reason}.get(kind, self).setFocus()

    def ask_new(self) -> None:
        self.ask(NEW)

    def ask_illegible(self) -> None:
        self.ask(ILLEGIBLE)

    def refuse(self, why: str) -> None:
        self.error.setText(local(why))  # a message about a value: in the interface's language
        self.error.setVisible(bool(why))
        if why:
            self.value.setFocus()

    def reason_text(self) -> str:
        picked = str(self.reason.currentData() or "")  # recorded in English
        note = self.note.text().strip()
        return " — ".join(p for p in (picked, note) if p)

    def close_editor(self) -> None:
        self.hide()
        self.refuse("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submitted.emit(self.kind, self.value.text(), self.reason_text())
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_editor()
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)
