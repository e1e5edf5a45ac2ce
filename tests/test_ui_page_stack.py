"""The main window's pages ask for what the page on screen needs (`ui/page_stack.py`): once
a tall page had been opened (the dashboard in Khmer at 200 % text asked for 845 pixels before
it scrolled), every screen of the supervisor's window asked for its height and the status bar
fell off a 768-pixel screen."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from keying.ui.page_stack import PageStack


def _page(height: int) -> QWidget:
    page, part = QWidget(), QWidget()
    part.setMinimumHeight(height)
    QVBoxLayout(page).addWidget(part)
    return page


def test_the_stack_asks_for_the_page_on_screen_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    for kind, asks_on_small in ((QStackedWidget, 900), (PageStack, 200)):
        stack = kind()
        qtbot.addWidget(stack)
        small, tall = _page(200), _page(900)
        stack.addWidget(small)
        stack.addWidget(tall)
        stack.setCurrentWidget(tall)
        assert stack.minimumSizeHint().height() >= 900
        stack.setCurrentWidget(small)
        # Qt's own stack asks for its tallest page; ours for the page shown
        assert asks_on_small <= stack.minimumSizeHint().height() < asks_on_small + 50, kind
