"""The training score's rule on compare keys: what the database's `keying_training_score`
(migration 0014) computes, in Python (docs/training.md, "Scoring").

A value is right when its compare key (the reconciler's normalization by the field's compare
policy: `Normalizer.key`, exactly `reconcile.same_value`) equals the true value's. Keys are
written as text (`key_text`) so that the database compares them with `=`: two keys are equal
in Python exactly when their texts are. A table's rows are paired for the fewest mistakes (a
pair costs its differing cells, a row left out or added costs one), ties broken the same way
here and in the database, so both give the same fields, errors and wrong values.

`compare_keys(form, values)` is what the station sends with a training keying and what an
admin's client stores for a gold document (`training_gold_keys`): the true values themselves
stay unreadable to operators on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from keying.forms import FormDefinition
from keying.reconcile.normalize import Normalizer, as_text

MAX_ROWS = 2_000  # rows of one table the database scores at most (refused above)

# key_text of a value not keyed (nothing, `[blank]`, or a field left out): the database
# reads a field or cell the station did not send as this
NOTHING_TEXT = "(s:\\0nothing)"


def key_text(key: Any) -> str:
    """A compare key as text: equal texts exactly when the keys are equal (numbers of any
    kind by value, `-0` as `0`; strings, dates and tuples tagged, so they never meet)."""
    if isinstance(key, str):
        return "s:" + key.replace("\\", "\\\\").replace("\x00", "\\0")
    if isinstance(key, bool):
        return f"b:{int(key)}"
    if isinstance(key, int | Decimal | float):
        d = Decimal(key)
        if d.is_zero():
            return "n:0"
        return f"n:{d.normalize()}"
    if isinstance(key, datetime):
        return f"dt:{key.isoformat()}"
    if isinstance(key, date):
        return f"d:{key.isoformat()}"
    if isinstance(key, time):
        return f"t:{key.isoformat()}"
    if isinstance(key, tuple):
        return "(" + ",".join(key_text(k) for k in key) + ")"
    if isinstance(key, list):
        return "[" + ",".join(key_text(k) for k in key) + "]"
    return f"{type(key).__name__}:{key!r}"


def _rows(value: Any) -> list[Mapping[str, Any]]:
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


# One field's keys: [name, key text] for a field, [name, [columns], [[cell key texts]]] for a
# table (rows in order, cells in the columns' order).
FieldKeys = list[Any]


def compare_keys(form: FormDefinition, values: Mapping[str, Any]) -> list[FieldKeys]:
    """Every field's compare keys, in form order."""
    out: list[FieldKeys] = []
    for f in form.fields:
        if f.columns:
            norms = [Normalizer(c) for c in f.columns]
            names = [c.name for c in f.columns]
            rows = [
                [key_text(n.key(as_text(r.get(c)))) for n, c in zip(norms, names, strict=True)]
                for r in _rows(values.get(f.name))
            ]
            out.append([f.name, names, rows])
        else:
            out.append([f.name, key_text(Normalizer(f).key(as_text(values.get(f.name))))])
    return out


def keyed_keys(form: FormDefinition, values: Mapping[str, Any]) -> dict[str, Any]:
    """What the station sends: field name → key text, or a table's rows of key texts."""
    return {k[0]: (k[2] if len(k) == 3 else k[1]) for k in compare_keys(form, values)}


@dataclass(frozen=True)
class KeyScore:
    fields: int  # values compared
    errors: int
    wrong: list[dict[str, Any]]  # {field, row, keyed_row, column}: row of the truth


def _wrong(field: str, row: int | None, keyed_row: int | None, column: str | None) -> dict:
    return {"field": field, "row": row, "keyed_row": keyed_row, "column": column}


def _table(
    name: str, columns: Sequence[str], gold: Sequence[Sequence[str]], keyed: Sequence[Any]
) -> list[dict[str, Any]]:
    ncol = len(columns)

    def cell(row: Any, c: int) -> str:
        v = row[c] if isinstance(row, list) and c < len(row) else None
        return v if isinstance(v, str) else NOTHING_TEXT

    n, m = len(keyed), len(gold)
    cost = [
        [sum(cell(keyed[i], c) != gold[j][c] for c in range(ncol)) for j in range(m)]
        for i in range(n)
    ]
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 or j == 0:
                d[i][j] = i + j
            else:
                d[i][j] = min(
                    d[i - 1][j - 1] + cost[i - 1][j - 1], d[i - 1][j] + 1, d[i][j - 1] + 1
                )
    steps: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + cost[i - 1][j - 1]:
            steps.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            steps.append((i - 1, None))
            i -= 1
        else:
            steps.append((None, j - 1))
            j -= 1
    out: list[dict[str, Any]] = []
    for ki, gj in reversed(steps):
        if ki is not None and gj is not None:
            out.extend(
                _wrong(name, gj, ki, columns[c])
                for c in range(ncol)
                if cell(keyed[ki], c) != gold[gj][c]
            )
        else:
            out.append(_wrong(name, gj, ki, None))
    return out


def score_keys(gold: Sequence[FieldKeys], keyed: Mapping[str, Any]) -> KeyScore:
    """The score of keyed keys (`keyed_keys`) against a gold document's (`compare_keys`)."""
    fields = 0
    wrong: list[dict[str, Any]] = []
    for entry in gold:
        name = entry[0]
        if len(entry) == 3:
            columns, rows = entry[1], entry[2]
            mine = keyed.get(name)
            mine = mine if isinstance(mine, list) else []
            if len(mine) > MAX_ROWS:
                raise ValueError(f"table {name}: more than {MAX_ROWS} rows")
            fields += max(len(mine), len(rows)) * len(columns)
            wrong.extend(_table(name, columns, rows, mine))
        else:
            fields += 1
            mine = keyed.get(name)
            if (mine if isinstance(mine, str) else NOTHING_TEXT) != entry[1]:
                wrong.append(_wrong(name, None, None, None))
    return KeyScore(fields, min(len(wrong), fields), wrong)
