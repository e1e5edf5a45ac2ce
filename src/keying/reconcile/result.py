"""The outcome of reconciling one document: agreed values, discrepancies, explanations.

`values` and `explanations` are built on first use: the reconciler records only what it had
to decide (fields whose keyed strings differ); a field keyed identically by every pass takes
its normalized value and the explanation "identical" when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from itertools import compress, repeat
from operator import call, is_
from typing import TYPE_CHECKING, Any

from keying.reconcile.payload import AGREED, DISCREPANT

if TYPE_CHECKING:
    from keying.reconcile.fields import Cell
    from keying.reconcile.payload import DiscrepancyJson, ReconciliationJson, Severity, Status
    from keying.reconcile.plan import FormPlan


class Pending:
    """An agreed value (and its explanation) whose normalized text is made when read."""

    __slots__ = ("cell", "decided", "texts")

    def __init__(self, cell: Cell, texts: list[str]) -> None:
        self.cell = cell
        self.texts = texts
        self.decided: tuple[str, str] | None = None

    def _agreed(self) -> tuple[str, str]:
        if self.decided is None:  # value and reason come together: made once
            self.decided = self.cell.agreed(self.texts)
        return self.decided

    def value(self) -> str:
        if self.decided is None and len(self.texts) == 1:
            # a cell keyed identically (in a table that differs): its value alone
            return self.cell.identical_value(self.texts[0])
        return self._agreed()[0]

    def reason(self) -> str:
        return self._agreed()[1]


def resolve_value(v: Any) -> Any:
    return v.value() if isinstance(v, Pending) else v


def resolve_reason(v: Any) -> Any:
    return v.reason() if isinstance(v, Pending) else v


@dataclass(slots=True)
class Discrepancy:
    """One disagreement for a person: a field, a table cell or a table row."""

    field: str
    row_a: int | None
    row_b: int | None
    column: str | None
    a: str | None
    b: str | None
    kind: str
    similarity: float
    spans_a: list[list[int]]
    spans_b: list[list[int]]
    explanation: str
    c: str | None = None  # pass 3's value, when there are three passes
    row_c: int | None = None
    passes: list[str] = _field(default_factory=list)  # three passes: which disagree
    # Tables: the row's index in the agreed table (`values[field]`), where a decision on this
    # cell or row goes in the final record. Not part of `to_json`.
    row: int | None = None
    # (cell, keyed texts) whose minor kind is not yet decided: decided when first read, like
    # the agreed values, so `reconcile` itself only decides agreement and discrepancies.
    minor_of: Any = _field(default=None, repr=False, compare=False)
    _minor: str | None = _field(default=None, repr=False, compare=False)

    @property
    def minor_kind(self) -> str | None:
        """Why this is the same content written differently (keying.reconcile.minor), or
        None: a material difference."""
        if self.minor_of is not None:
            cell, texts = self.minor_of
            self._minor = cell.minor_kind(texts)
            self.minor_of = None
        return self._minor

    @property
    def severity(self) -> Severity:
        """`minor` (same content, another form) or `material`."""
        return "material" if self.minor_kind is None else "minor"

    def to_json(self, three: bool = False) -> DiscrepancyJson:
        out: DiscrepancyJson = {
            "field": self.field,
            "row_a": self.row_a,
            "row_b": self.row_b,
            "column": self.column,
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "severity": self.severity,
            "minor_kind": self.minor_kind,
            "similarity": self.similarity,
            "spans_a": self.spans_a,
            "spans_b": self.spans_b,
            "explanation": self.explanation,
        }
        if three:
            out["c"] = self.c
            out["row_c"] = self.row_c
            out["passes"] = self.passes
        return out


def _remembered(
    names: tuple[str, ...],
    memos: tuple[Callable[[Any], Any], ...],
    make: tuple[Callable[[Any], Any], ...],
    raws: list[Any],
    skip: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Field → what `make[i](raws[i])` gives, looked up first in each field's memo (`memos`,
    bound `dict.get`s: C loops for the common case of a remembered value). Fields in `skip`
    (decided by the reconciliation, filled in by the caller) are not made."""
    try:
        found = list(map(call, memos, raws))
    except TypeError:  # a keyed value that cannot be a key (a list where a scalar belongs)
        found = [None] * len(raws)
    out = dict(zip(names, found, strict=True))
    if None in found:
        for i in compress(range(len(found)), map(is_, found, repeat(None))):
            name = names[i]
            if skip is None or name not in skip:
                out[name] = make[i](raws[i])
    return out


