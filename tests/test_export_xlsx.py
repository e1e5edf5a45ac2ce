"""XLSX sheets state their size, so readers that stream them see whole rows."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from keying.export.sheets import Sheet, Variable
from keying.export.tabular import write_xlsx


def _variables(*names: str) -> list[Variable]:
    return [Variable(n, n.title(), "text") for n in names]


def test_a_read_only_reader_gets_rows_as_long_as_the_header(tmp_path: Path) -> None:
    """Write-only openpyxl writes no `<dimension>`: a read-only reader then cut a row at its
    last value (`("D-1",)` for a record whose note is empty)."""
    records = Sheet("records", _variables("document", "note", "place"))
    records.rows = [["D-1", None, None], ["D-2", "x", None], ["D-3", None, "y"]]
    empty = Sheet("items", _variables("document", "row"))
    out = tmp_path / "out.xlsx"
    write_xlsx([records, empty], out)

    book = load_workbook(out, read_only=True)
    assert book["records"].calculate_dimension() == "A1:C4"
    assert list(book["records"].iter_rows(values_only=True)) == [
        ("document", "note", "place"),
        ("D-1", None, None),
        ("D-2", "x", None),
        ("D-3", None, "y"),
    ]
    assert book["items"].calculate_dimension() == "A1:B1"
    assert list(book["items"].iter_rows(values_only=True)) == [("document", "row")]
    book.close()
