"""Per keyer (and per day) figures: work done, speed, corrections, errors charged with a
confidence interval. Pure: from `BatchFacts` (docs/statistics.md defines each figure)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from keying.stats.charges import charged_errors
from keying.stats.facts import BatchFacts, KeyingFact
from keying.stats.rates import ErrorRate


@dataclass
class KeyerFigures:
    login: str
    day: date | None = None  # None: the whole period
    documents: int = 0  # keyings (a document keyed once by this keyer)
    fields: int = 0  # fields checked: of their keyings in reconciled documents
    errors: int = 0  # errors charged to those keyings
    timed_documents: int = 0  # keyings keyed in the app (with timing)
    timed_fields: int = 0
    keystrokes: int = 0
    corrections: int = 0
    re_entered: int = 0
    pauses: int = 0
    time_ms: int = 0

    @property
    def hours(self) -> float:
        return self.time_ms / 3_600_000

    @property
    def rate(self) -> ErrorRate:
        return ErrorRate(self.documents, self.fields, self.errors)

    @property
    def errors_per_1000(self) -> float:
        return self.rate.per_1000

    @property
    def errors_interval(self) -> tuple[float, float]:
        """The 95 % Wilson interval of errors per 1,000 fields."""
        return self.rate.interval_per_1000

    @property
    def keystrokes_per_hour(self) -> float | None:
        return self.keystrokes / self.hours if self.time_ms > 0 else None

    @property
    def fields_per_hour(self) -> float | None:
        return self.timed_fields / self.hours if self.time_ms > 0 else None

    @property
    def seconds_per_document(self) -> float | None:
        return self.time_ms / 1000 / self.timed_documents if self.timed_documents else None

    def add(self, k: KeyingFact, checked: bool, errors: int) -> None:
        self.documents += 1
        if checked:
            self.fields += k.fields
            self.errors += errors
        e = k.effort
        if e.timed:
            self.timed_documents += 1
            self.timed_fields += e.timed_fields
            self.keystrokes += e.keystrokes
            self.corrections += e.corrections
            self.re_entered += e.re_entered
            self.pauses += e.pauses
            self.time_ms += e.time_ms


@dataclass(frozen=True)
class Period:
    """Which keyings count: finished on a UTC day from `since` to `until` (both included,
    None: open), by `keyer` (None: everyone)."""

    since: date | None = None
    until: date | None = None
    keyer: str | None = None

    def holds(self, k: KeyingFact) -> bool:
        return (
            (self.since is None or k.day >= self.since)
            and (self.until is None or k.day <= self.until)
            and (self.keyer is None or k.login == self.keyer)
        )


def keyer_figures(
    facts: BatchFacts, period: Period = Period(), by_day: bool = False
) -> list[KeyerFigures]:
    """One row per keyer (by login), or per day and keyer (by day, then login)."""
    errors = Counter((e.document_id, e.pass_no) for e in charged_errors(facts))
    reconciled = {d.id for d in facts.documents if d.keyers is not None}
    rows: dict[tuple[date | None, str], KeyerFigures] = {}
    for k in facts.keyings:
        if not period.holds(k):
            continue
        key = (k.day if by_day else None, k.login)
        row = rows.get(key)
        if row is None:
            row = rows[key] = KeyerFigures(k.login, key[0])
        row.add(k, k.document_id in reconciled, errors[(k.document_id, k.pass_no)])
    return [rows[key] for key in sorted(rows, key=lambda kd: (kd[0] or date.min, kd[1]))]
