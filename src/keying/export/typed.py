"""Keyed strings → typed values for export.

A final record holds each value as agreed or decided text (normalized by the reconciler).
It is parsed by its field's type (`check_value`, through the registry in `keying.forms.types`).
Exports carry the typed value: `int`, `Decimal`, `datetime.date`, `bool`, the choice code, or
the text. The markers `[illegible]` and `[blank]` stay as they are (text) where the format
can hold text in that column (CSV, XLSX, JSON); Stata and SPSS numeric columns get a missing
value for them. A value that is not decided (None) or not keyed ("") is missing.
"""

from __future__ import annotations

from typing import Any

from keying.forms.model import FieldDef
from keying.forms.values import MARKERS, check_value


def typed_value(field: FieldDef, raw: Any) -> Any:
    """The typed value, a marker string, or None (missing)."""
    if raw is None:
        return None
    text = str(raw)
    if text in MARKERS:
        return text
    if not text.strip():
        return None
    checked = check_value(field, text)
    if checked.error is not None or checked.value is None:
        return text  # a stored value the form no longer accepts is exported as it was
    return checked.value
