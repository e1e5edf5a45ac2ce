"""Messages about a value in words the station can translate, without Qt (docs/operator.md,
"The interface's language").

A message is a `Said`: a `str` whose value is the English text (so tests, logs, recorded
warnings and every caller that reads it as text are unchanged) and that keeps its English
template and its arguments. Templates are marked with `QT_TRANSLATE_NOOP("keying", …)`, the
name `pyside6-lupdate` looks for, so `scripts/translations` extracts them from `forms/` into the
interface's `.ts` files beside the windows' strings. The station shows a message with
`spoken(text, translate, language)`: the template in the operator's language, its arguments
spoken the same way (a `Said` inside a `Said`, a label written per language).

A message about a number of things is a `Said` with a `number`: its template says the number
as `%n` and marks the English plural as `(s)` (Qt's convention: "%n document(s) drawn"), and
it is marked `plural.translate("keying", "…", None, 1)`: lupdate reads a `translate` call
whose fourth argument is a literal number as a message with plural forms (a variable there
makes an ordinary message, an expression none at all). Each language's `.ts` gives its own
forms (French one/other with 0 as one, Swahili one/other, Khmer and Lao one form: no
inflection); `counted(template, n, …)` makes the `Said`. English, the source language, is
said by `english`: "(s)" is "s" but for 1.
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
    number: int | None  # the number `%n` says, whose plural the template's words follow

    def __new__(cls, template: str, *args: Any, number: int | None = None) -> Said:
        english_text = template if number is None else english(template, number)
        text = super().__new__(cls, english_text.format(*args) if args else english_text)
        text.template = template
        text.args = args
        text.number = number
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (_said, (self.template, self.args, self.number))


def _said(template: str, args: tuple[Any, ...], number: int | None = None) -> Said:
    return Said(template, *args, number=number)


def english(template: str, count: int) -> str:
    """A template with `%n` and `(s)` in English for `count`: "1 document", "0 documents"."""
    return template.replace("(s)", "" if count == 1 else "s").replace("%n", str(count))


def say(template: str, *args: Any) -> Said:
    """The message `template` (marked with QT_TRANSLATE_NOOP) with its arguments."""
    return Said(template, *args)


class plural:
    """The marker of a message about n things (see the module's docstring)."""

    @staticmethod
    def translate(context: str, template: str, disambiguation: None = None, n: int = 1) -> str:
        """`template`, unchanged: `counted` says it for a number."""
        return template


def counted(template: str, n: int, *args: Any) -> Said:
    """The plural message `template` (marked with `plural.translate`) for `n` things (its
    `%n`), with its other arguments (`{0}`, `{1}`…)."""
    return Said(template, *args, number=n)


def spoken(text: Any, translate: Callable[..., str], language: str) -> str:
    """`text` in `language`: a `Said`'s template through `translate` (with its number, for a
    plural: `translate(template, n)`), its arguments spoken too; a label written per language
    in it (else its default text); anything else as str. A translation that breaks the
    template's placeholders falls back to the English one."""
    if isinstance(text, Said):
        args = [spoken(a, translate, language) for a in text.args]
        n = text.number
        template = text.template if n is None else english(text.template, n)
        if n is None:
            said = translate(text.template)
        else:
            said = translate(text.template, n)
            if language == "en" or said == text.template.replace("%n", str(n)):
                said = template  # English, or not translated: English's own plural
        if not args:
            return said
        try:
            return said.format(*args)
        except (IndexError, KeyError, ValueError):
            return template.format(*args)
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
