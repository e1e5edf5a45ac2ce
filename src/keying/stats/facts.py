"""The stored facts the statistics are computed from, as plain values (no database here:
`keying.storage.stats_facts` reads them, in a few queries per batch).

Every figure of `keying.stats` is a function of these facts, so it can be computed again at
any time and gives the same answer (see docs/statistics.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Effort:
    """The keystroke and timing figures of one keying, summed over its fields (the station
    records them per field: `ui/fields.py`). A pass
    imported from a file has none."""

    timed_fields: int = 0  # fields with a recorded time
    keystrokes: int = 0
    corrections: int = 0  # Backspace and Delete
    time_ms: int = 0
    pauses: int = 0  # gaps between two keys longer than the pause threshold
    re_entered: int = 0  # fields the keyer came back to (visited more than once)

    @property
    def timed(self) -> bool:
        return self.timed_fields > 0


def effort(figures: Mapping[str, Any] | None) -> Effort:
    """A keying's `figures` (path → per-field figures) summed; entries without `time_ms`
    (an imported pass's `imported_from`, …) are not a field's figures and are left out.
    (The loop is plain on purpose: it runs for every keying of a batch.)"""
    fields = keys = corrections = time_ms = pauses = re_entered = 0
    for f in (figures or {}).values():
        if type(f) is not dict or "time_ms" not in f:
            continue
        get = f.get
        fields += 1
        keys += get("keystrokes") or 0
        corrections += get("corrections") or 0
        time_ms += get("time_ms") or 0
        pauses += get("pauses") or 0
        if (get("visits") or 0) > 1:
            re_entered += 1
    return Effort(fields, int(keys), int(corrections), int(time_ms), int(pauses), re_entered)


@dataclass(frozen=True)
class KeyingFact:
    """One live (not superseded) keying of a document of the batch."""

    document_id: int
    pass_no: int
    login: str
    day: date  # the UTC day it was finished
    fields: int  # fields it was asked to key: the form's, or the fields sent back (pass 3)
    effort: Effort = Effort()


@dataclass(frozen=True)
class DiscrepancyFact:
    """One stored discrepancy of a reconciled document (one replaced after a third keying is
    left out: the discrepancy that replaced it counts)."""

    document_id: int
    field: str  # `total`; `members.age` for a cell, `members` for a row
    severity: str  # material | minor
    # a | b | c | new | illegible; "2 of 3" (settled by pass 3), "sent back" (pass 3 being
    # keyed), None: not decided yet
    decision: str | None


@dataclass(frozen=True)
class ChargedError:
    """One row of keyer_errors: the supervisor station charged `login`'s pass an error."""

    document_id: int
    pass_no: int
    login: str
    field: str  # `total`; `members.age` for a column


@dataclass(frozen=True)
class DocumentFact:
    id: int
    withdrawn: bool = False
    # the logins of the reconciled passes 1 and 2 (None: not reconciled yet)
    keyers: tuple[str, str] | None = None
    final: str | None = None  # the final record's source: agreed | adjudicated (None: none)


@dataclass
class BatchFacts:
    """Everything the statistics of one batch are computed from."""

    form_fields: int  # fields of the form (a table counts as one)
    field_names: list[str] = field(default_factory=list)  # the form's fields, in order
    documents: list[DocumentFact] = field(default_factory=list)
    keyings: list[KeyingFact] = field(default_factory=list)
    discrepancies: list[DiscrepancyFact] = field(default_factory=list)
    errors: list[ChargedError] = field(default_factory=list)
    # keying.stats.charges.charged_errors, computed once (the facts are not changed after
    # they are read)
    charged: list[ChargedError] | None = field(default=None, repr=False, compare=False)
