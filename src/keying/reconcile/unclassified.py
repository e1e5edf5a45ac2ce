"""A discrepancy of two passes whose description is made when first read.

`reconcile` decides what agrees and what is flagged; how a flag is described — the values
as shown, its kind, similarity, spans and explanation (`classify.classify_values`: an edit
script, rapidfuzz, the values parsed and labelled) — is made the first time any of these is
read (`to_json`, a window, a test), like the agreed values and the minor kinds. The
description is a pure function of the field and the two keyed texts, so it is the same
whenever it is made. The explanation of the field (`discrepancy: <kind>`) waits likewise
(`KindReason`). The waiting itself is `Discrepancy`'s (its `_of` and properties), so that
both classes compile with mypyc (keying.native).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from keying.reconcile.result import Discrepancy, Pending

if TYPE_CHECKING:
    from keying.reconcile.fields import Cell


class Unclassified(Discrepancy):
    """A `Discrepancy` of two keyed texts of a cell, described when first read."""

    __slots__ = ()

    def __init__(
        self,
        cell: Cell,
        ta: str,
        tb: str,
        field: str,
        column: str | None,
        rows: tuple[int | None, ...],
    ) -> None:  # `Discrepancy.__init__` would take (so need) the description
        self._of = (cell, ta, tb)
        self.field = field
        self.row_a = rows[0] if column is not None else None
        self.row_b = rows[1] if column is not None else None
        self.column = column
        self.c = None
        self.row_c = None
        self.passes = []
        self.row = None
        self.minor_of = None if cell.minor is None else (cell, [ta, tb])
        self._minor = None


class KindReason(Pending):
    """The explanation `discrepancy: <kind>` of a field or cell flagged `Unclassified`."""

    __slots__ = ("flag",)

    def __init__(self, flag: Discrepancy) -> None:
        self.flag = flag

    def reason(self) -> str:
        return f"discrepancy: {self.flag.kind}"

    def value(self) -> str:  # never an agreed value (`resolve_value` is not asked)
        raise TypeError("a discrepancy's explanation has no agreed value")
