"""A notice in large words that takes the focus and keeps every key from the form until the
operator answers it: Enter (`entered`), and what a subclass adds (`other_key`). The form-change
banner and the page-flag notice are two of them. A subclass says its text in `notice_text`,
said again in the new language when the language changes while the notice waits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel

from keying.ui.language import accessible, translate


class KeyNotice(QLabel):
    entered = Signal()

    def __init__(self, name: str, accessible_name: str, background: str) -> None:
        super().__init__()
        self.setObjectName(name)
        accessible(self, translate("keying", accessible_name))
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            f"QLabel#{name} {{ background: {background}; color: white; padding: 10px;"
            " border: 3px solid #ffd24a; }"
        )
        self.hide()

    def notice_text(self) -> str:
        """The notice's rich text (escaped) in the language installed now."""
        raise NotImplementedError

    def show_notice(self) -> None:
        """Show `notice_text()` and take the keys."""
        self._say()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self) -> None:
        text = self.notice_text()
        self.setText(text)
        self.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self._say()  # in the language installed now; the keys stay held
        super().changeEvent(event)

    @property
    def waiting(self) -> bool:
        return self.isVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.hide()
            self.entered.emit()
        else:
            self.other_key(event)
        event.accept()  # every other key is kept from the form until the notice is answered

    def other_key(self, event: QKeyEvent) -> None:
        """A key other than Enter: kept from the form; a subclass may answer it."""
