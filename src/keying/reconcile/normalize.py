"""Type-aware normalization of one keyed value, by compare policy (see docs/reconcile.md).

A keyed value is first sorted into a *state*: not keyed (`""`, whitespace or missing),
blank on paper (`[blank]`), illegible (`[illegible]`) or a value. Not keyed and blank on
paper are the same state, NOTHING: both say there is nothing to key.

For a value, `Normalizer.key(text)` returns what two passes must share to agree, and
`display` the normalized text reported in the agreed values. Keys of different kinds never
compare equal (a `Decimal`, a `date`, a `str` or a tagged tuple), so a value that does not
parse is compared as text and can never equal a parsed one.

These functions run only when the two keyed strings differ (the caller's fast path handles
identical strings), so they reuse the parsers of `keying.forms.values` as they are.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from typing import Any

from keying.forms.dates import DateFormat, parse_in_formats
from keying.forms.model import FieldDef
from keying.forms.values import BLANK_ON_PAPER, ILLEGIBLE, parse_boolean, parse_number

# States of a keyed value.
NOTHING = 0  # not keyed, or keyed as blank on paper
ILLEGIBLE_STATE = 1
VALUE = 2

_NOTHING_KEY = ("\x00nothing",)
_ILLEGIBLE_KEY = ("\x00illegible",)


def as_text(raw: Any) -> str:
    """A keyed value as a string: None → "", other JSON scalars → their text."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return "Y" if raw else "N"
    return str(raw)


def nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def base(text: str) -> str:
    """NFC and trimmed: what every policy starts from, and what discrepancies show."""
    return nfc(text.strip())


def collapse(text: str) -> str:
    """NFC, trimmed, inner runs of whitespace made one space."""
    return " ".join(nfc(text).split())


def state_of(text: str) -> int:
    s = text.strip()
    if not s or s == BLANK_ON_PAPER:
        return NOTHING
    if s == ILLEGIBLE:
        return ILLEGIBLE_STATE
    return VALUE


class Normalizer:
    """Key and display text of values of one field (scalar or column)."""

    __slots__ = ("boolean", "formats", "lookup", "policy", "required")

    def __init__(self, field: FieldDef) -> None:
        self.required = field.required
        self.policy = field.compare_policy
        self.formats: tuple[DateFormat, ...] = field.date_formats if field.type == "date" else ()
        self.lookup = field.choice_lookup
        self.boolean = field.type == "boolean"

    # --- keys ------------------------------------------------------------------------

    def key(self, raw: str) -> Any:
        """What two passes must share to agree (raw is any keyed string)."""
        st = state_of(raw)
        if st == NOTHING:
            return _NOTHING_KEY
        if st == ILLEGIBLE_STATE:
            return _ILLEGIBLE_KEY
        return self.value_key(raw)

    def value_key(self, raw: str) -> Any:
        p = self.policy
        if p == "exact":
            return base(raw)
        if p in ("text", "name"):
            return collapse(raw)
        if p == "number":
            number = parse_number(nfc(raw))
            return collapse(raw) if number is None else number
        if p == "date":
            found = self.parse_date(raw)
            return collapse(raw) if found is None else found[1]
        # code
        folded = collapse(raw).casefold()
        if self.boolean:
            truth = parse_boolean(folded)
            if truth is not None:
                return ("\x00bool", truth)
        elif self.lookup:
            code = self.lookup.get(folded)
            if code is not None:
                return ("\x00code", code)
        return ("\x00text", folded)

    def parse_date(self, raw: str) -> tuple[int, date] | None:
        """(index of the format that fits, date), or None."""
        return parse_in_formats(nfc(raw), self.formats)

    # --- display -----------------------------------------------------------------------

    def display(self, raws: list[str]) -> str:
        """The normalized text of values that agree (one or more raw strings).

        Symmetric in its inputs: numbers keep the most decimals any pass keyed (`12.5` and
        `12.50` → `12.50`), dates are written in the first format of the field that any pass
        used, free text that differs only in letter case (code policy) takes the first in
        sort order.
        """
        first = raws[0]
        st = state_of(first)
        if st == ILLEGIBLE_STATE:
            return ILLEGIBLE
        if st == NOTHING:
            # A required field left empty by every pass is agreement on blank.
            if self.required or any(r.strip() == BLANK_ON_PAPER for r in raws):
                return BLANK_ON_PAPER
            return ""
        p = self.policy
        if p == "exact":
            return base(first)
        if p in ("text", "name"):
            return collapse(first)
        if p == "number":
            numbers = [parse_number(nfc(r)) for r in raws]
            if any(n is None for n in numbers):
                return collapse(first)
            return str(min(numbers, key=_exponent))
        if p == "date":
            found = [self.parse_date(r) for r in raws]
            if any(f is None for f in found):
                return collapse(first)
            index = min(f[0] for f in found if f is not None)
            assert found[0] is not None
            return self.formats[index].format(found[0][1])
        key = self.value_key(first)
        if key[0] == "\x00code":
            return str(key[1])
        if key[0] == "\x00bool":
            return "Y" if key[1] else "N"
        return min(collapse(r) for r in raws)

    def shown(self, raw: str) -> str:
        """How a discrepancy shows a keyed value: markers as such, values NFC and trimmed."""
        st = state_of(raw)
        if st == VALUE:
            return base(raw)
        if st == ILLEGIBLE_STATE:
            return ILLEGIBLE
        return raw.strip()

    def parsed_text(self, raw: str) -> str | None:
        """The parsed value as text, for explanations (`12.5`, `2021-04-03`), or None."""
        if self.policy == "number":
            n = parse_number(nfc(raw))
            return None if n is None else str(n)
        if self.policy == "date":
            found = self.parse_date(raw)
            return None if found is None else found[1].isoformat()
        return None


