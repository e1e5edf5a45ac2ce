"""A discrepancy of two passes whose description is made when first read.

`reconcile` decides what agrees and what is flagged; how a flag is described — the values
as shown, its kind, similarity, spans and explanation (`classify.classify_values`: an edit
script, rapidfuzz, the values parsed and labelled) — is made the first time any of these is
read (`to_json`, a window, a test), like the agreed values and the minor kinds. The
description is a pure function of the field and the two keyed texts, so it is the same
whenever it is made. The explanation of the field (`discrepancy: <kind>`) waits likewise
(`KindReason`).
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from keying.reconcile.result import Discrepancy, Pending

if TYPE_CHECKING:
    from keying.reconcile.fields import Cell

# what `Cell.describe` makes, in its order: the dataclass's own slots hold them once made
DESCRIBED = ("a", "b", "kind", "similarity", "spans_a", "spans_b", "explanation")
_SLOTS = tuple(Discrepancy.__dict__[n] for n in DESCRIBED)
_COMPARED = tuple(f.name for f in fields(Discrepancy) if f.compare)
_ALL = tuple(f.name for f in fields(Discrepancy))


class Unclassified(Discrepancy):
    """A `Discrepancy` of two keyed texts of a cell, described when first read."""

    __slots__ = ("_of",)

    def __init__(
        self, cell: Cell, ta: str, tb: str, field: str, column: str | None, rows: Any
    ) -> None:  # the dataclass's __init__ would set (so make) the description
        self._of: tuple[Cell, str, str] | None = (cell, ta, tb)
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

    def describe(self) -> None:
        of = self._of
        if of is not None:
            self._of = None
            cell, ta, tb = of
            for slot, value in zip(_SLOTS, cell.describe(ta, tb), strict=True):
                slot.__set__(self, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Discrepancy):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in _COMPARED)

    __hash__ = None  # type: ignore[assignment]  # as the dataclass's: mutable, compared

    def __reduce__(self) -> tuple[Any, ...]:
        # copied or pickled as the plain dataclass, described
        return Discrepancy, tuple(getattr(self, n) for n in _ALL)


def _described(slot: Any) -> property:
    def get(self: Unclassified) -> Any:
        if self._of is not None:
            self.describe()
        return slot.__get__(self, Discrepancy)

    def put(self: Unclassified, value: Any) -> None:
        if self._of is not None:
            self.describe()  # (made later, it would overwrite the value set)
        slot.__set__(self, value)

    return property(get, put)


for _name, _slot in zip(DESCRIBED, _SLOTS, strict=True):
    setattr(Unclassified, _name, _described(_slot))


class KindReason(Pending):
    """The explanation `discrepancy: <kind>` of a field or cell flagged `Unclassified`."""

    __slots__ = ("flag",)

    def __init__(self, flag: Discrepancy) -> None:
        self.flag = flag

    def reason(self) -> str:
        return f"discrepancy: {self.flag.kind}"

    def value(self) -> str:  # never an agreed value (`resolve_value` is not asked)
        raise TypeError("a discrepancy's explanation has no agreed value")
