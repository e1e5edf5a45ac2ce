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

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from keying.forms.dates import parse_in_formats
from keying.forms.model import FieldDef, FormDefinition

ILLEGIBLE = "[illegible]"
BLANK_ON_PAPER = "[blank]"
MARKERS = (ILLEGIBLE, BLANK_ON_PAPER)

TRUE_WORDS = ("y", "yes", "1", "true", "t")
FALSE_WORDS = ("n", "no", "0", "false", "f")

# 1,000 / 1,000.50 / 12.5 / -3 / .5 / 007 ; thousands separators must group by three.
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?")


def is_marker(raw: str) -> bool:
    return raw in MARKERS


def is_empty(raw: str | None) -> bool:
    return raw is None or raw.strip() == ""


def parse_number(text: str) -> Decimal | None:
    """Decimal value of a keyed number, or None. `1,000` = 1000, `007` = 7, `12.50` = 12.5."""
    s = text.strip()
    if not s or _NUMBER.fullmatch(s) is None or not any(ch.isdigit() for ch in s):
        return None
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        return None


def parse_date(text: str, field: FieldDef) -> date | None:
    found = parse_in_formats(text, field.date_formats)
    return None if found is None else found[1]


def parse_choice(text: str, field: FieldDef) -> str | None:
    return field.choice_lookup.get(text.strip().casefold())


def parse_boolean(text: str) -> bool | None:
    s = text.strip().casefold()
    if s in TRUE_WORDS:
        return True
    if s in FALSE_WORDS:
        return False
    return None


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
        return Checked(None, error=f"at most {field.max_length} characters")
    t = field.type
    value: Any
    if t == "text":
        value = text
    elif t == "integer":
        number = parse_number(text)
        if number is None or number != number.to_integral_value():
            return Checked(None, error="a whole number, for example 42")
        value = int(number)
    elif t == "decimal":
        value = parse_number(text)
        if value is None:
            return Checked(None, error="a number, for example 1250.50")
    elif t == "date":
        value = parse_date(text, field)
        if value is None:
            fmts = [f.text for f in field.date_formats]
            return Checked(None, error=f"a date as {' or '.join(fmts)}")
    elif t == "choice":
        value = parse_choice(text, field)
        if value is None:
            codes = ", ".join(field.choices or {})
            return Checked(None, error=f"one of the codes {codes}")
    elif t == "boolean":
        value = parse_boolean(text)
        if value is None:
            return Checked(None, error="Y or N")
    else:
        raise ValueError(f"{field.name} is a table: check its cells")
    pattern = field.compiled_pattern
    if pattern is not None and pattern.search(text) is None:
        return Checked(None, error=f"does not match the pattern {field.pattern}")
    warning = _range_warning(field, value)
    return Checked(value, warning=warning)


def _range_warning(field: FieldDef, value: Any) -> str | None:
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
        return f"below the minimum {low}"
    if high is not None and v > high:
        return f"above the maximum {high}"
    return None


def missing_required(field: FieldDef, raw: str | list[Any] | None) -> bool:
    """A required field that was left empty (the blank key was not pressed)."""
    if not field.required:
        return False
    if field.type == "table":
        return raw is None
    return isinstance(raw, str | None) and is_empty(raw)


def typed_values(form: FormDefinition, values: Mapping[str, Any]) -> dict[str, Any]:
    """Keyed strings → typed values for rules (None for empty, markers or errors)."""
    out: dict[str, Any] = {}
    for field in form.fields:
        raw = values.get(field.name)
        if field.type == "table":
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
