"""The banner that says the next document is of another form, until the operator presses Enter.

Keying heads-down, an operator who has keyed six herbarium labels keys the seventh document's
first value into "Catalogue number" without looking: when the form changes, the station says
so in large words above the page and the form, and keeps the keys until Enter acknowledges it
(the form then takes the focus, in its first field).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel

from keying.ui.language import translate


class FormChangeBanner(QLabel):
    acknowledged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("formBanner")
        self.setAccessibleName("The form changes")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            "QLabel#formBanner { background: #1f5fbf; color: white; padding: 10px;"
            " border: 3px solid #ffd24a; }"
        )
        self.hide()

    def announce(self, title: str, batch: str) -> None:
        text = translate(
            "keying",
            "<b>Another form: {0}</b> (batch {1}). Its fields are not those of the last "
            "document. <b>Press Enter</b> to start keying it.",
        )
        self.setText(text.format(escape(title), escape(batch)))
        self.setAccessibleDescription(self.text())
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def waiting(self) -> bool:
        return self.isVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.hide()
            self.acknowledged.emit()
        event.accept()  # every other key is kept from the form until Enter
