"""The minor rules of a definition's `minor:` and which compare policy allows which: in a
module of their own, without pydantic, so that the reconciler reads them without loading
the definition's models (`keying reconcile` with a cached form, `compiled.py`); `model.py`
checks definitions against them."""

from __future__ import annotations

from typing import Literal

# The rules that make a discrepancy minor (docs/reconcile.md, "Minor differences").
MinorRule = Literal[
    "case_only", "punctuation_only", "name_separator", "abbreviation", "no_value_word"
]
MINOR_RULES: tuple[MinorRule, ...] = MinorRule.__args__  # type: ignore[attr-defined]
# Which minor rules each compare policy allows (a policy not named here gives no minor kinds):
# said in `keying.forms`, below the reconciler, so that a definition's `minor:` is checked
# when it loads; the reconciler's policies read their entry (`Policy.minor_kinds`).
MINOR_RULES_OF_POLICY: dict[str, frozenset[str]] = {
    "text": frozenset(MINOR_RULES) - {"name_separator"},  # separators only between names
    "name": frozenset(MINOR_RULES),
}
