"""The status bar's text: whole on any screen, wrapped over as many lines as it needs.

A word-wrapped QLabel in a QStatusBar asks for the width of its whole text and, given less,
a height computed for some other width (at 1024×768 and 200 % text, three lines of text in a
bar five lines tall). This label asks for no width of its own and for the height its text
needs at the width it has.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

MIN_WIDTH = 100


class StatusLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._height = 0

    def _needed(self) -> int:
        line = self.fontMetrics().lineSpacing() + self.margin() * 2
        if self.width() < MIN_WIDTH:  # not laid out yet: one line
            return line
        return max(line, self.heightForWidth(self.width()))

    def hasHeightForWidth(self) -> bool:
        # Its height is set from its own width on resize; a layout asking the height for a
        # width of its own choosing (the window's minimum) would get hundreds of lines.
        return False

    def sizeHint(self) -> QSize:
        return QSize(1, self._needed())

    def minimumSizeHint(self) -> QSize:
        return QSize(1, self._needed())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        needed = self._needed()
        if needed != self._height:
            self._height = needed
            self.setMinimumHeight(needed)
            self.updateGeometry()
