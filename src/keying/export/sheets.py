"""The export as sheets: the records (one row per document), one long sheet per table field
(document, row, cells), and the data dictionary. Every writer but JSON writes these."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from keying.export.model import (
    Column,
    ExportRecord,
    provenance_names,
    scalar_columns,
    table_columns,
    table_fields,
)
from keying.export.typed import typed_value
from keying.forms.model import FieldDef, FormDefinition
from keying.forms.types import FieldType, field_type

RECORDS = "records"
DICTIONARY = "dictionary"


@dataclass(frozen=True)
class Variable:
    """One column of a sheet: its name, label and type (`text` or `integer` for the fixed
    columns, which have no definition)."""

    name: str
    label: str
    type: str
    definition: FieldDef | None = None

    @property
    def kind(self) -> FieldType:
        """The field type, which says how each format writes the column's values."""
        return field_type(self.type)


@dataclass
class Sheet:
    name: str
    variables: list[Variable]
    rows: list[list[Any]] = field(default_factory=list)


def _fixed(*names: tuple[str, str, str]) -> list[Variable]:
    return [Variable(n, label, t) for n, label, t in names]


def _var(column: Column) -> Variable:
    return Variable(column.name, column.label, column.type, column.definition)


def build_sheets(
    form: FormDefinition, records: Iterable[ExportRecord], provenance: bool
) -> tuple[Sheet, list[Sheet]]:
    """The records sheet and one sheet per table field, with typed values."""
    scalars = scalar_columns(form)
    tables = table_fields(form)
    variables = _fixed(("document", "Document reference", "text"), ("status", "Status", "text"))
    for column in scalars:
        variables.append(_var(column))
    if provenance:
        for name in [c.name for c in scalars] + [t.name for t in tables]:
            how, by = provenance_names(name)
            variables.append(Variable(how, f"{name}: how decided", "text"))
            variables.append(Variable(by, f"{name}: decided by", "text"))
    main = Sheet(RECORDS, variables)
    table_sheets = {
        t.name: Sheet(
            t.name,
            _fixed(("document", "Document reference", "text"), ("row", "Row", "integer"))
            + [_var(c) for c in table_columns(t)]
            + (_cell_provenance_variables(t) if provenance else []),
        )
        for t in tables
    }
    for record in records:
        row: list[Any] = [record.reference, record.status]
        row += [typed_value(c.definition, record.values.get(c.name)) for c in scalars]
        if provenance:
            for name in [c.name for c in scalars] + [t.name for t in tables]:
                p = record.provenance.get(name)
                row += [p.how if p else "", p.by if p else ""]
        main.rows.append(row)
        for t in tables:
            cells = table_columns(t)
            for n, cell_row in enumerate(record.values.get(t.name) or [], start=1):
                if not isinstance(cell_row, dict):
                    continue
                line = [record.reference, n]
                line += [typed_value(c.definition, cell_row.get(c.name)) for c in cells]
                if provenance:
                    line += _cell_provenance(record, t.name, n - 1, cells)
                table_sheets[t.name].rows.append(line)
    return main, list(table_sheets.values())


def _cell_provenance_variables(table: FieldDef) -> list[Variable]:
    """Per cell of a table's long sheet: `<column>_how`, `<column>_by`."""
    out = []
    for column in table_columns(table):
        how, by = provenance_names(column.name)
        out.append(Variable(how, f"{column.name}: how decided", "text"))
        out.append(Variable(by, f"{column.name}: decided by", "text"))
    return out


def _cell_provenance(
    record: ExportRecord, table: str, row: int, columns: list[Column]
) -> list[Any]:
    """The cells' provenance of one row; a record without cells' provenance gives its
    table's for every cell."""
    rows = record.cells.get(table) or []
    by_column = rows[row] if row < len(rows) else {}
    whole = record.provenance.get(table)
    out: list[Any] = []
    for column in columns:
        p = by_column.get(column.name, whole)
        out += [p.how if p else "", p.by if p else ""]
    return out


def dictionary_sheet(main: Sheet, tables: list[Sheet], numbered: bool) -> Sheet:
    """variable, sheet, label, type, codes (`CODE=label; ...`, with their numbers when the
    format stores codes as numbers)."""
    out = Sheet(
        DICTIONARY,
        _fixed(
            ("sheet", "Sheet or file", "text"),
            ("variable", "Variable", "text"),
            ("label", "Label", "text"),
            ("type", "Type", "text"),
            ("codes", "Codes", "text"),
        ),
    )
    for sheet in [main, *tables]:
        for v in sheet.variables:
            codes = v.kind.dictionary_codes(v.definition, numbered)
            out.rows.append([sheet.name, v.name, v.label, v.type, codes])
    return out
