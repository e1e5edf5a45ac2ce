"""Every registered field type exports in every format and reads back: what each format holds
is what the type says (`FieldType.export_text`, `export_json`, `export_cell`, `storage`,
`stored_column`, `value_labels`, `dictionary_codes`), so a new type needs nothing in
`keying.export`. Also: a marker stays text where the format can hold text, and is missing
in a Stata/SPSS number, date or time column."""

from __future__ import annotations

import csv
import json
import math
import random
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from keying.export import FORMATS, ExportRecord, write_export
from keying.forms import ILLEGIBLE, parse_form
from keying.forms.model import FieldDef, FormDefinition
from keying.forms.types import TYPES
from keying.forms.values import check_value

SCALARS = sorted(name for name, kind in TYPES.items() if not kind.table)
# What a definition must say for some keys of TYPED_KEYS (keyed by the key, not the type, so
# a new type built from these keys needs no change here).
REQUIRED = {"format": "format: DD/MM/YYYY", "choices": "choices: {A: Apple, '7': Seven}"}


def _field(name: str, kind: str, indent: str) -> str:
    extra = [REQUIRED[k] for k in sorted(TYPES[kind].keys) if k in REQUIRED]
    keys = ", ".join([f"name: {name}", f"label: {name.title()}", f"type: {kind}", *extra])
    return f"{indent}- {{{keys}, required: false}}\n"


def _form() -> FormDefinition:
    text = "form: every_type\ntitle: Every type\nversion: 1\nfields:\n"
    text += "".join(_field(f"f_{k}", k, "  ") for k in SCALARS)
    text += "  - name: items\n    label: Items\n    type: table\n    required: false\n"
    text += "    columns:\n" + "".join(_field(f"c_{k}", k, "      ") for k in SCALARS)
    return parse_form(text)


FORM = _form()
TABLE = FORM.field("items")
COLUMNS = {c.name: c for c in TABLE.columns or []}


def _keyed() -> tuple[dict[str, str], dict[str, str]]:
    """A demo value of every field and column, as keyed (what a final record holds)."""
    rng = random.Random(9)
    scalars = {f"f_{k}": TYPES[k].demo_value(FORM.field(f"f_{k}"), rng) for k in SCALARS}
    cells = {f"c_{k}": TYPES[k].demo_value(COLUMNS[f"c_{k}"], rng) for k in SCALARS}
    return scalars, cells


SCALAR_VALUES, CELL_VALUES = _keyed()
MARKED = {f"f_{k}": ILLEGIBLE for k in SCALARS}


def _typed(field: FieldDef, text: str) -> Any:
    checked = check_value(field, text)
    assert checked.error is None and checked.value is not None, (field.name, text)
    return checked.value


def _records() -> list[ExportRecord]:
    return [
        ExportRecord("D1", "final", {**SCALAR_VALUES, "items": [CELL_VALUES]}),
        ExportRecord("D2", "final", {**MARKED, "items": []}),
    ]


def _export(tmp_path: Path, fmt: str) -> Path:
    out = tmp_path / f"out.{fmt}"
    files = write_export(FORM, "B", _records(), fmt, out)
    assert out in files
    return out


def test_the_form_has_every_registered_type() -> None:
    assert {f.type for f in FORM.fields} == set(TYPES)
    assert "time" in SCALARS and len(SCALARS) == len(TYPES) - 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_type_exports_in_every_format_and_reads_back(tmp_path: Path, fmt: str) -> None:
    out = _export(tmp_path, fmt)
    record, marked, row = READ[fmt](out)
    for name, text in SCALAR_VALUES.items():
        field = FORM.field(name)
        _check(fmt, field, record[name], _typed(field, text))
        _check_marker(fmt, field, marked[name])
    for name, text in CELL_VALUES.items():
        column = COLUMNS[name]
        _check(fmt, column, row[name], _typed(column, text))


