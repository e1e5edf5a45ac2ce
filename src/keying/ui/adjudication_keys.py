"""The adjudication screen's keys: what each does (the F1 list, in the operator's language)
and the key bar under the page. The screen (`adjudication_view.py`) makes its actions from
`key_entries`; the words are marked for translation here and translated where shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from keying.services import Decision
from keying.ui.decision_editor import ILLEGIBLE, NEW
from keying.ui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from keying.ui.adjudication_view import AdjudicationView

# The key bar's keys ({0}: " / C" when there is a pass C), translated where shown (key_bar).
KEYS = (
    QT_TRANSLATE_NOOP("keying", "A / B{0}: take that value"),
    QT_TRANSLATE_NOOP("keying", "N: new value"),
    QT_TRANSLATE_NOOP("keying", "I: illegible"),
    QT_TRANSLATE_NOOP("keying", "Ctrl+Z: undo"),
    QT_TRANSLATE_NOOP("keying", "Ctrl+B: send back for a third keying"),
    QT_TRANSLATE_NOOP("keying", "P: whole page"),
    QT_TRANSLATE_NOOP("keying", "F: this field across the batch"),
    QT_TRANSLATE_NOOP("keying", "M: minor flags in bulk"),
    QT_TRANSLATE_NOOP("keying", "Ctrl+M: minor first"),
    QT_TRANSLATE_NOOP("keying", "F1: keys"),
)
KEY_BAR_SHORT = QT_TRANSLATE_NOOP(
    "keying", "F1: every key (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)"
)


def key_bar(three: bool) -> str:
    """The keys in the interface's language. Each key's words stay on one line (no-break
    spaces); a narrow window wraps between keys."""
    c = "\u00a0/\u00a0C" if three else ""
    keys = [translate("keying", k).replace("{0}", c).replace(" ", "\u00a0") for k in KEYS]
    return "\u00a0\u00a0·   ".join(keys)


def key_entries(view: AdjudicationView) -> list[tuple[str, list[str], Callable[[], Any]]]:
    """Each key of the screen: its words (marked, not yet translated), its keys, its slot.
    F1 comes last (the screen keeps it on while a new value or a reason is typed)."""
    return [
        (
            QT_TRANSLATE_NOOP("keying", "Take A's value (a row: include or leave out as A)"),
            ["A"],
            lambda: view.take(Decision.A),
        ),
        (
            QT_TRANSLATE_NOOP("keying", "Take B's value (a row: include or leave out as B)"),
            ["B"],
            lambda: view.take(Decision.B),
        ),
        (
            QT_TRANSLATE_NOOP("keying", "Take C's value (three passes)"),
            ["C"],
            lambda: view.take(Decision.C),
        ),
        (
            QT_TRANSLATE_NOOP(
                "keying", "Type a new value (checked as keying does; F2/F3 markers allowed)"
            ),
            ["N"],
            lambda: view.ask(NEW),
        ),
        (
            QT_TRANSLATE_NOOP("keying", "Illegible (a reason may follow; Enter decides)"),
            ["I"],
            lambda: view.ask(ILLEGIBLE),
        ),
        (
            QT_TRANSLATE_NOOP("keying", "Undo the last decision of this document"),
            ["Ctrl+Z"],
            view.undo,
        ),
        (
            QT_TRANSLATE_NOOP(
                "keying", "Send the fields not decided back for a third keying (Enter confirms)"
            ),
            ["Ctrl+B"],
            view.ask_send_back,
        ),
        (
            QT_TRANSLATE_NOOP("keying", "Whole page / the field's zone"),
            ["P"],
            view.toggle_whole_page,
        ),
        (
            QT_TRANSLATE_NOOP("keying", "This field across the batch (same-field mode)"),
            ["F"],
            view.toggle_same_field,
        ),
        (
            QT_TRANSLATE_NOOP(
                "keying",
                "Minor flags of this field and kind in bulk (asks first; the same-field list)",
            ),
            ["M"],
            view.bulk_minor,
        ),
        (
            QT_TRANSLATE_NOOP(
                "keying", "Minor flags first (the same-field list: minor flags only)"
            ),
            ["Ctrl+M"],
            view.minor,
        ),
        (QT_TRANSLATE_NOOP("keying", "Keyboard help (this list)"), ["F1"], view.help.toggle),
    ]
