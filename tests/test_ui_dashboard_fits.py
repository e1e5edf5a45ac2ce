"""The dashboard (F10) on the office PCs' screens, 1024×768 and 1366×768, at 100 % and
200 % text (and 150 % at 1024×768), in English and in Khmer (whose lines are about half again
as tall): the window asks for no more than the screen, the status bar is inside it and whole,
and every part of the dashboard is on screen or brought there by the keyboard — each
filter by its Alt+letter, the tabs by theirs (then they fill the view), the heading, summary
and message by Home and End on the scrolling area, which Tab reaches. In English at 100 %
nothing scrolls. (In Khmer at 200 % on 1024×768 the dashboard asked for 845 pixels: its
status bar was below the screen's edge.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from keying.config import Settings
from keying.ui.dashboard_view import DashboardView
from keying.ui.language import Language
from keying.ui.theme import apply_theme
from tests.support.ui import focused, open_window, press
from tests.support.world import World
from tests.test_stats import key_small_batch

ALT = Qt.KeyboardModifier.AltModifier
SIZES = [((1024, 768), 1.0), ((1024, 768), 1.5), ((1024, 768), 2.0)]
SIZES += [((1366, 768), 1.0), ((1366, 768), 2.0)]


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _whole(label: QLabel) -> bool:
    return label.heightForWidth(label.width()) <= label.height()


@pytest.mark.parametrize("language", ["en", "km"])
@pytest.mark.parametrize(("size", "scale"), SIZES, ids=lambda v: str(v))
def test_every_part_of_the_dashboard_is_on_screen_or_brought_there_by_the_keyboard(
    qtbot, world: World, app, size: tuple[int, int], scale: float, language: str
) -> None:  # type: ignore[no-untyped-def]
    Settings(font_scale=scale).save()
    apply_theme(app, False, scale)
    Language().install(app, language)
    window = open_window(qtbot, key_small_batch(world), "sup")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    press(Qt.Key.Key_F10)
    view = window.views["dashboard"]
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: view.figures is not None and not view.background.busy, timeout=30_000)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    QApplication.processEvents()

    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1], hint.toTuple()
    box = window.rect()
    assert box.contains(_rect(window.statusBar(), window))
    assert _whole(window.status_label), window.status_label.text()
    bar = view.scrolling.verticalScrollBar()
    if language == "en" and scale == 1.0:
        assert bar.maximum() == 0  # nothing scrolls
    shown = _rect(view.scrolling.viewport(), window)
    assert box.contains(shown)

    def in_view(widget: QWidget) -> bool:
        # a date box left reads the figures again (off the GUI thread): their texts first
        qtbot.waitUntil(lambda: not view.background.busy, timeout=30_000)
        for _ in range(3):  # the layout settles (the scroll bar shown, the body's new size)
            QApplication.processEvents()
        body, port = view.body, view.scrolling.viewport()
        qtbot.waitUntil(lambda: body.width() == port.width(), timeout=5_000)
        return shown.contains(_rect(widget, window))

    # each filter by its Alt+letter (the same letters in Khmer), the export button by Tab;
    for key, widget in (
        (Qt.Key.Key_Y, view.keyer),
        (Qt.Key.Key_F, view.since),
        (Qt.Key.Key_T, view.until),
        (Qt.Key.Key_B, view.batch),
    ):
        press(key, ALT)
        assert focused() is widget or widget.isAncestorOf(focused()), (key, focused())
        assert in_view(widget), (widget.accessibleName(), _rect(widget, window), shown)
    view.export_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert in_view(view.export_button)
    # a tab by its Alt+letter: the keys go to the tabs, and the tabs fill the view
    for key, index in ((Qt.Key.Key_M, 4), (Qt.Key.Key_H, 0), (Qt.Key.Key_P, 3)):
        press(key, ALT)
        assert view.tabs.currentIndex() == index and focused() is view.tabs.tabBar()
        assert in_view(view.tabs), (index, _rect(view.tabs, window), shown)
    if bar.maximum() > 0:  # the tabs have the whole view once it scrolls
        assert view.tabs.height() >= min(shown.height(), view.tabs.sizeHint().height()) - 1
    # the texts whole, and reachable: Tab reaches the scrolling area, Home and End scroll it
    for label in (view.summary, view.message):
        assert _whole(label), label.text()
    for _ in range(30):
        if focused() is view.scrolling:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is view.scrolling
    press(Qt.Key.Key_End)
    assert in_view(view.message)
    press(Qt.Key.Key_Home)
    assert in_view(view.summary)
    heading = view.body.layout().itemAt(0).widget()
    assert isinstance(heading, QLabel) and in_view(heading)