def _exponent(n: Decimal | None) -> int:
    assert n is not None
    exp = n.as_tuple().exponent
    return exp if isinstance(exp, int) else 0


# --- explanations of agreement ---------------------------------------------------------


def empty_reason(norm: Normalizer, passes: int) -> str:
    """Why every pass leaving the field empty is agreement."""
    every = "both" if passes == 2 else "all"
    if norm.required:
        return f"{every} empty: agreed on blank (nothing on paper)"
    return f"{every} empty (not keyed)"


def why_equal(norm: Normalizer, raws: list[str]) -> str:
    """How values that differ as keyed came to be equal: "equal after normalizing ..."."""
    states = {state_of(r) for r in raws}
    if states == {NOTHING}:
        stripped = {r.strip() for r in raws}
        if stripped == {""}:
            return empty_reason(norm, len(raws))
        if stripped == {BLANK_ON_PAPER}:
            return "blank on paper"
        return "not keyed = blank on paper: nothing is written there"
    if states == {ILLEGIBLE_STATE}:
        return "illegible (equal after normalizing spaces)"
    reasons: list[str] = []
    cur = list(raws)
    nxt = [nfc(r) for r in cur]
    if nxt != cur:
        reasons.append("NFC")
    cur = nxt
    if len(set(cur)) > 1:
        nxt = (
            [r.strip() for r in cur]
            if norm.policy == "exact"
            else [" ".join(r.split()) for r in cur]
        )
        if nxt != cur:
            reasons.append("spaces")
        cur = nxt
    if len(set(cur)) > 1:
        reasons.extend(_policy_reasons(norm, cur))
    return "equal after normalizing " + ", ".join(reasons or ["the value"])


def _policy_reasons(norm: Normalizer, texts: list[str]) -> list[str]:
    p = norm.policy
    if p == "number":
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
    if p == "date":
        found = [norm.parse_date(t) for t in texts]
        if len({f[0] for f in found if f is not None}) > 1:
            return ["date format"]
        return ["zero padding of the date"]
    if p == "code":
        return ["letter case"]
    return ["the value"]
