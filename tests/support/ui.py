"""Helpers for the widget tests: key events the way a keyboard sends them, and the entry
form, the station and the main window opened and shown so keys reach them.

Non-ASCII text goes in as ONE QKeyEvent per character (qtbot.keyClicks aborts on it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from keying.config import Settings
from keying.forms import FormDefinition, load_form
from keying.ui.entry_form import EntryForm
from keying.ui.main_window import MainWindow
from keying.ui.station import StationView
from tests.support.world import World

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"

_KEYS = {
    "\t": Qt.Key.Key_Tab,
    "\n": Qt.Key.Key_Return,
    " ": Qt.Key.Key_Space,
}


def definition(name: str) -> FormDefinition:
    return load_form(FORMS / f"{name}.yaml").definition


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str, target: QWidget | None = None) -> None:
    """Type `text` into the focused widget, one key press and release per character."""
    for ch in text:
        widget = target or focused()
        key = _KEYS.get(ch)
        if key is None:
            key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(etype, key, Qt.KeyboardModifier.NoModifier, ch)
            QCoreApplication.sendEvent(widget, event)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key click on the focused widget, through the shortcut map (as QTest does)."""
    QTest.keyClick(focused(), key, modifiers)


def enter() -> None:
    press(Qt.Key.Key_Return)


def key_field(text: str) -> None:
    """Type a value and press Enter."""
    type_text(text)
    enter()


def show_active(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Show `widget` and wait until it is the active window, so keys go to it."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def make_form(qtbot, name: str | FormDefinition, settings: Settings | None = None) -> EntryForm:  # type: ignore[no-untyped-def]
    d = definition(name) if isinstance(name, str) else name
    form = EntryForm(d, settings or Settings())
    qtbot.addWidget(form)
    form.resize(700, 900)
    show_active(qtbot, form)
    form.load({}, None)
    return form


def open_station(qtbot, world: World, login: str) -> StationView:  # type: ignore[no-untyped-def]
    """The operator station of `login`, signed in, shown and on its first document."""
    view = StationView(world.station(login), Settings.load())
    qtbot.addWidget(view)
    view.resize(1400, 900)
    show_active(qtbot, view)
    view.start()
    qtbot.waitUntil(lambda: not view.view.loading)  # pages are decoded in a worker
    settle(qtbot, view)  # the first claim runs in the sync worker's thread
    qtbot.waitUntil(lambda: not view.view.loading)
    return view


def open_window(qtbot, world: World, login: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window of `login`, signed in, shown and started."""
    window = MainWindow(world.services, world.sign_in(login), Settings.load())
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.start()
    if window.station_view is not None:
        settle(qtbot, window.station_view)  # the first claim runs in the sync worker's thread
    return window


def settle(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    """Wait until the station's sync worker has answered every round asked of it (send,
    reconcile, renew, claim: it runs in its own thread) and the station has heard."""
    qtbot.waitUntil(lambda: not view.link.busy, timeout=30_000)
    QApplication.processEvents()
