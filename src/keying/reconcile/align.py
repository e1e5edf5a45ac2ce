"""Align the rows of two keyings of a table, order kept, near-linear in practice.

Rows are given by their keys (a tuple of normalized cell keys per row, hashable). Which rows
may be partners, and how well they fit, is the caller's: `fits(i, j)` returns a score > 0 for
an allowed pair (higher is better) or None when the rows cannot be partners (two different
people, say). Leaving a row without partner scores 0.

1. Rows equal at the start and at the end are partners (no scoring).
2. In what is left, rows whose key is unique in both sides and equal are anchors (the
   longest run of them in the same order, as patience diff does); the stretches between
   anchors are aligned on their own.
3. A stretch of at most `NW_CELLS` row pairs is aligned by Needleman-Wunsch (the best
   total score); a larger one without anchors is paired by position where allowed.

So a table of thousands of rows with a few rows skipped or added costs about one pass over
the rows; only a large stretch with nothing in common falls back to position.

With three passes, `in_order_of_c` puts the rows A and B each keyed alone in the order C
gives them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence

Pair = tuple[int | None, int | None]
Fits = Callable[[int, int], float | None]

NW_CELLS = 2_500  # row pairs scored by Needleman-Wunsch in one stretch at most


def align_rows(keys_a: Sequence[Hashable], keys_b: Sequence[Hashable], fits: Fits) -> list[Pair]:
    """Partner rows: (i, j), (i, None) for a row only in A, (None, j) for a row only in B,
    in the order of both tables."""
    out: list[Pair] = []
    _stretch(keys_a, keys_b, 0, len(keys_a), 0, len(keys_b), fits, out, anchors=True)
    return out


def _stretch(
    ka: Sequence[Hashable],
    kb: Sequence[Hashable],
    a0: int,
    a1: int,
    b0: int,
    b1: int,
    fits: Fits,
    out: list[Pair],
    anchors: bool,
) -> None:
    # 1. equal rows at both ends
    while a0 < a1 and b0 < b1 and ka[a0] == kb[b0]:
        out.append((a0, b0))
        a0 += 1
        b0 += 1
    tail: list[Pair] = []
    while a0 < a1 and b0 < b1 and ka[a1 - 1] == kb[b1 - 1]:
        a1 -= 1
        b1 -= 1
        tail.append((a1, b1))
    n, m = a1 - a0, b1 - b0
    if n == 0 or m == 0:
        out.extend((i, None) for i in range(a0, a1))
        out.extend((None, j) for j in range(b0, b1))
    elif n * m <= NW_CELLS:
        out.extend(_needleman_wunsch(a0, a1, b0, b1, fits))
    else:
        found = _anchors(ka, kb, a0, a1, b0, b1) if anchors else []
        if found:
            i0, j0 = a0, b0
            for i, j in found:
                _stretch(ka, kb, i0, i, j0, j, fits, out, anchors=True)
                out.append((i, j))
                i0, j0 = i + 1, j + 1
            _stretch(ka, kb, i0, a1, j0, b1, fits, out, anchors=True)
        else:
            out.extend(_by_position(a0, a1, b0, b1, fits))
    out.extend(reversed(tail))


def _anchors(
    ka: Sequence[Hashable], kb: Sequence[Hashable], a0: int, a1: int, b0: int, b1: int
) -> list[tuple[int, int]]:
    """Rows unique and equal on both sides, the longest run of them in the same order."""
    count_a: dict[Hashable, int] = {}
    where_a: dict[Hashable, int] = {}
    for i in range(a0, a1):
        k = ka[i]
        count_a[k] = count_a.get(k, 0) + 1
        where_a[k] = i
    count_b: dict[Hashable, int] = {}
    where_b: dict[Hashable, int] = {}
    for j in range(b0, b1):
        k = kb[j]
        count_b[k] = count_b.get(k, 0) + 1
        where_b[k] = j
    common = sorted(
        (where_a[k], where_b[k]) for k, c in count_a.items() if c == 1 and count_b.get(k) == 1
    )
    # Longest increasing run of B positions (patience sorting), in A's order.
    tops: list[int] = []  # smallest B position ending a run of each length
    ends: list[int] = []  # index into `common` of that run's last anchor
    back: list[int] = [-1] * len(common)
    for idx, (_, j) in enumerate(common):
        pos = bisect_left(tops, j)
        if pos == len(tops):
            tops.append(j)
            ends.append(idx)
        else:
            tops[pos] = j
            ends[pos] = idx
        back[idx] = ends[pos - 1] if pos else -1
    run: list[tuple[int, int]] = []
    idx = ends[-1] if ends else -1
    while idx >= 0:
        run.append(common[idx])
        idx = back[idx]
    run.reverse()
    return run


def _by_position(a0: int, a1: int, b0: int, b1: int, fits: Fits) -> list[Pair]:
    """A large stretch with nothing in common: row k with row k where they may be partners,
    else each row alone (never two different rows merged)."""
    out: list[Pair] = []
    n, m = a1 - a0, b1 - b0
    for k in range(min(n, m)):
        i, j = a0 + k, b0 + k
        if fits(i, j) is not None:
            out.append((i, j))
        else:
            out.append((i, None))
            out.append((None, j))
    out.extend((i, None) for i in range(a0 + min(n, m), a1))
    out.extend((None, j) for j in range(b0 + min(n, m), b1))
    return out


def _needleman_wunsch(a0: int, a1: int, b0: int, b1: int, fits: Fits) -> list[Pair]:
    n, m = a1 - a0, b1 - b0
    neg = float("-inf")
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]  # 0 diagonal, 1 up (A row alone), 2 left
    for i in range(1, n + 1):
        move[i][0] = 1
    for j in range(1, m + 1):
        move[0][j] = 2
    for i in range(1, n + 1):
        prev, row, mv = score[i - 1], score[i], move[i]
        for j in range(1, m + 1):
            s = fits(a0 + i - 1, b0 + j - 1)
            best, how = (neg, 0) if s is None else (prev[j - 1] + s, 0)
            up = prev[j]
            if up > best:
                best, how = up, 1
            left = row[j - 1]
            if left > best:
                best, how = left, 2
            row[j] = best
            mv[j] = how
    pairs: list[Pair] = []
    i, j = n, m
    while i > 0 or j > 0:
        how = move[i][j]
        if how == 0 and i > 0 and j > 0:
            pairs.append((a0 + i - 1, b0 + j - 1))
            i, j = i - 1, j - 1
        elif how == 1 and i > 0:
            pairs.append((a0 + i - 1, None))
            i -= 1
        else:
            pairs.append((None, b0 + j - 1))
            j -= 1
    pairs.reverse()
    return pairs


def partners(pairs: list[Pair]) -> dict[int, int]:
    """The rows an alignment paired: each row of the first side to its partner."""
    return {i: j for i, j in pairs if i is not None and j is not None}


def in_order_of_c(ab: list[Pair], a_to_c: dict[int, int], b_to_c: dict[int, int]) -> list[Pair]:
    """The A-B alignment with each run of rows only A or only B has put in C's order (the
    order of their partners in C; rows C lacks last): where A skipped one row and B the
    next, C says which came first."""
    out: list[Pair] = []
    run: list[Pair] = []

    def where(p: Pair) -> tuple[bool, int]:
        i, j = p
        k = a_to_c.get(i) if i is not None else b_to_c.get(j) if j is not None else None
        return (k is None, k or 0)

    for p in ab:
        if p[0] is not None and p[1] is not None:
            out.extend(sorted(run, key=where))
            run = []
            out.append(p)
        else:
            run.append(p)
    out.extend(sorted(run, key=where))
    return out
