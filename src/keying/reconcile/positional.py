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
from keying.reconcile.normalize import as_text

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
        keys = table.row_keys
        similarity, same_row = table._similarity, table.same_row
        for i in check:
            fits = _alike(table, rows_a[i], rows_b[i])
            if fits is None:
                ka, kb = keys(rows_a[i]), keys(rows_b[i])
                fits = similarity(ka, kb) >= POSITIONAL_MIN and same_row(ka, kb)
            if not fits:
                return None
    if not table.any_unkeyed(rows_a):
        return differ
    unkeyed, differs = table.unkeyed, set(differ)
    return [i for i, row in enumerate(rows_a) if i in differs or unkeyed(row)]


def _alike(table: Table, ra: Row, rb: Row) -> bool | None:
    """Whether `align` may pair two rows by position, told without making every cell's key
    (None when it cannot be told so): with at least 0.6 of the cells keyed identically
    (each such cell's similarity is 1, `Table._similarity`) and no identifying cell
    `[illegible]`, the rows are similar enough, and the same row if their identifying
    cells are keyed identically, or else as `Table.same_row` says of those cells' keys."""
    if not table.ids:
        return None
    names, id_names = table.names, table.id_names
    same = 0
    ids_differ = False
    for column in names:
        x, y = ra.get(column), rb.get(column)
        if x == y and (x is None or (type(x) is str and type(y) is str)):
            same += 1
        elif column in id_names:
            ids_differ = True
    if same < POSITIONAL_MIN * len(names):
        return None
    for column in id_names:
        x, y = ra.get(column), rb.get(column)
        if (type(x) is str and x.strip() == ILLEGIBLE) or (
            type(y) is str and y.strip() == ILLEGIBLE
        ):
            return None
    if not ids_differ:
        return True
    ka: list[Any] = [None] * len(names)
    kb: list[Any] = [None] * len(names)
    for c in table.ids:  # `Table.row_keys`, of the identifying cells only
        key, column = table.keys[c], names[c]
        x, y = ra.get(column), rb.get(column)
        ka[c] = key(x if type(x) is str else as_text(x))
        kb[c] = key(y if type(y) is str else as_text(y))
    return table.same_row(tuple(ka), tuple(kb))


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
