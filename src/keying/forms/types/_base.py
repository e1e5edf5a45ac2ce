"""What a field type is: the one class every module of `keying.forms.types` fills in.

A field type holds everything that depends on the `type:` of a field and nowhere else:
which definition keys it takes and how they are checked, how keyed text is parsed and
validated, its canonical text, the compare policies it allows (and its default), the hint
the operator sees, what the demo prints and keys, and how its values are written by each
export format (`keying.export`). The reconciler's policies live in
`keying.reconcile.policies`; the station's editors in `keying.ui.editors`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike
    from keying.forms.model import FieldDef

# Definition keys that belong to some types only (every other key is for every type).
TYPED_KEYS = (
    "format",
    "two_digit_year",
    "choices",
    "columns",
    "min_rows",
    "max_rows",
    "min",
    "max",
)

# How Stata and SPSS store a column: a number (missing: NaN), a date, a time of day (missing:
# None) or text (missing: "").
Storage = Literal["number", "date", "time", "text"]


class FieldType:
    """One field type. Subclasses set the class attributes and override what differs."""

    name: ClassVar[str]
    keys: ClassVar[frozenset[str]] = frozenset()  # which of TYPED_KEYS this type takes
    compare_default: ClassVar[str] = "text"
    compare_allowed: ClassVar[tuple[str, ...]] = ()
    bound: ClassVar[type | None] = None  # the Python type `min`/`max` must have
    bound_text: ClassVar[str] = ""  # how a bound is written, for the error
    table: ClassVar[bool] = False  # rows of cells, each cell of a column's type
    free_text: ClassVar[bool] = False  # any text is a value (names, words)
    whole: ClassVar[bool] = False  # values are whole numbers: agreed `4.0` is written `4`
    column_weight: ClassVar[float] = 1.0  # share of a table's width on demo scans
    description: ClassVar[str] = ""  # one line for docs and `keying form check`
    storage: ClassVar[Storage] = "text"  # a Stata/SPSS column of this type

    # --- the definition ----------------------------------------------------------------

    def check_definition(self, field: FieldDef) -> None:
        """Raise ValueError for what this type requires of a definition beyond its keys."""

    # --- keyed text ----------------------------------------------------------------------

    def parse(self, text: str, field: FieldDef) -> Any:
        """The typed value of keyed text (NFC, trimmed, not empty, not a marker), or None."""
        return text

    def error(self, field: FieldDef) -> str:
        """The hard error when `parse` gives None: what may be keyed."""
        return say(QT_TRANSLATE_NOOP("keying", "not a value of this field"))

    def problem(self, text: str, field: FieldDef) -> str | None:
        """Why `text`, written as this type asks, is still not a value (an impossible date),
        or None: then `error` says what to key."""
        return None

    def example(self, field: FieldDef) -> str | None:
        """A value valid for this field (in its range), as keyed; None: any text will do."""
        return None

    def canonical(self, value: Any, field: FieldDef) -> str:
        """The keyed text that stands for a typed value (what the station writes back)."""
        return str(value)

    def codes(self, field: FieldDef) -> dict[str, str] | None:
        """code → label for a field keyed as codes, else None."""
        return None

    def code_reader(self, field: FieldLike) -> Callable[[str], str | None] | None:
        """For a coded type: a function from trimmed, casefolded text to the code it is."""
        return None

    # --- the operator and the demo -------------------------------------------------------

    def hint(self, field: FieldDef) -> str:
        """One line under the field's instructions: what to key."""
        return say(QT_TRANSLATE_NOOP("keying", "Key exactly what is written."))

    def paper_hint(self, field: FieldDef) -> str | None:
        """Printed under the box on a demo scan (codes, the format), or None."""
        codes = self.codes(field)
        if codes:
            return "  ".join(f"{code} = {text}" for code, text in codes.items())
        return None

    def demo_value(self, field: FieldDef, rng: random.Random) -> Any:
        """A value that fits the field from its definition alone, as an operator keys it."""
        raise NotImplementedError(f"{self.name}: no demo value")

    # --- export (keying.export) -----------------------------------------------------------
    # Except in `stored_column`, `value` is what `keying.export.typed.typed_value` gives,
    # never None: this type's typed value (what `parse` returns), or text the type does not
    # read (a marker such as `[illegible]`, a stored value the form no longer accepts).
    # `field` is None for the export's own columns (document, status, row), text or integer.

    def export_text(self, value: Any, field: FieldDef | None) -> str:
        """The value in a CSV cell."""
        return str(value)

    def export_json(self, value: Any, field: FieldDef | None) -> Any:
        """The value in the JSON file: a str, int, float or bool."""
        return value

    def export_cell(self, value: Any, field: FieldDef | None) -> tuple[Any, str | None]:
        """The value of an XLSX cell and its number format (None: openpyxl's default)."""
        return value, None

    def stored_column(self, values: list[Any], field: FieldDef | None) -> list[Any]:
        """A Stata/SPSS column of this type's `storage` (one call per column, so a coded type
        numbers its codes once). Here `values` may hold None (missing); a value this type
        does not read is missing in a number, date or time column."""
        return ["" if v is None else str(v) for v in values]

    def value_labels(self, field: FieldDef | None) -> dict[float, str] | None:
        """Stata/SPSS value labels of a `number` column (stored code → label), or None."""
        return None

    def dictionary_codes(self, field: FieldDef | None, numbered: bool) -> str:
        """The codes column of the data dictionary: `CODE=label; …` (with the stored numbers
        when `numbered`, as in Stata and SPSS), or "" for a type without codes."""
        return ""

    def __repr__(self) -> str:
        return f"<field type {self.name}>"
