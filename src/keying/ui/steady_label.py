"""A label that keeps the height of a few lines whatever its text.

The entry form's guide (the focused field's title, its instructions, the last message)
changes text on every field. A plain word-wrapped label grows and shrinks with it, and each
change lays the whole form out again: the fields move under the operator's eyes and the
window repaints. A steady label reserves its lines up front (from its current font, so font
scaling still works) and only grows for a text longer than that. Given the texts it will
show (`reserve_for`), it reserves as many lines as the longest of them takes at its width
(never more than `lines`): a box of one-line instructions is one line high, at any text size.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel

# Text in another script (Khmer, Lao) falls back to fonts with taller lines than the UI font.
FALLBACK_LINE_FACTOR = 1.25


class SteadyLabel(QLabel):
    def __init__(self, text: str = "", lines: int = 1) -> None:
        super().__init__(text)
        self.lines = lines
        # Text starts at the top of the reserved lines, where the eye expects it.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._texts: list[str] = []

    def reserve_for(self, texts: list[str]) -> None:
        """The texts this label will show: it reserves the lines the longest one needs."""
        self._texts = [t for t in texts if t]
        self.updateGeometry()

    def reserved_lines(self, width: int | None = None) -> int:
        width = self.width() if width is None else width
        if not self._texts or width <= 1:
            return self.lines
        metrics = self.fontMetrics()
        box = QRect(0, 0, width, 1_000_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(metrics.boundingRect(box, flags, text).height() for text in self._texts)
        return max(1, min(self.lines, math.ceil(tallest / metrics.lineSpacing())))

    def reserved_height(self, width: int | None = None) -> int:
        margins = self.contentsMargins()
        line = self.fontMetrics().lineSpacing() * FALLBACK_LINE_FACTOR
        inner = None if width is None else width - margins.left() - margins.right()
        lines = self.reserved_lines(inner)
        return math.ceil(line * lines) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self.reserved_height(width))
