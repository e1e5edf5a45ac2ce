"""Minor flags decided in bulk (issue 16): through the services (one ordinary adjudication
each, reason `bulk: minor`, final records written, undone like any other) and through the
supervisor station's same-field mode by keyboard (M lists them and asks; A or B decides)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from keying.services.adjudication import DecisionRefused, SupervisorDesk
from keying.services.bulk_minor import (
    BULK_REASON,
    bulk_decision,
    bulk_kind,
    decide_in_bulk,
    minor_flags,
)
from keying.storage import adjudications as store
from keying.storage.models import Adjudication, AuditEvent
from keying.storage.vocabulary import Decision
from keying.ui.bulk_minor_dialog import BulkMinorDialog
from keying.ui.same_field_view import COL_DECISION, SameFieldList
from tests.support.supervision import document_id, key_passes
from tests.support.ui import press
from tests.test_adjudication import A
from tests.test_ui_adjudication import desk_view, settle, shown_path

B_CASE = {**A, "remarks": "Near River"}  # case only
B_DOT = {**A, "remarks": "near river."}  # punctuation only
B_BOTH = {**A, "remarks": "NEAR RIVER", "household_size": "5"}  # case only, and material


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 4}


@pytest.fixture
def minor(world):  # type: ignore[no-untyped-def]
    key_passes(world, {"D-001": (A, B_BOTH), "D-002": (A, B_DOT), "D-003": (A, B_CASE)})
    return world


def remarks_flags(world) -> list[Adjudication]:  # type: ignore[no-untyped-def]
    with world.services.sessions() as session:
        rows = list(session.scalars(select(Adjudication).order_by(Adjudication.id)))
        session.expunge_all()
    return rows


def test_minor_flags_of_a_field_and_kind_are_decided_in_bulk_and_undone(minor) -> None:
    desk = SupervisorDesk(minor.services, minor.sign_in("sup"))
    held = desk.claim(1)
    assert len(held) == 1 and desk.minor_waiting == 3  # the queue's, beyond the one held
    cases = desk.claim_field(held[0].batch_id, "remarks")
    assert [c.external_id for c in cases] == ["D-001", "D-002", "D-003"]
    remarks = {c.external_id: next(i for i in c.issues if i.field == "remarks") for c in cases}
    assert {k: (i.severity, i.minor_kind) for k, i in remarks.items()} == {
        "D-001": ("minor", "case_only"),
        "D-002": ("minor", "punctuation_only"),
        "D-003": ("minor", "case_only"),
    }
    size = next(i for i in cases[0].issues if i.field == "household_size")
    assert size.severity == "material" and bulk_kind([], size) is None
    rows = [(c, i) for c in cases for i in c.issues if i.field == "remarks"]
    assert bulk_kind(rows, size) == "case_only"  # the first open minor flag's kind
    assert bulk_kind(rows, remarks["D-002"]) == "punctuation_only"
    flags = minor_flags(cases, "remarks", None, "case_only")
    assert [c.external_id for c, _ in flags] == ["D-001", "D-003"]
    result = decide_in_bulk(desk, flags, Decision.A)
    assert len(result.saved) == 2 and not result.refused and not result.not_saved
    assert result.final_records == 1  # D-003 had only this flag; D-001 waits for its size
    stored = remarks_flags(minor)
    assert [(a.decision, a.value, a.reason) for a in stored] == [
        ("a", "near river", BULK_REASON),
        ("a", "near river", BULK_REASON),
    ]
    assert minor_flags(cases, "remarks", None, "case_only") == []  # decided now
    desk.claim(1)
    assert desk.minor_waiting == 1  # D-002's punctuation flag
    with minor.services.sessions() as session:
        d3 = store.final_record(session, document_id(minor, "D-003"))
        assert d3 is not None and d3.values["remarks"] == "near river"
        assert d3.provenance["remarks"]["how"] == "a"
        assert d3.provenance["remarks"]["reason"] == BULK_REASON
        assert store.final_record(session, document_id(minor, "D-001")) is None
        audited = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "adjudicated").order_by(AuditEvent.id)
        ).all()
        assert [e.detail["reason"] for e in audited] == [BULK_REASON, BULK_REASON]
    # undone like a single decision: D-003's final record goes with it
    assert desk.undo(result.saved[-1].uuid) == remarks["D-003"].id
    with minor.services.sessions() as session:
        assert store.final_record(session, document_id(minor, "D-003")) is None
    assert len(remarks_flags(minor)) == 1
    # a refusal is listed, the rest goes on: D-001's flag is decided already
    again = decide_in_bulk(desk, flags, Decision.B)
    assert [why for _, why in again.refused] == ["Remarks of D-001 is already decided"]
    assert len(again.saved) == 1 and again.final_records == 1
    with pytest.raises(ValueError, match="A's or B's form"):
        bulk_decision(remarks["D-001"], Decision.NEW)


def test_m_in_the_same_field_mode_lists_the_flags_asks_and_decides(
    qtbot, minor, monkeypatch, qtmodeltester
) -> None:
    asked: list[tuple[str, str, list[str]]] = []
    answers = [None, Decision.B]

    def ask(parent, label, kind, rows):  # type: ignore[no-untyped-def]
        asked.append((label, kind, [c.external_id for c, _ in rows]))
        return answers.pop(0)

    monkeypatch.setattr(BulkMinorDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    window, view = desk_view(qtbot, minor)
    told: list[str] = []
    view.tell = told.append  # type: ignore[method-assign]
    press(Qt.Key.Key_M)  # on a material discrepancy: it says so
    assert told[-1].startswith("This discrepancy is not minor") and not asked
    press(Qt.Key.Key_A)  # D-001 household_size: A
    assert view.shown is not None and view.shown[1].field == "remarks"
    press(Qt.Key.Key_F)
    same = view.same_field
    assert isinstance(same, SameFieldList)
    qtbot.waitUntil(lambda: same.model.rowCount() == 3, timeout=20_000)
    qtmodeltester.check(same.model)
    # the minor flags are marked as such in the list
    assert [same.model.index(r, COL_DECISION).data() for r in range(3)] == [
        "minor: letter case only",
        "minor: spacing or punctuation between words",
        "minor: letter case only",
    ]
    press(Qt.Key.Key_M)
    assert asked[-1] == ("Remarks", "case_only", ["D-001", "D-003"])
    assert told[-1] == "Nothing decided." and not same.flow.unsaved  # cancelled: nothing
    press(Qt.Key.Key_M)
    assert told[-1].startswith("2 minor flags of Remarks (letter case only) decided for B's")
    assert [same.model.index(r, COL_DECISION).data() for r in (0, 2)] == ["B", "B"]
    assert same.model.index(1, COL_DECISION).data().startswith("minor: spacing")
    assert same.table.currentIndex().row() == 1  # the one still open
    settle(qtbot, view)
    stored = remarks_flags(minor)
    assert [(a.decision, a.reason) for a in stored if a.reason == BULK_REASON] == [
        ("b", BULK_REASON),
        ("b", BULK_REASON),
    ]
    with minor.services.sessions() as session:
        d1 = store.final_record(session, document_id(minor, "D-001"))
        assert d1 is not None and d1.values["remarks"] == "NEAR RIVER"
    assert told[-1].endswith("Ctrl+Z now takes them all back.")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # right after: the whole bulk
    settle(qtbot, view)
    assert [a for a in remarks_flags(minor) if a.reason == BULK_REASON] == []
    assert [same.model.index(r, COL_DECISION).data() for r in range(3)] == [
        "minor: letter case only",
        "minor: spacing or punctuation between words",
        "minor: letter case only",
    ]
    with minor.services.sessions() as session:
        assert store.final_record(session, document_id(minor, "D-001")) is None
        undone = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "adjudication_undone")
        ).all()
        assert len(undone) == 2
    assert [(a.decision, a.reason) for a in remarks_flags(minor)] == [("a", "")]  # the size
    window.close()


def test_a_bulk_decision_is_taken_back_whole_in_one_transaction_or_not_at_all(minor) -> None:
    desk = SupervisorDesk(minor.services, minor.sign_in("sup"))
    cases = desk.claim_field(desk.claim()[0].batch_id, "remarks")
    flags = minor_flags(cases, "remarks", None, "case_only")
    result = decide_in_bulk(desk, flags, Decision.B)
    uuids = [m.uuid for m in result.saved]
    assert len(uuids) == 2 and result.final_records == 1  # D-003 final
    # another supervisor holds D-003 now: the bulk undo is refused whole, nothing changes
    with minor.services.sessions() as session:
        task = store.adjudicate_task(session, document_id(minor, "D-003"))
        assert task is not None
        task.claimed_by = minor.sign_in("op3").operator_id  # as if another held it
        session.commit()
    with pytest.raises(DecisionRefused, match="another supervisor holds"):
        desk.undo_many(uuids)
    assert len(remarks_flags(minor)) == 2
    with minor.services.sessions() as session:
        assert store.final_record(session, document_id(minor, "D-003")) is not None
        task = store.adjudicate_task(session, document_id(minor, "D-003"))
        assert task is not None
        task.claimed_by = desk.supervisor_id
        session.commit()
    # a decision never stored is passed over; the rest goes in one transaction
    undone = desk.undo_many([*uuids, "never-stored"])
    assert sorted(undone) == sorted(i.id for _, i in flags)
    assert remarks_flags(minor) == []
    with minor.services.sessions() as session:
        assert store.final_record(session, document_id(minor, "D-003")) is None
        kinds = [e.kind for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
        assert kinds.count("adjudication_undone") == 2


def test_the_confirmation_lists_every_flag_and_takes_a_or_b_by_key(qtbot, minor) -> None:
    desk = SupervisorDesk(minor.services, minor.sign_in("sup"))
    cases = desk.claim_field(desk.claim()[0].batch_id, "remarks")
    flags = minor_flags(cases, "remarks", None, "case_only")
    dialog = BulkMinorDialog("Remarks", "case_only", flags, None)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert texts == [
        "D-001:  A “near river”   ·   B “NEAR RIVER”",
        "D-003:  A “near river”   ·   B “Near River”",
    ]
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_B)
    assert dialog.choice == Decision.B and dialog.result() == dialog.DialogCode.Accepted


def test_m_on_a_minor_flag_of_the_queue_and_ctrl_m_sets_minor_flags_apart(
    qtbot, world, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    far = {**A, "remarks": "far away"}  # material: a real difference
    key_passes(
        world,
        {"D-001": (A, B_BOTH), "D-002": (A, B_DOT), "D-003": (A, B_CASE), "D-004": (A, far)},
    )
    asked: list[tuple[str, list[str]]] = []

    def ask(parent, label, kind, rows):  # type: ignore[no-untyped-def]
        asked.append((kind, [c.external_id for c, _ in rows]))
        return Decision.A

    monkeypatch.setattr(BulkMinorDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    window, view = desk_view(qtbot, world)
    told: list[str] = []
    view.tell = told.append  # type: ignore[method-assign]
    assert shown_path(view) == "D-001:household_size"
    # the minor flags held are counted apart
    # the minor flags held and the queue's are counted apart
    assert "Held: 4 open in 3 documents (3 minor; 3 in the queue)" in window.status_label.text()
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # minor flags first
    assert shown_path(view) == "D-001:remarks" and told[-1] == "Minor flags first: 3 held."
    assert "(3 minor first; 3 in the queue)" in window.status_label.text()
    press(Qt.Key.Key_Down)  # (nothing: the keys are the view's)
    press(Qt.Key.Key_B)  # decided: the next minor flag, not D-001's household size
    assert shown_path(view) == "D-002:remarks"
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_path(view) == "D-001:remarks"
    settle(qtbot, view)
    # M on a minor flag: the list of its field opens and asks for that flag's kind
    press(Qt.Key.Key_M)
    same = view.same_field
    assert isinstance(same, SameFieldList)
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert asked == [("case_only", ["D-001", "D-003"])]
    assert told[-1].startswith("2 minor flags of Remarks (letter case only) decided for A's")
    settle(qtbot, view)
    assert [a.reason for a in remarks_flags(world)] == [BULK_REASON, BULK_REASON]
    # the list counts its minor flags apart, and Ctrl+M lists only them
    assert same.title.text().startswith("Remarks across the batch: 2 open of 4, 1 of them minor")
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [c.external_id for c, _ in same.model.rows()] == ["D-001", "D-002", "D-003"]
    assert "minor flags only" in same.title.text()
    assert same.current() is not None and same.current()[0].external_id == "D-002"
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # every discrepancy again
    assert same.model.rowCount() == 4
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the bulk, whole
    settle(qtbot, view)
    assert remarks_flags(world) == []
    press(Qt.Key.Key_Escape)  # back to one at a time
    assert view.same_field is None
    window.close()
