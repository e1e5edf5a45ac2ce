"""The operator's language: Qt's own translations (`.ts` sources, compiled `.qm` files).

Every operator-facing string of the windows goes through `translate("keying", …)` where it is
written (lupdate finds it there); strings kept in tables are marked with
`QT_TRANSLATE_NOOP("keying", …)` and translated where they are shown. `scripts/translations`
runs `pyside6-lupdate` over `ui/` and `pyside6-lrelease` into `ui/translations/keying_<code>.qm`.

The language is the `language` setting (`Ctrl+Shift+L` chooses it), else the system's locale
when a translation for it is shipped, else English. It is installed before the sign-in dialog
and again before each main window; `Ctrl+Shift+L` installs the one chosen at once. Installing
a translation makes Qt send `QEvent.LanguageChange` to every window: the widgets that show
translated text set it again then (`retranslate_actions` for the actions: their menu entries and the
help's rows; the entry form, the station and the main window their own texts), and no keyed
value is touched. A form's texts written per language, and the messages about a value
(keying.forms.wording), are shown in it by `local` (docs/forms.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction
from PySide6.QtWidgets import QWidget

from keying.forms.wording import Said, say, spoken

CONTEXT = "keying"
TRANSLATIONS = Path(__file__).with_name("translations")
# Code → the language's own name (what the chooser shows). English is the source language.
LANGUAGES = {
    "en": "English",
    "km": "ភាសាខ្មែរ (Khmer)",
    "lo": "ພາສາລາວ (Lao)",
    "fr": "Français (French)",
    "sw": "Kiswahili (Swahili)",
}


_in_use = "en"  # the code of the language installed last (Language.install)
_installed: QTranslator | None = None  # the application's translator (at most one)
# Dynamic properties of a QAction that keep its English texts (`keep`, `retranslate`).
SOURCE, GROUP_SOURCE, KEYS_SOURCE = "keying_source", "keying_group_source", "keying_keys_source"


def local(text: str | None) -> str:
    """A form's label, instructions, title or choice label in the interface's language, when
    the definition writes it in that language, else its default text; a message about a value
    (keying.forms.wording.Said) in the interface's language; "" for None."""
    if text is None:
        return ""
    return spoken(text, _qt_translate, _in_use)


