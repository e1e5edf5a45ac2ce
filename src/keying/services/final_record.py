"""The final record of a document: the reconciliation's agreed values with every decision put
in its place, the provenance of each value, and the errors charged to keyers.

Pure functions over what the central database holds (the reconciliation's JSON, the
discrepancy rows, the decisions, the keyings): no session, no Qt. See docs/supervisor.md.

Provenance: `path → {"how": …, "by": login, "at": ISO time, "reason": …}`. Every field of the
form has an entry (`agreed`, or `2 of 3` when three passes voted); a decided field, table cell
(`members[2].age`, the row of the final record) or row (`members[2]`) has its decision's
(`a`, `b`, `c`, `new`, `illegible`); a row left out is listed as `members[left out: b3]`
(B's row 3). A table's own entry says `agreed` for every cell not listed.

Errors charged (facts for per-keyer accuracy): for each decided field or cell, every pass
whose value differs from the final one after normalization (the reconciler's own rule,
`same_value`) — so a decision `new` or `illegible` charges both passes when both differ;
for a row, a pass that skipped a row kept (`missing_row`) or keyed a row left out
(`extra_row`); with three passes, a pass outvoted 2 of 3 (`outvoted`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from keying.forms import ILLEGIBLE, FieldDef, FormDefinition
from keying.reconcile import same_value
from keying.storage.adjudications import ErrorFact
from keying.storage.vocabulary import Decision

PASS_LETTERS = ("a", "b", "c")
AGREED = "agreed"
TWO_OF_THREE = "2 of 3"
_KEY = re.compile(r"^(?P<field>[^\[]+)(?:\[(?P<row>[abc]?\d+)\](?:\.(?P<col>.+))?)?$")


@dataclass(frozen=True)
class Point:
    """One discrepancy as the final record needs it."""

    id: int
    field: str
    column: str | None
    rows: tuple[int | None, ...]  # the row in A, B (and C); () for a scalar field
    values: tuple[str | None, ...]  # A, B (and C) as keyed
    kind: str
    row: int | None  # tables: the row's index in the agreed table

    @property
    def is_row(self) -> bool:
        return bool(self.rows) and self.column is None


@dataclass(frozen=True)
class Made:
    """A decision as the final record needs it."""

    decision: str
    value: str | None
    by: str
    at: str
    reason: str = ""


@dataclass(frozen=True)
class Built:
    values: dict[str, Any]
    provenance: dict[str, Any]
    errors: list[ErrorFact]


def path_of(p: Point, final_row: int | None = None) -> str:
    if not p.rows:
        return p.field
    row = p.row if final_row is None else final_row
    return f"{p.field}[{row}]" if p.column is None else f"{p.field}[{row}].{p.column}"


def field_def(form: FormDefinition, field: str, column: str | None) -> FieldDef:
    fd = form.field(field)
    return fd.column(column) if column is not None else fd


def agreed_provenance(form: FormDefinition, result: Mapping[str, Any]) -> dict[str, Any]:
    """Every field agreed; `2 of 3` where three passes voted (the reconciliation's dissent)."""
    out: dict[str, Any] = {f.name: {"how": AGREED} for f in form.fields}
    for key in result.get("dissent") or {}:
        out[key] = {"how": TWO_OF_THREE}
    return out


def dissent_errors(
    form: FormDefinition, result: Mapping[str, Any], operators: Sequence[int]
) -> list[ErrorFact]:
    """Three passes: each pass outvoted 2 of 3 is charged (kind `outvoted`)."""
    errors = []
    for key, letters in (result.get("dissent") or {}).items():
        m = _KEY.match(key)
        field = key if m is None else m["field"] + (f".{m['col']}" if m["col"] else "")
        for letter in letters:
            n = PASS_LETTERS.index(letter)
            if n < len(operators):
                errors.append(ErrorFact(field, key, n + 1, operators[n], "outvoted"))
    return errors


def build_final(
    form: FormDefinition,
    result: Mapping[str, Any],
    keyed: Sequence[Mapping[str, Any]],
    operators: Sequence[int],
    points: Sequence[Point],
    made: Mapping[int, Made],
) -> Built:
    """The final record of a document whose every discrepancy is decided (`made` by id)."""
    values: dict[str, Any] = copy.deepcopy(dict(result["values"]))
    provenance = agreed_provenance(form, result)
    errors = dissent_errors(form, result, operators)
    left_out: dict[str, set[int]] = {}
    placed: list[tuple[Point, Made]] = []
    for p in points:
        m = made[p.id]
        if p.is_row:
            chosen = PASS_LETTERS.index(m.decision) if m.decision in PASS_LETTERS else -1
            keep = 0 <= chosen < len(p.rows) and p.rows[chosen] is not None
            if keep:
                src = keyed[chosen].get(p.field) or []
                row = src[_index(p.rows[chosen])] if isinstance(src, list) else {}
                cols = form.field(p.field).columns or []
                values[p.field][p.row] = {c.name: _text(row.get(c.name)) for c in cols}
            else:
                left_out.setdefault(p.field, set()).add(_index(p.row))
                who = next(i for i, r in enumerate(p.rows) if r is not None)
                key = f"{p.field}[left out: {PASS_LETTERS[who]}{_index(p.rows[who]) + 1}]"
                provenance[key] = _entry(m)
            for n, r in enumerate(p.rows):
                if keep and r is None:
                    errors.append(
                        ErrorFact(p.field, path_of(p), n + 1, operators[n], "missing_row")
                    )
                elif not keep and r is not None:
                    errors.append(ErrorFact(p.field, path_of(p), n + 1, operators[n], "extra_row"))
            if keep:
                placed.append((p, m))
            continue
        final = m.value if m.value is not None else ""
        fd = field_def(form, p.field, p.column)
        if p.column is None:
            values[p.field] = final
        else:
            values[p.field][p.row][p.column] = final
        placed.append((p, m))
        name = p.field if p.column is None else f"{p.field}.{p.column}"
        for n, keyed_value in enumerate(p.values):
            if keyed_value is None:  # this pass has no such row: nothing keyed to charge
                continue
            if not same_value(fd, keyed_value, final):
                errors.append(ErrorFact(name, path_of(p), n + 1, operators[n], p.kind))
    # rows left out go; every other path names the row it has in the final record
    for field, gone in left_out.items():
        values[field] = [r for k, r in enumerate(values[field]) if k not in gone]
    for p, m in placed:
        shift = sum(1 for k in left_out.get(p.field, ()) if p.row is not None and k < p.row)
        final_row = None if p.row is None else p.row - shift
        provenance[path_of(p, final_row)] = _entry(m)
    errors = [_renumbered(e, left_out) for e in errors]
    return Built(values, provenance, errors)


def _renumbered(e: ErrorFact, left_out: Mapping[str, set[int]]) -> ErrorFact:
    m = _KEY.match(e.path)
    gone = left_out.get(e.field.split(".")[0], set())
    if m is None or not m["row"] or not m["row"].isdigit() or not gone:
        return e
    row = int(m["row"])
    if row in gone:
        return e  # the row itself was left out: its path stays the agreed table's
    new_row = row - sum(1 for k in gone if k < row)
    path = f"{m['field']}[{new_row}]" + (f".{m['col']}" if m["col"] else "")
    return ErrorFact(e.field, path, e.pass_no, e.operator_id, e.kind)


def _index(row: int | None) -> int:
    assert row is not None
    return row


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "Y" if v else "N"
    return str(v)


def _entry(m: Made) -> dict[str, Any]:
    out: dict[str, Any] = {"how": m.decision, "by": m.by, "at": m.at}
    if m.reason:
        out["reason"] = m.reason
    return out


def chosen_value(decision: Decision | str, values: Sequence[str | None], new: str | None) -> str:
    """The value a decision puts in the final record (a row decision: which pass's row)."""
    d = Decision(decision)
    if d == Decision.NEW:
        return new or ""
    if d == Decision.ILLEGIBLE:
        return ILLEGIBLE
    n = PASS_LETTERS.index(d.value)
    v = values[n] if n < len(values) else None
    return v or ""
