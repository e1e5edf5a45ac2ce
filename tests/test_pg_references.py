"""Migration 0028 (PostgreSQL): the references of keyings and audit events to operators and
documents are checked once a statement by triggers, where four foreign keys ran a query per
row. What those keys guarded still holds: nothing names an operator or document that is not
there (refused with the key's name and `foreign_key_violation`, a pushed batch refusing that
item alone), and nothing named is deleted or renumbered, also against a concurrent
transaction in either order; the downgrade puts the four keys back. Since 0029 the audit
trail's two references are foreign keys again (0028's statement trigger cost a claim's one
event more than the keys' two checks did); the keyings' two stay 0028's triggers."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import select

from keying.storage.engine import alembic_config, make_engine, upgrade
from keying.storage.keying_push import push_keyings
from keying.storage.models import Document, Operator
from keying.storage.records import KeyingPayload
from tests.support.pg import owner_conninfo, push_settings
from tests.support.world import World, make_world
from tests.test_services import VALUES, key_document

pytestmark = pytest.mark.postgres

MISSING = 987654321
_BY_TRIGGERS = {"fk_keyings_document_id_documents", "fk_keyings_operator_id_operators"}
_AUDIT_KEYS = {"fk_audit_events_document_id_documents", "fk_audit_events_actor_id_operators"}
_KEYS = _BY_TRIGGERS | _AUDIT_KEYS


@dataclass(frozen=True)
class Shop:
    world: World
    conninfo: str
    keyed: int  # a document op1 keyed (a keying and audit events name it)
    free: list[int]  # documents nobody keyed
    ids: dict[str, int]  # accounts by login

    def fresh_document(self) -> int:
        """A document nothing names (no page, task, keying or event)."""
        with self.world.services.sessions() as session:
            batch = session.scalars(select(Document.batch_id)).first()
            document = Document(batch_id=batch, external_id=f"F-{uuid.uuid4()}", seq=999)
            session.add(document)
            session.commit()
            return int(document.id)


@pytest.fixture
def shop(tmp_path: Path, postgres_migrated_url: str) -> Iterator[Shop]:
    world = make_world(tmp_path / "ws", documents=3, database_url=postgres_migrated_url)
    conninfo = owner_conninfo(postgres_migrated_url)
    try:
        key_document(world.station("op1", prefetch=0), VALUES)
        with world.services.sessions() as session:
            ids = {
                login: id_ for login, id_ in session.execute(select(Operator.login, Operator.id))
            }
            documents = list(session.scalars(select(Document.id).order_by(Document.seq)))
        with psycopg.connect(conninfo) as conn:
            row = conn.execute("SELECT document_id FROM keyings LIMIT 1").fetchone()
        assert row is not None
        keyed = int(row[0])
        yield Shop(world, conninfo, keyed, [d for d in documents if d != keyed], ids)
    finally:
        world.services.close()


def _keying(document: int, operator: int, pass_no: int = 1) -> str:
    return (
        'INSERT INTO keyings (uuid, document_id, pass_no, operator_id, "values", figures, '
        "check_failures, finished_at, received_at, superseded) VALUES "
        f"('{uuid.uuid4()}', {document}, {pass_no}, {operator}, '{{}}', '{{}}', '[]', now(), "
        "now(), false)"
    )


def _event(actor: int | None, document: int | None) -> str:
    return (
        "INSERT INTO audit_events (at, actor_id, kind, document_id, detail) VALUES "
        f"(now(), {'NULL' if actor is None else actor}, 'test', "
        f"{'NULL' if document is None else document}, '{{}}')"
    )


def _count(shop: Shop, sql: str) -> int:
    with psycopg.connect(shop.conninfo) as conn:
        row = conn.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def _refused(shop: Shop, sql: str, key: str) -> None:
    with (
        psycopg.connect(shop.conninfo) as conn,
        pytest.raises(psycopg.errors.ForeignKeyViolation) as caught,
    ):
        conn.execute(sql)
    assert caught.value.diag.constraint_name == key
    assert f'violates foreign key constraint "{key}"' in str(caught.value)


def test_a_keying_or_an_event_naming_what_is_not_there_is_refused_as_the_keys_refused_it(
    shop: Shop,
) -> None:
    op3, free = shop.ids["op3"], shop.free[0]
    _refused(shop, _keying(MISSING, op3), "fk_keyings_document_id_documents")
    _refused(shop, _keying(free, MISSING), "fk_keyings_operator_id_operators")
    _refused(shop, _event(op3, MISSING), "fk_audit_events_document_id_documents")
    _refused(shop, _event(MISSING, free), "fk_audit_events_actor_id_operators")
    events = _count(shop, "SELECT count(*) FROM audit_events")
    # a statement with one bad row among good ones is refused whole
    many = _event(op3, free) + ", (now(), NULL, 'test', " + str(MISSING) + ", '{}')"
    _refused(shop, many, "fk_audit_events_document_id_documents")
    assert _count(shop, "SELECT count(*) FROM audit_events") == events
    with psycopg.connect(shop.conninfo) as conn:  # what is there, or nothing, goes in
        conn.execute(_event(op3, free))
        conn.execute(_event(None, None))
        conn.execute(_keying(free, op3))
    assert _count(shop, "SELECT count(*) FROM audit_events") == events + 2
    # the owner's correction of a keying may not name what is not there either
    _refused(
        shop,
        f"UPDATE keyings SET document_id = {MISSING} WHERE document_id = {free}",
        "fk_keyings_document_id_documents",
    )
    _refused(
        shop,
        f"UPDATE keyings SET operator_id = {MISSING} WHERE document_id = {free}",
        "fk_keyings_operator_id_operators",
    )
    with psycopg.connect(shop.conninfo) as conn:  # to what is there it may
        conn.execute(f"UPDATE keyings SET document_id = {shop.free[1]} WHERE document_id = {free}")


def _payload(document: int, operator: int) -> KeyingPayload:
    return {
        "uuid": str(uuid.uuid4()),
        "document_id": document,
        "pass_no": 1,
        "operator_id": operator,
        "values": {"head_name": "Ann Lee"},
        "finished_at": "2026-12-01T20:00:00+00:00",
        "workstation": "pc1",
    }


def test_a_pushed_batch_refuses_the_keying_of_a_missing_document_alone_with_the_keys_reason(
    shop: Shop,
) -> None:
    op3 = shop.ids["op3"]
    batch = [_payload(shop.free[0], op3), _payload(MISSING, op3), _payload(shop.free[1], op3)]
    with shop.world.services.sessions() as session:
        pushed = push_keyings(session, batch)
        session.commit()
    assert [p.outcome for p in pushed] == ["inserted", "refused", "inserted"]
    assert 'violates foreign key constraint "fk_keyings_document_id_documents"' in (
        pushed[1].reason or ""
    )
    for item, outcome in ((batch[0], 1), (batch[1], 0), (batch[2], 1)):
        uuid_ = item["uuid"]
        assert _count(shop, f"SELECT count(*) FROM keyings WHERE uuid = '{uuid_}'") == outcome
        assert (
            _count(
                shop,
                "SELECT count(*) FROM audit_events WHERE kind = 'keying_inserted' "
                f"AND detail ->> 'keying_uuid' = '{uuid_}'",
            )
            == outcome
        )


def test_what_keyings_and_events_name_is_neither_deleted_nor_renumbered(shop: Shop) -> None:
    op1, op3 = shop.ids["op1"], shop.ids["op3"]
    _refused(shop, f"DELETE FROM operators WHERE id = {op1}", "fk_keyings_operator_id_operators")
    with psycopg.connect(shop.conninfo) as conn:
        conn.execute(_event(op3, None))  # op3 named by an event only
    _refused(shop, f"DELETE FROM operators WHERE id = {op3}", "fk_audit_events_actor_id_operators")
    _refused(
        shop,
        f"UPDATE operators SET id = {MISSING} WHERE id = {op3}",
        "fk_audit_events_actor_id_operators",
    )
    document = shop.fresh_document()
    with psycopg.connect(shop.conninfo) as conn:
        conn.execute(_event(None, document))  # named by an event only
    _refused(
        shop,
        f"DELETE FROM documents WHERE id = {document}",
        "fk_audit_events_document_id_documents",
    )
    keyed = shop.fresh_document()
    with psycopg.connect(shop.conninfo) as conn:
        conn.execute(_keying(keyed, op3))
    _refused(
        shop,
        f"UPDATE documents SET id = {MISSING} WHERE id = {keyed}",
        "fk_keyings_document_id_documents",
    )
    unnamed = shop.fresh_document()
    with psycopg.connect(shop.conninfo) as conn:  # nothing names it: it goes
        conn.execute(f"DELETE FROM documents WHERE id = {unnamed}")
    assert _count(shop, f"SELECT count(*) FROM documents WHERE id = {unnamed}") == 0
    # at REPEATABLE READ the trigger's snapshot could miss a concurrent event: refused
    other = shop.fresh_document()
    with psycopg.connect(shop.conninfo) as conn:
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        with pytest.raises(psycopg.errors.SerializationFailure):
            conn.execute(f"DELETE FROM documents WHERE id = {other}")


def _waiting(shop: Shop, pid: int) -> None:
    """Until the backend `pid` waits for a lock (no time limit of our own: the statement's
    lock_timeout ends a wait that never comes)."""
    with psycopg.connect(shop.conninfo, autocommit=True) as conn:
        while True:
            row = conn.execute(
                "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone()
            if row is not None and row[0] == "Lock":
                return
            conn.execute("SELECT pg_sleep(0.01)")


def _in_thread(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> Callable[[], None]:
    """Run `sql` on `conn` in a thread; the function returned joins it and raises what it
    raised."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            conn.execute(sql)
        except BaseException as exc:  # handed to the caller
            caught.append(exc)

    thread = threading.Thread(target=run)
    thread.start()

    def join() -> None:
        thread.join()
        if caught:
            raise caught[0]

    return join


