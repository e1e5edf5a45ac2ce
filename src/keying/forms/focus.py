"""Focus order of the entry form, without Qt: where Enter, Tab, Shift+Tab, Up and Down go.

The form is a list of slots in keying order: a field (path `name`) or a table (cell paths
`table[row].column`, rows counted from 0). `plan_move` answers, for the slots as they are
now, where a key leads from a path, and whether it opens a new table row or drops an empty
one on the way. The view carries the answer out.

In a table: Enter and Tab go cell by cell and row by row; Enter in the last cell of the last
row, when that row has something keyed, opens a new row (up to the table's maximum); Enter on
an empty last row leaves the table and drops that row (if more rows than the minimum are
left); Up and Down move a row up or down, and leave the table past its first or last row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

NEXT, PREV, UP, DOWN = "next", "prev", "up", "down"
DIRECTIONS = (NEXT, PREV, UP, DOWN)


@dataclass(frozen=True)
class Slot:
    """One visible top-level field: `columns` empty for a field, else a table with `rows`
    rows (`last_row_empty`: nothing keyed in its last row)."""

    name: str
    columns: tuple[str, ...] = ()
    rows: int = 1
    last_row_empty: bool = False
    min_rows: int = 1
    max_rows: int = 1

    @property
    def is_table(self) -> bool:
        return bool(self.columns)

    def first(self) -> str:
        return cell_path(self.name, 0, self.columns[0]) if self.is_table else self.name

    def last(self) -> str:
        if not self.is_table:
            return self.name
        return cell_path(self.name, self.rows - 1, self.columns[-1])

    def paths(self) -> list[str]:
        if not self.is_table:
            return [self.name]
        return [cell_path(self.name, r, c) for r in range(self.rows) for c in self.columns]


@dataclass(frozen=True)
class Move:
    """Where a key leads. `target` None: no field in that direction (`at_end` when Enter or
    Down was pressed on the last field). `insert_row` / `drop_row`: (table, row index) to
    add or remove before going to `target`."""

    target: str | None
    insert_row: tuple[str, int] | None = None
    drop_row: tuple[str, int] | None = None
    at_end: bool = False


def cell_path(table: str, row: int, column: str) -> str:
    return f"{table}[{row}].{column}"


def split_path(path: str) -> tuple[str, int | None, str | None]:
    """`name` → (name, None, None); `table[row].column` → (table, row, column)."""
    if "[" not in path:
        return path, None, None
    table, rest = path.split("[", 1)
    row, column = rest.split("].", 1)
    return table, int(row), column


def order(slots: Sequence[Slot]) -> list[str]:
    """Every path, in keying order."""
    return [p for slot in slots for p in slot.paths()]


def plan_move(slots: Sequence[Slot], path: str, direction: str) -> Move:
    """Where `direction` leads from `path` (a path not among the slots goes nowhere)."""
    name, row, column = split_path(path)
    index = next((i for i, s in enumerate(slots) if s.name == name), None)
    if index is None:
        return Move(None)
    slot = slots[index]
    forward = direction in (NEXT, DOWN)
    if slot.is_table and row is not None and column in slot.columns:
        return _table_move(slots, index, row, slot.columns.index(column), direction)
    return _leave(slots, index, forward)


def _leave(
    slots: Sequence[Slot], index: int, forward: bool, drop: tuple[str, int] | None = None
) -> Move:
    """To the first path after (or the last before) slot `index`."""
    if forward:
        after = slots[index + 1].first() if index + 1 < len(slots) else None
        return Move(after, drop_row=drop, at_end=after is None)
    return Move(slots[index - 1].last() if index > 0 else None, drop_row=drop)


def _table_move(slots: Sequence[Slot], index: int, r: int, c: int, direction: str) -> Move:
    table = slots[index]
    last_row, last_col = table.rows - 1, len(table.columns) - 1
    here = table.name
    if direction == UP:
        return (
            Move(cell_path(here, r - 1, table.columns[c])) if r > 0 else _leave(slots, index, False)
        )
    if direction == DOWN:
        if r < last_row:
            return Move(cell_path(here, r + 1, table.columns[c]))
        return _leave(slots, index, True)
    if direction == PREV:
        if c > 0:
            return Move(cell_path(here, r, table.columns[c - 1]))
        if r > 0:
            return Move(cell_path(here, r - 1, table.columns[last_col]))
        return _leave(slots, index, False)
    if r == last_row and table.last_row_empty:
        # Enter on the empty last row ends the table (the row is dropped if it may be).
        droppable = r > 0 and table.rows > max(1, table.min_rows)
        return _leave(slots, index, True, (here, r) if droppable else None)
    if c < last_col:
        return Move(cell_path(here, r, table.columns[c + 1]))
    if r < last_row:
        return Move(cell_path(here, r + 1, table.columns[0]))
    # The last cell of the last row, which has something keyed: a new row opens.
    if table.rows < table.max_rows:
        return Move(cell_path(here, r + 1, table.columns[0]), insert_row=(here, r + 1))
    return _leave(slots, index, True)
