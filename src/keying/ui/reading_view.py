"""What the supervisor's list views share (refused items, tasks held, flagged pages): a
table read off the GUI thread (`Background`), read again each time the view comes on
screen and on F5, and a message line that says it is reading. A subclass builds its own
widgets (`table`, `message`), names what it reads (`read_rows`, run in the worker thread)
and takes the answer in `_read(rows, error)`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from keying.ui.background import Background
from keying.ui.language import keep, speak, translate


class ReadingView(QWidget):
    table: QTableView
    message: QLabel
    reading = ""  # the message while reading (marked QT_TRANSLATE_NOOP, translated when shown)

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background = background
        if background.parent() is None:
            background.setParent(self)

    def add_key(self, text: str, keys: str, slot: Callable[[], Any]) -> None:
        """A key of this view (while it or one of its widgets has the focus)."""
        action = keep(QAction(self), text)  # a `translate` result: said again (language.py)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)

    def activate(self) -> None:
        """On screen (the main window calls it): read again, take the focus."""
        self.table.setFocus()
        self.refresh()

    def shut_down(self) -> None:
        self.background.stop()

    def refresh(self) -> None:
        """F5: read again."""
        speak(self.message, translate("keying", self.reading) if self.reading else "")
        self.background.run(self.read_rows, self._read)

    def read_rows(self) -> Any:
        raise NotImplementedError

    def _read(self, rows: Any, error: str) -> None:
        raise NotImplementedError
