"""Messages about a value in words the station can translate, without Qt (docs/operator.md,
"The interface's language").

A message is a `Said`: a `str` whose value is the English text (so tests, logs, recorded
warnings and every caller that reads it as text are unchanged) and that keeps its English
template and its arguments. Templates are marked with `QT_TRANSLATE_NOOP("keying", …)`, the
name `pyside6-lupdate` looks for, so `scripts/translations` extracts them from `forms/` into the
interface's `.ts` files beside the windows' strings. The station shows a message with
`spoken(text, translate, language)`: the template in the operator's language, its arguments
spoken the same way (a `Said` inside a `Said`, a label written per language).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from keying.forms.local_text import in_language

CONTEXT = "keying"  # the interface's one translation context (keying.ui.language.CONTEXT)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation where it is defined; it is translated where it is shown."""
    return text


class Said(str):
    """An English message (`template` with `{0}`, `{1}`… filled by `args`) that can be spoken
    in another language."""

    template: str
    args: tuple[Any, ...]

    def __new__(cls, template: str, *args: Any) -> Said:
        text = super().__new__(cls, template.format(*args) if args else template)
        text.template = template
        text.args = args
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (_said, (self.template, self.args))


def _said(template: str, args: tuple[Any, ...]) -> Said:
    return Said(template, *args)


def say(template: str, *args: Any) -> Said:
    """The message `template` (marked with QT_TRANSLATE_NOOP) with its arguments."""
    return Said(template, *args)


def spoken(text: Any, translate: Callable[[str], str], language: str) -> str:
    """`text` in `language`: a `Said`'s template through `translate`, its arguments spoken
    too; a label written per language in it (else its default text); anything else as str.
    A translation that breaks the template's placeholders falls back to the English one."""
    if isinstance(text, Said):
        args = [spoken(a, translate, language) for a in text.args]
        if not args:
            return translate(text.template)
        try:
            return translate(text.template).format(*args)
        except (IndexError, KeyError, ValueError):
            return text.template.format(*args)
    if isinstance(text, str):
        return in_language(text, language) or ""
    return str(text)


def one_of(items: list[Any]) -> Any:
    """ "a or b or c", each "or" translatable; the one item alone; "" for none."""
    return _fold(QT_TRANSLATE_NOOP("keying", "{0} or {1}"), items)


def in_turn(items: list[Any]) -> Any:
    """ "a, then b, then c" (the parts of a pattern in order); the one item alone."""
    return _fold(QT_TRANSLATE_NOOP("keying", "{0}, then {1}"), items)


def listed(items: list[Any]) -> Any:
    """ "a, b, c" (a list of labels), each label spoken in the operator's language."""
    return _fold(QT_TRANSLATE_NOOP("keying", "{0}, {1}"), items)


def _fold(template: str, items: list[Any]) -> Any:
    if not items:
        return ""
    out = items[0]
    for item in items[1:]:
        out = say(template, out, item)
    return out
