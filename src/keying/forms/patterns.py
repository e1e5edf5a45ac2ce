"""A field's `pattern` (a regular expression) in plain words, and a text that matches it.

Operators do not read regular expressions: a pattern error says what to type ("2 to 4
capital letters, then 6 digits") with an example made from the pattern itself. Only the
common pieces are put into words: literal text, character classes (capital letters, small
letters, letters, digits, spaces, listed characters), counts (`?`, `+`, `*`, `{n}`, `{n,m}`)
and the anchors `^` `$`; a pattern with anything else (groups, alternatives, look-arounds)
has no description (None), and its error relies on the example (or the form's `example:`).
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

from keying.forms.pattern_match import FormPattern
from keying.forms.wording import QT_TRANSLATE_NOOP, in_turn, one_of, say

# (first, last) code points → (singular, plural, sample characters)
# The words are messages (keying.forms.wording): equal to the English words, spoken in the
# operator's language by the station.
CAPITAL = (
    say(QT_TRANSLATE_NOOP("keying", "capital letter")),
    say(QT_TRANSLATE_NOOP("keying", "capital letters")),
)
SMALL = (
    say(QT_TRANSLATE_NOOP("keying", "small letter")),
    say(QT_TRANSLATE_NOOP("keying", "small letters")),
)
DIGIT = (say(QT_TRANSLATE_NOOP("keying", "digit")), say(QT_TRANSLATE_NOOP("keying", "digits")))
LETTER = (say(QT_TRANSLATE_NOOP("keying", "letter")), say(QT_TRANSLATE_NOOP("keying", "letters")))
SPACE = (say(QT_TRANSLATE_NOOP("keying", "space")), say(QT_TRANSLATE_NOOP("keying", "spaces")))
_RANGES = {
    (ord("A"), ord("Z")): (*CAPITAL, "ABCDEFGHIJ"),
    (ord("a"), ord("z")): (*SMALL, "abcdefghij"),
    (ord("0"), ord("9")): (*DIGIT, "1234567890"),
}
_SAMPLES = {
    "capital letter": "ABCDEFGHIJ",
    "small letter": "abcdefghij",
    "digit": "1234567890",
    "letter": "AbCdEfGhIj",
    "space": " ",
}


class _Unsupported(Exception):
    pass


def _class_parts(items: list[tuple[Any, Any]]) -> list[tuple[str, str, str]]:
    """(singular, plural, samples) of each part of a character class."""
    parts: list[tuple[str, str, str]] = []
    for op, arg in items:
        if op is c.RANGE and tuple(arg) in _RANGES:
            parts.append(_RANGES[tuple(arg)])
        elif op is c.LITERAL:
            ch = chr(arg)
            if ch == " ":
                parts.append((*SPACE, " "))
            else:
                parts.append((f"“{ch}”", f"“{ch}”", ch))
        elif op is c.CATEGORY and arg is c.CATEGORY_DIGIT:
            parts.append((*DIGIT, _SAMPLES["digit"]))
        elif op is c.CATEGORY and arg is c.CATEGORY_SPACE:
            parts.append((*SPACE, " "))
        else:
            raise _Unsupported
    if {p[0] for p in parts} >= {"capital letter", "small letter"}:
        parts = [p for p in parts if p[0] not in ("capital letter", "small letter")]
        parts.insert(0, (*LETTER, _SAMPLES["letter"]))
    return parts


def _unit(op: Any, arg: Any) -> tuple[str, str, str]:
    """One character's worth of pattern: (singular, plural, samples)."""
    if op is c.LITERAL:
        ch = chr(arg)
        return (f"“{ch}”", f"“{ch}”", ch)
    if op is c.IN:
        parts = _class_parts(list(arg))
        singular = one_of([p[0] for p in parts])
        plural = one_of([p[1] for p in parts])
        samples = "".join(p[2] for p in parts if p[0] != "space") or " "
        a = say(QT_TRANSLATE_NOOP("keying", "a {0}"), singular)
        return (a if parts[0][0][0] not in "“" else singular, plural, samples)
    if op is c.ANY:
        return (
            say(QT_TRANSLATE_NOOP("keying", "any character")),
            say(QT_TRANSLATE_NOOP("keying", "any characters")),
            "x",
        )
    raise _Unsupported


def _count(lo: int, hi: int, singular: str, plural: str) -> str:
    if (lo, hi) == (0, 1):
        return say(QT_TRANSLATE_NOOP("keying", "{0} if written"), singular)
    if hi is c.MAXREPEAT:
        if lo == 0:
            return say(QT_TRANSLATE_NOOP("keying", "any number of {0}"), plural)
        if lo == 1:
            return say(QT_TRANSLATE_NOOP("keying", "one or more {0}"), plural)
        return say(QT_TRANSLATE_NOOP("keying", "at least {0} {1}"), lo, plural)
    if lo == hi:
        return singular if lo == 1 else say(QT_TRANSLATE_NOOP("keying", "{0} {1}"), lo, plural)
    return say(QT_TRANSLATE_NOOP("keying", "{0} to {1} {2}"), lo, hi, plural)


def _walk(pattern: str, repeat: int = 3) -> tuple[list[str], str]:
    words: list[str] = []
    sample: list[str] = []
    literal = ""

    def flush() -> None:
        nonlocal literal
        if literal:
            words.append(f"“{literal}”")
            literal = ""

    for op, arg in sre.parse(pattern):
        if op is c.AT:
            continue
        if op is c.LITERAL:
            literal += chr(arg)
            sample.append(chr(arg))
            continue
        flush()
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = arg
            items = list(sub)
            if len(items) != 1:
                raise _Unsupported
            singular, plural, samples = _unit(*items[0])
            words.append(_count(lo, hi, singular, plural))
            n = lo if lo > 0 else (0 if hi == 1 else 1)
            if hi is not c.MAXREPEAT and lo == 0 and hi > 1:
                n = 1
            if hi is c.MAXREPEAT:
                n = max(lo, repeat)
            sample.append("".join(samples[i % len(samples)] for i in range(n)))
        else:
            singular, _, samples = _unit(op, arg)
            words.append(singular)
            sample.append(samples[0])
    flush()
    return words, "".join(sample)


def describe(pattern: str) -> str | None:
    """The pattern in words ("2 to 4 capital letters, then 6 digits"), or None."""
    try:
        words, _ = _walk(pattern)
    except (_Unsupported, re.error):
        return None
    return in_turn(words) if words else None


def example(pattern: str, max_length: int | None = None) -> str | None:
    """A text the pattern accepts (checked), at most `max_length` long, or None when none
    could be made."""
    for repeat in (3, 1):  # an open count (`+`, `*`) as 3 characters, else as few as it takes
        try:
            _, text = _walk(pattern, repeat)
        except (_Unsupported, re.error):
            return None
        text = text.strip()
        fits = max_length is None or len(text) <= max_length
        if text and fits and _matches(pattern, text):
            return text
    return None


def _matches(pattern: str, text: str) -> bool:
    """Checked by RE2, as keyed values are: Python's `re` can backtrack for minutes even on
    a pattern of counts alone (`^\\d*\\d*…\\d*$x` against its own sample)."""
    try:
        return FormPattern(pattern).search(text)
    except ValueError:  # not RE2 syntax: such a pattern is refused when the form loads
        return False
