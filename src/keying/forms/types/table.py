"""`table`: rows of cells; each column is a field of any other type (without a zone)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from keying.forms.types._base import FieldType
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.model import FieldDef


class TableType(FieldType):
    name = "table"
    keys = frozenset({"columns", "min_rows", "max_rows"})
    table = True
    description = "rows of cells, each cell checked by its column"

    def check_definition(self, field: FieldDef) -> None:
        if not field.columns:
            raise ValueError("a table field needs columns: [...]")
        for key in ("pattern", "max_length"):
            if getattr(field, key) is not None:
                raise ValueError(f"{key} is not for a table: give it to a column")
        low, high = field.min_rows, field.max_rows
        if low is not None and high is not None and low > high:
            raise ValueError(f"min_rows ({low}) is greater than max_rows ({high})")
        names = [c.name for c in field.columns]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate column name(s): {', '.join(dupes)}")
        for col in field.columns:
            if col.kind.table:
                raise ValueError(f"column {col.name!r}: a table cannot hold a table")
            if col.zone is not None:
                raise ValueError(f"column {col.name!r}: zones belong to the table field")
            if col.show_if is not None:
                raise ValueError(
                    f"column {col.name!r}: show_if is not for columns (every cell of a row is "
                    "keyed); give it to the table field"
                )

    def parse(self, text: str, field: FieldDef) -> Any:
        raise ValueError(f"{field.name} is a table: check its cells")

    def hint(self, field: FieldDef) -> str:
        return say(
            QT_TRANSLATE_NOOP("keying", "One row per written line; each cell as its column says.")
        )

    def demo_value(self, field: FieldDef, rng: random.Random) -> list[dict[str, Any]]:
        low = field.min_rows or 1
        high = max(low, min(field.max_rows or 5, 5))
        return [
            {col.name: col.kind.demo_value(col, rng) for col in field.columns or []}
            for _ in range(rng.randint(low, high))
        ]


FIELD_TYPE = TableType()
