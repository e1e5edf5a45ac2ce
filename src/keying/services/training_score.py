"""Scoring a training keying against a gold document's true values, and the qualification
rule: pure functions (no database), see docs/training.md.

A trainee's keying is compared with the gold values by the reconciler itself (`reconcile`,
the trainee as A, the true values as B), so exactly what would be a discrepancy between two
keyers is a mistake: spaces, Unicode forms, zero padding and the other differences each
field's compare policy normalizes are not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from keying.forms import FormDefinition, Zone
from keying.forms.model import FieldDef
from keying.forms.zones import row_zone
from keying.reconcile import reconcile


@dataclass(frozen=True)
class FieldOutcome:
    """One field (or one table cell or row that was wrong) of a training document."""

    path: str  # `total`, `members[2].age`, `members[3]` (a whole row)
    label: str
    keyed: str
    right: str
    ok: bool
    kind: str = ""  # the reconciler's kind of difference, when wrong
    reason: str = ""  # in plain words, when wrong
    field: str = ""  # the form's field (the zone to show)
    row: int | None = None  # the table row (of the true values), for the row's band
    zone: Zone | None = None  # where the value is on the page (a table row: its band)


@dataclass(frozen=True)
class Scoring:
    fields: int  # values compared
    outcomes: list[FieldOutcome]

    @property
    def mistakes(self) -> list[FieldOutcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def errors(self) -> int:
        return min(len(self.mistakes), self.fields)

    @property
    def accuracy(self) -> float:
        return 100.0 * (self.fields - self.errors) / self.fields if self.fields else 100.0


# The reconciler explains A against B; the trainee is A and the truth is B.
_WORDS = (
    ("A marked it", "you marked it"),
    ("B marked it", "the document is marked"),
    ("A keyed", "you keyed"),
    ("B keyed", "the document has"),
    ("B has", "you left out"),
    ("B lacks", "you keyed too much:"),
)
_KIND_WORDS = {
    "substitution": "A wrong character",
    "transposition": "Two characters swapped",
    "insertion": "Characters left out",
    "deletion": "Characters too many",
    "word_order": "Words in another order",
    "different": "A different value",
    "missing_value": "Keyed where there is nothing, or nothing keyed",
    "missing_row": "A row left out",
    "extra_row": "A row too many",
    "illegible": "Marked illegible, or not marked",
    "lone_value": "A different value",
    "not_keyed": "Not keyed",
}


def plain_reason(kind: str, explanation: str) -> str:
    """The reconciler's explanation of a difference, told to the trainee."""
    said = explanation
    for theirs, ours in _WORDS:
        said = said.replace(theirs, ours)
    said = said.replace(" more", "") if said.startswith("you left out") else said
    head = _KIND_WORDS.get(kind, "A different value")
    return f"{head}: {said}" if said else head


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _rows(value: Any) -> list[Mapping[str, Any]]:
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


def count_fields(form: FormDefinition, keyed: Mapping[str, Any], gold: Mapping[str, Any]) -> int:
    """Values compared: every field of the form (a hidden one too: nothing keyed is right
    there), and for a table each cell of the longer of the two tables."""
    n = 0
    for f in form.fields:
        if f.columns:
            rows = max(len(_rows(keyed.get(f.name))), len(_rows(gold.get(f.name))))
            n += rows * len(f.columns)
        else:
            n += 1
    return n


def _zone(f: FieldDef | None, row: int | None, rows_keyed: int) -> Zone | None:
    if f is None:
        return None
    if row is not None and f.columns:
        return row_zone(f, row, rows_keyed) or f.zone
    return f.zone


def score(form: FormDefinition, keyed: Mapping[str, Any], gold: Mapping[str, Any]) -> Scoring:
    """Every field's outcome and the number of values compared."""
    result = reconcile(form, keyed, gold)
    wrong: dict[str, list[FieldOutcome]] = {}
    labels = {f.name: f for f in form.fields}
    for d in result.discrepancies:
        f = labels.get(d.field)
        rows_keyed = max(len(_rows(keyed.get(d.field))), len(_rows(gold.get(d.field))))
        title = f.label if f else d.field
        row = d.row_b if d.row_b is not None else d.row_a
        if d.column is not None:
            path = f"{d.field}[{(row or 0) + 1}].{d.column}"
            column = next((c for c in (f.columns or []) if c.name == d.column), None) if f else None
            label = f"{title}, row {(row or 0) + 1}, {column.label if column else d.column}"
        elif row is not None:
            path, label = f"{d.field}[{row + 1}]", f"{title}, row {row + 1}"
        else:
            path, label = d.field, title
        wrong.setdefault(d.field, []).append(
            FieldOutcome(
                path=path,
                label=label,
                keyed=d.a or "",
                right=d.b or "",
                ok=False,
                kind=d.kind,
                reason=plain_reason(d.kind, d.explanation),
                field=d.field,
                row=row,
                zone=_zone(f, row, rows_keyed),
            )
        )
    outcomes: list[FieldOutcome] = []
    for f in form.fields:
        if f.name in wrong:
            outcomes.extend(wrong[f.name])
        elif f.columns:
            n = len(_rows(gold.get(f.name)))
            outcomes.append(
                FieldOutcome(
                    f.name, f.label, f"{n} rows", f"{n} rows", True, field=f.name, zone=f.zone
                )
            )
        else:
            outcomes.append(
                FieldOutcome(
                    f.name,
                    f.label,
                    _text(keyed.get(f.name)),
                    _text(gold.get(f.name)),
                    True,
                    field=f.name,
                    zone=f.zone,
                )
            )
    return Scoring(count_fields(form, keyed, gold), outcomes)


@dataclass(frozen=True)
class Threshold:
    accuracy: float  # percent
    kph: int
    last_n: int


@dataclass(frozen=True)
class ScoreFact:
    """A stored training score, as the qualification rule reads it."""

    fields: int
    errors: int
    keystrokes: int
    seconds: float


@dataclass(frozen=True)
class Standing:
    """A trainee's figures over the last N documents of a form against its threshold."""

    documents: int
    accuracy: float | None
    kph: float | None
    qualifies: bool


def standing(recent: Sequence[ScoreFact], threshold: Threshold) -> Standing:
    """The last `threshold.last_n` scores (newest first; more are ignored): accuracy is the
    share of values right over them all, speed their keystrokes over their time. Qualified
    when there are `last_n` of them and both figures reach the threshold (a threshold of 0
    keystrokes an hour sets no speed)."""
    scores = list(recent)[: threshold.last_n]
    fields = sum(s.fields for s in scores)
    errors = sum(s.errors for s in scores)
    keystrokes = sum(s.keystrokes for s in scores)
    seconds = sum(s.seconds for s in scores)
    accuracy = 100.0 * (fields - errors) / fields if fields else None
    kph = 3600.0 * keystrokes / seconds if seconds > 0 else None
    fast = threshold.kph <= 0 or (kph is not None and kph >= threshold.kph)
    ok = (
        len(scores) >= threshold.last_n
        and accuracy is not None
        and accuracy >= threshold.accuracy
        and fast
    )
    return Standing(len(scores), accuracy, kph, ok)


def keystrokes_and_seconds(figures: Mapping[str, Any]) -> tuple[int, float]:
    """A keying's keystrokes and time from the station's per-field figures."""
    per_field = [f for f in figures.values() if isinstance(f, Mapping)]
    keystrokes = sum(int(f.get("keystrokes") or 0) for f in per_field)
    seconds = sum(float(f.get("time_ms") or 0) for f in per_field) / 1000
    return keystrokes, seconds
