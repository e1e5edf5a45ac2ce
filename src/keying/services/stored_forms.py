"""Form definitions as stored (central database or workstation cache), parsed once each.

A definition stored by an older keying may break a check added since (issue 15: bounds,
patterns, definitions that cannot work). Reading it then raises `StoredFormRefused`, a
`FormDefinitionError` whose message names the form, its version and the problem in plain
words, on one line; each path that reads stored forms turns it into that message (the CLI:
one line and exit 1; the station and the supervisor desk: a notice, the documents of other
forms go on, and nothing keyed is touched). docs/reliability.md, "Bad form definitions".
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from keying.forms import FormDefinition, FormDefinitionError, parse_form
from keying.forms.loader import one_line

_NAME = re.compile(r"^form:[ \t]*['\"]?([^'\"#\r\n]*?)['\"]?[ \t]*(?:#.*)?$", re.MULTILINE)
_VERSION = re.compile(r"^version:[ \t]*['\"]?(\d{1,12})['\"]?[ \t]*(?:#.*)?$", re.MULTILINE)


class StoredFormRefused(FormDefinitionError):
    """A stored definition this version of keying refuses. `str()`: one plain line."""

    def __init__(self, name: str, version: str, error: FormDefinitionError) -> None:
        super().__init__(error.path, error.line, error.message)
        self.form_name = name
        self.version = version
        self.problem = f"line {error.line}: {error.message}"
        self.args = (self.plain(),)

    def plain(self) -> str:
        return (
            f"form {self.form_name} version {self.version} cannot be used: this version of "
            f"keying refuses its stored definition ({self.problem})"
        )

    def __str__(self) -> str:
        return self.plain()


def stored_name(text: str) -> tuple[str, str]:
    """The `form:` name and `version:` a stored definition gives (read without parsing it:
    it may be the very thing that cannot be parsed); "?" where the text has none."""
    name = _NAME.search(text)
    version = _VERSION.search(text)
    shown = one_line(name.group(1).strip(), 100) if name and name.group(1).strip() else "?"
    return shown, version.group(1) if version else "?"


@lru_cache(maxsize=64)
def parse_stored(text: str) -> FormDefinition:
    """The stored definition `text`, parsed; StoredFormRefused if it breaks a check."""
    try:
        return parse_form(text, f"<stored form {hashlib.sha256(text.encode()).hexdigest()[:8]}>")
    except FormDefinitionError as exc:
        raise StoredFormRefused(*stored_name(text), exc) from None
