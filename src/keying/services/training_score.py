"""Scoring a training keying against a gold document's true values, and the qualification
rule: pure functions (no database), see docs/training.md.

A value keyed is right when its compare key (the reconciler's normalization by the field's
compare policy) equals the true value's: spaces, Unicode forms, zero padding and the other
differences a policy normalizes are not mistakes. The rule is `training_keys.score_keys`, the
same as the database's `keying_training_score` (PostgreSQL scores there); each mistake is
explained as the reconciler explains a discrepancy (the trainee as A, the truth as B).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from keying.forms import FormDefinition, Zone
from keying.forms.model import FieldDef
from keying.forms.zones import row_zone
from keying.reconcile import Discrepancy, reconcile
from keying.services.training_keys import compare_keys, keyed_keys, score_keys


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
    errors: int  # wrong values (`training_keys.score_keys`)
    wrong: list[dict[str, Any]] = field(default_factory=list)  # {field, row, keyed_row, column}

    @property
    def mistakes(self) -> list[FieldOutcome]:
        return [o for o in self.outcomes if not o.ok]

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


def _zone(f: FieldDef | None, row: int | None, rows_keyed: int) -> Zone | None:
    if f is None:
        return None
    if row is not None and f.columns:
        return row_zone(f, row, rows_keyed) or f.zone
    return f.zone


def _row_text(row: Mapping[str, Any] | None, f: FieldDef) -> str:
    if row is None:
        return ""
    return " | ".join(_text(row.get(c.name)) for c in f.columns or [])


def _explained(found: Sequence[Discrepancy], w: Mapping[str, Any]) -> tuple[str, str] | None:
    """The reconciler's kind and explanation of one wrong value, when it saw it the same
    way (the same field, cell or row: the trainee's row as A's, the truth's as B's)."""
    for d in found:
        if (d.field, d.column, d.row_a, d.row_b) == (
            w["field"],
            w["column"],
            w["keyed_row"],
            w["row"],
        ):
            return d.kind, d.explanation
    return None


def _outcome(
    f: FieldDef | None,
    w: Mapping[str, Any],
    keyed: Mapping[str, Any],
    gold: Mapping[str, Any],
    found: Sequence[Discrepancy],
) -> FieldOutcome:
    name = w["field"]
    title = f.label if f else name
    rows_k, rows_g = _rows(keyed.get(name)), _rows(gold.get(name))
    kr, gr, col = w["keyed_row"], w["row"], w["column"]
    row = gr if gr is not None else kr
    row_k = rows_k[kr] if kr is not None and kr < len(rows_k) else None
    row_g = rows_g[gr] if gr is not None and gr < len(rows_g) else None
    if col is not None and f is not None:
        column = next((c for c in (f.columns or []) if c.name == col), None)
        path = f"{name}[{(row or 0) + 1}].{col}"
        label = f"{title}, row {(row or 0) + 1}, {column.label if column else col}"
        shown_k = _text(row_k.get(col)) if row_k else ""
        shown_g = _text(row_g.get(col)) if row_g else ""
        kind = "different"
    elif row is not None and f is not None:
        path, label = f"{name}[{row + 1}]", f"{title}, row {row + 1}"
        shown_k, shown_g = _row_text(row_k, f), _row_text(row_g, f)
        kind = "missing_row" if kr is None else "extra_row"
    else:
        path, label = name, title
        shown_k, shown_g = _text(keyed.get(name)), _text(gold.get(name))
        kind = "different"
    said = _explained(found, w)
    if said is None:
        said = (kind, f"A keyed {shown_k!r}; B keyed {shown_g!r}" if kind == "different" else "")
    rows_keyed = max(len(rows_k), len(rows_g))
    return FieldOutcome(
        path=path,
        label=label,
        keyed=shown_k,
        right=shown_g,
        ok=False,
        kind=said[0],
        reason=plain_reason(*said),
        field=name,
        row=row,
        zone=_zone(f, row, rows_keyed),
    )


def outcomes(
    form: FormDefinition,
    keyed: Mapping[str, Any],
    gold: Mapping[str, Any],
    wrong: Sequence[Mapping[str, Any]],
) -> list[FieldOutcome]:
    """Every field's outcome, in form order, from the score's wrong values (computed here or
    by the database): each explained as the reconciler explains it to a supervisor."""
    found = reconcile(form, keyed, gold).discrepancies if wrong else []
    by_field: dict[str, list[FieldOutcome]] = {}
    fields = {f.name: f for f in form.fields}
    for w in wrong:
        by_field.setdefault(w["field"], []).append(
            _outcome(fields.get(w["field"]), w, keyed, gold, found)
        )
    out: list[FieldOutcome] = []
    for f in form.fields:
        if f.name in by_field:
            out.extend(by_field[f.name])
        elif f.columns:
            n = len(_rows(gold.get(f.name)))
            out.append(
                FieldOutcome(
                    f.name, f.label, f"{n} rows", f"{n} rows", True, field=f.name, zone=f.zone
                )
            )
        else:
            out.append(
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
    return out


def score(form: FormDefinition, keyed: Mapping[str, Any], gold: Mapping[str, Any]) -> Scoring:
    """Score a keying against true values by the rule the database applies
    (`training_keys.score_keys`), with every field's outcome."""
    result = score_keys(compare_keys(form, gold), keyed_keys(form, keyed))
    return Scoring(
        result.fields, outcomes(form, keyed, gold, result.wrong), result.errors, result.wrong
    )


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


def value_characters(value: Any) -> int:
    """The characters of every text in a JSON value (a document's true values): the most
    keystrokes a training document counts for (the rule of the database's
    `keying_value_characters`, migration 0018)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, Mapping):
        return sum(value_characters(v) for v in value.values())
    if isinstance(value, list):
        return sum(value_characters(v) for v in value)
    return 0


def counted_speed(
    keystrokes: int, seconds: float, gold: Mapping[str, Any], elapsed: float
) -> tuple[int, float]:
    """The keystrokes and seconds a training document counts for: the station's figures,
    but never more keystrokes than the true values have characters and never less time than
    `elapsed` (the database's clock from the hand-out to the submission): a forged short
    time or long count does not make a trainee faster (docs/training.md)."""
    counted_keys = min(max(int(keystrokes), 0), value_characters(gold))
    return counted_keys, max(float(seconds), 0.0, float(elapsed))
