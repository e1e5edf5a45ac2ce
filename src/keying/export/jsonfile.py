"""JSON: one file with the batch, the data dictionary and every record (tables nested)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from keying.export.model import ExportRecord, table_fields
from keying.export.typed import typed_value
from keying.forms.model import FieldDef, FormDefinition


def _json(field: FieldDef, raw: Any) -> Any:
    """The JSON value, as the field's type says (dates as ISO text, decimals as numbers)."""
    value = typed_value(field, raw)
    return None if value is None else field.kind.export_json(value, field)


def dictionary(form: FormDefinition) -> list[dict[str, Any]]:
    def entry(f: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"name": f.name, "label": f.label, "type": f.type}
        if f.choices:
            out["codes"] = dict(f.choices)
        if f.kind.table:
            out["columns"] = [entry(c) for c in f.columns or []]
        return out

    return [entry(f) for f in form.fields]


def write_json(
    form: FormDefinition,
    batch: str,
    records: list[ExportRecord],
    provenance: bool,
    path: Path,
) -> None:
    tables = {t.name: t for t in table_fields(form)}
    fields = {f.name: f for f in form.fields}
    out_records = []
    for record in records:
        values: dict[str, Any] = {}
        for name, f in fields.items():
            raw = record.values.get(name)
            if name in tables:
                values[name] = [
                    {c.name: _json(c, r.get(c.name)) for c in f.columns or []}
                    for r in (raw or [])
                    if isinstance(r, dict)
                ]
            else:
                values[name] = _json(f, raw)
        item: dict[str, Any] = {
            "document": record.reference,
            "status": record.status,
            "values": values,
        }
        if provenance:
            item["provenance"] = {
                name: {"how": p.how, "by": p.by} for name, p in record.provenance.items()
            }
            item["cell_provenance"] = {
                name: [
                    {column: {"how": p.how, "by": p.by} for column, p in row.items()}
                    for row in rows
                ]
                for name, rows in record.cells.items()
            }
        out_records.append(item)
    document = {
        "batch": batch,
        "form": {"name": form.form, "version": form.version, "title": form.title},
        "dictionary": dictionary(form),
        "records": out_records,
    }
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
