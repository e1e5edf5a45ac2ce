"""The overview's document list: Qt's model contract (qtmodeltester), its data, the filter by
batch and status, and the statuses the services derive."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from keying.services.documents import DocumentRow, HistoryEntry, ListStatus, list_status
from keying.storage.documents_list import DocumentFacts
from keying.ui.document_view import HistoryModel, ValuesModel, history_rows, value_rows
from keying.ui.overview import (
    COL_DISCREPANCIES,
    COL_NOTE,
    COL_STATUS,
    DocumentFilter,
    DocumentListModel,
    OverviewView,
    RowRole,
    SortRole,
    summary_text,
)

ROWS = [
    DocumentRow(1, 1, "Batch 1", "D-001", 1, ListStatus.FINAL, 0, "final record written"),
    DocumentRow(2, 1, "Batch 1", "D-002", 2, ListStatus.SUPERVISOR, 2, "2 discrepancies"),
    DocumentRow(3, 2, "Batch 2", "D-003", 1, ListStatus.KEYING, 0, "no pass in yet"),
    DocumentRow(4, 2, "Batch 2", "D-004", 2, ListStatus.WAITING, 0, "pass 1 in"),
    DocumentRow(5, 2, "Batch 2", "D-005", 3, ListStatus.WITHDRAWN, 0, "rejected: torn"),
]


def test_the_document_list_model_keeps_qt_s_model_contract(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DocumentListModel(ROWS)
    qtmodeltester.check(model)
    model.set_rows(ROWS[:2])
    model.set_rows([])
    assert model.rowCount() == 0
    model.set_rows(ROWS)
    assert model.rowCount() == 5 and model.columnCount() == 5
    proxy = DocumentFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_the_model_shows_statuses_in_words_and_sorts_by_the_raw_value() -> None:
    model = DocumentListModel(ROWS)
    status = model.index(1, COL_STATUS)
    assert status.data() == "waits for a supervisor"
    assert status.data(SortRole) == "supervisor"
    assert status.data(RowRole) is ROWS[1]
    count = model.index(1, COL_DISCREPANCIES)
    assert count.data() == "2" and count.data(SortRole) == 2
    assert model.index(0, COL_DISCREPANCIES).data() == ""
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "Status"
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.data(QModelIndex()) is None


def test_summary_counts_each_outcome() -> None:
    assert summary_text(ROWS) == (
        "1 final · 1 wait for a supervisor · 2 still being keyed · 1 out of the batch · 5 documents"
    )


def test_an_operator_s_summary_says_the_documents_are_theirs(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert summary_text(ROWS[:2], own=True) == (
        "Your documents: 1 final · 1 wait for a supervisor · 0 still being keyed · 2 documents"
    )
    view = OverviewView()
    qtbot.addWidget(view)
    view.set_rows(ROWS[:1])
    assert not view.summary.text().startswith("Your documents")  # a supervisor's: every one
    view.for_operator()
    assert view.summary.text() == (
        "Your documents: 1 final · 0 wait for a supervisor · 0 still being keyed · 1 document"
    )


def test_an_operator_s_list_holds_the_documents_they_keyed_or_hold(  # type: ignore[no-untyped-def]
    new_world, migrated_database_url
) -> None:
    """Item 8 of issue 14: F9 is an operator's own document list (on SQLite and PostgreSQL)."""
    from datetime import timedelta

    from keying.services.documents import document_rows
    from keying.storage import repo

    world = new_world(database_url=migrated_database_url)
    services = world.services
    op1, op2 = world.sign_in("op1").operator_id, world.sign_in("op2").operator_id
    with services.sessions() as session:
        [held] = repo.claim_key_tasks(session, op1, "pc-1", 1, timedelta(minutes=30))
        [other] = repo.claim_key_tasks(session, op2, "pc-2", 2, timedelta(minutes=30))[1:]
        session.commit()
        payload = {
            "uuid": "4f1c9b1e-0000-4000-8000-000000000001",
            "document_id": other.document_id,
            "pass_no": other.pass_no,
            "operator_id": op2,
            "values": {},
            "finished_at": "2026-12-01T10:00:00+00:00",
        }
        repo.record_keying(session, payload)  # type: ignore[arg-type]
        session.commit()
        first, second = held.document_id, other.document_id
    mine = document_rows(services, keyed_by=op1)
    assert [r.document_id for r in mine] == [first]
    theirs = document_rows(services, keyed_by=op2)
    assert {r.document_id for r in theirs} == {first, second}  # held, and keyed
    assert {r.status for r in theirs if r.document_id == second} == {ListStatus.WAITING}
    assert len(document_rows(services)) == len(world.documents)  # a supervisor's: all


