"""Keyed numbers, shared by the integer and decimal types (and the `number` policy)."""

from __future__ import annotations

import math
import random
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keying.forms.model import FieldDef

# 1,000 / 1,000.50 / 12.5 / -3 / .5 / 007 ; thousands separators must group by three.
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?")


def parse_number(text: str) -> Decimal | None:
    """Decimal value of a keyed number, or None. `1,000` = 1000, `007` = 7, `12.50` = 12.5."""
    s = text.strip()
    if not s or _NUMBER.fullmatch(s) is None or not any(ch.isdigit() for ch in s):
        return None
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        return None


def demo_range(field: FieldDef) -> tuple[float, float]:
    """The bounds of a demo number: `min`/`max`, else 0 to 999 above the minimum."""
    low = float(field.min) if isinstance(field.min, Decimal) else 0.0
    high = float(field.max) if isinstance(field.max, Decimal) else max(low, 0.0) + 999.0
    return low, high


def demo_integer(field: FieldDef, rng: random.Random) -> int:
    low, high = demo_range(field)
    return rng.randint(int(low), int(high))


def stored_numbers(values: list[Any]) -> list[float]:
    """A Stata/SPSS number column: numbers as floats (a yes/no as 1.0/0.0); missing, a
    marker or text: NaN."""
    return [float(v) if isinstance(v, int | Decimal | float) else math.nan for v in values]
