"""A label that keeps the height of a few lines whatever its text.

The entry form's guide (the focused field's title, its instructions, the last message)
changes text on every field. A plain word-wrapped label grows and shrinks with it, and each
change lays the whole form out again: the fields move under the operator's eyes and the
window repaints. A steady label reserves its lines up front (from its current font, so font
scaling still works) and only grows for a text longer than that. Given the texts it will
show (`reserve_for`), it reserves as many lines as the longest of them takes at its width
(never more than `lines`): a box of one-line instructions is one line high, at any text size.
`fit_lines(height)` lowers that reservation where the lines would take too much of a small
screen at large text (at 200 % on 1024×768 the guide kept three lines of the form's ~620
pixels for the longest instructions and the form showed one field and a half): it then sizes
to its text, whose lines it still shows whole.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel

from keying.ui.script_breaks import breakable

# Text in another script (Khmer, Lao) falls back to fonts with taller lines than the UI font.
FALLBACK_LINE_FACTOR = 1.25
SHARE = 0.15  # of the height it is given by `fit_lines`, what its reserved lines may take


class SteadyLabel(QLabel):
    def __init__(self, text: str = "", lines: int = 1) -> None:
        super().__init__(breakable(text))
        self._text = text  # as given: Khmer and Lao are shown with breaks (script_breaks)
        self.lines = lines
        self.most_lines = lines  # `lines`, or fewer on a small screen at large text
        # Text starts at the top of the reserved lines, where the eye expects it.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._texts: list[str] = []

    def reserve_for(self, texts: list[str]) -> None:
        """The texts this label will show: it reserves the lines the longest one needs."""
        self._texts = [breakable(t) for t in texts if t]
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

    def fit_lines(self, height: int, least: int = 1) -> bool:
        """Reserve no more lines than take `SHARE` of `height` (the form's), at least `least`
        (0: an empty label takes no room: the message line while there is no message).
        True: fewer lines than it would reserve on a larger screen."""
        line = self.fontMetrics().lineSpacing() * FALLBACK_LINE_FACTOR
        lines = max(least, min(self.most_lines, int(height * SHARE / line)))
        if lines != self.lines:
            self.lines = lines
            self.updateGeometry()
        return lines < self.most_lines

    def _nothing(self) -> bool:
        return self.lines == 0 and not self.text()

    def reserved_height(self, width: int | None = None) -> int:
        margins = self.contentsMargins()
        line = self.fontMetrics().lineSpacing() * FALLBACK_LINE_FACTOR
        inner = None if width is None else width - margins.left() - margins.right()
        lines = self.reserved_lines(inner)
        return math.ceil(line * lines) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._nothing():
            return QSize(hint.width(), 0)
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._nothing():
            return QSize(hint.width(), 0)
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))

    def heightForWidth(self, width: int) -> int:
        if self._nothing():
            return 0
        return max(super().heightForWidth(width), self.reserved_height(width))

    def setText(self, text: str) -> None:
        was = self._nothing()
        self._text = text
        super().setText(breakable(text))
        if was != self._nothing():
            self.updateGeometry()

    def text(self) -> str:
        """The text as given (without the breaks offered in Khmer and Lao)."""
        return self._text
