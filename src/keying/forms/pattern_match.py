"""A field's `pattern`: RE2 syntax, matched in time linear in the keyed text.

Python's `re` backtracks: `^(a+)+$` against 33 keyed characters runs for minutes, in the
station's UI thread and in the reconciler. Form patterns are compiled by RE2 (google-re2),
which never backtracks: a search costs time proportional to the text times the (bounded)
pattern. RE2 refuses what it cannot match in linear time (backreferences `\\1`, lookaround
`(?=...)`, possessive `a++`): such a pattern is refused when the definition is loaded, with
a message saying why. Differences from `re` worth knowing are in docs/forms.md ("Patterns").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from keying.forms.limits import MAX_PATTERN


@cache
def _re2() -> tuple[Any, Any]:
    """The re2 module and its options, imported when the first pattern is compiled (most
    commands and forms need none; the import costs some milliseconds at start-up)."""
    import re2

    options = re2.Options()
    options.log_errors = False  # RE2 would print each refused pattern on stderr
    options.max_mem = 8 << 20  # compiled program and match cache, per pattern
    return re2, options


# RE2's words for what it refuses → what the author of a definition should read.
_EXPLAIN = (
    ("invalid perl operator: (?=", "lookahead (?=...) is not supported"),
    ("invalid perl operator: (?!", "lookahead (?!...) is not supported"),
    ("invalid perl operator: (?<", "lookbehind (?<=...) is not supported"),
    ("invalid perl operator: (?>", "atomic groups (?>...) are not supported"),
    ("invalid escape sequence: \\1", "backreferences (\\1) are not supported"),
    ("bad repetition operator: ++", "possessive quantifiers (a++) are not supported"),
    ("bad repetition operator: *+", "possessive quantifiers (a*+) are not supported"),
    ("invalid repetition size", "a repetition {n} or {m,n} may count at most to 1000"),
    ("pattern too large", "the pattern is too large once its repetitions are expanded"),
)


# A counted repetition RE2 would read as literal text when its number is too large
# (`a{99999999999}` matches the characters "a{99999999999}"): refused like `a{1001}`.
_BIG_COUNT = re.compile(r"(?<!\\)\{\s*\d{4,}\s*(?:,\s*\d*\s*)?\}|(?<!\\)\{\s*\d+\s*,\s*\d{4,}\s*\}")


class FormPattern:
    """A compiled `pattern`; `search(text)` tells whether it matches anywhere in the text."""

    __slots__ = ("_regexp", "text")

    def __init__(self, text: str) -> None:
        if len(text) > MAX_PATTERN:
            raise ValueError(f"pattern is {len(text)} characters; at most {MAX_PATTERN}")
        big = _BIG_COUNT.search(text)
        if big is not None and max(map(int, re.findall(r"\d+", big.group()))) > 1000:
            raise ValueError(
                f"pattern: a repetition {{n}} or {{m,n}} may count at most to 1000, not "
                f"{big.group()} (patterns are RE2 syntax, matched in linear time)"
            )
        re2, options = _re2()
        try:
            self._regexp = re2.compile(text, options)
        except re2.error as exc:
            raise ValueError(f"pattern: {_explain(exc)}") from None
        self.text = text

    def search(self, text: str) -> bool:
        return self._regexp.search(text) is not None

    def __repr__(self) -> str:
        return f"FormPattern({self.text!r})"


def _explain(exc: Exception) -> str:
    detail = exc.args[0] if exc.args else ""
    if isinstance(detail, bytes):
        detail = detail.decode("utf-8", "replace")
    detail = str(detail)
    for words, meaning in _EXPLAIN:
        if detail.startswith(words):
            return f"{meaning} (patterns are RE2 syntax, matched in linear time)"
    return f"not a valid regular expression (RE2 syntax): {detail}"
