"""Batch quality from stored facts: progress, discrepancy rate, adjudications by kind,
per-keyer errors and speed (`keying.stats.keyers`), and an estimate of the residual error
(docs/statistics.md). The batch report (`keying report`) and `keying stats` both use this.

Residual errors are the ones double keying cannot see: both keyers wrong, identically, on
the same field. With per-field error rates p_a and p_b measured for the two keyers of a
document, the expected number of such fields is at most p_a × p_b per field (the bound takes
every coincidence of two errors to be identical; in truth only a share of them are). The
estimate sums p_a × p_b over the fields of the batch's reconciled documents.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from keying.stats.facts import BatchFacts
from keying.stats.keyers import KeyerFigures, keyer_figures

SUPERVISOR_DECISIONS = ("a", "b", "c", "new", "illegible")


@dataclass(frozen=True)
class Progress:
    """Documents of the batch (not withdrawn) by how far they got; each count includes the
    later stages (a final document was keyed twice and once)."""

    documents: int = 0
    withdrawn: int = 0
    keyed_once: int = 0  # at least one of pass 1 and 2 in
    keyed_twice: int = 0  # pass 1 and pass 2 in
    adjudicated: int = 0  # at least one discrepancy decided by a supervisor
    final: int = 0  # a final record written (agreed, or every discrepancy decided)


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
    progress: Progress = Progress()

    @property
    def discrepancy_rate(self) -> float:
        return self.discrepancies / self.fields if self.fields else 0.0

    @property
    def residual_per_1000(self) -> float:
        return 1000 * self.residual_fields / self.fields if self.fields else 0.0


def progress(facts: BatchFacts) -> Progress:
    live = {d.id: d for d in facts.documents if not d.withdrawn}
    passes: dict[int, set[int]] = {}
    for k in facts.keyings:
        if k.document_id in live and k.pass_no in (1, 2):
            passes.setdefault(k.document_id, set()).add(k.pass_no)
    adjudicated = {
        d.document_id
        for d in facts.discrepancies
        if d.document_id in live and d.decision in SUPERVISOR_DECISIONS
    }
    return Progress(
        documents=len(live),
        withdrawn=len(facts.documents) - len(live),
        keyed_once=len(passes),
        keyed_twice=sum(1 for p in passes.values() if len(p) == 2),
        adjudicated=len(adjudicated),
        final=sum(1 for d in live.values() if d.final is not None),
    )


def residual_fields(facts: BatchFacts, keyers: dict[str, KeyerFigures]) -> float:
    """Expected fields carrying an error both keyers made alike, at most: Σ p_a·p_b·fields
    over the reconciled documents, p the keyer's errors per field checked."""

    def rate(login: str) -> float:
        k = keyers.get(login)
        return k.errors / k.fields if k is not None and k.fields else 0.0

    return sum(
        rate(d.keyers[0]) * rate(d.keyers[1]) * facts.form_fields
        for d in facts.documents
        if d.keyers is not None
    )


def batch_quality(facts: BatchFacts) -> BatchQuality:
    reconciled = {d.id for d in facts.documents if d.keyers is not None}
    q = BatchQuality(documents=len(facts.documents), reconciled=len(reconciled))
    q.fields = facts.form_fields * len(reconciled)
    for d in facts.discrepancies:
        if d.document_id not in reconciled:
            continue
        q.discrepancies += 1
        q.decisions[d.decision or "pending"] += 1
        q.severities[d.severity] += 1
        q.pending_by_severity[d.severity] += d.decision is None or d.decision == "sent back"
    q.keyers = {k.login: k for k in keyer_figures(facts)}
    q.residual_fields = residual_fields(facts, q.keyers)
    q.progress = progress(facts)
    return q
