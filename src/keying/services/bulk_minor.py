"""Minor flags decided in bulk (issue 16): the open discrepancies of one field whose values
are the same content written differently (severity `minor`, one minor kind), decided at once
for A's form or B's form. Each is an ordinary adjudication (reason `bulk: minor`), made in
its own transaction by `SupervisorDesk.decide` and undone like any other. The station shows
what it will decide and asks first (docs/supervisor.md, "Minor flags in bulk").

The reconciler never picks between two forms of the same content, so neither does this: the
supervisor chooses the form, and the choice applies to the flags listed, nothing else.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from keying.services.adjudication import (
    Case,
    Decided,
    DecisionRefused,
    Issue,
    NotSaved,
    SupervisorDesk,
)
from keying.storage.vocabulary import Decision

BULK_REASON = "bulk: minor"
BULK_DECISIONS = (Decision.A, Decision.B)
# keying.reconcile.minor.MINOR_KINDS in words
KIND_WORDS = {
    "case_only": "letter case only",
    "punctuation_only": "spacing or punctuation between words",
    "name_separator": "the separator between names",
    "abbreviation": "a word and its abbreviation",
    "no_value_word": "a no-value word against nothing",
}

Row = tuple[Case, Issue]


def kind_words(kind: str | None) -> str:
    return KIND_WORDS.get(kind or "", kind or "")


def minor_flags(cases: Iterable[Case], field_name: str, column: str | None, kind: str) -> list[Row]:
    """The open minor flags of a field (a table's column) of that kind, in document order."""
    return [
        (case, issue)
        for case in cases
        for issue in case.open_issues()
        if issue.field == field_name
        and issue.column == column
        and issue.severity == "minor"
        and issue.minor_kind == kind
        and not issue.is_row
    ]


def bulk_kind(rows: Iterable[Row], current: Issue | None) -> str | None:
    """The minor kind a bulk decision takes: the highlighted flag's, when it is an open minor
    flag; else the kind of the first open minor flag listed (None: there is none)."""
    if current is not None and current.severity == "minor" and current.minor_kind:
        return current.minor_kind
    for case, issue in rows:
        if issue.severity == "minor" and issue.minor_kind and issue.id not in case.decided:
            return issue.minor_kind
    return None


def bulk_decision(issue: Issue, decision: Decision) -> Decided:
    """An ordinary decision for one flag of a bulk decision (a new UUID, the bulk reason)."""
    if decision not in BULK_DECISIONS:
        raise ValueError(f"minor flags are decided in bulk for A's or B's form, not {decision}")
    return Decided(str(uuid.uuid4()), issue.id, decision, None, BULK_REASON)


@dataclass
class BulkResult:
    saved: list[Decided] = field(default_factory=list)
    refused: list[tuple[Issue, str]] = field(default_factory=list)
    not_saved: list[Issue] = field(default_factory=list)
    final_records: int = 0


def decide_in_bulk(desk: SupervisorDesk, rows: Iterable[Row], decision: Decision) -> BulkResult:
    """Decide each flag for that pass's form, each in its own transaction (a refusal or an
    unreachable database stops nothing else: it is listed)."""
    result = BulkResult()
    for case, issue in rows:
        made = bulk_decision(issue, decision)
        try:
            outcome = desk.decide(issue, made, case.form)
        except DecisionRefused as exc:
            result.refused.append((issue, str(exc)))
            continue
        except NotSaved:
            result.not_saved.append(issue)
            continue
        case.decided[issue.id] = made
        result.saved.append(made)
        result.final_records += outcome.final and not outcome.duplicate
    return result