_IDENTICAL = repeat("identical")


class Reconciliation:
    """What `reconcile` returns. `status`, `values`, `discrepancies`, `explanations`."""

    __slots__ = (
        "_explanations",
        "_values",
        "decided",
        "discrepancies",
        "dissent",
        "keyings",
        "plan",
        "reasons",
    )

    def __init__(
        self,
        plan: FormPlan,
        keyings: tuple[Mapping[str, Any], ...],
        decided: dict[str, Any] | None,
        reasons: dict[str, Any] | None,
        discrepancies: list[Discrepancy],
        dissent: dict[str, list[str]] | None,
    ) -> None:
        self.plan = plan
        self.keyings = keyings
        self.decided = decided  # field → agreed value (None if disputed), for decided fields
        self.reasons = reasons  # explanation key → explanation, for decided fields and cells
        self.discrepancies = discrepancies
        self.dissent = dissent  # three passes: explanation key → the passes outvoted
        self._values: dict[str, Any] | None = None
        self._explanations: dict[str, str] | None = None

    @property
    def status(self) -> Status:
        return DISCREPANT if self.discrepancies else AGREED

    @property
    def three(self) -> bool:
        return len(self.keyings) == 3

    @property
    def values(self) -> dict[str, Any]:
        """Agreed values in normalized form; None where disputed (cells of tables too)."""
        if self._values is None:
            plan = self.plan
            decided = self.decided
            raws = list(map(self.keyings[0].get, plan.names))
            out = _remembered(plan.names, plan.value_memos, plan.value_fns, raws, decided)
            if decided:
                finishers = plan.finishers
                for name, v in decided.items():
                    out[name] = finishers[name](v)
            self._values = out
        return self._values

    @property
    def explanations(self) -> dict[str, str]:
        """How each field was decided: field name (and `field[row].column` for table cells
        that needed more than identity) → text."""
        if self._explanations is None:
            plan = self.plan
            n = len(self.keyings) - 2
            reasons = self.reasons
            get = self.keyings[0].get
            try:
                scalars: list[Any] = list(map(get, plan.cell_names))
                trimmed = list(map(str.strip, scalars))
            except TypeError:  # a scalar missing or not a string: the memos' path
                raws = list(map(get, plan.names))
                out = _remembered(plan.names, plan.why_memos[n], plan.why_fns[n], raws, reasons)
            else:
                # every scalar a string: what `Cell.identical_reason` says, by C loops
                out = dict.fromkeys(plan.names)  # in the form's order
                marks = plan.why_marks[n]
                whys = map(dict.get, marks, trimmed, _IDENTICAL)
                out.update(zip(plan.cell_names, whys, strict=True))
                for name, table in plan.table_units:
                    if reasons is None or name not in reasons:
                        out[name] = table.identical_reason(get(name), n + 2)
            if reasons:
                for key, why in reasons.items():
                    out[key] = resolve_reason(why)
            self._explanations = out
        return self._explanations

    def to_json(self, document_id: str) -> ReconciliationJson:
        three = self.three
        out: ReconciliationJson = {
            "document": document_id,
            "status": self.status,
            "values": self.values,
            "discrepancies": [d.to_json(three) for d in self.discrepancies],
            "explanations": self.explanations,
        }
        if three:
            out["dissent"] = dict(self.dissent or {})
        return out
