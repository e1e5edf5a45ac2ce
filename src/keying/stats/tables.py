"""The figures as rows (column → value) and those rows as a readable table or CSV: what
`keying stats` prints and the dashboard exports. Column names are the figures' names in
docs/statistics.md."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from keying.stats.fields import FieldFigures
from keying.stats.keyers import KeyerFigures
from keying.stats.quality import BatchQuality

Value = int | float | str | None
Row = dict[str, Value]


def _r(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def keyer_rows(keyers: Sequence[KeyerFigures], by_day: bool = False) -> list[Row]:
    rows: list[Row] = []
    for k in keyers:
        low, high = k.errors_interval
        row: Row = {"day": k.day.isoformat() if k.day else ""} if by_day else {}
        row.update(
            {
                "keyer": k.login,
                "documents": k.documents,
                "fields": k.fields,
                "errors": k.errors,
                "errors_per_1000": _r(k.errors_per_1000, 2),
                "errors_per_1000_low": _r(low, 2),
                "errors_per_1000_high": _r(high, 2),
                "keystrokes_per_hour": _r(k.keystrokes_per_hour, 0),
                "fields_per_hour": _r(k.fields_per_hour, 0),
                "seconds_per_document": _r(k.seconds_per_document, 1),
                "hours": _r(k.hours, 3),
                "keystrokes": k.keystrokes,
                "corrections": k.corrections,
                "re_entered": k.re_entered,
                "pauses": k.pauses,
            }
        )
        rows.append(row)
    return rows


def field_rows(fields: Sequence[FieldFigures]) -> list[Row]:
    return [
        {
            "field": f.field,
            "documents": f.documents,
            "discrepant_documents": f.discrepant_documents,
            "discrepancy_rate": _r(f.discrepancy_rate, 4),
            "discrepancies": f.discrepancies,
            "minor": f.minor,
            "material": f.material,
            "minor_share": _r(f.minor_share, 4),
            "errors": f.errors,
            "error_rate": _r(f.error_rate, 4),
        }
        for f in fields
    ]


def batch_rows(q: BatchQuality) -> list[Row]:
    """The batch's figures as (figure, value) rows."""
    p = q.progress
    items: list[tuple[str, Value]] = [
        ("documents", p.documents),
        ("withdrawn", p.withdrawn),
        ("keyed_once", p.keyed_once),
        ("keyed_twice", p.keyed_twice),
        ("adjudicated", p.adjudicated),
        ("final", p.final),
        ("fields_compared", q.fields),
        ("discrepancies", q.discrepancies),
        ("discrepancy_rate", round(q.discrepancy_rate, 4)),
        ("material", q.severities["material"]),
        ("minor", q.severities["minor"]),
    ]
    items += [(f"decided_{kind}", n) for kind, n in sorted(q.decisions.items())]
    items += [
        ("residual_fields", round(q.residual_fields, 4)),
        ("residual_per_1000", round(q.residual_per_1000, 4)),
    ]
    return [{"figure": name, "value": value} for name, value in items]


def _text(value: Value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        if value.is_integer() and abs(value) >= 100:
            return f"{value:,.0f}"
        return f"{value:,.{4 if abs(value) < 1 else 2}f}"
    return str(value)


def as_table(rows: Sequence[Row]) -> str:
    """Aligned columns: text to the left, numbers to the right."""
    if not rows:
        return "(nothing yet)\n"
    columns = list(rows[0])
    cells = [[_text(r.get(c)) for c in columns] for r in rows]
    numeric = [all(isinstance(r.get(c), int | float | None) for r in rows) for c in columns]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    return "\n".join([line(columns), *(line(r) for r in cells)]) + "\n"


def as_csv(rows: Sequence[Row]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in rows)
    return out.getvalue()
