"""The main window's pages, sized by the page on screen.

A `QStackedWidget` asks for the largest minimum size of all its pages: once the dashboard
was opened (tall in Khmer at 200 % text), the supervisor's window asked for more than a
768-pixel screen even on the one-at-a-time screen, and its status bar fell off the bottom.
`PageStack` asks for what the page on screen needs; every page still gets the whole space.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().sizeHint() if page is None else page.sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().minimumSizeHint() if page is None else page.minimumSizeHint()
