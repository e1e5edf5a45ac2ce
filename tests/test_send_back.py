"""Send back (issue 12, item 4) through the services: the disputed fields — only those — go to
a blind third keying by an operator who keyed neither pass; 2 of 3 settles them, or they come
back to the queue with all three values. Races: a decision on a discrepancy a send-back took,
a second send-back, another supervisor's document."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from keying.services.send_back import SendBack, merged_result
from keying.services.supervision import SupervisionRefused
from keying.storage.models import (
    Adjudication,
    AuditEvent,
    Discrepancy,
    Document,
    FinalRecord,
    Reconciliation,
    Task,
)
from keying.storage.users import add_user
from tests.support.world import PASSWORD, World
from tests.test_services import VALUES, key_document

B_VALUES: dict[str, Any] = {
    **VALUES,
    "monthly_income": "12.50",
    "members": [
        {"name": "Chan Sokha", "age": "43", "sex": "M"},
        {"name": "Srey Pov", "age": "31", "sex": "F"},
    ],
}


def disputed(world: World) -> int:
    """D-001 keyed by op1 and op2, disagreeing on the income and the first member's age."""
    key_document(world.station("op1", prefetch=0), VALUES)
    key_document(world.station("op2", prefetch=0), B_VALUES)
    with world.services.sessions() as s:
        doc = s.scalars(select(Document).where(Document.external_id == "D-001")).one()
        assert doc.status == "discrepant"
        return doc.id


def desk(world: World, login: str = "sup") -> SendBack:
    return SendBack(world.services, world.sign_in(login))


def test_send_back_opens_a_third_pass_of_only_the_disputed_fields(world: World) -> None:
    doc_id = disputed(world)
    sent = desk(world).send(doc_id)
    assert (sent.external_id, sent.fields, sent.discrepancies) == (
        "D-001",
        ["monthly_income", "members"],
        2,
    )
    with world.services.sessions() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None and doc.status == "keying"
        tasks = {
            (t.kind, t.pass_no): t
            for t in s.scalars(select(Task).where(Task.document_id == doc_id))
        }
        assert tasks[("key", 3)].status == "open"
        assert tasks[("key", 3)].open_fields == ["monthly_income", "members"]
        assert tasks[("adjudicate", 0)].status == "cancelled"
        assert {d.third_pass for d in s.scalars(select(Discrepancy))} == {"sent"}
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "sent_back")).one()
        assert event.detail == {"fields": ["monthly_income", "members"], "discrepancies": [1, 2]}
    # the keyers of pass 1 and 2 are never handed pass 3; op3 is, with only those fields open
    for login in ("op1", "op2"):
        st = world.station(login, prefetch=5)
        st.top_up()
        assert doc_id not in {t.document_id for t in st.cache.open_tasks(st.operator.operator_id)}
    op3 = world.station("op3", prefetch=0)
    task = op3.next_task()
    assert task is not None and (task.task.document_id, task.task.pass_no) == (doc_id, 3)
    assert [f.name for f in task.form.fields] == ["monthly_income", "members"]
    assert task.task.reference is None  # blind: neither pass's values travel
    assert task.form_view_key == "household_census@1|monthly_income,members"


def test_a_decision_on_a_sent_back_discrepancy_is_refused_by_the_database(
    new_world, migrated_database_url: str
) -> None:  # type: ignore[no-untyped-def]
    world = new_world(database_url=migrated_database_url)
    doc_id = disputed(world)
    desk(world).send(doc_id)
    with world.services.sessions() as s:
        disc = s.scalars(select(Discrepancy).order_by(Discrepancy.seq)).first()
        assert disc is not None
        s.add(
            Adjudication(
                uuid="00000000-0000-4000-8000-000000000001",
                discrepancy_id=disc.id,
                document_id=doc_id,
                supervisor_id=world.sign_in("sup").operator_id,
                decision="a",
                value="120.50",
            )
        )
        with pytest.raises(IntegrityError, match="sent back for a third keying"):
            s.flush()
        s.rollback()
        assert s.scalars(select(Adjudication)).all() == []


def test_two_of_three_settles_one_field_and_sends_the_other_back_with_three_values(
    world: World,
) -> None:
    doc_id = disputed(world)
    desk(world).send(doc_id)
    third = {
        "monthly_income": "120.50",  # as A: settled 2 of 3
        "members": [
            {"name": "Chan Sokha", "age": "44", "sex": "M"},  # neither: back to the queue
            {"name": "Srey Pov", "age": "31", "sex": "F"},
        ],
    }
    key_document(world.station("op3", prefetch=0), third)
    with world.services.sessions() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None and doc.status == "discrepant"
        rows = s.scalars(select(Discrepancy).order_by(Discrepancy.seq)).all()
        assert [(d.seq, d.field, d.third_pass) for d in rows] == [
            (1, "monthly_income", "settled"),
            (2, "members", "replaced"),
            (3, "members", None),
        ]
        new = rows[2]
        assert (new.column, new.value_a, new.value_b, new.detail["c"]) == ("age", "34", "43", "44")
        rec = s.scalars(select(Reconciliation)).one()
        assert rec.keying_c_id is not None
        assert rec.result["values"]["monthly_income"] == "120.50"
        assert rec.result["explanations"]["monthly_income"].startswith("2 of 3 (A, C)")
        assert rec.result["dissent"] == {"monthly_income": ["b"]}
        assert rec.result["values"]["head_name"] == "Chan Sokha"  # untouched
        adjudicate = s.scalars(select(Task).where(Task.kind == "adjudicate")).one()
        assert (adjudicate.status, adjudicate.claimed_by) == ("open", None)
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.kind == "third_pass_reconciled")
        ).one()
        assert event.detail == {
            "settled": ["monthly_income"],
            "unsettled": ["members"],
            "discrepancies": 1,
        }
        assert s.scalars(select(FinalRecord)).all() == []
    # it was sent back once: the rest is decided from the three values
    with pytest.raises(SupervisionRefused, match="sent back once already"):
        desk(world).send(doc_id)


