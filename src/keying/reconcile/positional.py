"""Tables of two passes with as many rows on both sides, paired row by row.

What `Table.align` gives such tables when every row that differs is the same row (its
identifying cells agree up to a typo, `Table.same_row`) and similar (≥ 0.6, at most one cell
of three wrong), found here without the alignment: the rows keyed identically are not
looked at (in C), and a row whose identifying cells and most cells were keyed identically
is known to pass without its cells' keys. Held to the general path by
tests/test_reconcile_fast_paths.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import ne
from typing import TYPE_CHECKING, Any

from keying.forms.markers import ILLEGIBLE
from keying.reconcile.normalize import keyed_values

if TYPE_CHECKING:
    from keying.reconcile.tables import Row, Table

POSITIONAL_MIN = 0.6  # all differing rows at least this similar: pair by position


def by_position(table: Table, rows_a: Sequence[Row], rows_b: Sequence[Row]) -> list[int] | None:
    """Tables of the same length that `align` pairs by position (see there): the rows
    to compare cell by cell (those that differ, and those keyed identically with a
    required cell left empty), in order; None when the rows must be aligned."""
    differ = list(compress(range(len(rows_a)), map(ne, rows_a, rows_b)))
    if differ:
        check = differ
        if table.id_names:
            blind = blind_rows(table, rows_a)
            if blind:
                check = sorted(set(differ).union(blind))
        for i in check:
            if _alike(table, rows_a[i], rows_b[i]):
                continue
            ka, kb = table.row_keys(rows_a[i]), table.row_keys(rows_b[i])
            if table._similarity(ka, kb) < POSITIONAL_MIN or not table.same_row(ka, kb):
                return None
    if not table.any_unkeyed(rows_a):
        return differ
    unkeyed, differs = table.unkeyed, set(differ)
    return [i for i, row in enumerate(rows_a) if i in differs or unkeyed(row)]


def _alike(table: Table, ra: Row, rb: Row) -> bool:
    """Two rows `by_position` may pair without making their keys: the identifying cells
    keyed identically and none `[illegible]` (`same_row`), and at least 0.6 of the
    cells keyed identically (each such cell's similarity is 1, `_similarity`)."""
    if not table.ids:
        return False
    same = 0
    names = table.names
    xs, ys = keyed_values(ra, names), keyed_values(rb, names)
    for k in range(len(names)):
        x, y = xs[k], ys[k]
        if x == y and (x is None or (type(x) is str and type(y) is str)):
            same += 1
        elif k in table.ids:
            return False
    if same < POSITIONAL_MIN * len(names):
        return False
    for k in table.ids:  # keyed identically: None or a string
        v = xs[k]
        if v is not None and v.strip() == ILLEGIBLE:
            return False
    return True


def blind_rows(table: Table, rows: Sequence[Row]) -> list[int]:
    """The rows with an identifying cell keyed `[illegible]` (`raw_blind`)."""
    for name in table.id_names:
        cells: list[Any] = [r.get(name) for r in rows]
        try:
            if ILLEGIBLE not in "\x00".join(cells):
                continue  # the common case, in C: no such cell in the column
        except TypeError:  # a cell that is not a string
            pass
        return [i for i, r in enumerate(rows) if table.raw_blind(r)]
    return []
