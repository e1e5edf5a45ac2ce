"""Where the main window opens, and how its station is split: per login, kept in the settings.

The first time a login opens the window on a PC it is maximized on the screen it starts on
(the office PCs have 1366×768 and 1024×768 screens: a fixed size would put the form and the
status bar off-screen). When it closes, its place, size, maximized state and the station's
splitter sizes are saved under the login (several operators may share one PC account), and
the next opening restores them, clamped to the screen's available area: a window saved on a
larger screen, or on a screen that is gone, still opens whole on this one.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from keying.config import Settings, WindowLayout
from keying.ui.station_layout import PageFormSplitter


def screen_for(rect: QRect | None) -> QScreen | None:
    """The screen under the centre of `rect`, else the primary screen."""
    if rect is not None:
        screen = QGuiApplication.screenAt(rect.center())
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def clamp_to(rect: QRect, area: QRect) -> QRect:
    """`rect` no larger than `area` and moved inside it."""
    width = min(rect.width(), area.width())
    height = min(rect.height(), area.height())
    x = min(max(rect.x(), area.left()), area.left() + area.width() - width)
    y = min(max(rect.y(), area.top()), area.top() + area.height() - height)
    return QRect(x, y, width, height)


def restore_window(
    window: QMainWindow,
    settings: Settings,
    login: str,
    splitter: PageFormSplitter | None = None,
) -> None:
    """Place `window` (before it is shown) as `login` left it, or maximized the first time."""
    saved = settings.windows.get(login)
    wanted = QRect(saved.x, saved.y, saved.width, saved.height) if saved else None
    if wanted is not None and (wanted.width() <= 0 or wanted.height() <= 0):
        wanted = None
    screen = screen_for(wanted)
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
    # The normal geometry is set in any case: without a window manager (or before it answers)
    # a maximized window has this size, and it is the size it returns to when restored.
    window.setGeometry(clamp_to(wanted, area) if wanted is not None else area)
    if saved is None or saved.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    if splitter is not None and saved is not None:
        splitter.restore(saved.splitter, saved.stacked)


def save_window(
    window: QMainWindow,
    settings: Settings,
    login: str,
    splitter: PageFormSplitter | None = None,
) -> None:
    """Keep `window`'s place and the splitter's sizes under `login` (saved at once)."""
    maximized = bool(window.windowState() & Qt.WindowState.WindowMaximized)
    geometry = window.normalGeometry() if maximized else window.geometry()
    if not geometry.isValid():
        geometry = QRect(window.pos() or QPoint(0, 0), window.size())
    layout = WindowLayout(
        x=geometry.x(),
        y=geometry.y(),
        width=max(0, geometry.width()),
        height=max(0, geometry.height()),
        maximized=maximized,
    )
    if splitter is not None and all(s > 0 for s in splitter.sizes()):
        layout.splitter = splitter.sizes()
        layout.stacked = splitter.stacked
    settings.windows = {**settings.windows, login: layout}
    settings.save()
