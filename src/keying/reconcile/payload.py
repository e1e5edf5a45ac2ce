"""What `Reconciliation.to_json` and `Discrepancy.to_json` return: `TypedDict`s, plain dicts
at run time (so the JSONL of `keying reconcile` and the reconciliation the services store are
written exactly as before), checked by mypy where they are made and read. The keys are in the
order they are written. See docs/reconcile.md for what each means."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

# A reconciliation's status; the same words as keying.storage.vocabulary.ReconciliationStatus.
Status = Literal["agreed", "discrepant"]
AGREED: Status = "agreed"
DISCREPANT: Status = "discrepant"
Severity = Literal["material", "minor"]


class DiscrepancyJson(TypedDict):
    """One disagreement: a field, a table cell (`column`) or a table row (`column` None)."""

    field: str
    row_a: int | None
    row_b: int | None
    column: str | None
    a: str | None
    b: str | None
    kind: str  # one of keying.reconcile.KINDS
    severity: Severity
    minor_kind: str | None
    similarity: float
    spans_a: list[list[int]]
    spans_b: list[list[int]]
    explanation: str
    c: NotRequired[str | None]  # three passes only: pass 3's value, its row, who disagrees
    row_c: NotRequired[int | None]
    passes: NotRequired[list[str]]


class ReconciliationJson(TypedDict):
    """A document's reconciliation: one line of `keying reconcile`'s JSONL."""

    document: str
    status: Status
    values: dict[str, Any]  # field → agreed value (None where disputed); tables: rows
    discrepancies: list[DiscrepancyJson]
    explanations: dict[str, str]
    dissent: NotRequired[dict[str, list[str]]]  # three passes: explanation key → outvoted


__all__ = [
    "AGREED",
    "DISCREPANT",
    "DiscrepancyJson",
    "ReconciliationJson",
    "Severity",
    "Status",
]
