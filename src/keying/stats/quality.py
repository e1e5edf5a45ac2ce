"""Batch quality from stored facts: discrepancy rate, adjudications by kind, per-keyer
errors and speed, and an estimate of the residual error rate (see docs/import-export.md).

Errors are charged from adjudications: a decision for pass A charges B's keyer, for B
charges A's keyer; a new value or `illegible` charges both (neither pass was right).

Residual errors are the ones double keying cannot see: both keyers wrong, identically, on
the same field. With per-field error rates p_a and p_b measured for the two keyers of a
document, the expected number of such fields is at most p_a × p_b per field (the bound takes
every coincidence of two errors to be identical; in truth only a share of them are). The
estimate sums p_a × p_b over the fields of the batch's reconciled documents.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentOutcome:
    keyers: tuple[str, str] | None  # (pass 1, pass 2) logins when reconciled
    fields: int  # fields compared
    discrepancies: int
    decisions: list[str | None]  # per discrepancy: a, b, c, new, illegible, or None (pending)
    severities: list[str] = field(default_factory=list)  # per discrepancy: material, minor


@dataclass(frozen=True)
class KeyingTime:
    login: str
    fields: int
    keystrokes: int
    seconds: float


@dataclass
class KeyerFigures:
    login: str
    documents: int = 0
    fields: int = 0
    errors: int = 0
    keystrokes: int = 0
    seconds: float = 0.0
    timed_fields: int = 0

    @property
    def errors_per_1000(self) -> float:
        return 1000 * self.errors / self.fields if self.fields else 0.0

    @property
    def fields_per_hour(self) -> float | None:
        return 3600 * self.timed_fields / self.seconds if self.seconds > 0 else None

    @property
    def keystrokes_per_hour(self) -> float | None:
        return 3600 * self.keystrokes / self.seconds if self.seconds > 0 else None


@dataclass
class BatchQuality:
    documents: int = 0
    reconciled: int = 0
    fields: int = 0
    discrepancies: int = 0
    decisions: Counter[str] = field(default_factory=Counter)
    # discrepancies by severity (material, minor), and of them those not decided yet (or sent
    # back for a third keying)
    severities: Counter[str] = field(default_factory=Counter)
    pending_by_severity: Counter[str] = field(default_factory=Counter)
    keyers: dict[str, KeyerFigures] = field(default_factory=dict)
    residual_fields: float = 0.0

    @property
    def discrepancy_rate(self) -> float:
        return self.discrepancies / self.fields if self.fields else 0.0

    @property
    def residual_per_1000(self) -> float:
        return 1000 * self.residual_fields / self.fields if self.fields else 0.0


def _charged(decision: str | None) -> tuple[bool, bool]:
    """(charge pass 1's keyer, charge pass 2's keyer) for one decision."""
    if decision == "a":
        return False, True
    if decision == "b":
        return True, False
    if decision in ("new", "illegible"):
        return True, True
    return False, False


def batch_quality(documents: list[DocumentOutcome], timings: list[KeyingTime]) -> BatchQuality:
    q = BatchQuality(documents=len(documents))
    keyers: dict[str, KeyerFigures] = {}

    def keyer(login: str) -> KeyerFigures:
        return keyers.setdefault(login, KeyerFigures(login))

    for doc in documents:
        if doc.keyers is None:
            continue
        q.reconciled += 1
        q.fields += doc.fields
        q.discrepancies += doc.discrepancies
        a, b = keyer(doc.keyers[0]), keyer(doc.keyers[1])
        for k in (a, b):
            k.documents += 1
            k.fields += doc.fields
        for severity, decision in zip(doc.severities, doc.decisions, strict=False):
            q.severities[severity] += 1
            q.pending_by_severity[severity] += decision is None or decision == "sent back"
        for decision in doc.decisions:
            q.decisions[decision or "pending"] += 1
            charge_a, charge_b = _charged(decision)
            a.errors += charge_a
            b.errors += charge_b
    for t in timings:
        k = keyer(t.login)
        k.keystrokes += t.keystrokes
        k.seconds += t.seconds
        k.timed_fields += t.fields
    for doc in documents:
        if doc.keyers is None:
            continue
        rates = [keyers[login].errors / keyers[login].fields for login in doc.keyers]
        q.residual_fields += rates[0] * rates[1] * doc.fields
    q.keyers = dict(sorted(keyers.items()))
    return q
