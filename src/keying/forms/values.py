"""Typed parsing and validation of keyed values.

Keyed values are strings, exactly as typed. Two markers are values of their own:
`ILLEGIBLE` (the operator cannot read it) and `BLANK_ON_PAPER` (nothing is written there).
An empty string means "not keyed"; a required field may not stay empty: the operator keys
the value or presses the blank key.

`check_value` splits problems the way the operator station needs them:
- `error` (hard): the text is not of the field's type or format; the operator stays in the field.
- `warning` (soft): out of range; shown and recorded, never blocking.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from keying.forms.examples import with_example
from keying.forms.markers import BLANK_ON_PAPER, ILLEGIBLE, MARKERS
from keying.forms.patterns import describe
from keying.forms.types._number import parse_number
from keying.forms.types.boolean import FALSE_WORDS, TRUE_WORDS, parse_boolean
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.model import FieldDef, FormDefinition

__all__ = [
    "BLANK_ON_PAPER",
    "FALSE_WORDS",
    "ILLEGIBLE",
    "MARKERS",
    "TRUE_WORDS",
    "CheckFailure",
    "Checked",
    "check_value",
    "is_empty",
    "is_marker",
    "missing_required",
    "parse_boolean",
    "parse_number",
    "run_checks",
    "typed_values",
    "visible_fields",
]


def is_marker(raw: str) -> bool:
    return raw in MARKERS


def is_empty(raw: str | None) -> bool:
    return raw is None or raw.strip() == ""


@dataclass(frozen=True)
class Checked:
    """The outcome of checking one keyed value."""

    value: Any  # typed value; None when empty, a marker, or in error
    error: str | None = None
    warning: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def check_value(field: FieldDef, raw: str) -> Checked:
    """Check one keyed scalar value against its field definition."""
    if raw in MARKERS:
        return Checked(None)
    if is_empty(raw):
        return Checked(None)
    text = unicodedata.normalize("NFC", raw).strip()
    if field.max_length is not None and len(text) > field.max_length:
        return Checked(
            None,
            error=say(
                QT_TRANSLATE_NOOP("keying", "too long: at most {0} characters (this is {1})"),
                field.max_length,
                len(text),
            ),
        )
    kind = field.kind
    if kind.table:
        raise ValueError(f"{field.name} is a table: check its cells")
    value = kind.parse(text, field)
    if value is None:
        return Checked(None, error=kind.problem(text, field) or kind.error(field))
    pattern = field.compiled_pattern
    if pattern is not None and not pattern.search(text):
        return Checked(None, error=pattern_error(field))
    warning = range_warning(field, value)
    return Checked(value, warning=warning)


def pattern_error(field: FieldDef) -> str:
    """What to key in a field whose pattern a value does not match, in words, never the
    regular expression itself."""
    described = describe(field.pattern or "")
    text = (
        say(QT_TRANSLATE_NOOP("keying", "write it as {0}"), described)
        if described
        else say(QT_TRANSLATE_NOOP("keying", "not written as this field asks"))
    )
    return with_example(text, field)


def range_warning(field: FieldDef, value: Any) -> str | None:
    low, high = field.min, field.max
    if low is None and high is None:
        return None
    if isinstance(value, int | Decimal):
        v: Any = Decimal(value)
    elif isinstance(value, date):
        v = value
    else:
        return None
    if low is not None and v < low:
        return say(QT_TRANSLATE_NOOP("keying", "below the minimum {0}"), _as_keyed(field, low))
    if high is not None and v > high:
        return say(QT_TRANSLATE_NOOP("keying", "above the maximum {0}"), _as_keyed(field, high))
    return None


def _as_keyed(field: FieldDef, bound: Decimal | date) -> str:
    """A bound as the operator keys it: a date in the field's (first) format."""
    if isinstance(bound, date) and field.date_formats:
        return field.date_formats[0].format(bound)
    return str(bound)


def missing_required(field: FieldDef, raw: str | list[Any] | None) -> bool:
    """A required field that was left empty (the blank key was not pressed)."""
    if not field.required:
        return False
    if field.is_table:
        return raw is None
    return isinstance(raw, str | None) and is_empty(raw)


def typed_values(form: FormDefinition, values: Mapping[str, Any]) -> dict[str, Any]:
    """Keyed strings → typed values for rules (None for empty, markers or errors)."""
    out: dict[str, Any] = {}
    for field in form.fields:
        raw = values.get(field.name)
        if field.is_table:
            rows = raw if isinstance(raw, list) else []
            out[field.name] = [
                {
                    col.name: check_value(col, str(row.get(col.name) or "")).value
                    for col in field.columns or []
                }
                for row in rows
                if isinstance(row, Mapping)
            ]
        else:
            out[field.name] = check_value(field, raw).value if isinstance(raw, str) else None
    return out


@dataclass(frozen=True)
class CheckFailure:
    name: str
    message: str
    fields: tuple[str, ...]


def run_checks(form: FormDefinition, values: Mapping[str, Any]) -> list[CheckFailure]:
    """The cross-field checks that fail (unknown results do not fail)."""
    typed = typed_values(form, values)
    failures = []
    for check in form.checks:
        if check.compiled.evaluate(typed) is False:
            refs = tuple(dict.fromkeys(r.split(".")[0] for r in check.compiled.references))
            failures.append(CheckFailure(check.name, check.message, refs))
    return failures


def visible_fields(form: FormDefinition, values: Mapping[str, Any]) -> list[FieldDef]:
    """The fields shown for these values (`show_if` false or unknown hides a field)."""
    typed = typed_values(form, values)
    return [f for f in form.fields if f.show_rule is None or f.show_rule.evaluate(typed) is True]
