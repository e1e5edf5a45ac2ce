"""The rules a finished keying obeys, as the operator station applies them, for keyings
that come from elsewhere (`keying pass import`, gold values). The station's own rules are in
`keying.forms.entry`; this applies them to a whole document at once.

- Only the form's fields; a field hidden by its `show_if` is not keyed.
- A scalar field's value is keyed text (a JSON string; null means not keyed), committed as
  the station commits it (`entry.commit`: a code completed from its unique beginning, yes/no
  written Y or N; a type or format error refuses it, a range warning does not).
- A required field is keyed or marked (`[blank]`, `[illegible]`); in a table, a cell is
  required only in a row that has something keyed, and empty rows are dropped
  (`entry.first_problem`).
- Cross-field checks are soft: their failures are returned, to be recorded with the keying.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from keying.forms.entry import Keyed, commit, first_problem
from keying.forms.model import FieldDef, FormDefinition
from keying.forms.values import CheckFailure, check_value, run_checks
from keying.forms.values import visible_fields as shown_fields


class KeyingRefused(ValueError):
    """The values break a rule the station enforces; the message names the field."""


def _text(field: str, raw: Any) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise KeyingRefused(f"{field}: a value is keyed text (a JSON string), not {raw!r}")
    return raw


def _scalar(field: FieldDef, raw: Any, where: str) -> str:
    """The value as the station commits it, or KeyingRefused."""
    text = _text(where, raw)
    outcome = commit(field, text)
    if not outcome.accepted:
        raise KeyingRefused(f"{where}: {text!r} is not {_error(field, text)}")
    problem = first_problem([Keyed(where, field, outcome.text)])
    if problem is not None:
        raise KeyingRefused(f"{where} is required: key it, or [blank] / [illegible]")
    return outcome.text


def _error(field: FieldDef, text: str) -> str:
    return check_value(field, text).error or "valid"


def _table(field: FieldDef, raw: Any) -> list[dict[str, str]]:
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise KeyingRefused(f"{field.name}: a table is a list of rows (JSON objects)")
    columns = {c.name: c for c in field.columns or []}
    rows: list[dict[str, str]] = []
    for i, row in enumerate(raw, start=1):
        if not isinstance(row, Mapping):
            raise KeyingRefused(f"{field.name} row {i}: a row is a JSON object")
        unknown = sorted(set(row) - set(columns))
        if unknown:
            raise KeyingRefused(f"{field.name} row {i}: no column {unknown[0]!r}")
        cells = {name: _text(f"{field.name}[{i}].{name}", row.get(name)) for name in columns}
        if all(not v.strip() for v in cells.values()):
            continue  # an empty row is not keyed (the station drops it too)
        for name, column in columns.items():
            _scalar(column, cells[name], f"{field.name}[{i}].{name}")
        rows.append(cells)
    return rows


def finished_values(
    form: FormDefinition, values: Mapping[str, Any]
) -> tuple[dict[str, Any], list[CheckFailure]]:
    """The values as the station would store them, and the failing checks; or KeyingRefused."""
    names = {f.name for f in form.fields}
    unknown = [k for k in values if k not in names]
    if unknown:
        raise KeyingRefused(f"the form has no field {unknown[0]!r}")
    shown = {f.name for f in shown_fields(form, values)}
    out: dict[str, Any] = {}
    for field in form.fields:
        raw = values.get(field.name)
        if field.name not in shown:
            empty = raw is None or raw == "" or raw == []
            if not empty:
                raise KeyingRefused(f"{field.name} is not shown for these values (show_if)")
            continue
        if field.kind.table:
            out[field.name] = _table(field, raw)  # missing: no rows, as the station gives
        else:
            out[field.name] = _scalar(field, raw, field.name)
    return out, run_checks(form, out)
