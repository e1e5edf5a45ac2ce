"""The outcome of reconciling one document: agreed values, discrepancies, explanations.

`values` and `explanations` are built on first use: the reconciler records only what it had
to decide (fields whose keyed strings differ); a field keyed identically by every pass takes
its normalized value and the explanation "identical" when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import compress, repeat
from operator import call, is_
from typing import TYPE_CHECKING, Any

from keying.reconcile.normalize import keyed_values
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


class Discrepancy:
    """One disagreement for a person: a field, a table cell or a table row.

    The description (`a`, `b`, `kind`, `similarity`, `spans_a`, `spans_b`, `explanation`)
    may be made when first read: `Unclassified` (unclassified.py) records the cell and its
    two keyed texts in `_of`, and the first read or write of any of these properties makes
    them all (`describe`). A plain class, not a dataclass, so that mypyc compiles it
    (keying.native): the properties are the only way in, compiled or not."""

    __slots__ = (
        "_a",
        "_b",
        "_explanation",
        "_kind",
        "_minor",
        "_of",
        "_similarity",
        "_spans_a",
        "_spans_b",
        "c",
        "column",
        "field",
        "minor_of",
        "passes",
        "row",
        "row_a",
        "row_b",
        "row_c",
    )

    def __init__(
        self,
        field: str,
        row_a: int | None,
        row_b: int | None,
        column: str | None,
        a: str | None,
        b: str | None,
        kind: str,
        similarity: float,
        spans_a: list[list[int]],
        spans_b: list[list[int]],
        explanation: str,
        c: str | None = None,  # pass 3's value, when there are three passes
        row_c: int | None = None,
        passes: list[str] | None = None,  # three passes: which disagree
        # Tables: the row's index in the agreed table (`values[field]`), where a decision on
        # this cell or row goes in the final record. Not part of `to_json`.
        row: int | None = None,
        # (cell, keyed texts) whose minor kind is not yet decided: decided when first read,
        # like the agreed values, so `reconcile` itself only decides agreement and
        # discrepancies.
        minor_of: Any = None,
        _minor: str | None = None,
    ) -> None:
        # (cell, ta, tb) until described (`Unclassified`)
        self._of: tuple[Cell, str, str] | None = None
        self.field = field
        self.row_a = row_a
        self.row_b = row_b
        self.column = column
        self._a = a
        self._b = b
        self._kind = kind
        self._similarity = similarity
        self._spans_a = spans_a
        self._spans_b = spans_b
        self._explanation = explanation
        self.c = c
        self.row_c = row_c
        self.passes = [] if passes is None else passes
        self.row = row
        self.minor_of = minor_of
        self._minor = _minor

    def describe(self) -> None:
        """Make the description now if it waits (`Unclassified`); once."""
        of = self._of
        if of is not None:
            self._of = None
            cell, ta, tb = of
            a, b, kind, sim, spans_a, spans_b, expl = cell.describe(ta, tb)
            self._a = a
            self._b = b
            self._kind = kind
            self._similarity = sim
            self._spans_a = spans_a
            self._spans_b = spans_b
            self._explanation = expl

    @property
    def a(self) -> str | None:
        if self._of is not None:
            self.describe()
        return self._a

    @a.setter
    def a(self, value: str | None) -> None:
        if self._of is not None:
            self.describe()  # (made later, it would overwrite the value set)
        self._a = value

    @property
    def b(self) -> str | None:
        if self._of is not None:
            self.describe()
        return self._b

    @b.setter
    def b(self, value: str | None) -> None:
        if self._of is not None:
            self.describe()
        self._b = value

    @property
    def kind(self) -> str:
        if self._of is not None:
            self.describe()
        return self._kind

    @kind.setter
    def kind(self, value: str) -> None:
        if self._of is not None:
            self.describe()
        self._kind = value

    @property
    def similarity(self) -> float:
        if self._of is not None:
            self.describe()
        return self._similarity

    @similarity.setter
    def similarity(self, value: float) -> None:
        if self._of is not None:
            self.describe()
        self._similarity = value

    @property
    def spans_a(self) -> list[list[int]]:
        if self._of is not None:
            self.describe()
        return self._spans_a

    @spans_a.setter
    def spans_a(self, value: list[list[int]]) -> None:
        if self._of is not None:
            self.describe()
        self._spans_a = value

    @property
    def spans_b(self) -> list[list[int]]:
        if self._of is not None:
            self.describe()
        return self._spans_b

    @spans_b.setter
    def spans_b(self, value: list[list[int]]) -> None:
        if self._of is not None:
            self.describe()
        self._spans_b = value

    @property
    def explanation(self) -> str:
        if self._of is not None:
            self.describe()
        return self._explanation

    @explanation.setter
    def explanation(self, value: str) -> None:
        if self._of is not None:
            self.describe()
        self._explanation = value

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

    def fields(self) -> tuple[Any, ...]:
        """Every field, described, in the constructor's order (`minor_of` and `_minor`
        last)."""
        self.describe()
        return tuple(getattr(self, name) for name in _FIELD_NAMES)

    def __eq__(self, other: object) -> bool:
        """As the dataclass it was: every field but the minor kind's (`minor_of`,
        `_minor`), described; a `Discrepancy` equals an `Unclassified` of the same."""
        if not isinstance(other, Discrepancy):
            return NotImplemented
        return self.fields()[:-2] == other.fields()[:-2]

    __hash__ = None  # type: ignore[assignment]  # mutable and compared: no hash

    def __repr__(self) -> str:
        names = _FIELD_NAMES[:-2]
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, self.fields(), strict=False))
        return f"Discrepancy({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        # copied or pickled as a plain `Discrepancy`, described
        return Discrepancy, self.fields()

    def to_json(self, three: bool = False) -> DiscrepancyJson:
        if self._of is not None:
            self.describe()
        out: DiscrepancyJson = {
            "field": self.field,
            "row_a": self.row_a,
            "row_b": self.row_b,
            "column": self.column,
            "a": self._a,
            "b": self._b,
            "kind": self._kind,
            "severity": self.severity,
            "minor_kind": self.minor_kind,
            "similarity": self._similarity,
            "spans_a": self._spans_a,
            "spans_b": self._spans_b,
            "explanation": self._explanation,
        }
        if three:
            out["c"] = self.c
            out["row_c"] = self.row_c
            out["passes"] = self.passes
        return out


# The constructor's parameters, in its order (`fields`, `__reduce__`, `__repr__`).
_FIELD_NAMES = (
    "field",
    "row_a",
    "row_b",
    "column",
    "a",
    "b",
    "kind",
    "similarity",
    "spans_a",
    "spans_b",
    "explanation",
    "c",
    "row_c",
    "passes",
    "row",
    "minor_of",
    "_minor",
)


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
        "firsts",
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
        # pass A's keyed value of each field, in the plan's order (`plan.names`), when the
        # reconciler read them all (two passes); None: read from `keyings[0]` when needed
        self.firsts: list[Any] | None = None

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
            raws = self.first_values()
            out = _remembered(plan.names, plan.value_memos, plan.value_fns, raws, decided)
            if decided:
                finishers = plan.finishers
                for name, v in decided.items():
                    out[name] = finishers[name](v)
            self._values = out
        return self._values

    def first_values(self) -> list[Any]:
        """Pass A's keyed value of each field, in the plan's order (`plan.names`)."""
        if self.firsts is not None:
            return self.firsts
        return keyed_values(self.keyings[0], self.plan.names)

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