def _check(fmt: str, field: FieldDef, read: Any, typed: Any) -> None:
    kind = field.kind
    where = (fmt, field.name, read, typed)
    if fmt == "csv":
        assert read == kind.export_text(typed, field), where
    elif fmt == "json":
        assert read == kind.export_json(typed, field), where
    elif fmt == "xlsx":
        value, _ = kind.export_cell(typed, field)
        assert _same(read, value), where
    else:
        stored = kind.stored_column([typed], field)[0]
        assert _same(read, stored), where


def _check_marker(fmt: str, field: FieldDef, read: Any) -> None:
    if fmt in ("dta", "sav") and field.kind.storage != "text":
        assert read is None or (isinstance(read, float) and math.isnan(read)), (fmt, read)
    else:
        assert read == ILLEGIBLE, (fmt, field.name, read)


def _same(read: Any, expected: Any) -> bool:
    """A value read back from XLSX, Stata or SPSS against the one written: readers give floats
    for numbers and datetimes for dates."""
    if isinstance(expected, bool) or isinstance(read, bool):
        return bool(read) == bool(expected) and isinstance(read, bool | int | float)
    if isinstance(expected, int | float | Decimal):
        return isinstance(read, int | float) and float(read) == float(expected)
    if isinstance(expected, date) and isinstance(read, datetime):
        return read.date() == expected and read.time() == time(0)
    return bool(read == expected)


Row = dict[str, Any]


def _read_csv(out: Path) -> tuple[Row, Row, Row]:
    def rows(path: Path) -> list[Row]:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))

    records = rows(out)
    (cells,) = rows(out.with_name("out_items.csv"))
    dictionary = {r["variable"]: r for r in rows(out.with_name("out.dictionary.csv"))}
    for name in [*SCALAR_VALUES, *CELL_VALUES]:
        field = FORM.field(name) if name in SCALAR_VALUES else COLUMNS[name]
        assert dictionary[name]["type"] == field.type
        assert dictionary[name]["codes"] == field.kind.dictionary_codes(field, False)
    return records[0], records[1], cells


def _read_json(out: Path) -> tuple[Row, Row, Row]:
    document = json.loads(out.read_text(encoding="utf-8"))
    first, second = (r["values"] for r in document["records"])
    assert [e["type"] for e in document["dictionary"]] == [f.type for f in FORM.fields]
    return first, second, first["items"][0]


def _read_xlsx(out: Path) -> tuple[Row, Row, Row]:
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)

    def rows(sheet: str) -> list[Row]:
        header, *body = book[sheet].iter_rows(values_only=True)
        return [dict(zip(header, r, strict=True)) for r in body]

    records, cells = rows("records"), rows("items")
    return records[0], records[1], cells[0]


def _read_stats(out: Path) -> tuple[Row, Row, Row]:
    import pyreadstat

    read = pyreadstat.read_dta if out.suffix == ".dta" else pyreadstat.read_sav
    frame, meta = read(str(out))
    records = frame.to_dict("records")
    for name in SCALAR_VALUES:
        field = FORM.field(name)
        labels = field.kind.value_labels(field)
        assert meta.variable_value_labels.get(name) == (labels or None), name
    cells = read(str(out.with_name(f"out_items{out.suffix}")))[0].to_dict("records")
    return records[0], records[1], cells[0]


READ = {"csv": _read_csv, "json": _read_json, "xlsx": _read_xlsx}
READ |= {"dta": _read_stats, "sav": _read_stats}


def test_a_time_is_written_as_a_time_in_every_format(tmp_path: Path) -> None:
    """The type `time` added nothing to keying.export, and each format still holds a time."""
    keyed = SCALAR_VALUES["f_time"]
    hour, minute = (int(p) for p in keyed.split(":"))
    assert _read_csv(_export(tmp_path, "csv"))[0]["f_time"] == f"{hour:02d}:{minute:02d}"
    assert _read_json(_export(tmp_path, "json"))[0]["f_time"] == f"{hour:02d}:{minute:02d}"
    assert _read_xlsx(_export(tmp_path, "xlsx"))[0]["f_time"] == time(hour, minute)
    for fmt in ("dta", "sav"):
        assert _read_stats(_export(tmp_path, fmt))[0]["f_time"] == time(hour, minute)
