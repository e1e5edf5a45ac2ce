"""CSV (UTF-8 with a BOM, so spreadsheets read accents right) and XLSX (openpyxl)."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from keying.export.sheets import Sheet


def csv_text(value: Any) -> str:
    """ISO dates, plain decimal numbers, booleans 1/0, markers and text as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def write_csv(sheet: Sheet, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([v.name for v in sheet.variables])
        for row in sheet.rows:
            writer.writerow([csv_text(v) for v in row])


def write_xlsx(sheets: list[Sheet], path: Path) -> None:
    """One worksheet per sheet (write-only mode: memory stays flat); dates as Excel dates,
    numbers as numbers, booleans as booleans; the header row is frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    for sheet in sheets:
        ws = book.create_sheet(sheet.name[:31])
        ws.freeze_panes = "A2"
        header = []
        for v in sheet.variables:
            cell = WriteOnlyCell(ws, value=v.name)
            cell.font = Font(bold=True)
            header.append(cell)
        ws.append(header)
        date_columns = [i for i, v in enumerate(sheet.variables) if v.type == "date"]
        for row in sheet.rows:
            out: list[Any] = list(row)
            for i in date_columns:
                if isinstance(row[i], date):
                    cell = WriteOnlyCell(ws, value=row[i])
                    cell.number_format = "yyyy-mm-dd"
                    out[i] = cell
            ws.append(out)
    book.save(path)
