"""Reconcile a table keyed by three passes (see `tables.py` for two, and docs/reconcile.md).

B and C are aligned to A, and C to B (`Table.align`); a row or cell two passes share is
agreed, "2 of 3". C settles which rows exist, in its order (`align.in_order_of_c`).
"""

from __future__ import annotations

from typing import Any

from keying.reconcile.align import in_order_of_c, partners
from keying.reconcile.fields import PASS_NAMES, Collector
from keying.reconcile.normalize import as_text
from keying.reconcile.result import Pending
from keying.reconcile.tables import Row, Table, _Same, _summary, _tag, as_rows


def compare3(table: Table, raw_a: Any, raw_b: Any, raw_c: Any, out: Collector) -> None:
    """Three passes: align B and C to A (and C to B); a row or cell two passes share
    is agreed, "2 of 3". C settles which rows exist, in its order: rows only one of A
    and B keyed are put in C's order, and a row C keyed elsewhere (the passes keyed
    the rows in another order) is flagged, never agreed twice."""
    rows = [as_rows(raw_a), as_rows(raw_b), as_rows(raw_c)]
    name = table.name
    if rows[0] == rows[1] == rows[2] and not table.any_unkeyed(rows[0]):
        out.decided[name] = [_Same(r) for r in rows[0]]
        out.reasons[name] = table.identical_reason(rows[0], 3)
        return
    keys: list[list[Any]] = [[None] * len(rs) for rs in rows]
    a_to_c = partners(table.align(rows[0], rows[2], keys[0], keys[2]))
    b_to_c = partners(table.align(rows[1], rows[2], keys[1], keys[2]))
    ab = in_order_of_c(table.align(rows[0], rows[1], keys[0], keys[1]), a_to_c, b_to_c)
    # rows of C paired with no row of A or B: one may be a row known by an illegible
    # name only (never paired), which C then cannot be said to lack
    c_free = bool(table.ids) and len(set(a_to_c.values()) | set(b_to_c.values())) < len(rows[2])
    before = len(out.discrepancies)
    value: list[dict[str, Any]] = []
    used: set[int] = set()  # rows of C that settled a row already
    last = -1  # the last of them: C's order must go on from there
    for i, j in ab:
        since = len(out.discrepancies)
        if i is not None and j is not None:
            k = a_to_c.get(i)
            if k is not None and b_to_c.get(j) == k and k > last:
                trio = [rows[0][i], rows[1][j], rows[2][k]]
                value.append(_cells(table, trio, (i, j, k), out))
                used.add(k)
                last = k
            else:
                value.append(_cells(table, [rows[0][i], rows[1][j]], (i, j), out))
            _tag(out.discrepancies, since, len(value) - 1)
            continue
        # A row only one of A and B has: does C side with it, or with its absence?
        side, idx = (0, i) if i is not None else (1, j)
        assert idx is not None
        k = (a_to_c if side == 0 else b_to_c).get(idx)
        lone, other = PASS_NAMES[side], PASS_NAMES[1 - side]
        key = f"{name}[{lone.lower()}{idx}]"
        if k is None and not (c_free and table.raw_blind(rows[side][idx])):
            out.reasons[key] = f"2 of 3 ({other}, C) have no such row here; {lone} keyed one"
            out.dissent[key] = [lone.lower()]
            continue
        if k is None:  # known by an illegible name, and C has rows no pass shares
            d = table._row_discrepancy(rows[0], rows[1], i, j)
            d.passes = ["a", "b", "c"]
            d.explanation += "; its name is illegible, so no row of C can be told to be it or not"
            out.discrepancies.append(d)
            value.append(dict.fromkeys((c.name for c in table.cells), None))
            _tag(out.discrepancies, since, len(value) - 1)
            continue
        in_order = k > last and k not in used
        if in_order and table._keys(rows[side], keys[side], idx) == table._keys(
            rows[2], keys[2], k
        ):
            value.append(_cells(table, [rows[side][idx], rows[2][k]], (idx, k), Collector()))
            out.reasons[key] = f"2 of 3 ({lone}, C) keyed this row; {other} skipped it"
            out.dissent[key] = [other.lower()]
            used.add(k)
            last = k
            continue
        d = table._row_discrepancy(rows[0], rows[1], i, j)
        d.row_c = k
        d.c = table.row_text(rows[2][k])
        d.passes = ["a", "b", "c"]
        if in_order:
            d.explanation += f"; C keyed the row differently: {d.c}"
        else:
            d.explanation += (
                f"; C keyed it as row {k + 1}, in another order: the passes disagree "
                "on the order of the rows"
            )
        out.discrepancies.append(d)
        value.append(dict.fromkeys((c.name for c in table.cells), None))
        _tag(out.discrepancies, since, len(value) - 1)
    out.decided[name] = value
    both = sum(1 for i, j in ab if i is not None and j is not None)
    out.reasons[name] = _summary(both, len(ab) - both, len(out.discrepancies) - before)


def _cells(table: Table, rows: list[Row], idx: tuple[int, ...], out: Collector) -> dict[str, Any]:
    """The cells of partner rows (two or three), compared column by column."""
    row_value: dict[str, Any] = {}
    name = table.name
    rows_idx: tuple[int | None, ...] = idx if len(idx) == 3 else (*idx, None)
    for cell in table.cells:
        texts = [as_text(r.get(cell.name)) for r in rows]
        first = texts[0]
        if texts.count(first) == len(texts) and not (cell.required and not first.strip()):
            row_value[cell.name] = Pending(cell, texts[:1])
            continue
        cell_key = f"{name}[{idx[0]}].{cell.name}"
        row_value[cell.name] = cell.compare(texts, out, name, cell_key, rows_idx)
    return row_value
