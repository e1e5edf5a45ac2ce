"""The operator's language: Qt's own translations (`.ts` sources, compiled `.qm` files).

Every operator-facing string of the windows goes through `translate("keying", …)` where it is
written (lupdate finds it there); strings kept in tables are marked with
`QT_TRANSLATE_NOOP("keying", …)` and translated where they are shown. `scripts/translations`
runs `pyside6-lupdate` over `ui/` and `pyside6-lrelease` into `ui/translations/keying_<code>.qm`.

The language is the `language` setting (`Ctrl+Shift+L` chooses it), else the system's locale
when a translation for it is shipped, else English. It is installed before the sign-in dialog
and again before each main window, so a change takes effect at the next sign-in. A form's
labels and instructions written per language are shown in it by `local` (docs/forms.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from keying.forms.wording import spoken

CONTEXT = "keying"
TRANSLATIONS = Path(__file__).with_name("translations")
# Code → the language's own name (what the chooser shows). English is the source language.
LANGUAGES = {
    "en": "English",
    "km": "ភាសាខ្មែរ (Khmer)",
    "lo": "ພາສາລາວ (Lao)",
    "fr": "Français (French)",
}


_in_use = "en"  # the code of the language installed last (Language.install)


def local(text: str | None) -> str:
    """A form's label, instructions, title or choice label in the interface's language, when
    the definition writes it in that language, else its default text; a message about a value
    (keying.forms.wording.Said) in the interface's language; "" for None."""
    if text is None:
        return ""
    return spoken(text, lambda source: QCoreApplication.translate(CONTEXT, source), _in_use)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation where it is defined (lupdate reads the call), translated
    where it is shown (`translate`). PySide6's own returns `object` to the type checker."""
    return text


def translate(context: str, text: object) -> str:
    """`text` in the installed language (lupdate reads the literal arguments of calls); `text`
    may be what `QT_TRANSLATE_NOOP` returned (typed `object` by PySide6)."""
    return QCoreApplication.translate(context, str(text))


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
    """The translator installed in the application (at most one)."""

    def __init__(self) -> None:
        self.code = "en"
        self._translator: QTranslator | None = None

    def install(self, app: QCoreApplication, setting: str | None) -> str:
        """Install the translation for `setting` (see `resolve`); the code in use."""
        code = resolve(setting)
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if code != "en":
            translator = QTranslator(app)
            if translator.load(str(TRANSLATIONS / f"keying_{code}.qm")):
                app.installTranslator(translator)
                self._translator = translator
            else:
                code = "en"
        self.code = code
        global _in_use
        _in_use = code
        return code
