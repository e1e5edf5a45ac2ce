"""A label that keeps the height of a few lines whatever its text.

The entry form's guide (the focused field's title, its instructions, the last message)
changes text on every field. A plain word-wrapped label grows and shrinks with it, and each
change lays the whole form out again: the fields move under the operator's eyes and the
window repaints. A steady label reserves its lines up front (from its current font, so font
scaling still works) and only grows for a text longer than that.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

# Text in another script (Khmer, Lao) falls back to fonts with taller lines than the UI font.
FALLBACK_LINE_FACTOR = 1.25


class SteadyLabel(QLabel):
    def __init__(self, text: str = "", lines: int = 1) -> None:
        super().__init__(text)
        self.lines = lines
        # Text starts at the top of the reserved lines, where the eye expects it.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def reserved_height(self) -> int:
        margins = self.contentsMargins()
        line = self.fontMetrics().lineSpacing() * FALLBACK_LINE_FACTOR
        return math.ceil(line * self.lines) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self.reserved_height())