def test_two_of_three_on_every_field_makes_the_final_record(world: World) -> None:
    doc_id = disputed(world)
    desk(world).send(doc_id)
    third = {"monthly_income": "12.50", "members": VALUES["members"]}  # B's income, A's ages
    key_document(world.station("op3", prefetch=0), third)
    with world.services.sessions() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None and doc.status == "final"
        record = s.scalars(select(FinalRecord)).one()
        assert record.values["monthly_income"] == "12.50"
        assert record.values["members"][0]["age"] == "34"
        assert record.values["form_no"] == "KH-000123"
        assert {d.third_pass for d in s.scalars(select(Discrepancy))} == {"settled"}
        adjudicate = s.scalars(select(Task).where(Task.kind == "adjudicate")).one()
        assert adjudicate.status == "done"


def test_send_back_refusals_change_nothing(world: World) -> None:
    with pytest.raises(SupervisionRefused, match="supervisors only"):
        SendBack(world.services, world.sign_in("op1"))
    doc_id = disputed(world)
    sup_id = world.sign_in("sup").operator_id
    with world.services.sessions() as s:
        add_user(s, login="sup2", display_name="Sup 2", role="supervisor", password=PASSWORD)
        task = s.scalars(select(Task).where(Task.kind == "adjudicate")).one()
        task.status, task.claimed_by = "claimed", sup_id
        task.lease_until, task.workstation = datetime.now(UTC) + timedelta(minutes=30), "pc"
        s.commit()
    with pytest.raises(SupervisionRefused, match="another supervisor holds D-001"):
        desk(world, "sup2").send(doc_id)
    with pytest.raises(SupervisionRefused, match="does not exist"):
        desk(world).send(9999)
    with world.services.sessions() as s:
        assert s.scalars(select(Task).where(Task.pass_no == 3)).all() == []
        assert {d.third_pass for d in s.scalars(select(Discrepancy))} == {None}
    desk(world).send(doc_id)  # the holder may
    with pytest.raises(SupervisionRefused, match="no longer waiting for a supervisor"):
        desk(world).send(doc_id)


def test_merged_result_takes_only_the_sent_fields_from_the_third_reconciliation() -> None:
    old = {
        "values": {"a": None, "t": [{"x": None}], "k": "1"},
        "explanations": {"a": "discrepancy", "t[0].x": "discrepancy", "k": "identical"},
        "discrepancies": [{"field": "a"}, {"field": "t"}],
    }
    third = {
        "values": {"a": "5", "t": [{"x": None}], "k": "9"},
        "explanations": {"a": "2 of 3 (A, C)", "t[0].x": "discrepancy: x", "k": "other"},
        "dissent": {"a": ["b"], "k": ["c"]},
        "discrepancies": [{"field": "t", "c": "3"}],
    }
    merged = merged_result(old, third, ["a", "t"])
    assert merged["values"] == {"a": "5", "t": [{"x": None}], "k": "1"}
    assert merged["explanations"] == {
        "a": "2 of 3 (A, C)",
        "t[0].x": "discrepancy: x",
        "k": "identical",
    }
    assert merged["dissent"] == {"a": ["b"]}
    assert merged["discrepancies"] == [{"field": "t", "c": "3"}]
    assert merged["status"] == "discrepant" and merged["third_pass"] == ["a", "t"]


def test_the_batch_report_counts_a_settled_discrepancy_as_two_of_three(world: World) -> None:
    from keying.storage.exports import batch_facts
    from keying.storage.models import Batch

    doc_id = disputed(world)
    desk(world).send(doc_id)
    with world.services.sessions() as s:
        (facts,) = [f for f in batch_facts(s, s.scalars(select(Batch)).one()) if f.id == doc_id]
        assert facts.decisions == {
            "monthly_income": [("sent back", None)],
            "members": [("sent back", None)],
        }
    third = {
        "monthly_income": "120.50",
        "members": [{"name": "Chan Sokha", "age": "44", "sex": "M"}, VALUES["members"][1]],
    }
    key_document(world.station("op3", prefetch=0), third)
    with world.services.sessions() as s:
        (facts,) = [f for f in batch_facts(s, s.scalars(select(Batch)).one()) if f.id == doc_id]
        # the income settled 2 of 3; the age is pending again (its replacement carries C)
        assert facts.decisions == {
            "monthly_income": [("2 of 3", None)],
            "members": [(None, None)],
        }
