"""The keys of the entry form, as actions: the one table of them the help overlay (F1) lists.

Enter, Tab, Shift+Tab and the arrows are handled by the editors themselves (they are only
listed); the others are shortcuts of the form and its children.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from keying.forms import BLANK_ON_PAPER, ILLEGIBLE
from keying.ui.language import QT_TRANSLATE_NOOP, keep, translate

if TYPE_CHECKING:
    from keying.ui.entry_form import EntryForm

HELP_GROUP = QT_TRANSLATE_NOOP("keying", "Entry form")


def form_keys(form: EntryForm) -> list[QAction]:
    # (text, keys, slot): slot None = keys the editors handle themselves (listed only).
    entries: list[tuple[str, list[str], Callable[[], Any] | None]] = [
        (translate("keying", "Next field (checks this one)"), ["Enter", "Tab"], None),
        (translate("keying", "Previous field"), ["Shift+Tab"], None),
        (
            translate("keying", "Previous / next field; in a table the row above / below"),
            ["Up", "Down"],
            None,
        ),
        (
            translate("keying", "Illegible: the value cannot be read"),
            ["F2"],
            lambda: form.key_marker(ILLEGIBLE),
        ),
        (
            translate("keying", "Blank on paper: nothing is written"),
            ["F3"],
            lambda: form.key_marker(BLANK_ON_PAPER),
        ),
        (
            translate("keying", "Finish the document (runs the checks)"),
            ["F12", "Ctrl+Return", "Ctrl+Enter"],
            form.finish,
        ),
        (translate("keying", "Add a table row below"), ["Ctrl+Ins"], form.add_row),
        (translate("keying", "Remove this table row"), ["Ctrl+Del"], form.remove_row),
        (translate("keying", "Keyboard help (this list)"), ["F1"], form.help.toggle),
    ]
    actions = []
    for text, keys, slot in entries:
        action = keep(QAction(form), text, translate("keying", HELP_GROUP))
        if slot is None:
            action.setProperty("help_keys", ", ".join(keys))
        else:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
        actions.append(action)
    return actions