def test_the_filter_shows_one_batch_and_one_status(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = OverviewView()
    qtbot.addWidget(view)
    view.set_rows(ROWS)
    assert [view.batch_box.itemText(i) for i in range(view.batch_box.count())] == [
        "all batches",
        "Batch 1",
        "Batch 2",
    ]
    view.batch_box.setCurrentIndex(2)
    assert [r.document for r in view.shown_rows()] == ["D-003", "D-004", "D-005"]
    assert view.summary.text().endswith("3 documents")
    view.status_box.setCurrentIndex(view.status_box.findData(ListStatus.WAITING))
    assert [r.document for r in view.shown_rows()] == ["D-004"]
    view.set_rows(ROWS[:4])  # read again: the filter stays
    assert [r.document for r in view.shown_rows()] == ["D-004"]
    view.batch_box.setCurrentIndex(0)
    view.status_box.setCurrentIndex(0)
    assert len(view.shown_rows()) == 4


def _facts(**changes: object) -> DocumentFacts:
    base = dict(
        document_id=1,
        batch_id=1,
        batch="B",
        external_id="D",
        seq=1,
        status="keying",
        passes_in=(),
        open_discrepancies=0,
        third_pass_open=False,
        withdrawn=None,
        withdrawn_reason=None,
    )
    return DocumentFacts(**{**base, **changes})  # type: ignore[arg-type]


def test_list_status_says_where_each_document_stands() -> None:
    assert list_status(_facts()) == (ListStatus.KEYING, "no pass in yet")
    assert list_status(_facts(passes_in=(1,))) == (
        ListStatus.WAITING,
        "pass 1 in, waiting for pass 2",
    )
    assert list_status(_facts(passes_in=(2,)))[1] == "pass 2 in, waiting for pass 1"
    assert list_status(_facts(passes_in=(1, 2), third_pass_open=True))[0] == ListStatus.THIRD_PASS
    assert list_status(_facts(status="discrepant", open_discrepancies=1)) == (
        ListStatus.SUPERVISOR,
        "1 discrepancy to decide",
    )
    assert list_status(_facts(status="final"))[0] == ListStatus.FINAL
    assert list_status(_facts(status="flagged"))[0] == ListStatus.FLAGGED
    assert list_status(_facts(status="flagged", withdrawn="rescan", withdrawn_reason="blur")) == (
        ListStatus.WITHDRAWN,
        "withdrawn for a rescan: blur",
    )


def test_the_read_only_view_s_models_keep_qt_s_model_contract(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from keying.services.documents import DocumentView

    view = DocumentView(
        row=ROWS[0],
        pages=[],
        values={"total": "12.50", "members": [{"name": "Ann", "age": None}], "empty": []},
        values_are_final=True,
        provenance={"total": {"how": "b", "by": "sup"}, "members[0].name": {"how": "agreed"}},
        explanations={"members[0].age": "discrepancy"},
        history=[
            HistoryEntry(
                datetime(2026, 12, 1, 9, 0, tzinfo=UTC), "op1", "keying_inserted", {"pass_no": 1}
            )
        ],
    )
    rows = value_rows(view)
    assert rows == [
        ("total", "12.50", "B — sup"),
        ("members[0].name", "Ann", "agreed"),
        ("members[0].age", "(to decide)", "discrepancy"),
        ("empty", "(no rows)", ""),
    ]
    values = ValuesModel(rows)
    qtmodeltester.check(values)
    history = HistoryModel(history_rows(view.history))
    qtmodeltester.check(history)
    assert [history.index(0, c).data() for c in range(4)] == [
        "2026-12-01 09:00:00",
        "op1",
        "keying inserted",
        "pass_no: 1",
    ]
    from keying.services.document_record import ChargedError
    from keying.ui.document_view import ErrorsModel, error_rows

    errors = ErrorsModel(
        error_rows(
            [
                ChargedError("total", "total", 2, "op2", "substitution"),
                ChargedError("members", "members[1]", 1, "op1", "extra_row"),
            ]
        )
    )
    qtmodeltester.check(errors)
    assert [errors.index(1, c).data() for c in range(4)] == [
        "members[1]",
        "A",
        "op1",
        "keyed a row left out",
    ]


@pytest.mark.parametrize("code", ["fr", "km", "lo", "sw"])
def test_every_where_it_stands_is_shown_in_the_interface_s_language(qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    """docs/operator.md: the column "Where it stands" follows the interface's language (it
    once said it stayed English); every note the services say has its translation, shown by
    the overview's model; a withdrawal's typed reason stays as typed."""
    from PySide6.QtWidgets import QApplication

    from keying.ui.language import Language

    facts = [
        _facts(),
        _facts(passes_in=(1,)),
        _facts(passes_in=(1, 2), third_pass_open=True),
        _facts(status="discrepant", open_discrepancies=1),
        _facts(status="discrepant", open_discrepancies=3),
        _facts(status="final"),
        _facts(status="flagged"),
        _facts(status="flagged", withdrawn="rescan", withdrawn_reason="blur"),
        _facts(status="flagged", withdrawn="rejected", withdrawn_reason="blur"),
    ]
    said = [list_status(f) for f in facts]
    rows = [DocumentRow(i, 1, "B", f"D-{i}", i, st, 0, note) for i, (st, note) in enumerate(said)]
    english = [str(r.note) for r in rows]
    assert len(set(english)) == len(rows)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    model = DocumentListModel(rows)
    try:
        Language().install(app, code)
        shown = [model.index(i, COL_NOTE).data() for i in range(len(rows))]
    finally:
        Language().install(app, "en")
    for said, text in zip(english, shown, strict=True):
        assert text and text != said, (code, said)
    assert shown[-1].endswith("blur") and shown[-2].endswith("blur")