@pytest.mark.parametrize("naming", ["keying", "event"])
def test_a_delete_waits_for_a_transaction_naming_its_row_and_is_then_refused(
    shop: Shop, naming: str
) -> None:
    document = shop.fresh_document()
    key = f"fk_{'keyings' if naming == 'keying' else 'audit_events'}_document_id_documents"
    insert = _keying(document, shop.ids["op3"]) if naming == "keying" else _event(None, document)
    with psycopg.connect(shop.conninfo) as namer, psycopg.connect(shop.conninfo) as deleter:
        namer.execute(insert)  # not committed yet
        deleter.execute("SET lock_timeout = '60s'")
        pid = deleter.info.backend_pid
        join = _in_thread(deleter, f"DELETE FROM documents WHERE id = {document}")
        _waiting(shop, pid)
        namer.commit()
        with pytest.raises(psycopg.errors.ForeignKeyViolation) as caught:
            join()
        assert caught.value.diag.constraint_name == key
    assert _count(shop, f"SELECT count(*) FROM documents WHERE id = {document}") == 1


@pytest.mark.parametrize("naming", ["keying", "event"])
def test_a_row_deleted_meanwhile_is_waited_for_and_then_refuses_what_names_it(
    shop: Shop, naming: str
) -> None:
    document = shop.fresh_document()
    key = f"fk_{'keyings' if naming == 'keying' else 'audit_events'}_document_id_documents"
    insert = _keying(document, shop.ids["op3"]) if naming == "keying" else _event(None, document)
    with psycopg.connect(shop.conninfo) as deleter, psycopg.connect(shop.conninfo) as namer:
        deleter.execute(f"DELETE FROM documents WHERE id = {document}")  # not committed yet
        namer.execute("SET lock_timeout = '60s'")
        pid = namer.info.backend_pid
        join = _in_thread(namer, insert)
        _waiting(shop, pid)
        deleter.commit()
        with pytest.raises(psycopg.errors.ForeignKeyViolation) as caught:
            join()
        assert caught.value.diag.constraint_name == key
    assert _count(shop, f"SELECT count(*) FROM documents WHERE id = {document}") == 0


