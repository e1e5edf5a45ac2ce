"""`integer`: a whole number (`42`, `-3`, `007`, `1,000`); `min`/`max` warn."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from keying.forms.examples import with_example
from keying.forms.types._base import FieldType
from keying.forms.types._number import demo_integer, parse_number, stored_numbers
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.model import FieldDef


class IntegerType(FieldType):
    name = "integer"
    keys = frozenset({"min", "max"})
    compare_default = "number"
    compare_allowed = ("number", "exact", "text")
    bound = Decimal
    bound_text = "a number"
    description = "a whole number; commas must group by three"
    storage = "number"
    whole = True

    def parse(self, text: str, field: FieldDef) -> Any:
        number = parse_number(text)
        if number is None or number != number.to_integral_value():
            return None
        return int(number)

    def error(self, field: FieldDef) -> str:
        return with_example(say(QT_TRANSLATE_NOOP("keying", "a whole number")), field)

    def example(self, field: FieldDef) -> str | None:
        low, high = field.min, field.max
        for n in (42, 12, 5, 1, 0):
            if (low is None or n >= low) and (high is None or n <= high):  # type: ignore[operator]
                return str(n)
        return str(int(low if low is not None else high))  # type: ignore[arg-type]

    def hint(self, field: FieldDef) -> str:
        return say(QT_TRANSLATE_NOOP("keying", "A whole number."))

    def demo_value(self, field: FieldDef, rng: random.Random) -> str:
        return str(demo_integer(field, rng))

    def stored_column(self, values: list[Any], field: FieldDef | None) -> list[Any]:
        return stored_numbers(values)


FIELD_TYPE = IntegerType()
