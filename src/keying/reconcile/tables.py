"""Reconcile a table: align the rows of the passes, then compare cells of partner rows.

Rows are aligned in order (`align.py`: equal rows at both ends, unique equal rows as
anchors, Needleman-Wunsch in what is left): pairing row i of A with row j of B scores
`similarity - 0.5`, leaving a row without partner scores 0, and the alignment with the
highest total wins. The similarity of two rows is the mean over their cells (1 where they
agree after normalization). Two rows can be partners only if they are the same row: their
identifying cells (the table's `name`-policy columns, or else the row's text as a whole)
agree, up to a typo (`same_row`). So a row one pass skipped (or added) is one `missing_row`
(`extra_row`), every other row still meets its true partner, and two different people are
never merged into one row.

Fast paths: identical tables are not looked at (the caller compares the lists); tables of the
same length whose differing rows are all the same rows and similar (≥ 0.6: at most one cell
of three wrong) are paired by position without running the alignment.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from keying.forms.markers import ILLEGIBLE
from keying.reconcile.align import align_rows
from keying.reconcile.fields import Cell, Collector
from keying.reconcile.fuzzy import OSA, fuzz
from keying.reconcile.normalize import as_text, keyed_values, unkeyed_value
from keying.reconcile.positional import POSITIONAL_MIN, by_position
from keying.reconcile.result import Discrepancy, Pending, resolve_value

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike, FormLike

MATCH_OFFSET = 0.5  # a pair scores similarity - 0.5; a row left alone scores 0

Row = Mapping[str, Any]
Pair = tuple[int | None, int | None]


def as_rows(raw: Any) -> list[Row]:
    if type(raw) is list and _dicts(raw):
        return raw  # the common case (every row an object)
    if not isinstance(raw, list):
        return []
    return [r if isinstance(r, Mapping) else {} for r in raw]


def _dicts(rows: list[Any]) -> bool:
    """Is every row a plain dict? (compiled: a loop without a call per row)"""
    return all(type(r) is dict for r in rows)


_ILLEGIBLE = "\x00illegible"
_UNKNOWN = (_ILLEGIBLE, "\x00nothing")


def _sig(key: Any) -> str:
    if isinstance(key, tuple):
        return "?" if key[0] == "\x00illegible" else "" if key[0] == "\x00nothing" else str(key[1])
    return str(key)


def _unknown(key: Any) -> bool:
    return isinstance(key, tuple) and key[0] in _UNKNOWN


def _illegible(key: Any) -> bool:
    return isinstance(key, tuple) and key[0] == _ILLEGIBLE


def within_a_typo(x: str, y: str) -> bool:
    """Two identifying texts that may be one keyed with a slip: equal ignoring letter case
    and word order, or at most 2 edits apart (+1 per 10 characters; a transposition is one
    edit)."""
    if x == y:
        return True
    x, y = x.casefold(), y.casefold()
    if x == y or sorted(x.split()) == sorted(y.split()):
        return True
    limit = 2 + max(len(x), len(y)) // 10
    return OSA.distance(x, y, score_cutoff=limit) <= limit


class Table:
    __slots__ = (
        "cells",
        "fuzzy",
        "id_names",
        "ids",
        "name",
        "names",
        "required",
    )

    def __init__(self, field: FieldLike, form: FormLike | None = None) -> None:
        self.name = field.name
        self.cells = [Cell(col, form) for col in field.columns or []]
        self.names = tuple(c.name for c in self.cells)
        self.required = tuple(c.name for c in self.cells if c.required)
        self.fuzzy = tuple(c.norm.impl.fuzzy for c in self.cells)
        # identifying columns: by their policy, names (none: the row's text as a whole)
        self.ids = tuple(k for k, c in enumerate(self.cells) if c.norm.impl.identifies_rows)
        self.id_names = tuple(self.names[k] for k in self.ids)

    # --- identical tables ---------------------------------------------------------------

    def unkeyed(self, row: Row) -> bool:
        """Does the row leave a cell of a required column empty (missing, null, "" or
        spaces)? Keyed so by every pass, such a cell is `not_keyed`, never agreed."""
        if type(row) is dict:  # (compiled: direct lookups, no list made)
            return any(unkeyed_value(row.get(name)) for name in self.required)
        return any(unkeyed_value(v) for v in keyed_values(row, self.required))

    def any_unkeyed(self, raw: Any) -> bool:
        """Does a table every pass keyed identically have a `not_keyed` cell? (then it
        is compared cell by cell, which flags them)"""
        # compiled: a loop of direct calls, each row's cells read by lookups
        return bool(self.required) and any(self.unkeyed(row) for row in as_rows(raw))

    def identical_value(self, raw: Any) -> list[dict[str, Any]]:
        return [self.same_row_value(row) for row in as_rows(raw)]

    def same_row_value(self, row: Row) -> dict[str, Any]:
        """The normalized cells of a row every pass keyed identically (`Cell.identical_value`,
        remembered per column). A loop: compiled (keying.native), each cell is direct calls,
        no call through a bound method per cell."""
        names, cells = self.names, self.cells
        raws = keyed_values(row, names)
        out: dict[str, Any] = {}
        for k in range(len(names)):
            out[names[k]] = cells[k].identical_value(raws[k])
        return out

    def identical_reason(self, raw: Any, passes: int) -> str:
        n = len(as_rows(raw))
        return f"identical ({n} row{'s' if n != 1 else ''})"

    # --- rows -----------------------------------------------------------------------------

    def row_keys(self, row: Row) -> tuple[Any, ...]:
        """The cells' keys (`Cell.key`): looked up in the columns' key memos first (a loop,
        compiled: direct lookups), made only where not found."""
        raws = keyed_values(row, self.names)
        cells = self.cells
        found: list[Any] = []
        for k in range(len(raws)):
            v = raws[k]
            cell = cells[k]
            if type(v) is str:
                f = cell.keys.get(v)
                found.append(cell.key(v) if f is None else f)
            else:  # None, a JSON number or true/false, or not a scalar: as its text
                found.append(cell.key(as_text(v)))
        return tuple(found)

    def row_text(self, row: Row) -> str:
        return " | ".join(cell.norm.shown(as_text(row.get(cell.name))) for cell in self.cells)

    def _similarity(self, ka: tuple[Any, ...], kb: tuple[Any, ...]) -> float:
        """Mean over the cells: 1 if equal, 0.5 if one side is empty or illegible (no
        evidence either way), 0 for different numbers, dates and codes, else rapidfuzz's
        ratio of the normalized texts."""
        blind = self._blind(ka, kb)
        if ka == kb:
            return 1.0 - 0.5 * blind / len(ka) if blind else 1.0
        total = -0.5 * blind  # an identifying cell illegible in both: no evidence (0.5)
        for x, y, fuzzy in zip(ka, kb, self.fuzzy, strict=True):
            if x == y:
                total += 1.0
            elif (isinstance(x, tuple) and x[0] in _UNKNOWN) or (
                isinstance(y, tuple) and y[0] in _UNKNOWN
            ):
                total += 0.5
            elif fuzzy:
                total += fuzz.ratio(_sig(x), _sig(y)) / 100.0
        return total / len(ka) if ka else 1.0

    def _keys(self, rows: list[Row], keys: list[Any], i: int) -> tuple[Any, ...]:
        k = keys[i]
        if k is None:
            k = keys[i] = self.row_keys(rows[i])
        return k

    def _blind(self, ka: tuple[Any, ...], kb: tuple[Any, ...]) -> int:
        """How many identifying cells both rows have as `[illegible]` (the same marker in
        two rows says nothing of who is in them: no evidence, 0.5, not a match)."""
        return sum(1 for c in self.ids if _illegible(ka[c]) and _illegible(kb[c]))

    def has_blind_ids(self, k: tuple[Any, ...]) -> bool:
        """Has the row an identifying cell marked `[illegible]`? (its key is then no
        evidence that an equal row of the other pass is the same row)"""
        return any(_illegible(k[c]) for c in self.ids)

    def raw_blind(self, row: Row) -> bool:
        """`has_blind_ids` of a row as keyed (before its keys are made)."""
        for name in self.id_names:
            v = row.get(name)
            if type(v) is str and v.strip() == ILLEGIBLE:
                return True
        return False

    def same_row(self, ka: tuple[Any, ...], kb: tuple[Any, ...]) -> bool:
        """Whether two rows may be one row keyed twice: their identifying cells agree up to
        a typo (a cell empty on either side says nothing).

        `[illegible]` in an identifying cell (on either side, or both) is no match: rows
        whose identity rests on such a cell (no other identifying cell keyed alike) are not
        partners, whatever their other cells. A's row 3 with the name illegible is not B's
        row 4 (name illegible, or Srey) because both are 20-year-old women: each row is
        shown to the supervisor whole (`missing_row`, `extra_row`), nobody merged away."""
        if self.ids:
            evidence = blind = False
            for c in self.ids:
                x, y = ka[c], kb[c]
                if _illegible(x) or _illegible(y):
                    blind = True
                elif _unknown(x) or _unknown(y):
                    continue  # empty on a side: says nothing
                elif x == y or within_a_typo(_sig(x), _sig(y)):
                    evidence = True
                else:
                    return False
            return evidence or not blind
        known = [(x, y) for x, y in zip(ka, kb, strict=True) if not (_unknown(x) or _unknown(y))]
        return within_a_typo(
            " | ".join(_sig(x) for x, _ in known), " | ".join(_sig(y) for _, y in known)
        )

    def fit(self, ka: tuple[Any, ...], kb: tuple[Any, ...]) -> float | None:
        """The score of pairing two rows (> 0), or None if they cannot be partners."""
        if ka == kb and not (self.ids and self.has_blind_ids(ka)):
            return 1.0 - MATCH_OFFSET
        if not self.same_row(ka, kb):
            return None
        s = self._similarity(ka, kb) - MATCH_OFFSET
        if s > 0:
            return s
        # Not alike, yet the same row: the same name, or (no name column) the whole row
        # within a typo. Partners then, at the lowest score.
        if not self.ids or all(ka[c] == kb[c] and not _unknown(ka[c]) for c in self.ids):
            return 0.01
        return None

    def align(
        self, rows_a: list[Row], rows_b: list[Row], keys_a: list[Any], keys_b: list[Any]
    ) -> list[Pair]:
        """Partner rows: pairs (i, j), (i, None) for a row only in A, (None, j) only in B.

        `keys_a`/`keys_b` hold each row's cell keys, None until needed (filled in here)."""
        n, m = len(rows_a), len(rows_b)
        if rows_a == rows_b:  # keyed identically: row by row (nothing tells rows apart)
            return [(i, i) for i in range(n)]
        if n == m:
            for i in range(n):
                if rows_a[i] != rows_b[i] or self.raw_blind(rows_a[i]):
                    ka = self._keys(rows_a, keys_a, i)
                    kb = self._keys(rows_b, keys_b, i)
                    if self._similarity(ka, kb) < POSITIONAL_MIN or not self.same_row(ka, kb):
                        break
            else:
                return [(i, i) for i in range(n)]
        for i in range(n):
            self._keys(rows_a, keys_a, i)
        for j in range(m):
            self._keys(rows_b, keys_b, j)
        ends = self._ends_only(keys_a, keys_b)
        if ends is not None:
            return ends
        # Canonical order so that swapping A and B mirrors the alignment exactly.
        sig_a = ["\x1e".join(map(_sig, k)) for k in keys_a]
        sig_b = ["\x1e".join(map(_sig, k)) for k in keys_b]
        if sig_a > sig_b:
            pairs = self._align(keys_b, keys_a)
            return [(i, j) for j, i in pairs]
        return self._align(keys_a, keys_b)

    def _align(self, keys_a: list[Any], keys_b: list[Any]) -> list[Pair]:
        """`align_rows`, where a row with an illegible identifying cell equals no row (it is
        never paired for being equal, at the ends or as an anchor: `fit` decides)."""
        fit = self.fit
        eq_a, eq_b = self._equal_keys(keys_a, keys_b)
        return align_rows(eq_a, eq_b, lambda i, j: fit(keys_a[i], keys_b[j]))

    def _equal_keys(self, keys_a: list[Any], keys_b: list[Any]) -> tuple[list[Any], list[Any]]:
        if not self.ids:
            return keys_a, keys_b
        blind = self.has_blind_ids
        eq_a = [("\x00blind-a", i) if blind(k) else k for i, k in enumerate(keys_a)]
        eq_b = [("\x00blind-b", j) if blind(k) else k for j, k in enumerate(keys_b)]
        return eq_a, eq_b

    def _ends_only(self, keys_a: list[Any], keys_b: list[Any]) -> list[Pair] | None:
        """`_align`'s answer when the rows equal at both ends (`align_rows`, step 1) leave
        rows of one side only (a row skipped or added): the same answer whichever side
        goes first, so without the canonical order. None in any other case."""
        ka, kb = self._equal_keys(keys_a, keys_b)
        a0, a1, b1 = 0, len(ka), len(kb)
        while a0 < a1 and a0 < b1 and ka[a0] == kb[a0]:
            a0 += 1
        while a0 < a1 and a0 < b1 and ka[a1 - 1] == kb[b1 - 1]:
            a1 -= 1
            b1 -= 1
        if a0 < a1 and a0 < b1:
            return None
        tail = len(ka) - a1
        pairs: list[Pair] = [(i, i) for i in range(a0)]
        pairs.extend((i, None) for i in range(a0, a1))
        pairs.extend((None, j) for j in range(a0, b1))
        pairs.extend((a1 + t, b1 + t) for t in range(tail))
        return pairs

    def finish(self, decided: Any) -> list[dict[str, Any]]:
        """The agreed rows, from what compare2/compare3 decided."""
        out = []
        for row in decided:
            if isinstance(row, _Same):
                out.append(self.same_row_value(row.row))
            else:
                out.append({k: resolve_value(v) for k, v in row.items()})
        return out

    # --- deciding -----------------------------------------------------------------------

    def compare2(self, raw_a: Any, raw_b: Any, out: Collector) -> None:
        rows_a, rows_b = as_rows(raw_a), as_rows(raw_b)
        name = self.name
        if rows_a == rows_b and not self.any_unkeyed(rows_a):
            out.decided[name] = [_Same(r) for r in rows_a]
            out.reasons[name] = self.identical_reason(rows_a, 2)
            return
        if len(rows_a) == len(rows_b):
            todo = by_position(self, rows_a, rows_b)
            if todo is not None:
                # Paired row by row (what `align` gives such tables): only the rows in
                # `todo` are compared cell by cell, the others were keyed identically.
                value: list[Any] = list(map(_Same, rows_a))
                found = out.discrepancies
                before = len(found)
                for i in todo:
                    since = len(found)
                    value[i] = self._cells2(rows_a[i], rows_b[i], i, i, out)
                    _tag(found, since, i)
                out.decided[name] = value
                out.reasons[name] = _summary(len(rows_a), 0, len(found) - before)
                return
        self.compare2_aligned(rows_a, rows_b, out)

    def compare2_aligned(self, rows_a: list[Row], rows_b: list[Row], out: Collector) -> None:
        """Two passes' rows paired by `align`, then compared cell by cell."""
        name = self.name
        keys_a: list[Any] = [None] * len(rows_a)
        keys_b: list[Any] = [None] * len(rows_b)
        pairs = self.align(rows_a, rows_b, keys_a, keys_b)
        before = len(out.discrepancies)
        value: list[Any] = []
        unkeyed = self.unkeyed if self.any_unkeyed(rows_a) else _never
        for i, j in pairs:
            since = len(out.discrepancies)
            if i is not None and j is not None:
                if rows_a[i] == rows_b[j] and not unkeyed(rows_a[i]):
                    value.append(_Same(rows_a[i]))
                    continue
                value.append(self._cells2(rows_a[i], rows_b[j], i, j, out))
            else:
                out.discrepancies.append(self._row_discrepancy(rows_a, rows_b, i, j))
                value.append(dict.fromkeys((c.name for c in self.cells), None))
            _tag(out.discrepancies, since, len(value) - 1)
        out.decided[name] = value
        both = sum(1 for i, j in pairs if i is not None and j is not None)
        out.reasons[name] = _summary(both, len(pairs) - both, len(out.discrepancies) - before)

    def _cells2(self, ra: Row, rb: Row, i: int, j: int, out: Collector) -> dict[str, Any]:
        """`_cells` of two partner rows, A's row i and B's row j."""
        row_value: dict[str, Any] = {}
        name = self.name
        names = self.names
        xs, ys = keyed_values(ra, names), keyed_values(rb, names)
        cells = self.cells
        for k in range(len(names)):
            cell, column = cells[k], names[k]
            x, y = xs[k], ys[k]
            tx = x if type(x) is str else as_text(x)
            ty = y if type(y) is str else as_text(y)
            if tx == ty and not (cell.required and not tx.strip()):
                row_value[column] = Pending(cell, [tx])
                continue
            key = f"{name}[{i}].{column}"
            row_value[column] = cell.compare2(tx, ty, out, name, key, (i, j, None))
        return row_value

    def _row_discrepancy(
        self, rows_a: list[Row], rows_b: list[Row], i: int | None, j: int | None
    ) -> Discrepancy:
        if j is None:
            assert i is not None
            text = self.row_text(rows_a[i])
            return Discrepancy(
                self.name,
                i,
                None,
                None,
                text,
                None,
                "missing_row",
                0.0,
                [[0, len(text)]],
                [],
                f"row {i + 1} of A has no partner in B (B skipped it, or A added it): {text}",
            )
        text = self.row_text(rows_b[j])
        return Discrepancy(
            self.name,
            None,
            j,
            None,
            None,
            text,
            "extra_row",
            0.0,
            [],
            [[0, len(text)]],
            f"row {j + 1} of B has no partner in A (B added it, or A skipped it): {text}",
        )


class _Same:
    """A row every pass keyed identically; its normalized values are made when read."""

    __slots__ = ("row",)

    def __init__(self, row: Row) -> None:
        self.row = row


def _tag(found: list[Discrepancy], since: int, row: int) -> None:
    """The discrepancies found since `since` are in row `row` of the agreed table."""
    for d in found[since:]:
        d.row = row


def _summary(both: int, lone: int, flagged: int) -> str:
    """A table's explanation: how many rows were aligned, left alone, flagged."""
    text = f"{both} row{'s' if both != 1 else ''} aligned"
    if lone:
        text += f", {lone} without partner"
    return text + (f"; {flagged} discrepanc{'ies' if flagged != 1 else 'y'}" if flagged else "")


def _never(row: Row) -> bool:
    """`Table.unkeyed` of the rows of a table that has no required cell left empty."""
    return False
