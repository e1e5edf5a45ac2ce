"""Stata (.dta) and SPSS (.sav) through pyreadstat: numbers as numbers, dates as dates,
choice fields as numbered codes with value labels, booleans 1/0 labelled Yes/No, variable
labels from the form. Markers in numeric columns become missing values."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from keying.export.sheets import Sheet, Variable, code_numbers

STATA_LABEL_MAX = 80


def _numeric(value: Any) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | Decimal | float):
        return float(value)
    return math.nan  # missing, or a marker


def _column(v: Variable, values: list[Any]) -> tuple[list[Any], dict[float, str] | None]:
    if v.type in ("integer", "decimal"):
        return [_numeric(x) for x in values], None
    if v.type == "boolean":
        return [_numeric(x) for x in values], {1.0: "Yes", 0.0: "No"}
    if v.type == "choice" and v.definition is not None:
        numbers = code_numbers(v.definition)
        column = [float(numbers[x]) if x in numbers else math.nan for x in values]
        return column, {float(numbers[c]): label for c, label in v.codes.items()}
    if v.type == "date":
        return [x if isinstance(x, date) else None for x in values], None
    return ["" if x is None else str(x) for x in values], None


def write_stats(sheet: Sheet, path: Path, kind: str) -> None:
    import pandas as pd
    import pyreadstat

    data: dict[str, list[Any]] = {}
    labels: dict[str, dict[float, str]] = {}
    for i, v in enumerate(sheet.variables):
        column, value_labels = _column(v, [row[i] for row in sheet.rows])
        data[v.name] = column
        if value_labels:
            labels[v.name] = value_labels
    frame = pd.DataFrame(data, columns=[v.name for v in sheet.variables])
    for v in sheet.variables:  # an all-missing date column must still be a date column
        if v.type == "date":
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
