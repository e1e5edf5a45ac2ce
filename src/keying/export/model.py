"""What an export holds: one record per document, its provenance, the form's columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from keying.forms.model import FieldDef, FormDefinition
from keying.forms.types import FieldType, field_type

FORMATS = ("csv", "xlsx", "json", "dta", "sav")


@dataclass(frozen=True)
class Provenance:
    """How one value was decided: `agreed` (the passes agreed), `A`, `B`, `C` (a supervisor
    took that pass), `new` (a supervisor keyed it), `illegible`, or `pending` (not decided
    yet); `by` is who: the keyers' logins for `agreed`, else the supervisor's."""

    how: str
    by: str = ""


@dataclass(frozen=True)
class ExportRecord:
    reference: str
    status: str  # final, or (with pending documents) discrepant, keying, flagged
    values: dict[str, Any]  # field → agreed/decided string (None: not decided); tables: rows
    provenance: dict[str, Provenance] = field(default_factory=dict)  # field → how decided
    # a table field → its rows (as in `values`) → column → how that cell was decided
    cells: dict[str, list[dict[str, Provenance]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Column:
    """One exported column (a scalar field, or a table's column in the table's file)."""

    name: str
    label: str
    type: str  # a name in keying.forms.types.TYPES, never a table
    definition: FieldDef

    @property
    def kind(self) -> FieldType:
        """The field type, which says how each format writes the column's values."""
        return field_type(self.type)


def scalar_columns(form: FormDefinition) -> list[Column]:
    return [Column(f.name, f.label, f.type, f) for f in form.fields if not f.kind.table]


def table_fields(form: FormDefinition) -> list[FieldDef]:
    return [f for f in form.fields if f.kind.table]


def table_columns(table: FieldDef) -> list[Column]:
    return [Column(c.name, c.label, c.type, c) for c in table.columns or []]


def provenance_names(name: str) -> tuple[str, str]:
    """The two provenance columns of a field: how it was decided, by whom."""
    return f"{name}_how", f"{name}_by"
