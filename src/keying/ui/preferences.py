"""The app-wide settings the operator changes from the keyboard: text size, high contrast,
zoom to the focused field's zone, auto-advance. Each change is saved at once.

The main window owns one `Preferences` and installs its keys on itself, so they work wherever
the focus is; the entry form only reads the settings. What a change did is said through
`announced` (the main window shows it in the form's message line).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from keying.config import Settings
from keying.ui.language import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Language,
    in_use,
    keep,
    shipped,
    translate,
)
from keying.ui.theme import change_font_scale, toggle_high_contrast

HELP_GROUP = QT_TRANSLATE_NOOP("keying", "Settings")


class LanguageDialog:
    """Asks which language the interface speaks. Tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        codes = shipped()
        names = [LANGUAGES.get(c, c) for c in codes]
        name, ok = QInputDialog.getItem(
            parent,
            translate("keying", "Language"),
            translate("keying", "Language of the interface:"),
            names,
            codes.index(in_use()) if in_use() in codes else 0,  # the one in use first
            False,
        )
        return codes[names.index(name)] if ok else None


class Preferences(QObject):
    announced = Signal(str)  # what the change did, for the operator
    zoom_to_zone_changed = Signal(bool)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def install(self, host: QWidget) -> list[QAction]:
        """The keys, as actions of `host` (window-wide); the help overlay lists them."""
        entries: list[tuple[str, list[str], Callable[[], object]]] = [
            (
                translate("keying", "Zoom the page to the focused field on / off"),
                ["F7"],
                self.toggle_zoom_to_zone,
            ),
            (
                translate("keying", "Auto-advance when a field is full on / off"),
                ["F8"],
                self.toggle_auto_advance,
            ),
            (translate("keying", "Larger text"), ["Ctrl++", "Ctrl+="], lambda: self.scale(1)),
            (translate("keying", "Smaller text"), ["Ctrl+-"], lambda: self.scale(-1)),
            (translate("keying", "Normal text size"), ["Ctrl+0"], lambda: self.scale(0)),
            (
                translate("keying", "High-contrast colours on / off"),
                ["Ctrl+Shift+H"],
                self.toggle_high_contrast,
            ),
            (
                translate("keying", "Language of the interface"),
                ["Ctrl+Shift+L"],
                self.choose_language,
            ),
        ]
        actions = []
        for text, keys, slot in entries:
            action = keep(QAction(host), text, translate("keying", HELP_GROUP))
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            host.addAction(action)
            actions.append(action)
        return actions

    def scale(self, steps: int) -> float:
        """Text size one step larger (1), smaller (-1), or back to 100 % (0)."""
        scale = change_font_scale(self.settings, steps)
        self.announced.emit(translate("keying", "Text size {0} %.").format(round(scale * 100)))
        return scale

    def toggle_high_contrast(self) -> bool:
        on = toggle_high_contrast(self.settings)
        self.announced.emit(
            translate("keying", "High-contrast colours on.")
            if on
            else translate("keying", "High-contrast colours off.")
        )
        return on

    def choose_language(self) -> str | None:
        """Ask for the interface language, save it and install it now: the open windows
        set their texts again in it (QEvent.LanguageChange), keyed values untouched."""
        parent = self.parent()
        code = LanguageDialog.ask(parent if isinstance(parent, QWidget) else None)
        if code is None:
            return None
        self.settings.language = code
        self.settings.save()
        app = QCoreApplication.instance()
        if app is not None:
            Language().install(app, code)
        text = translate("keying", "Language: {0}.")
        self.announced.emit(text.format(LANGUAGES[code]))
        return code

    def toggle_zoom_to_zone(self) -> bool:
        self.settings.zoom_to_zone = not self.settings.zoom_to_zone
        self.settings.save()
        on = self.settings.zoom_to_zone
        self.announced.emit(
            translate("keying", "Zoom to the focused field on.")
            if on
            else translate("keying", "Zoom to the focused field off.")
        )
        self.zoom_to_zone_changed.emit(on)
        return on

    def toggle_auto_advance(self) -> bool:
        self.settings.auto_advance = not self.settings.auto_advance
        self.settings.save()
        on = self.settings.auto_advance
        self.announced.emit(
            translate("keying", "Auto-advance when a field is full on.")
            if on
            else translate("keying", "Auto-advance when a field is full off.")
        )
        return on
