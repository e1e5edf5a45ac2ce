"""Stata (.dta) and SPSS (.sav) through pyreadstat. Each column is stored as its field type
says (`FieldType.storage`, `stored_column`, `value_labels` in keying.forms.types): numbers as
numbers, dates as dates, choice fields as numbered codes with value labels, booleans 1/0
labelled Yes/No; variable labels from the form. Markers in numeric columns become missing
values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from keying.export.sheets import Sheet

STATA_LABEL_MAX = 80


def write_stats(sheet: Sheet, path: Path, kind: str) -> None:
    import pandas as pd
    import pyreadstat

    data: dict[str, list[Any]] = {}
    labels: dict[str, dict[float, str]] = {}
    for i, v in enumerate(sheet.variables):
        field_type = v.kind
        data[v.name] = field_type.stored_column([row[i] for row in sheet.rows], v.definition)
        value_labels = field_type.value_labels(v.definition)
        if value_labels:
            labels[v.name] = value_labels
    frame = pd.DataFrame(data, columns=[v.name for v in sheet.variables])
    for v in sheet.variables:  # an all-missing date column must still be a date column
        if v.kind.storage in ("date", "time"):
            frame[v.name] = frame[v.name].astype(object)
    column_labels: dict[str, str | None] = {
        v.name: v.label[:STATA_LABEL_MAX] for v in sheet.variables
    }
    if kind == "dta":
        pyreadstat.write_dta(
            frame, str(path), column_labels=column_labels, variable_value_labels=labels
        )
    else:
        pyreadstat.write_sav(
            frame, str(path), column_labels=column_labels, variable_value_labels=labels
        )
