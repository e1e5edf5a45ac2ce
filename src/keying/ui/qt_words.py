"""Qt's own words on the dialogs' buttons (OK, Cancel, …), for the interface's translations.

Qt names a standard button of a `QDialogButtonBox` (and so of `QMessageBox` and `QInputDialog`)
with `QCoreApplication.translate("QPlatformTheme", …)`, and ships no Khmer, Lao or Swahili
translation of them. Marked here in Qt's own context, `pyside6-lupdate` puts them into the
interface's `.ts` files beside the windows' strings, so the one translator the station installs
(keying.ui.language) names the buttons too; nothing imports this module.
"""

from __future__ import annotations

from keying.ui.language import QT_TRANSLATE_NOOP

CONTEXT = "QPlatformTheme"  # Qt's context for the standard buttons (qplatformtheme.cpp)
BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
)
