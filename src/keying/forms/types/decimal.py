"""`decimal`: a number with an optional decimal point (`1250.50`, `1,250.50`, `.5`)."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from keying.forms.examples import with_example
from keying.forms.types._base import FieldType
from keying.forms.types._number import demo_range, parse_number, stored_numbers
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.model import FieldDef


class DecimalType(FieldType):
    name = "decimal"
    keys = frozenset({"min", "max"})
    compare_default = "number"
    compare_allowed = ("number", "exact", "text")
    bound = Decimal
    bound_text = "a number"
    description = "a number, no currency sign"
    storage = "number"

    def parse(self, text: str, field: FieldDef) -> Any:
        return parse_number(text)

    def error(self, field: FieldDef) -> str:
        return with_example(say(QT_TRANSLATE_NOOP("keying", "a number")), field)

    def example(self, field: FieldDef) -> str | None:
        low, high = field.min, field.max
        for text in ("1250.50", "42.50", "12.50", "1.50", "0.50"):
            n = Decimal(text)
            if (low is None or n >= low) and (high is None or n <= high):  # type: ignore[operator]
                return text
        bound = low if low is not None else high
        return f"{Decimal(str(bound)):.2f}"

    def hint(self, field: FieldDef) -> str:
        return say(QT_TRANSLATE_NOOP("keying", "A number; a decimal point, no currency sign."))

    def demo_value(self, field: FieldDef, rng: random.Random) -> str:
        low, high = demo_range(field)
        return f"{rng.uniform(low, high):.2f}"

    def export_text(self, value: Any, field: FieldDef | None) -> str:
        return format(value, "f") if isinstance(value, Decimal) else str(value)

    def export_json(self, value: Any, field: FieldDef | None) -> Any:
        """A JSON number: an int when whole (`12`), else a float (`12.5`)."""
        if not isinstance(value, Decimal):
            return value
        return int(value) if value == value.to_integral_value() else float(value)

    def stored_column(self, values: list[Any], field: FieldDef | None) -> list[Any]:
        return stored_numbers(values)


FIELD_TYPE = DecimalType()