def _keys(conninfo: str) -> set[str]:
    with psycopg.connect(conninfo) as conn:
        rows = conn.execute(
            "SELECT conname FROM pg_constraint WHERE contype = 'f' "
            "AND conrelid IN ('keyings'::regclass, 'audit_events'::regclass)"
        ).fetchall()
    return {str(r[0]) for r in rows} & _KEYS


def _before(revision: str) -> str:
    script = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    assert script is not None and isinstance(script.down_revision, str)
    return script.down_revision


def _before_0028() -> str:
    return _before("0028")


def _downgrade(shop: Shop, to: str) -> None:
    engine = make_engine(shop.world.workspace.database_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), to)
    finally:
        engine.dispose()


def _functions(conninfo: str) -> list[tuple[str, bool]]:
    with psycopg.connect(conninfo) as conn:
        rows = conn.execute(
            "SELECT p.proname, has_function_privilege('keying_operator', p.oid, 'EXECUTE') "
            "FROM pg_proc p WHERE p.proname IN ('keying_refuse_missing', 'keying_keyings_refer',"
            " 'keying_audit_events_refer', 'keying_references_kept')"
        ).fetchall()
    return sorted((str(name), bool(may)) for name, may in rows)


def test_the_triggers_are_nobodys_to_call_and_the_downgrade_puts_the_keys_back(
    shop: Shop,
) -> None:
    assert _keys(shop.conninfo) == _AUDIT_KEYS
    assert _functions(shop.conninfo) == [
        ("keying_keyings_refer", False),
        ("keying_references_kept", False),
        ("keying_refuse_missing", False),
    ]
    keyings = _count(shop, "SELECT count(*) FROM keyings")
    events = _count(shop, "SELECT count(*) FROM audit_events")
    _downgrade(shop, _before_0028())
    assert _keys(shop.conninfo) == _KEYS
    assert "enable_seqscan=off" not in push_settings(shop.conninfo)
    with (  # 0001's keys say no again
        psycopg.connect(shop.conninfo) as conn,
        pytest.raises(psycopg.errors.ForeignKeyViolation),
    ):
        conn.execute(_event(None, MISSING))
    assert _count(shop, "SELECT count(*) FROM keyings") == keyings
    assert _count(shop, "SELECT count(*) FROM audit_events") == events
    upgrade(shop.world.workspace.database_url)
    assert _keys(shop.conninfo) == _AUDIT_KEYS
    assert "enable_seqscan=off" in push_settings(shop.conninfo)
    _refused(shop, _event(None, MISSING), "fk_audit_events_document_id_documents")


