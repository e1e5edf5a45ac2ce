"""Where a table row is on the page: a table's zone holds a header band and then its printed
rows, all of one height (as the demo's scans print them, `keying.demo.render`): as many
bands as the larger of the rows keyed and `max_rows` (8 when unset, at most 12)."""

from __future__ import annotations

from keying.forms.model import FieldDef, Zone

DEFAULT_PRINTED_ROWS = 8
MAX_PRINTED_ROWS = 12


def printed_rows(table: FieldDef, rows_keyed: int) -> int:
    return max(rows_keyed, min(table.max_rows or DEFAULT_PRINTED_ROWS, MAX_PRINTED_ROWS))


def row_zone(table: FieldDef, row: int, rows_keyed: int) -> Zone | None:
    """The zone of row `row` (0-based) of a table whose passes keyed `rows_keyed` rows; None
    when the table has no zone or the row is past its printed rows."""
    zone = table.zone
    if zone is None or row < 0:
        return None
    bands = printed_rows(table, rows_keyed) + 1  # the header, then the rows
    if row + 1 >= bands:
        return None
    h = zone.h / bands
    return Zone(page=zone.page, x=zone.x, y=zone.y + (row + 1) * h, w=zone.w, h=h)
