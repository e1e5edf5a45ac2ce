"""CSV (UTF-8 with a BOM, so spreadsheets read accents right) and XLSX (openpyxl). Each value
is written as its field type says (`FieldType.export_text`, `export_cell`)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from keying.export.sheets import Sheet


def write_csv(sheet: Sheet, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([v.name for v in sheet.variables])
        columns = [(v.kind.export_text, v.definition) for v in sheet.variables]
        for row in sheet.rows:
            writer.writerow(
                ["" if x is None else text(x, d) for x, (text, d) in zip(row, columns, strict=True)]
            )


def write_xlsx(sheets: list[Sheet], path: Path) -> None:
    """One worksheet per sheet (write-only mode: memory stays flat); each value as its field
    type says (`FieldType.export_cell`: dates as Excel dates, numbers as numbers, booleans as
    booleans); the header row is frozen. Each worksheet states its size (`<dimension>`), which
    the write-only mode leaves out: without it, a reader that streams (openpyxl's read-only
    mode) gives a row whose last cells are empty shorter than the header."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    for sheet in sheets:
        ws = book.create_sheet(sheet.name[:31])
        ws.freeze_panes = "A2"
        # the rows are known before the first is written: openpyxl's writer asks the sheet
        # for its dimension as it starts (`calculate_dimension`, which only the ordinary,
        # in-memory worksheet has)
        size = f"A1:{get_column_letter(max(1, len(sheet.variables)))}{len(sheet.rows) + 1}"
        ws.calculate_dimension = lambda size=size: size
        header = []
        for v in sheet.variables:
            cell = WriteOnlyCell(ws, value=v.name)
            cell.font = Font(bold=True)
            header.append(cell)
        ws.append(header)
        columns = [(v.kind.export_cell, v.definition) for v in sheet.variables]
        for row in sheet.rows:
            out: list[Any] = []
            for x, (cell_of, d) in zip(row, columns, strict=True):
                value, number_format = (None, None) if x is None else cell_of(x, d)
                if number_format is not None:
                    cell = WriteOnlyCell(ws, value=value)
                    cell.number_format = number_format
                    value = cell
                out.append(value)
            ws.append(out)
    book.save(path)
