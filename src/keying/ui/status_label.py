"""The status bar's text: whole lines on any screen, at most two of them.

A word-wrapped QLabel in a QStatusBar asks for the width of its whole text and, given less,
a height computed for some other width (at 1024×768 and 200 % text, three lines of text in a
bar five lines tall). This label asks for no width of its own and for the height its text
needs at the width it has. At large text on a small screen the parts of the status (who,
batch, document, pass, sync…) took three lines in Khmer — about 160 pixels, and on the
adjudication screen the third fell below the screen's edge: the label keeps to `MAX_LINES`,
shortening the longest part first (its end elided, "…") so that every part's beginning stays
in view. The whole text is its tooltip and accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

MIN_WIDTH = 100
MAX_LINES = 2
SEPARATOR = "\u00a0\u00a0\u00a0·   "  # the dot ends a line, never starts one
SHORTEST = 6  # characters a part keeps, at least, before the next is shortened


class StatusLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._height = 0
        self._parts: list[str] = []

    def full_text(self) -> str:
        return SEPARATOR.join(self._parts)

    def _line(self) -> int:
        return self.fontMetrics().lineSpacing()

    def _needed(self) -> int:
        line = self._line() + self.margin() * 2
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

    def set_parts(self, parts: Sequence[str]) -> None:
        """The status, its parts joined by a dot; shortened to `MAX_LINES` if it must be."""
        self._parts = list(parts)
        whole = self.full_text()
        self.setToolTip(whole)
        self.setAccessibleDescription(whole)
        self._refit()

    def setText(self, text: str) -> None:
        self.set_parts([text])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _height_of(self, text: str, width: int) -> int:
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        return self.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), flags, text).height()

    def _shortened(self) -> str:
        """The parts joined, the longest shortened until the whole takes `MAX_LINES`."""
        parts = list(self._parts)
        margins = self.contentsMargins()
        width = self.width() - margins.left() - margins.right() - 2 * self.margin()
        if self.width() < MIN_WIDTH or width <= 0:
            return SEPARATOR.join(parts)
        metrics = self.fontMetrics()
        for _ in range(200):  # each round takes a tenth off the longest part
            text = SEPARATOR.join(parts)
            # a line of this text, in the fonts it falls back on (a Khmer line is taller)
            limit = MAX_LINES * self._height_of(text, 1 << 20)
            if self._height_of(text, width) <= limit:
                return text
            longest = max(range(len(parts)), key=lambda i: metrics.horizontalAdvance(parts[i]))
            part = parts[longest]
            if len(part) <= SHORTEST:
                return text  # nothing left to take: wrapped whole
            target = int(metrics.horizontalAdvance(part) * 0.9)
            short = metrics.elidedText(part, Qt.TextElideMode.ElideRight, target)
            if len(short) >= len(part):
                short = part[: len(part) - 2] + "…"
            parts[longest] = short
        return SEPARATOR.join(parts)

    def _refit(self) -> None:
        shown = self._shortened()
        if shown != super().text():
            super().setText(shown)
        needed = self._needed()
        if needed != self._height:
            self._height = needed
            self.setMinimumHeight(needed)
            self.updateGeometry()
