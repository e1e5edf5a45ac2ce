"""The notice after F4 and a reason: the page is flagged only when the operator confirms with
Enter, and Ctrl+Z (or Escape) takes the flag back, while the document is still on screen.

A flag sends the document to a supervisor and takes it out of the operator's queue: a reason
picked by mistake must be undoable. Until Enter nothing is written (no outbox item, so the sync
worker cannot send it meanwhile); the notice keeps the keys from the form, as the form-change
banner does. Closing the station while it shows keeps the flag (`StationView.shut_down`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel

from keying.ui.language import translate


class FlagNotice(QLabel):
    confirmed = Signal()
    undone = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("flagNotice")
        self.setAccessibleName("Page flag to confirm")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            "QLabel#flagNotice { background: #8a4b00; color: white; padding: 10px;"
            " border: 3px solid #ffd24a; }"
        )
        self.hide()

    def announce(self, page_no: int, reason: str) -> None:
        text = translate(
            "keying",
            "<b>Page {0} flagged: {1}.</b> <b>Enter</b> sends the document to a supervisor "
            "and opens the next one; <b>Ctrl+Z</b> takes the flag back.",
        )
        self.setText(text.format(page_no, escape(reason)))
        self.setAccessibleDescription(self.text())
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def waiting(self) -> bool:
        return self.isVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.hide()
            self.confirmed.emit()
        elif event.matches(QKeySequence.StandardKey.Undo) or event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.undone.emit()
        event.accept()  # every other key is kept from the form until one of these
