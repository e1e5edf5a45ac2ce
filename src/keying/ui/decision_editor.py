"""The line under a discrepancy where a supervisor types a new value (N) or confirms
"illegible" (I), with an optional reason: a pick list and free text; or confirms sending the
document back for a third keying (Ctrl+B), which cannot be undone. Enter decides, Esc goes
back. The value is checked exactly as keying checks it (the view asks the services)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from keying.services.adjudication import REASONS

NEW, ILLEGIBLE, SEND_BACK = "new", "illegible", "send back"
PROMPTS = {
    NEW: "New value:",
    ILLEGIBLE: "Illegible — reason (optional), Enter decides:",
}


class DecisionEditor(QWidget):
    """Hidden until asked (`ask`); emits `submitted(kind, value, reason)` on Enter and
    `cancelled` on Esc."""

    submitted = Signal(str, str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = NEW
        self.prompt = QLabel()
        self.value = QLineEdit()
        self.value.setAccessibleName("New value")
        self.reason = QComboBox()
        self.reason.setAccessibleName("Reason")
        self.reason.addItems(["(no reason)", *REASONS])
        self.note = QLineEdit()
        self.note.setAccessibleName("Reason, in your words")
        self.note.setPlaceholderText("reason in your words (optional)")
        self.error = QLabel()
        self.error.setObjectName("message")
        self.error.setProperty("state", "error")
        self.error.setAccessibleName("Why the value is refused")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.prompt)
        row.addWidget(self.value, 2)
        row.addWidget(self.reason, 1)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        for w in (self.value, self.reason, self.note, self):
            w.installEventFilter(self)
        self.hide()

    def ask(self, kind: str, prompt: str = "") -> None:
        """Open the line for `kind`: NEW (a value and a reason), ILLEGIBLE (a reason) or
        SEND_BACK (`prompt` says what will be sent; Enter sends it)."""
        self.kind = kind
        self.prompt.setText(prompt or PROMPTS[kind])
        self.prompt.setWordWrap(kind == SEND_BACK)
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
        self.error.setText(why)
        self.error.setVisible(bool(why))
        if why:
            self.value.setFocus()

    def reason_text(self) -> str:
        picked = self.reason.currentText() if self.reason.currentIndex() > 0 else ""
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
