"""`keying_push_keyings` (migration 0020): a batch of finished keyings in one call on
PostgreSQL, called here by an operator's own login role (its GRANTs and row-level security),
as a station signed in as that role calls it. Each item's outcome: accepted (inserted,
superseded, duplicate), refused for good with the database's reason, or disabled; a uuid
pushed twice is stored once; a refused item is rolled back alone."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import uuid4

import pytest
from sqlalchemy import Engine, func, make_url, select, text, update

from keying.storage.engine import make_engine, session_factory
from keying.storage.keying_push import Pushed, push_keyings
from keying.storage.models import AuditEvent, Document, Keying, Operator, Task
from keying.storage.records import KeyingPayload
from keying.vocabulary import TaskStatus
from tests.support.world import PASSWORD, World
from tests.test_pg_gatekeeper import shop  # noqa: F401 - the fixture

pytestmark = pytest.mark.postgres


@pytest.fixture
def as_op1(shop: World) -> Iterator[Engine]:  # noqa: F811
    """A connection of op1's own role (with its password, as a station signed in)."""
    url = make_url(shop.workspace.database_url).set(username="op1", password=PASSWORD)
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def _ids(world: World) -> tuple[dict[str, int], list[int]]:
    with world.services.sessions() as session:
        operators = {
            login: id_ for login, id_ in session.execute(select(Operator.login, Operator.id))
        }
        documents = list(session.scalars(select(Document.id).order_by(Document.seq)))
    return operators, documents


def _keying(
    operator: int, document: int, pass_no: int = 1, uuid: str | None = None
) -> KeyingPayload:
    return {
        "uuid": uuid or str(uuid4()),
        "document_id": document,
        "pass_no": pass_no,
        "operator_id": operator,
        "values": {"head_name": "Ann Lee", "remarks": "ល្អ"},
        "finished_at": "2026-12-01T20:00:00+00:00",
        "figures": {"keystrokes": 12},
        "workstation": "pc1",
    }


def _keyed_by(world: World, operator_id: int, document_id: int, pass_no: int = 1) -> None:
    """The operator's pass of the document is in (stored directly, as if pushed before)."""
    with world.services.sessions() as session:
        session.add(
            Keying(
                uuid=str(uuid4()),
                document_id=document_id,
                pass_no=pass_no,
                operator_id=operator_id,
                values={},
                finished_at=func.now(),
            )
        )
        session.commit()


def _push(engine: Engine, payloads: list[KeyingPayload]) -> list[Pushed]:
    with session_factory(engine)() as session:
        pushed = push_keyings(session, payloads)
        session.commit()
    return pushed


def _stored(world: World, uuid: str) -> tuple[int, int]:
    """How many keyings, and audit events of their storing, carry `uuid`."""
    with world.services.sessions() as session:
        keyings = session.scalar(select(func.count()).where(Keying.uuid == uuid))
        events = session.scalar(
            select(func.count()).where(AuditEvent.detail["keying_uuid"].as_string() == uuid)
        )
    return int(keyings or 0), int(events or 0)


def test_an_accepted_keying_is_stored_its_task_done_and_audited(
    shop: World,  # noqa: F811
    as_op1: Engine,
) -> None:
    operators, documents = _ids(shop)
    payload = _keying(operators["op1"], documents[0])
    [pushed] = _push(as_op1, [payload])
    assert (pushed.uuid, pushed.outcome, pushed.reason) == (payload["uuid"], "inserted", None)
    assert pushed.accepted and pushed.keying_id is not None
    with shop.services.sessions() as session:
        keying = session.get(Keying, pushed.keying_id)
        assert keying is not None
        assert (keying.uuid, keying.operator_id, keying.superseded) == (
            payload["uuid"],
            operators["op1"],
            False,
        )
        assert keying.values == payload["values"] and keying.figures == {"keystrokes": 12}
        assert keying.check_failures == [] and keying.workstation == "pc1"
        assert keying.finished_at.isoformat() == "2026-12-01T20:00:00+00:00"
        task = session.scalars(
            select(Task).where(Task.document_id == documents[0], Task.pass_no == 1)
        ).one()
        assert (task.status, task.claimed_by) == (TaskStatus.DONE, operators["op1"])
        [event] = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "keying_inserted")
        ).all()
        assert (event.actor_id, event.document_id) == (operators["op1"], documents[0])
        assert event.detail == {"keying_uuid": payload["uuid"], "pass_no": 1}


def test_a_uuid_pushed_again_is_accepted_as_a_duplicate_and_stored_once(
    shop: World,  # noqa: F811
    as_op1: Engine,
) -> None:
    operators, documents = _ids(shop)
    payload = _keying(operators["op1"], documents[0])
    [first] = _push(as_op1, [payload])
    [again] = _push(as_op1, [payload])  # the push retried: its acknowledgement was lost
    assert (again.outcome, again.keying_id, again.reason) == ("duplicate", first.keying_id, None)
    assert again.accepted
    twice_in_one = _push(as_op1, [(fresh := _keying(operators["op1"], documents[1])), fresh])
    assert [p.outcome for p in twice_in_one] == ["inserted", "duplicate"]
    assert _stored(shop, payload["uuid"]) == (1, 1)
    assert _stored(shop, fresh["uuid"]) == (1, 1)