def _qt_translate(source: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, source, None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation where it is defined (lupdate reads the call), translated
    where it is shown (`translate`). PySide6's own returns `object` to the type checker."""
    return text


class Translated(str):
    """A translated text that keeps its English `source` (what `keep` stores on an action)."""

    source: str


def translate(context: str, text: object) -> str:
    """`text` in the installed language (lupdate reads the literal arguments of calls); `text`
    may be what `QT_TRANSLATE_NOOP` returned (typed `object` by PySide6). A message about n
    things is a `keying.forms.wording.counted`, said by `local`."""
    out = Translated(QCoreApplication.translate(context, str(text)))
    out.source = str(text)
    return out


def keep(action: QAction, text: str, group: str | None = None, keys: str | None = None) -> QAction:
    """Set an action's text (and its help group, and the keys the help lists for it) from
    `translate` results and keep their English sources, so `retranslate_actions` can set them again
    in another language."""
    action.setText(text)
    if isinstance(text, Translated):
        action.setProperty(SOURCE, text.source)
    for name, value, source in (
        ("help_group", group, GROUP_SOURCE),
        ("help_keys", keys, KEYS_SOURCE),
    ):
        if value is not None:
            action.setProperty(name, value)
            if isinstance(value, Translated):
                action.setProperty(source, value.source)
    return action


def retranslate_actions(root: QObject) -> None:
    """Every action under `root` that `keep` set: its text and help group in the language
    installed now (menus are their menu actions)."""
    for action in root.findChildren(QAction):
        source = action.property(SOURCE)
        if source:
            action.setText(QCoreApplication.translate(CONTEXT, source))
        for name, source in (("help_group", GROUP_SOURCE), ("help_keys", KEYS_SOURCE)):
            text = action.property(source)
            if text:
                action.setProperty(name, QCoreApplication.translate(CONTEXT, text))


def speak(widget: QObject, text: str) -> None:
    """Set `widget`'s text (its `setText`) to `text`, a `translate` result or a `Said`, in the
    language installed now, and keep it: `retranslate_texts` says it again in another."""
    said = say(text.source) if isinstance(text, Translated) else text
    widget.setText(local(said))  # type: ignore[attr-defined]
    widget.keying_said = said  # type: ignore[attr-defined]


def accessible(widget: QObject, text: str) -> None:
    """Set `widget`'s accessible name (what a screen reader says) to `text`, a `translate`
    result or a `Said`, in the language installed now, and keep it: `retranslate_texts` says
    it again in another."""
    said = say(text.source) if isinstance(text, Translated) else text
    widget.setAccessibleName(local(said))  # type: ignore[attr-defined]
    widget.keying_named = said  # type: ignore[attr-defined]


def name_again(widget: QWidget, text: str) -> None:
    """`accessible(widget, text)` at a change of language; while `widget` is on screen a
    screen reader is told the name also when it reads the same (Qt tells only a change)."""
    before = widget.accessibleName()
    accessible(widget, text)
    if widget.isVisible() and widget.accessibleName() == before:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def heading(text: str) -> Said:
    """A view's title (`text` marked with QT_TRANSLATE_NOOP) as a heading, for `speak`."""
    return say(QT_TRANSLATE_NOOP("keying", "<h2>{0}</h2>"), say(text))


def retranslate_texts(root: QObject) -> None:
    """Under `root` (a window, a view, a dialog) and `root` itself: every text `speak` set and
    every accessible name `accessible` set, in the language installed now; every model with a
    `retranslate` (its headers and cells said again)."""
    for child in [root, *root.findChildren(QObject)]:
        said = getattr(child, "keying_said", None)
        if isinstance(said, str):
            child.setText(local(said))  # type: ignore[attr-defined]
        elif callable(retranslate := getattr(child, "retranslate_model", None)):
            retranslate()
        named = getattr(child, "keying_named", None)
        if isinstance(named, str):
            child.setAccessibleName(local(named))  # type: ignore[attr-defined]


def shipped() -> list[str]:
    """The codes of the languages a translation is shipped for, English first."""
    return ["en", *sorted(p.stem.removeprefix("keying_") for p in TRANSLATIONS.glob("*.qm"))]


def resolve(setting: str | None, system: str | None = None) -> str:
    """The language to use: the setting, else the system locale's language if shipped."""
    available = shipped()
    if setting in available:
        return setting
    code = (system or QLocale.system().name()).split("_", 1)[0]
    return code if code in available else "en"


class Language:
    """The translator installed in the application (at most one, whichever `Language`
    installed it: the sign-in's and the language chooser's replace each other)."""

    def __init__(self) -> None:
        self.code = "en"

    def install(self, app: QCoreApplication, setting: str | None) -> str:
        """Install the translation for `setting` (see `resolve`); the code in use. Qt then
        sends `QEvent.LanguageChange` to every window (also when only one is removed)."""
        global _in_use, _installed
        code = resolve(setting)
        if code == _in_use and (_installed is not None) == (code != "en"):
            self.code = code
            return code  # already in use: no LanguageChange for nothing
        if _installed is not None:
            app.removeTranslator(_installed)
            _installed = None
        if code != "en":
            translator = QTranslator(app)
            if translator.load(str(TRANSLATIONS / f"keying_{code}.qm")):
                _installed = translator
            else:
                code = "en"
        _in_use = code  # before Qt's LanguageChange reaches the windows: `local` reads it
        if _installed is not None:
            app.installTranslator(_installed)
        self.code = code
        return code


def in_use() -> str:
    """The code of the language installed now."""
    return _in_use
