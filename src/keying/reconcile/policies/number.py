"""`number`: the numeric value (`1,000` = `1000.00`); agreed values keep the most decimals."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from keying.forms.types._number import parse_number
from keying.reconcile.policies._base import Policy, collapse, nfc

if TYPE_CHECKING:
    from keying.reconcile.normalize import Normalizer


# Numbers already in their agreed form (ASCII digits, no sign, no leading zero, no thousands
# separator): `display` gives them back as keyed. `str(Decimal)` writes `0.0000001` as `1E-7`,
# so below 1 at most six decimals take this path; an integer field's `4.0` becomes `4`.
_CANONICAL_INTEGER = re.compile(r"0|[1-9][0-9]*")
_CANONICAL_DECIMAL = re.compile(r"[1-9][0-9]*\.[0-9]+|0\.[0-9]{1,6}")
_CANONICAL_NUMBER = re.compile(r"0|[1-9][0-9]*|[1-9][0-9]*\.[0-9]+|0\.[0-9]{1,6}")


def _exponent(n: Decimal | None) -> int:
    assert n is not None
    exp = n.as_tuple().exponent
    return exp if isinstance(exp, int) else 0


class Number(Policy):
    name = "number"
    noun = "numbers"
    description = "the numeric value"

    def key(self, norm: Normalizer, raw: str) -> Any:
        number = parse_number(nfc(raw))
        return collapse(raw) if number is None else number

    def display(self, norm: Normalizer, raws: list[str]) -> str:
        numbers = [parse_number(nfc(r)) for r in raws]
        if any(n is None for n in numbers):
            return collapse(raws[0])
        number = min(numbers, key=_exponent)
        assert number is not None
        if number.is_zero():
            number = number.copy_abs()  # `-0` and `0` agree on `0`, whichever pass is A
        if norm.integer:
            whole = number.to_integral_value()
            if number == whole:
                # an integer field's canonical text: `4.0` → `4` (never through `int`:
                # Python refuses to write an int of more than 4,300 digits)
                return str(whole)
        return str(number)

    def display_one(self, norm: Normalizer, raw: str) -> str:
        if _CANONICAL_INTEGER.fullmatch(raw) is not None:
            return raw
        if not norm.integer and _CANONICAL_DECIMAL.fullmatch(raw) is not None:
            return raw
        return self.display(norm, [raw])

    def canonical(self, norm: Normalizer) -> re.Pattern[str]:
        return _CANONICAL_INTEGER if norm.integer else _CANONICAL_NUMBER

    def reasons(self, norm: Normalizer, texts: list[str]) -> list[str]:
        out = []
        if any("," in t for t in texts):
            out.append("thousands separators")
        bare = [t.replace(",", "") for t in texts]
        ints = [b.split(".")[0].lstrip("+-") for b in bare]
        if len(set(ints)) > 1:
            out.append("zero padding")
        fracs = [b.partition(".")[2] for b in bare]
        if len(set(fracs)) > 1:
            out.append("trailing zeros")
        if any(t.startswith("+") for t in texts):
            out.append("sign")
        return out or ["number format"]

    def parsed_text(self, norm: Normalizer, raw: str) -> str | None:
        n = parse_number(nfc(raw))
        return None if n is None else str(n)


POLICY = Number()