def test_refusals_come_back_with_the_databases_reason_and_nothing_of_them_is_stored(
    shop: World,  # noqa: F811
    as_op1: Engine,
) -> None:
    operators, documents = _ids(shop)
    no_pass = _keying(operators["op1"], documents[0], pass_no=5)  # a CHECK says no
    as_other = _keying(operators["op2"], documents[0])  # inserted as someone else: RLS says no
    unknown = _keying(operators["op1"], 999_999)  # no such document to key: RLS says no
    pushed = _push(as_op1, [no_pass, as_other, unknown])
    assert [p.outcome for p in pushed] == ["refused", "refused", "refused"]
    assert not any(p.accepted for p in pushed)
    assert 'violates check constraint "ck_keyings_pass_no"' in (pushed[0].reason or "")
    assert 'violates row-level security policy for table "keyings"' in (pushed[1].reason or "")
    assert "row-level security" in (pushed[2].reason or "")
    assert all(p.keying_id is None for p in pushed)
    for payload in (no_pass, as_other, unknown):
        assert _stored(shop, payload["uuid"]) == (0, 0)
    with shop.services.sessions() as session:  # the task of the refused item is untouched
        status = session.scalar(
            select(Task.status).where(Task.document_id == documents[0], Task.pass_no == 1)
        )
    assert status == TaskStatus.OPEN


def test_a_mixed_batch_stores_what_it_may_and_answers_each_item_in_order(
    shop: World,  # noqa: F811
    as_op1: Engine,
) -> None:
    operators, documents = _ids(shop)
    earlier = _keying(operators["op1"], documents[2])
    _push(as_op1, [earlier])
    _keyed_by(shop, operators["op2"], documents[1])  # op2's pass 1 of the second document
    good = _keying(operators["op1"], documents[0])
    late = _keying(operators["op1"], documents[1])  # pass 1, keyed meanwhile by op2
    both_passes = _keying(operators["op1"], documents[0], pass_no=2)  # op1 keyed pass 1
    batch = [good, _keying(operators["op1"], 999_999), late, earlier, both_passes]
    pushed = _push(as_op1, batch)
    assert [p.uuid for p in pushed] == [p["uuid"] for p in batch]
    assert [p.outcome for p in pushed] == [
        "inserted",
        "refused",
        "superseded",
        "duplicate",
        "refused",
    ]
    assert "uq_keyings_document_id_operator_id" in (pushed[4].reason or "")
    assert _stored(shop, good["uuid"]) == (1, 1)
    assert _stored(shop, both_passes["uuid"]) == (0, 0)
    with shop.services.sessions() as session:
        kept = session.scalars(select(Keying).where(Keying.uuid == late["uuid"])).one()
        assert kept.superseded  # kept, marked: nothing is dropped
        task = session.scalars(
            select(Task).where(Task.document_id == documents[1], Task.pass_no == 1)
        ).one()
        assert task.status == TaskStatus.OPEN  # op2's keying did not complete it either
        kinds = session.scalars(
            select(AuditEvent.kind).where(
                AuditEvent.detail["keying_uuid"].as_string() == late["uuid"]
            )
        ).all()
        assert kinds == ["keying_superseded"]


def test_an_account_disabled_in_keying_gets_disabled_and_nothing_is_stored(
    shop: World,  # noqa: F811
    as_op1: Engine,
) -> None:
    operators, documents = _ids(shop)
    with shop.services.sessions() as session:
        session.execute(update(Operator).where(Operator.login == "op1").values(active=False))
        session.commit()
    payload = _keying(operators["op1"], documents[0])
    [pushed] = _push(as_op1, [payload])
    assert (pushed.outcome, pushed.accepted, pushed.keying_id) == ("disabled", False, None)
    assert _stored(shop, payload["uuid"]) == (0, 0)


def test_a_batch_without_refusals_is_answered_item_by_item_in_one_go(
    shop: World,  # noqa: F811
) -> None:
    """Several accounts' keyings in one batch (a PC whose URL names its own user pushes for
    everyone): no refusal, so the whole batch is stored at once, yet answered per item."""
    operators, documents = _ids(shop)
    with shop.services.sessions() as session:
        session.execute(update(Operator).where(Operator.login == "op3").values(active=False))
        session.commit()
    first = _keying(operators["op1"], documents[0])
    same_pass = _keying(operators["op2"], documents[0])  # after op1's, in the same batch
    gone = _keying(operators["op3"], documents[1])
    other = _keying(operators["op2"], documents[1], pass_no=2)
    batch = [first, same_pass, first, gone, other]
    with shop.services.sessions() as session:
        session.execute(text("SET LOCAL track_functions = 'all'"))  # the owner: a superuser
        pushed = push_keyings(session, batch)
        one_by_one = session.scalar(
            text("SELECT calls FROM pg_stat_xact_user_functions WHERE funcname = :f"),
            {"f": "keying_pass_taken"},  # what the item-by-item loop asks for each item
        )
        session.commit()
    assert one_by_one is None
    assert [p.outcome for p in pushed] == [
        "inserted",
        "superseded",
        "duplicate",
        "disabled",
        "inserted",
    ]
    assert pushed[2].keying_id == pushed[0].keying_id
    assert [_stored(shop, p["uuid"]) for p in (first, same_pass, gone, other)] == [
        (1, 1),
        (1, 1),
        (0, 0),
        (1, 1),
    ]
    with shop.services.sessions() as session:
        done = dict(
            session.execute(
                select(Task.document_id, Task.claimed_by).where(Task.status == TaskStatus.DONE)
            ).all()
        )
    assert done == {documents[0]: operators["op1"], documents[1]: operators["op2"]}
