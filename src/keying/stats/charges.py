"""Which errors are charged to which keyer's pass: the supervisor station's facts
(keyer_errors) where a document has them, else the decisions on its discrepancies.

The supervisor station writes keyer_errors with a document's final record: each pass whose
value differs from the final one after normalization is charged (docs/supervisor.md). A
document that has none (no final record yet, or decisions stored by other means) is charged
from its decisions so far: a decision for A charges pass 2's keyer, for B pass 1's keyer, a
new value or illegible both; undecided discrepancies charge nobody.
"""

from __future__ import annotations

from collections import defaultdict

from keying.stats.facts import BatchFacts, ChargedError
from keying.vocabulary import Decision


def charged_by_decision(decision: str | None) -> tuple[bool, bool]:
    """(charge pass 1's keyer, charge pass 2's keyer) for one decision."""
    if decision == Decision.A:
        return False, True
    if decision == Decision.B:
        return True, False
    if decision in (Decision.NEW, Decision.ILLEGIBLE):
        return True, True
    return False, False


def charged_errors(facts: BatchFacts) -> list[ChargedError]:
    """Every error charged in the batch, one per pass and field (or cell) charged."""
    if facts.charged is None:
        facts.charged = _charged_errors(facts)
    return facts.charged


def _charged_errors(facts: BatchFacts) -> list[ChargedError]:
    stored: dict[int, list[ChargedError]] = defaultdict(list)
    for e in facts.errors:
        stored[e.document_id].append(e)
    decided: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    for d in facts.discrepancies:
        decided[d.document_id].append((d.field, d.decision))
    out: list[ChargedError] = []
    for doc in facts.documents:
        if doc.id in stored:
            out.extend(stored[doc.id])
            continue
        if doc.keyers is None:
            continue
        for field_name, decision in decided.get(doc.id, ()):
            for pass_no, charge in enumerate(charged_by_decision(decision), start=1):
                if charge:
                    out.append(ChargedError(doc.id, pass_no, doc.keyers[pass_no - 1], field_name))
    return out
