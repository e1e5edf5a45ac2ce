"""The tasks view and the flagged-pages queue, through the services (no Qt): release a task
(and a release that comes too late), and every flag outcome with its audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from keying.services.supervision import FlagOutcome, Supervision, SupervisionRefused
from keying.storage import repo
from keying.storage.models import AuditEvent, Document, PageFlag, Task
from tests.support.world import World
from tests.test_services import VALUES, key_document


def supervision(world: World) -> Supervision:
    return Supervision(world.services, world.sign_in("sup"))


def test_an_operator_gets_no_supervision(world: World) -> None:
    with pytest.raises(SupervisionRefused, match="supervisors only"):
        Supervision(world.services, world.sign_in("op1"))


def test_the_tasks_view_lists_held_tasks_and_a_release_puts_one_back_in_the_queue(
    world: World,
) -> None:
    op1 = world.station("op1", prefetch=1)
    op1.next_task()  # holds two: D-001 and D-002, pass 1
    desk = supervision(world)
    rows = desk.held_tasks()
    assert [(r.document, r.pass_no, r.login, r.kind) for r in rows] == [
        ("D-001", 1, "op1", "key"),
        ("D-002", 1, "op1", "key"),
    ]
    assert rows[0].workstation == world.services.workstation
    desk.release(rows[1], "op1 went home")
    assert [r.document for r in desk.held_tasks()] == ["D-001"]
    with world.services.sessions() as s:
        task = s.get(Task, rows[1].task_id)
        assert task is not None and (task.status, task.claimed_by) == ("open", None)
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "task_released")).one()
        assert event.detail["holder_id"] == rows[1].operator_id
        assert event.detail["reason"] == "op1 went home"
        assert event.actor_id == world.sign_in("sup").operator_id
    # the draft (if any) stays in the cache: the task row is still there for op1's PC
    assert rows[1].task_id in op1.cache.task_ids()
    # another operator can take it now
    op2 = world.station("op2", prefetch=5)
    op2.top_up()
    assert rows[1].task_id in {t.task_id for t in op2.cache.open_tasks(op2.operator.operator_id)}


def test_releasing_a_task_that_finished_meanwhile_changes_nothing(world: World) -> None:
    op1 = world.station("op1", prefetch=0)
    desk = supervision(world)
    op1.next_task()
    (row,) = desk.held_tasks()
    key_document(op1, VALUES)  # finished while the supervisor looked
    with pytest.raises(SupervisionRefused, match="finished meanwhile: nothing was released"):
        desk.release(row)
    with pytest.raises(SupervisionRefused, match="does not exist"):
        desk.release(type(row)(**{**row.__dict__, "task_id": 999}))
    with world.services.sessions() as s:
        assert s.get(Task, row.task_id).status == "done"  # type: ignore[union-attr]
        assert not s.scalars(select(AuditEvent).where(AuditEvent.kind == "task_released")).all()


def test_releasing_a_task_someone_else_now_holds_is_refused(world: World) -> None:
    world.station("op1", prefetch=0).next_task()
    desk = supervision(world)
    (row,) = desk.held_tasks()
    desk.release(row)
    with pytest.raises(SupervisionRefused, match="already released"):
        desk.release(row)
    world.station("op2", prefetch=0).next_task()  # op2 takes it
    with pytest.raises(SupervisionRefused, match="held by someone else"):
        desk.release(row)


def _flag(world: World, login: str = "op1", note: str = "water damage") -> int:
    st = world.station(login, prefetch=0)
    task = st.next_task()
    assert task is not None
    st.flag_page(task, 1, "unreadable", note)
    return task.task.document_id


def test_the_flag_queue_shows_the_page_and_the_reason(world: World) -> None:
    doc_id = _flag(world)
    desk = supervision(world)
    (row,) = desk.flagged_pages()
    assert (row.document, row.page_no, row.pages, row.reason, row.note, row.login) == (
        "D-001",
        1,
        1,
        "unreadable",
        "water damage",
        "op1",
    )
    image = desk.page_image(doc_id, 1)
    assert image is not None and image.startswith(b"\x89PNG")
    assert desk.page_image(doc_id, 2) is None


def test_a_flagged_document_returned_to_keying_is_keyed_again(world: World) -> None:
    doc_id = _flag(world)
    desk = supervision(world)
    (row,) = desk.flagged_pages()
    assert desk.resolve_flag(row, FlagOutcome.RETURNED) == 1
    assert desk.flagged_pages() == []
    with world.services.sessions() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None and (doc.status, doc.withdrawn) == ("keying", None)
        flag = s.scalars(select(PageFlag)).one()
        assert (flag.resolution, flag.resolved_by) == ("returned", desk.who.operator_id)
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "flag_resolved")).one()
        assert event.detail["outcome"] == "returned" and event.document_id == doc_id
    op2 = world.station("op2", prefetch=0)
    task = op2.next_task()
    assert task is not None and task.task.document_id == doc_id
    # a second supervisor acting on the same row later is told, and nothing changes
    with pytest.raises(SupervisionRefused, match="dealt with meanwhile"):
        desk.resolve_flag(row, FlagOutcome.REJECTED, "torn")


@pytest.mark.parametrize("outcome", [FlagOutcome.RESCAN, FlagOutcome.REJECTED])
def test_rescan_and_reject_take_the_document_out_of_the_batch_with_a_reason(
    world: World, outcome: FlagOutcome
) -> None:
    doc_id = _flag(world)
    desk = supervision(world)
    (row,) = desk.flagged_pages()
    with pytest.raises(SupervisionRefused, match="reason is required"):
        desk.resolve_flag(row, outcome, "  ")
    assert desk.flagged_pages() == [row]  # nothing half-written
    desk.resolve_flag(row, outcome, "page 2 missing from the scan")
    with world.services.sessions() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        assert (doc.withdrawn, doc.withdrawn_reason) == (outcome, "page 2 missing from the scan")
        assert repo.batch_size(s, doc.batch_id) == 2  # it left the batch's count
        tasks = s.scalars(select(Task).where(Task.document_id == doc_id)).all()
        assert {t.status for t in tasks} == {"cancelled"}
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "flag_resolved")).one()
        assert event.detail == {
            "outcome": outcome.value,
            "note": "page 2 missing from the scan",
            "flags": [row.flag_id],
            "pages": [1],
        }
    # nobody keys it any more
    op2 = world.station("op2", prefetch=5)
    op2.top_up()
    assert doc_id not in {t.document_id for t in op2.cache.open_tasks(op2.operator.operator_id)}


def test_every_open_flag_of_the_document_is_resolved_at_once(world: World) -> None:
    doc_id = _flag(world, "op1")
    with world.services.sessions() as s:  # pass 2 flagged too, pushed from elsewhere
        task2 = s.scalars(select(Task).where(Task.document_id == doc_id, Task.pass_no == 2)).one()
        repo.record_page_flag(
            s,
            {
                "uuid": "7f1f3c1e-0000-4000-8000-000000000001",
                "task_id": task2.id,
                "document_id": doc_id,
                "page_no": 1,
                "operator_id": world.sign_in("op2").operator_id,
                "reason": "wrong_document",
                "note": "",
            },
        )
        s.commit()
    desk = supervision(world)
    rows = desk.flagged_pages()
    assert [r.reason for r in rows] == ["unreadable", "wrong_document"]
    assert desk.resolve_flag(rows[0], "rejected", "not a census form") == 2
    assert desk.flagged_pages() == []


def test_a_released_draft_is_set_aside_when_another_operator_of_the_pc_takes_the_task(
    world: World,
) -> None:
    op1 = world.station("op1", prefetch=0)
    task = op1.next_task()
    assert task is not None
    op1.commit_field(task, {"form_no": "KH-000001"}, {}, "form_no")
    desk = supervision(world)
    (row,) = desk.held_tasks()
    desk.release(row, "stuck on this PC")
    op2 = world.station("op2", prefetch=0)
    taken = op2.next_task()
    assert taken is not None and taken.task_id == task.task_id
    assert taken.draft.values == {}  # op2 starts blind, not from op1's draft
    (kept,) = op2.cache.released_drafts(task.task_id)
    assert (kept["operator_id"], kept["values"]) == (
        op1.operator.operator_id,
        {"form_no": "KH-000001"},
    )
    assert op1.cache.open_tasks(op1.operator.operator_id) == []


def test_a_document_returned_to_keying_comes_back_to_its_flagger_with_the_draft(
    world: World,
) -> None:
    op1 = world.station("op1", prefetch=0)
    task = op1.next_task()
    assert task is not None
    op1.commit_field(task, {"form_no": "KH-000001"}, {}, "form_no")
    op1.flag_page(task, 1, "unreadable", "")
    desk = supervision(world)
    (row,) = desk.flagged_pages()
    desk.resolve_flag(row, "returned")
    again = op1.next_task()
    assert again is not None and again.task_id == task.task_id
    assert again.draft.values == {"form_no": "KH-000001"}


def test_the_tasks_view_says_when_the_holder_claimed_the_task(world: World) -> None:
    from keying.storage.held_tasks import claim_times

    op1 = world.station("op1", prefetch=0)
    op1.next_task()  # op1 holds D-001 pass 1
    desk = supervision(world)
    (first,) = desk.held_tasks()
    with world.services.sessions() as s:
        claims = s.scalars(
            select(AuditEvent).where(AuditEvent.kind == "task_claimed").order_by(AuditEvent.id)
        ).all()
        assert first.claimed_at is not None
        assert first.claimed_at.replace(tzinfo=None) == claims[-1].at.replace(tzinfo=None)
    assert first.claimed_at < first.lease_until  # the claim, not the lease's end
    desk.release(first, "")
    op2 = world.station("op2", prefetch=0)
    op2.next_task()  # op2 takes the same task: its own claim counts, not op1's
    (second,) = desk.held_tasks()
    assert second.task_id == first.task_id and second.login == "op2"
    with world.services.sessions() as s:
        latest = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.kind == "task_claimed", AuditEvent.actor_id == second.operator_id)
            .order_by(AuditEvent.id)
        ).all()[-1]
        assert second.claimed_at is not None
        assert second.claimed_at.replace(tzinfo=None) == latest.at.replace(tzinfo=None)
        assert latest.id > claims[-1].id
        task = s.get(Task, second.task_id)
        assert task is not None
        task.claimed_by = world.sign_in("op3").operator_id  # never claimed it: unknown
        assert claim_times(s, [task]) == {}
