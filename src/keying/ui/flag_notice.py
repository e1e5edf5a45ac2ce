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

from keying.ui.key_notice import KeyNotice
from keying.ui.language import QT_TRANSLATE_NOOP, translate


class FlagNotice(KeyNotice):
    """`entered`: the flag is confirmed; `undone`: Ctrl+Z or Escape took it back."""

    undone = Signal()

    def __init__(self) -> None:
        super().__init__(
            "flagNotice", QT_TRANSLATE_NOOP("keying", "Page flag to confirm"), "#8a4b00"
        )
        self._about: tuple[int, str] = (0, "")  # the page, the reason (its English source)

    def announce(self, page_no: int, reason: str) -> None:
        """`reason`: a `translate` result (said again in another language) or a text."""
        self._about = (page_no, getattr(reason, "source", reason))
        self.show_notice()

    def notice_text(self) -> str:
        page_no, reason = self._about
        text = translate(
            "keying",
            "<b>Page {0} flagged: {1}.</b> <b>Enter</b> sends the document to a supervisor "
            "and opens the next one; <b>Ctrl+Z</b> takes the flag back.",
        )
        return text.format(page_no, escape(translate("keying", reason)))

    def other_key(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo) or event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.undone.emit()
