"""The keying flow through the services: claim, draft, crash recovery, finish, push,
reconcile on the second pass, blindness, dependent verification, offline, flags, leases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from keying.services import OperatorStation, Services, SignInError, Workspace
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import (
    Discrepancy,
    Document,
    FinalRecord,
    Keying,
    PageFlag,
    Reconciliation,
    Task,
)
from tests.support.world import PASSWORD, World

VALUES: dict[str, Any] = {
    "form_no": "KH-000123",
    "head_name": "Chan Sokha",
    "visit_date": "03/04/2021",
    "household_size": "2",
    "monthly_income": "120.50",
    "has_electricity": "Y",
    "remarks": "",
    "members": [
        {"name": "Chan Sokha", "age": "34", "sex": "M"},
        {"name": "Srey Pov", "age": "31", "sex": "F"},
    ],
}


def key_document(st: OperatorStation, values: dict[str, Any]) -> tuple[str, int]:
    task = st.next_task()
    assert task is not None
    for name, value in values.items():
        draft = dict(st.cache.draft(task.task_id).values)  # type: ignore[union-attr]
        draft[name] = value
        st.commit_field(task, draft, {name: {"keystrokes": 3}}, name)
    st.finish(task, values, {"head_name": {"keystrokes": 10}}, [])
    return task.task.external_id, task.task.pass_no


def test_sign_in_refuses_wrong_password_and_disabled_accounts(world: World) -> None:
    assert world.services.sign_in("op1", PASSWORD).role == "operator"
    with pytest.raises(SignInError):
        world.services.sign_in("op1", "wrong")
    with pytest.raises(SignInError):
        world.services.sign_in("nobody", PASSWORD)


def test_claim_holds_one_plus_prefetch_tasks_never_both_passes(world: World) -> None:
    st = world.station("op1", prefetch=2)
    first = st.next_task()
    assert first is not None
    held = st.cache.open_tasks(st.operator.operator_id)
    assert len(held) == 3
    assert len({t.document_id for t in held}) == 3
    assert [t.task_id for t in st.upcoming()] == [t.task_id for t in held[1:]]


def test_committed_fields_survive_a_restart_at_the_same_field(world: World, tmp_path: Path) -> None:
    st = world.station("op1")
    task = st.next_task()
    assert task is not None
    st.commit_field(task, {"form_no": "KH-000001", "head_name": "Sokha"}, {}, "head_name")
    world.services.close()

    again = Services.open(world.workspace)  # as after a power cut
    try:
        st2 = again.station(again.sign_in("op1", PASSWORD))
        resumed = st2.next_task()
        assert resumed is not None
        assert resumed.task_id == task.task_id
        assert resumed.draft.keying_uuid == task.draft.keying_uuid
        assert resumed.draft.values == {"form_no": "KH-000001", "head_name": "Sokha"}
        assert resumed.draft.focus_path == "head_name"
    finally:
        again.close()


def test_two_passes_that_agree_make_a_final_record(world: World) -> None:
    doc, _ = key_document(world.station("op1", prefetch=0), VALUES)
    spaced = {**VALUES, "head_name": "  Chan   Sokha ", "household_size": "02"}
    st2 = world.station("op2", prefetch=0)
    doc2, _ = key_document(st2, spaced)
    assert doc2 == doc
    with world.services.sessions() as s:
        document = s.scalar(select(Document).where(Document.external_id == doc))
        assert document is not None and document.status == "final"
        record = s.scalar(select(FinalRecord).where(FinalRecord.document_id == document.id))
        assert record is not None and record.source == "agreed"
        assert record.values["household_size"] is not None
    assert ("Test batch", doc, "final", 0) in world.services.overview()


def test_two_passes_that_disagree_wait_for_a_supervisor(world: World) -> None:
    doc, _ = key_document(world.station("op1", prefetch=0), VALUES)
    key_document(world.station("op2", prefetch=0), {**VALUES, "monthly_income": "12.50"})
    with world.services.sessions() as s:
        document = s.scalar(select(Document).where(Document.external_id == doc))
        assert document is not None and document.status == "discrepant"
        rec = s.scalar(select(Reconciliation).where(Reconciliation.document_id == document.id))
        assert rec is not None and rec.status == "discrepant"
        rows = s.scalars(select(Discrepancy).where(Discrepancy.document_id == document.id)).all()
        assert [(r.field, r.value_a, r.value_b) for r in rows] == [
            ("monthly_income", "120.50", "12.50")
        ]
        assert rows[0].detail["severity"] == "material"
        assert rows[0].detail["minor_kind"] is None
        adjudicate = s.scalar(
            select(Task).where(Task.document_id == document.id, Task.kind == "adjudicate")
        )
        assert adjudicate is not None and adjudicate.status == "open"
    assert ("Test batch", doc, "discrepant", 1) in world.services.overview()


def test_pull_is_blind_unless_the_batch_is_dependent(new_world) -> None:  # type: ignore[no-untyped-def]
    for dependent in (False, True):
        w = new_world(documents=1, dependent=dependent)
        st1 = w.station("op1", prefetch=0)
        st2 = w.station("op2", prefetch=0)
        if dependent:
            # pass 2 of a dependent batch waits for pass 1
            t1 = st1.next_task()
            assert t1 is not None and t1.task.pass_no == 1
            assert st2.next_task() is None
            st1.finish(t1, VALUES, {}, [])
            t2 = st2.next_task()
            assert t2 is not None and t2.task.pass_no == 2
            assert t2.task.reference == VALUES
        else:
            t1, t2 = st1.next_task(), st2.next_task()
            assert t1 is not None and t2 is not None
            assert {t1.task.pass_no, t2.task.pass_no} == {1, 2}
            st1.finish(t1, VALUES, {}, [])
            assert t2.task.reference is None
            assert st2.cache.task(t2.task_id).reference is None


def test_offline_keying_waits_in_the_outbox_then_pushes(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    st = world.station("op1", prefetch=1)
    task = st.next_task()
    assert task is not None
    dead = make_engine("postgresql+psycopg://keying@127.0.0.1:9/nowhere?connect_timeout=1")
    try:
        with monkeypatch.context() as offline:
            offline.setattr(world.services.sync, "sessions", session_factory(dead))
            outcome = st.finish(task, VALUES, {}, [])
            assert outcome.sync.online is False
            assert outcome.sync.pending == 1
            assert "offline" in outcome.sync.text
            nxt = st.next_task()  # keying goes on from the cache
            assert nxt is not None and nxt.task_id != task.task_id
    finally:
        dead.dispose()
    past_backoff = datetime.now(UTC) + timedelta(hours=1)
    monkeypatch.setattr(world.services.sync, "clock", lambda: past_backoff)
    state = st.sync()
    assert state.online and state.pending == 0
    with world.services.sessions() as s:
        assert s.scalar(select(func.count(Keying.id))) == 1


def test_push_is_idempotent_by_uuid(world: World) -> None:
    st = world.station("op1", prefetch=0)
    task = st.next_task()
    assert task is not None
    st.finish(task, VALUES, {}, [])
    assert st.cache.pending_count() == 0  # pushed at finish

    with world.services.sessions() as s:
        keying = s.scalar(select(Keying))
        assert keying is not None
        payload = {
            "uuid": keying.uuid,
            "document_id": keying.document_id,
            "pass_no": keying.pass_no,
            "operator_id": keying.operator_id,
            "values": VALUES,
            "finished_at": datetime.now(UTC).isoformat(),
        }
        assert repo.record_keying(s, payload)[0] == "duplicate"
        s.commit()
        assert s.scalar(select(func.count(Keying.id))) == 1


def test_a_late_keying_after_its_lease_expired_is_kept_superseded(
    world: World, tmp_path: Path
) -> None:
    services = world.services
    st1 = world.station("op1", prefetch=0)
    late = st1.next_task()
    assert late is not None
    # op1's lease runs out; op3, at another PC, takes the same task and finishes first
    other_pc = Services(
        Workspace(world.workspace.database_url, tmp_path / "pc2.sqlite", workstation="pc2"),
        clock=lambda: datetime.now(UTC) + timedelta(hours=2),
    )
    try:
        st3 = other_pc.station(other_pc.sign_in("op3", PASSWORD), prefetch=0)
        other = st3.next_task()
        assert other is not None and other.task.task_id == late.task.task_id
        st3.finish(other, VALUES, {}, [])
    finally:
        other_pc.close()
    st1.finish(late, {**VALUES, "remarks": "late"}, {}, [])
    with services.sessions() as s:
        rows = s.scalars(select(Keying).where(Keying.document_id == late.task.document_id)).all()
        assert sorted((r.superseded, r.values.get("remarks")) for r in rows) == [
            (False, ""),
            (True, "late"),
        ]


def test_flagged_page_sends_the_document_to_a_supervisor(world: World) -> None:
    st = world.station("op1", prefetch=0)
    task = st.next_task()
    assert task is not None
    st.flag_page(task, 1, "unreadable", "water damage")
    with world.services.sessions() as s:
        flag = s.scalar(select(PageFlag))
        assert flag is not None and (flag.reason, flag.page_no) == ("unreadable", 1)
        doc = s.get(Document, task.task.document_id)
        assert doc is not None and doc.status == "flagged"
    # nobody is handed a flagged document
    st2 = world.station("op2", prefetch=5)
    st2.next_task()
    held = {t.document_id for t in st2.cache.open_tasks(st2.operator.operator_id)}
    assert task.task.document_id not in held


def test_keyed_today_counts_finished_keyings(world: World) -> None:
    st = world.station("op1", prefetch=0)
    assert st.keyed_today() == 0
    key_document(st, VALUES)
    assert st.keyed_today() == 1


def test_workspace_from_dir_uses_its_own_files(tmp_path: Path) -> None:
    ws = Workspace.from_dir(tmp_path / "w")
    assert ws.database_url.endswith("/w/central.sqlite")
    assert ws.cache_path == tmp_path / "w" / "cache.sqlite"
