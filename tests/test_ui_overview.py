"""The overview's item model: Qt's model contract (pytest-qt's qtmodeltester) and its data."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from keying.ui.overview import (
    COL_DISCREPANCIES,
    COL_STATUS,
    DocumentStatusModel,
    SortRole,
    summary_text,
)

ROWS = [
    ("Batch 1", "D-001", "final", 0),
    ("Batch 1", "D-002", "discrepant", 2),
    ("Batch 2", "D-003", "keying", 0),
    ("Batch 2", "D-004", "some new status", 0),
]


def test_the_document_status_model_keeps_qt_s_model_contract(qtmodeltester) -> None:
    model = DocumentStatusModel(ROWS)
    qtmodeltester.check(model)
    # The tester stays attached: it checks the signals of a reset too.
    model.set_rows(ROWS[:2])
    model.set_rows([])
    assert model.rowCount() == 0
    model.set_rows(ROWS)
    assert model.rowCount() == 4 and model.columnCount() == 4


def test_the_model_shows_statuses_in_words_and_sorts_by_the_raw_value() -> None:
    model = DocumentStatusModel(ROWS)
    status = model.index(1, COL_STATUS)
    assert status.data() == "waits for a supervisor"
    assert status.data(SortRole) == "discrepant"
    assert model.index(3, COL_STATUS).data() == "some new status"  # unknown: as stored
    count = model.index(1, COL_DISCREPANCIES)
    assert count.data() == "2" and count.data(SortRole) == 2
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "Status"
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.data(QModelIndex()) is None


def test_summary_counts_each_outcome() -> None:
    assert summary_text(ROWS) == (
        "1 agreed · 1 wait for a supervisor · 1 still being keyed · 4 documents"
    )
