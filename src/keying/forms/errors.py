"""The error of a definition that cannot be used, in a module of its own: `keying reconcile`
catches it without importing the loader (pydantic) when its form is cached (`compiled.py`)."""

from __future__ import annotations

import re

MAX_MESSAGE = 300  # characters of an error's message; longer ones are cut with "…"
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str, limit: int | None = None) -> str:
    """`text` on one line: control characters and line breaks written as escapes."""
    text = _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


class FormDefinitionError(ValueError):
    """A definition that cannot be used. `str()` is `file:line: message`, on one line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        message = one_line(message, MAX_MESSAGE)
        super().__init__(f"{one_line(path)}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message