def test_0029_makes_the_audit_references_keys_again_and_its_downgrade_puts_the_trigger_back(
    shop: Shop,
) -> None:
    op3, free = shop.ids["op3"], shop.free[0]
    events = _count(shop, "SELECT count(*) FROM audit_events")
    _downgrade(shop, _before("0029"))  # 0028's trigger, no keys on the audit trail
    assert _keys(shop.conninfo) == set()
    assert ("keying_audit_events_refer", False) in _functions(shop.conninfo)
    _refused(shop, _event(op3, MISSING), "fk_audit_events_document_id_documents")
    _refused(shop, _event(MISSING, free), "fk_audit_events_actor_id_operators")
    upgrade(shop.world.workspace.database_url)
    assert _keys(shop.conninfo) == _AUDIT_KEYS
    assert ("keying_audit_events_refer", False) not in _functions(shop.conninfo)
    with psycopg.connect(shop.conninfo) as conn:
        triggers = conn.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass "
            "AND NOT tgisinternal"
        ).fetchall()
    assert "trg_audit_events_refer" not in {str(t[0]) for t in triggers}
    _refused(shop, _event(op3, MISSING), "fk_audit_events_document_id_documents")
    _refused(shop, _event(MISSING, free), "fk_audit_events_actor_id_operators")
    assert _count(shop, "SELECT count(*) FROM audit_events") == events
