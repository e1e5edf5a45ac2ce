"""Reconciliation: compare two (or three) independent keyings of a document.

Pure functions, no I/O and no Qt. A material disagreement is always a discrepancy for a
person; normalization (by each field's compare policy) only decides what is *not* a
disagreement. See docs/reconcile.md.

    from keying.reconcile import reconcile
    result = reconcile(form, a, b)          # or reconcile(form, a, b, c) for three passes
    result.status, result.values, result.discrepancies, result.explanations
    result.to_json("D-17")
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from keying import native

# before any of this package's modules: the compiled ones if they match their sources
native.install()

from keying.reconcile.classify import KINDS, named_marks, visible_spans  # noqa: E402
from keying.reconcile.normalize import Normalizer  # noqa: E402
from keying.reconcile.plan import plan_for  # noqa: E402
from keying.reconcile.result import Discrepancy, Reconciliation  # noqa: E402

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike, FormLike

__all__ = [
    "KINDS",
    "Discrepancy",
    "Reconciliation",
    "named_marks",
    "reconcile",
    "same_value",
    "visible_spans",
]


def reconcile(
    form: FormLike,
    a: Mapping[str, Any],
    b: Mapping[str, Any],
    c: Mapping[str, Any] | None = None,
) -> Reconciliation:
    """Reconcile the keyed values of one document: passes A and B, and C as a tie-break.

    Keyed values map field names to strings as keyed ("" or a missing key: not keyed;
    `[illegible]`, `[blank]` markers); a table is a list of row objects (column → string).
    """
    plan = plan_for(form)
    if c is None:
        return plan.reconcile2(a, b)
    return plan.reconcile3(a, b, c)


def same_value(field: FieldLike, a: str, b: str) -> bool:
    """Two keyed values of a field agree after normalization by its compare policy: exactly
    the reconciler's rule (dependent verification asks about what would be a discrepancy)."""
    if a == b:
        return True
    norm = Normalizer(field)
    return bool(norm.key(a) == norm.key(b))
