"""Type-aware normalization of one keyed value, by compare policy (see docs/reconcile.md).

A keyed value is first sorted into a *state*: not keyed (`""`, whitespace or missing),
blank on paper (`[blank]`), illegible (`[illegible]`) or a value. Not keyed and blank on
paper are the same state, NOTHING: both say there is nothing to key.

For a value, `Normalizer.key(text)` returns what two passes must share to agree, and
`display` the normalized text reported in the agreed values. Keys of different kinds never
compare equal (a `Decimal`, a `date`, a `str` or a tagged tuple), so a value that does not
parse is compared as text and can never equal a parsed one.

These functions run only when the two keyed strings differ (the caller's fast path handles
identical strings). What a value's key and display are is the field's compare policy's
business (`keying.reconcile.policies`, one module per policy), looked up once per field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from keying.forms.markers import BLANK_ON_PAPER, ILLEGIBLE
from keying.forms.types.boolean import yes_no
from keying.reconcile.policies import compare_policy
from keying.reconcile.policies._base import Policy, base, fold, nfc

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike

# States of a keyed value.
NOTHING = 0  # not keyed, or keyed as blank on paper
ILLEGIBLE_STATE = 1
VALUE = 2

_never = re.compile(r"(?!)").fullmatch  # a policy without a `canonical` pattern
_NOTHING_KEY = ("\x00nothing",)
_ILLEGIBLE_KEY = ("\x00illegible",)


def as_text(raw: Any) -> str:
    """A keyed value as a string: None → "", other JSON scalars → their text."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return yes_no(raw)
    return str(raw)


def keyed_values(keyed: Mapping[str, Any], names: tuple[str, ...]) -> list[Any]:
    """`[keyed.get(name) for name in names]`. Compiled (keying.native), a plain dict (what
    the CLI, the services and the tests pass) is read by direct lookups instead of a call of
    its bound `get` a name; any other mapping through its own `get`."""
    if type(keyed) is dict:
        return _dict_values(keyed, names)
    return [keyed.get(name) for name in names]


def _dict_values(keyed: dict[str, Any], names: tuple[str, ...]) -> list[Any]:
    return [keyed.get(name) for name in names]


def unkeyed_value(v: Any) -> bool:
    """A keyed value that is no value: missing or null, "" or spaces (a JSON number or
    true/false is a value)."""
    return v is None or (type(v) is str and not v.strip())


def all_same(texts: list[str]) -> bool:
    """No two of the texts differ (`len(set(texts)) <= 1`), without making the set."""
    return all(t == texts[0] for t in texts)


def state_of(text: str) -> int:
    s = text.strip()
    if not s or s == BLANK_ON_PAPER:
        return NOTHING
    if s == ILLEGIBLE:
        return ILLEGIBLE_STATE
    return VALUE


class Normalizer:
    """Key and display text of values of one field (scalar or column).

    The field's compare policy (`keying.reconcile.policies`) is looked up once, here, with
    its per-field data (`data`): the plan builds one Normalizer per field and column."""

    __slots__ = (
        "_key",
        "canonical",
        "data",
        "folds",
        "impl",
        "integer",
        "labels",
        "lookup",
        "policy",
        "required",
    )

    def __init__(self, field: FieldLike) -> None:
        self.required = field.required
        self.policy = field.compare_policy
        self.impl: Policy = compare_policy(self.policy)
        self.data: Any = self.impl.prepare(field)
        self._key = self.impl.key
        self.integer = field.kind.whole  # agreed in canonical text: `4.0` → `4`
        self.folds = self.impl.folds
        self.labels = field.choices or {}
        self.lookup = field.choice_lookup if self.labels else {}
        # `canonical(raw)` is a match (not None) only for a keyed text that is its own
        # normalized value (`display_one(raw) == raw`): a compiled pattern's fullmatch
        pattern = self.impl.canonical(self)
        self.canonical: Callable[[str], Any] = _never if pattern is None else pattern.fullmatch

    def label(self, raw: str) -> str | None:
        """The label of a choice code as keyed (`c4b4…` → `Sarasota`), or None."""
        if not self.labels:
            return None
        code = self.lookup.get(" ".join(raw.split()).casefold())
        return None if code is None else self.labels.get(code)

    # --- keys ------------------------------------------------------------------------

    def key(self, raw: str) -> Any:
        """What two passes must share to agree (raw is any keyed string)."""
        st = state_of(raw)
        if st == NOTHING:
            return _NOTHING_KEY
        if st == ILLEGIBLE_STATE:
            return _ILLEGIBLE_KEY
        return self._key(self, raw)

    def value_key(self, raw: str) -> Any:
        return self._key(self, raw)

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
        return self.impl.display(self, raws)

    def display_one(self, raw: str) -> str:
        """`display([raw])`, by the policy's path for one value (what identically keyed
        values take)."""
        st = state_of(raw)
        if st == VALUE:
            return self.impl.display_one(self, raw)
        if st == ILLEGIBLE_STATE:
            return ILLEGIBLE
        if self.required or raw.strip() == BLANK_ON_PAPER:
            return BLANK_ON_PAPER
        return ""

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
        return self.impl.parsed_text(self, raw)


# --- explanations of agreement ---------------------------------------------------------


def empty_reason(norm: Normalizer, passes: int) -> str:
    """Why every pass leaving the field empty is agreement."""
    every = "both" if passes == 2 else "all"
    if norm.required:
        return f"{every} empty: agreed on blank (nothing on paper)"
    return f"{every} empty (not keyed)"


def why_equal(norm: Normalizer, raws: list[str]) -> str:
    """How values that differ as keyed came to be equal: "equal after normalizing ..."."""
    states = [state_of(r) for r in raws]  # (lists and loops, compiled: no sets to make)
    if states and all(s == NOTHING for s in states):
        stripped = {r.strip() for r in raws}
        if stripped == {""}:
            return empty_reason(norm, len(raws))
        if stripped == {BLANK_ON_PAPER}:
            return "blank on paper"
        return "not keyed = blank on paper: nothing is written there"
    if states and all(s == ILLEGIBLE_STATE for s in states):
        return "illegible (equal after normalizing spaces)"
    reasons: list[str] = []
    cur = list(raws)
    nxt = [nfc(r) for r in cur]
    if nxt != cur:
        reasons.append("NFC")
    cur = nxt
    if not all_same(cur):
        nxt = (
            [" ".join(r.split()) for r in cur]
            if norm.impl.collapse_spaces
            else [r.strip() for r in cur]
        )
        if nxt != cur:
            reasons.append("spaces")
        cur = nxt
    if not all_same(cur) and norm.folds:
        nxt = [fold(r) for r in cur]
        if nxt != cur:
            reasons.append("zero-width spaces and soft hyphens")
        cur = nxt
    if not all_same(cur):
        reasons.extend(norm.impl.reasons(norm, cur))
    return "equal after normalizing " + ", ".join(reasons or ["the value"])
