"""Adjudication without Qt (keying.services.adjudication): claims, decisions in one
transaction each, the final record with its provenance, errors charged to keyers (computed
by hand below), undo, races, an unreachable database, and agreed documents."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from keying.services.adjudication import (
    Decided,
    DecisionRefused,
    NotSaved,
    SupervisorDesk,
    validate_new,
)
from keying.storage import adjudications as store
from keying.storage.models import Adjudication, AuditEvent, Document, Task
from keying.storage.users import add_user
from keying.storage.vocabulary import Decision
from tests.support.supervision import document_id, key_passes, operator_id
from tests.support.world import PASSWORD

A = {
    "form_no": "AB-123456",
    "head_name": "Chan Sokha",
    "visit_date": "03/04/2021",
    "household_size": "4",
    "monthly_income": "120.50",
    "has_electricity": "Y",
    "remarks": "near river",
    "members": [
        {"name": "Dara", "age": "34", "sex": "M"},
        {"name": "Vanna", "age": "30", "sex": "F"},
    ],
}
B = {
    **A,
    "visit_date": "3/4/2021",  # the same day: agreed
    "household_size": "5",
    "monthly_income": "12.50",
    "remarks": "near rivr",
    "members": [{"name": "Dara", "age": "43", "sex": "M"}],  # age transposed, Vanna skipped
}


def desk(world, login: str = "sup") -> SupervisorDesk:  # type: ignore[no-untyped-def]
    return SupervisorDesk(world.services, world.sign_in(login))


def decide(
    d: SupervisorDesk,
    case,
    path: str,
    decision: Decision,
    value: str | None = None,
    reason: str = "",
):  # type: ignore[no-untyped-def]
    issue = next(i for i in case.issues if i.path == path)
    made = Decided(str(uuid.uuid4()), issue.id, decision, value, reason)
    outcome = d.decide(issue, made, case.form)
    case.decided[issue.id] = made
    return outcome, made


@pytest.fixture
def keyed(world):  # type: ignore[no-untyped-def]
    key_passes(world, {"D-001": (A, B), "D-002": (A, A)})
    return world


def test_claim_gives_discrepant_documents_with_pages_and_issues(keyed) -> None:
    (case,) = desk(keyed).claim(limit=3)  # D-002 agreed: final already, nothing to claim
    assert case.external_id == "D-001" and case.batch_name == "Test batch"
    assert len(case.pages) == 1 and case.page_bytes[case.pages[0]].startswith(b"\x89PNG")
    paths = [i.path for i in case.issues]
    assert paths == [
        "household_size",
        "monthly_income",
        "remarks",
        "members[0].age",
        "members[1]",
    ]
    age = case.issues[3]
    assert age.label.endswith("› Age, row 1")
    assert age.values == ("34", "43") and age.kind == "transposition"
    assert age.spans[0] and age.spans[1]
    row = case.issues[4]
    assert row.is_row and row.rows == (1, None) and row.kind == "missing_row"
    assert row.zone is None and row.row_zones == (None, None)  # this form has no zones


def test_a_table_row_zone_is_its_printed_band() -> None:
    from keying.forms.zones import row_zone
    from tests.support.ui import definition

    members = definition("household_census").field("members")
    assert members.zone is not None and members.max_rows == 10
    first, second = row_zone(members, 0, 2), row_zone(members, 1, 2)
    assert first is not None and second is not None
    band = members.zone.h / 11  # the header, then 10 printed rows
    assert first.y == pytest.approx(members.zone.y + band) and first.h == pytest.approx(band)
    assert second.y == pytest.approx(first.y + band) and second.x == members.zone.x
    assert row_zone(members, 10, 2) is None  # past the printed rows


def test_deciding_every_discrepancy_writes_the_final_record_and_charges_errors(keyed) -> None:
    d = desk(keyed)
    (case,) = d.claim()
    op1, op2 = operator_id(keyed, "op1"), operator_id(keyed, "op2")
    outcomes = [
        decide(d, case, "household_size", Decision.A)[0],
        decide(d, case, "monthly_income", Decision.NEW, "120.5", "Read from the page")[0],
        decide(d, case, "remarks", Decision.ILLEGIBLE)[0],
        decide(d, case, "members[0].age", Decision.B)[0],
    ]
    assert not any(o.final for o in outcomes)
    with keyed.services.sessions() as session:
        assert store.final_record(session, case.document_id) is None  # one still open
    last, _ = decide(d, case, "members[1]", Decision.A)  # include Vanna (A's row)
    assert last.final
    with keyed.services.sessions() as session:
        record = store.final_record(session, case.document_id)
        assert record is not None and record.source == "adjudicated"
        assert record.values["household_size"] == "4"
        assert record.values["monthly_income"] == "120.5"
        assert record.values["remarks"] == "[illegible]"
        assert record.values["visit_date"] == "03/04/2021"
        assert record.values["members"] == [
            {"name": "Dara", "age": "43", "sex": "M"},
            {"name": "Vanna", "age": "30", "sex": "F"},
        ]
        prov = record.provenance
        assert prov["form_no"] == {"how": "agreed"}
        assert prov["visit_date"] == {"how": "agreed"}
        assert prov["household_size"]["how"] == "a" and prov["household_size"]["by"] == "sup"
        assert prov["monthly_income"]["how"] == "new"
        assert prov["monthly_income"]["reason"] == "Read from the page"
        assert prov["remarks"]["how"] == "illegible"
        assert prov["members[0].age"]["how"] == "b"
        assert prov["members[1]"]["how"] == "a"
        # By hand: household_size A → B (5) charged; income new 120.5 equals A's 120.50 as a
        # number → only B (12.50); illegible → both; age B → A (34); Vanna kept → B skipped.
        errors = sorted(
            (e.field, e.path, e.pass_no, e.operator_id, e.kind)
            for e in store.keyer_errors(session, case.document_id)
        )
        assert errors == sorted(
            [
                ("household_size", "household_size", 2, op2, "substitution"),
                ("monthly_income", "monthly_income", 2, op2, "deletion"),
                ("remarks", "remarks", 1, op1, "deletion"),
                ("remarks", "remarks", 2, op2, "deletion"),
                ("members.age", "members[0].age", 1, op1, "transposition"),
                ("members", "members[1]", 2, op2, "missing_row"),
            ]
        )
        doc = session.get(Document, case.document_id)
        task = store.adjudicate_task(session, case.document_id)
        assert doc is not None and doc.status == "final"
        assert task is not None and task.status == "done"
        kinds = session.scalars(
            select(AuditEvent.kind).where(AuditEvent.document_id == case.document_id)
        ).all()
        assert kinds.count("adjudicated") == 5 and "final_record_written" in kinds
    # the read-only view of the document (the overview's Enter)
    view = keyed.services.document_record(case.document_id)
    assert view.external_id == "D-001" and view.status == "final" and view.source == "adjudicated"
    assert view.values is not None and view.values["remarks"] == "[illegible]"
    assert view.provenance["members[1]"] == {
        "how": "a",
        "by": "sup",
        "at": view.provenance["members[1]"]["at"],
    }
    assert ("remarks", "remarks", 1, "op1", "deletion") in [
        (e.field, e.path, e.pass_no, e.login, e.kind) for e in view.errors
    ]
    what = [h.what for h in view.history]
    assert what[:3] == ["keying_inserted", "keying_inserted", "reconciled"]
    assert what[-1] == "final_record_written" and what.count("adjudicated") == 5
    assert {h.who for h in view.history if h.what == "adjudicated"} == {"sup"}


def test_a_row_left_out_goes_and_charges_the_pass_that_keyed_it(keyed) -> None:
    d = desk(keyed)
    (case,) = d.claim()
    for path in ("household_size", "monthly_income", "remarks", "members[0].age"):
        decide(d, case, path, Decision.A)
    decide(d, case, "members[1]", Decision.B)  # B has no such row: leave it out
    with keyed.services.sessions() as session:
        record = store.final_record(session, case.document_id)
        assert record is not None
        assert record.values["members"] == [{"name": "Dara", "age": "34", "sex": "M"}]
        assert record.provenance["members[left out: a2]"]["how"] == "b"
        rows = [
            (e.path, e.pass_no, e.kind)
            for e in store.keyer_errors(session, case.document_id)
            if e.field == "members"
        ]
        assert rows == [("members[1]", 1, "extra_row")]


def test_agreed_documents_get_a_final_record_with_provenance(keyed) -> None:
    with keyed.services.sessions() as session:
        record = store.final_record(session, document_id(keyed, "D-002"))
        assert record is not None and record.source == "agreed"
        assert set(record.provenance) == set(A)
        assert all(p == {"how": "agreed"} for p in record.provenance.values())
        assert store.keyer_errors(session, document_id(keyed, "D-002")) == []


def test_a_decision_sent_twice_is_stored_once(keyed) -> None:
    d = desk(keyed)
    (case,) = d.claim()
    issue = case.issues[0]
    made = Decided(str(uuid.uuid4()), issue.id, Decision.B, None)
    first = d.decide(issue, made, case.form)
    again = d.decide(issue, made, case.form)  # the answer was lost: the station sends again
    assert not first.duplicate and again.duplicate
    with keyed.services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Adjudication)) == 1


def test_an_unreachable_database_saves_nothing_and_the_retry_saves_once(
    keyed, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = desk(keyed)
    (case,) = d.claim()
    issue = case.issues[0]
    made = Decided(str(uuid.uuid4()), issue.id, Decision.A, None)
    real = d.services.sessions

    def down() -> Any:
        raise OperationalError("connect", {}, Exception("connection refused"))

    monkeypatch.setattr(d.services, "sessions", down)
    with pytest.raises(NotSaved, match="connection refused"):
        d.decide(issue, made, case.form)
    monkeypatch.setattr(d.services, "sessions", real)
    assert not d.decide(issue, made, case.form).duplicate
    assert d.decide(issue, made, case.form).duplicate
    with keyed.services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Adjudication)) == 1


def test_undo_takes_back_the_last_decision_and_its_final_record(keyed) -> None:
    d = desk(keyed)
    (case,) = d.claim()
    for path in ("household_size", "monthly_income", "remarks", "members[0].age"):
        decide(d, case, path, Decision.A)
    _, last = decide(d, case, "members[1]", Decision.A)
    assert d.undo(last.uuid) == last.issue_id
    with keyed.services.sessions() as session:
        assert store.final_record(session, case.document_id) is None
        assert store.keyer_errors(session, case.document_id) == []
        doc = session.get(Document, case.document_id)
        task = store.adjudicate_task(session, case.document_id)
        assert doc is not None and doc.status == "discrepant"
        assert task is not None and task.status == "claimed"
        kinds = session.scalars(select(AuditEvent.kind)).all()
        assert "adjudication_undone" in kinds
    del case.decided[last.issue_id]
    assert decide(d, case, "members[1]", Decision.B)[0].final  # decided again: final again


def test_two_supervisors_never_hold_one_document(keyed) -> None:
    with keyed.services.sessions() as session:
        add_user(session, login="sup2", display_name="S2", role="supervisor", password=PASSWORD)
        session.commit()
    first = desk(keyed)
    (case,) = first.claim()
    second = desk(keyed, "sup2")
    assert second.claim() == []  # the only discrepant document is held
    issue = case.issues[0]
    with pytest.raises(DecisionRefused, match="another supervisor holds D-001"):
        second.decide(issue, Decided(str(uuid.uuid4()), issue.id, Decision.A, None), case.form)
    with keyed.services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Adjudication)) == 0


def test_a_keyer_of_the_document_never_adjudicates_it(keyed) -> None:
    keyer = desk(keyed, "op1")  # op1 keyed pass 1 of D-001
    assert keyer.claim() == []  # never handed out
    (case,) = desk(keyed).claim()
    with keyed.services.sessions() as session:  # even if the task were theirs, the DB refuses
        task = session.get(Task, case.task_id)
        assert task is not None
        task.claimed_by = operator_id(keyed, "op1")
        session.commit()
    issue = case.issues[0]
    with pytest.raises(DecisionRefused, match="keyed this document"):
        keyer.decide(issue, Decided(str(uuid.uuid4()), issue.id, Decision.A, None), case.form)


def test_a_new_value_is_validated_like_keying(keyed) -> None:
    d = desk(keyed)
    (case,) = d.claim()
    size = case.issues[0]
    assert validate_new(case.form, size, "four")[1] is not None  # not an integer
    assert validate_new(case.form, size, "[illegible]") == ("[illegible]", None)  # markers
    assert validate_new(case.form, size, "6") == ("6", None)
    with pytest.raises(DecisionRefused, match="Persons in household"):
        d.decide(size, Decided(str(uuid.uuid4()), size.id, Decision.NEW, "four"), case.form)
    row = case.issues[4]
    assert validate_new(case.form, row, "x")[1] is not None  # rows take no new value


def test_decisions_and_final_records_on_both_databases(
    new_world, migrated_database_url: str
) -> None:  # type: ignore[no-untyped-def]
    world = new_world(database_url=migrated_database_url)
    key_passes(world, {"D-001": (A, B)})
    d = desk(world)
    (case,) = d.claim()
    assert desk(world, "op2").claim() == []  # a keyer of D-001 is never handed it
    for path in ("household_size", "monthly_income", "remarks", "members[0].age"):
        decide(d, case, path, Decision.B)
    outcome, last = decide(d, case, "members[1]", Decision.A)
    assert outcome.final
    with world.services.sessions() as session:
        record = store.final_record(session, case.document_id)
        assert record is not None and record.provenance["members[1]"]["how"] == "a"
        assert len(store.keyer_errors(session, case.document_id)) == 5
    d.undo(last.uuid)
    with world.services.sessions() as session:
        assert store.final_record(session, case.document_id) is None


def test_after_a_send_back_the_three_values_are_decided_and_two_of_three_is_provenance(
    world,  # type: ignore[no-untyped-def]
) -> None:
    from keying.services.send_back import SendBack
    from tests.test_send_back import disputed
    from tests.test_services import key_document

    doc_id = disputed(world)  # op1 and op2 disagree on the income and the first age
    SendBack(world.services, world.sign_in("sup")).send(doc_id)
    third = {
        "monthly_income": "120.50",  # as A: settled 2 of 3 (B outvoted)
        "members": [
            {"name": "Chan Sokha", "age": "44", "sex": "M"},  # neither: back to the queue
            {"name": "Srey Pov", "age": "31", "sex": "F"},
        ],
    }
    key_document(world.station("op3", prefetch=0), third)
    d = desk(world)
    (case,) = d.claim()
    (issue,) = case.issues  # only the age: what pass 3 settled is not asked again
    assert issue.path == "members[0].age" and issue.values == ("34", "43", "44")
    outcome, _ = decide(d, case, "members[0].age", Decision.C)
    assert outcome.final
    ops = {login: operator_id(world, login) for login in ("op1", "op2", "op3")}
    with world.services.sessions() as session:
        record = store.final_record(session, doc_id)
        assert record is not None
        assert record.values["monthly_income"] == "120.50"
        assert record.values["members"][0]["age"] == "44"
        assert record.provenance["monthly_income"] == {"how": "2 of 3"}
        assert record.provenance["members[0].age"]["how"] == "c"
        errors = sorted(
            (e.path, e.pass_no, e.operator_id, e.kind) for e in store.keyer_errors(session, doc_id)
        )
    assert ("monthly_income", 2, ops["op2"], "outvoted") in errors
    assert ("members[0].age", 1, ops["op1"], issue.kind) in errors
    assert ("members[0].age", 2, ops["op2"], issue.kind) in errors
    assert not [e for e in errors if e[1] == 3]  # pass 3 keyed what was decided


def test_a_third_pass_that_settles_everything_writes_provenance_and_charges(world) -> None:  # type: ignore[no-untyped-def]
    from keying.services.send_back import SendBack
    from tests.test_send_back import disputed
    from tests.test_services import VALUES, key_document

    doc_id = disputed(world)
    SendBack(world.services, world.sign_in("sup")).send(doc_id)
    key_document(
        world.station("op3", prefetch=0), {"monthly_income": "12.50", "members": VALUES["members"]}
    )
    with world.services.sessions() as session:
        record = store.final_record(session, doc_id)
        assert record is not None and record.source == "agreed"
        assert record.provenance["monthly_income"] == {"how": "2 of 3"}
        assert record.provenance["head_name"] == {"how": "agreed"}
        charged = {(e.field, e.pass_no, e.kind) for e in store.keyer_errors(session, doc_id)}
    assert ("monthly_income", 1, "outvoted") in charged  # A's 120.50 against B and C
    assert ("members.age", 2, "outvoted") in charged  # B's 43 against A and C


def test_the_document_view_reads_the_final_record_and_the_errors_charged(keyed) -> None:
    from keying.services.documents import document_view

    d = desk(keyed)
    (case,) = d.claim()
    for path in ("household_size", "monthly_income", "remarks", "members[0].age"):
        decide(d, case, path, Decision.B)
    decide(d, case, "members[1]", Decision.A)
    sup = document_view(keyed.services, keyed.sign_in("sup"), case.document_id)
    assert sup is not None and sup.values_are_final and sup.errors is not None
    charged = sorted((e.path, e.pass_no, e.login, e.kind) for e in sup.errors)
    assert charged == sorted(
        [
            ("household_size", 1, "op1", "substitution"),
            ("monthly_income", 1, "op1", "deletion"),
            ("remarks", 1, "op1", "deletion"),
            ("members[0].age", 1, "op1", "transposition"),
            ("members[1]", 2, "op2", "missing_row"),
        ]
    )
    assert sup.provenance["members[1]"]["how"] == "a"
    assert "final_record_written" in [h.what for h in sup.history]
    operator = document_view(keyed.services, keyed.sign_in("op3"), case.document_id)
    assert operator is not None and operator.errors is None  # supervisors only
    assert operator.values == sup.values
