"""keyings' safety triggers once per statement (migration 0021, PostgreSQL; issue 11,
Performance): an INSERT into `keyings` locks its documents and checks "a keyer of a document
cannot adjudicate it" once for all its rows (`trg_keyings_inserted`, a transition table),
where 0010 and 0001 ran two row triggers per keying. The rules are the same: a statement with
one keying by a person who decided its document is refused whole, a pushed batch refuses
that item alone, the documents stay locked until the end of the transaction (the races of
tests/test_pg_races.py, each order, run against it), and the downgrade puts the row
triggers back without losing a row."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from keying.storage.engine import alembic_config, make_engine, upgrade
from keying.storage.keying_push import push_keyings
from keying.storage.models import Discrepancy, Document, Operator
from keying.storage.records import KeyingPayload
from tests.support.pg import owner_conninfo
from tests.support.world import World, make_world
from tests.test_send_back import B_VALUES
from tests.test_services import VALUES, key_document

pytestmark = pytest.mark.postgres


@dataclass(frozen=True)
class Shop:
    world: World
    conninfo: str
    decided: int  # a document `sup` decided a discrepancy of
    free: list[int]  # documents nobody keyed
    ids: dict[str, int]  # accounts by login


@pytest.fixture
def shop(tmp_path: Path, postgres_migrated_url: str) -> Iterator[Shop]:
    world = make_world(tmp_path / "ws", documents=3, database_url=postgres_migrated_url)
    conninfo = owner_conninfo(postgres_migrated_url)
    try:
        key_document(world.station("op1", prefetch=0), VALUES)
        key_document(world.station("op2", prefetch=0), B_VALUES)
        with world.services.sessions() as session:
            ids = {
                login: id_ for login, id_ in session.execute(select(Operator.login, Operator.id))
            }
            documents = list(session.scalars(select(Document.id).order_by(Document.seq)))
            disc = session.scalars(select(Discrepancy)).first()
            assert disc is not None and disc.document_id == documents[0]
        with psycopg.connect(conninfo) as conn:
            conn.execute(
                "INSERT INTO adjudications (uuid, discrepancy_id, document_id, supervisor_id, "
                "decision, value, reason, created_at) VALUES (%s, %s, %s, %s, 'a', NULL, '', "
                "now())",
                (str(uuid.uuid4()), disc.id, documents[0], ids["sup"]),
            )
        yield Shop(world, conninfo, documents[0], documents[1:], ids)
    finally:
        world.services.close()


def _row(document: int, pass_no: int, operator: int) -> str:
    return (
        f"('{uuid.uuid4()}', {document}, {pass_no}, {operator}, '{{}}', '{{}}', '[]', now(), "
        "now(), false)"
    )


def _insert(*rows: str) -> str:
    return (
        'INSERT INTO keyings (uuid, document_id, pass_no, operator_id, "values", figures, '
        "check_failures, finished_at, received_at, superseded) VALUES " + ", ".join(rows)
    )


def _count(shop: Shop, sql: str) -> int:
    with psycopg.connect(shop.conninfo) as conn:
        row = conn.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def test_a_statement_with_one_keying_by_a_person_who_decided_its_document_is_refused_whole(
    shop: Shop,
) -> None:
    before = _count(shop, "SELECT count(*) FROM keyings")
    fine = _row(shop.free[0], 1, shop.ids["op3"])
    by_decider = _row(shop.decided, 3, shop.ids["sup"])
    with psycopg.connect(shop.conninfo) as conn, pytest.raises(psycopg.errors.CheckViolation) as e:
        conn.execute(_insert(fine, by_decider))
    assert "a keyer of a document cannot adjudicate it" in str(e.value)
    assert f"(operator {shop.ids['sup']}, document {shop.decided})" in str(e.value)
    assert _count(shop, "SELECT count(*) FROM keyings") == before  # neither row is in
    with psycopg.connect(shop.conninfo) as conn:  # without it, the other row goes in
        conn.execute(_insert(fine))
    assert _count(shop, "SELECT count(*) FROM keyings") == before + 1


def _payload(document: int, pass_no: int, operator: int) -> KeyingPayload:
    return {
        "uuid": str(uuid.uuid4()),
        "document_id": document,
        "pass_no": pass_no,
        "operator_id": operator,
        "values": {"head_name": "Ann Lee"},
        "finished_at": "2026-12-01T20:00:00+00:00",
        "workstation": "pc1",
    }


def test_a_pushed_batch_refuses_the_deciders_keying_alone_and_checks_once_per_statement(
    shop: Shop,
) -> None:
    batch = [
        _payload(shop.free[0], 1, shop.ids["op3"]),
        _payload(shop.decided, 3, shop.ids["sup"]),
        _payload(shop.free[1], 1, shop.ids["op3"]),
    ]
    with shop.world.services.sessions() as session:
        session.execute(text("SET LOCAL track_functions = 'all'"))  # the owner: a superuser
        pushed = push_keyings(session, batch)
        session.commit()
    assert [p.outcome for p in pushed] == ["inserted", "refused", "inserted"]
    assert "a keyer of a document cannot adjudicate it" in (pushed[1].reason or "")
    clean = [_payload(d, 2, shop.ids["op1"]) for d in shop.free]
    with shop.world.services.sessions() as session:
        session.execute(text("SET LOCAL track_functions = 'all'"))
        before = _calls(session)
        pushed = push_keyings(session, clean)
        after = _calls(session)
        session.commit()
    calls = {name: after[name] - before.get(name, 0) for name in after}
    assert [p.outcome for p in pushed] == ["inserted", "inserted"]
    # once for the batch (its two INSERTs, pass free and pass taken, are one query: one
    # transition table); no row trigger runs for a keying inserted any more
    assert calls.get("keying_keyings_inserted") == 1
    assert calls.get("keying_lock_document", 0) == 0
    assert calls.get("keying_keying_not_by_adjudicator", 0) == 0


def _calls(session: Session) -> dict[str, int]:
    """Calls of each function so far, as this backend counts them (not yet reported)."""
    rows = session.execute(text("SELECT funcname, calls FROM pg_stat_xact_user_functions"))
    return {str(name): int(count) for name, count in rows}


def test_a_keying_statement_holds_its_documents_until_its_transaction_ends(shop: Shop) -> None:
    first, second = shop.free
    with psycopg.connect(shop.conninfo) as writer, psycopg.connect(shop.conninfo) as other:
        writer.execute(_insert(_row(first, 1, shop.ids["op3"])))
        other.execute("SET lock_timeout = '100ms'")
        with pytest.raises(psycopg.errors.LockNotAvailable):
            other.execute(f"SELECT id FROM documents WHERE id = {first} FOR NO KEY UPDATE")
        other.rollback()
        # its other documents are free, and foreign-key checks (KEY SHARE) are not held up
        other.execute(f"SELECT id FROM documents WHERE id = {second} FOR NO KEY UPDATE")
        other.execute(f"SELECT id FROM documents WHERE id = {first} FOR KEY SHARE")
        other.rollback()
        writer.commit()
        other.execute(f"SELECT id FROM documents WHERE id = {first} FOR NO KEY UPDATE")
        other.rollback()


def _triggers(conninfo: str) -> set[str]:
    with psycopg.connect(conninfo) as conn:
        rows = conn.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'keyings'::regclass AND NOT tgisinternal"
        ).fetchall()
    return {str(r[0]) for r in rows}


def test_the_downgrade_puts_the_row_triggers_back_and_keeps_every_keying(shop: Shop) -> None:
    keyed = _count(shop, "SELECT count(*) FROM keyings")
    # (0028's trigger checks an owner's correction of a keying's document or operator)
    assert _triggers(shop.conninfo) == {
        "trg_keyings_inserted",
        "trg_keyings_not_adjudicator",
        "trg_keyings_refer",
    }
    script = ScriptDirectory.from_config(alembic_config()).get_revision("0021")
    assert script is not None and isinstance(script.down_revision, str)
    engine = make_engine(shop.world.workspace.database_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), script.down_revision)
    finally:
        engine.dispose()
    assert _triggers(shop.conninfo) == {"trg_a_lock_document", "trg_keyings_not_adjudicator"}
    # 0001's rule is a row trigger again, the push 0020's loop
    with psycopg.connect(shop.conninfo) as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute(_insert(_row(shop.decided, 3, shop.ids["sup"])))
    assert _count(shop, "SELECT count(*) FROM keyings") == keyed
    assert "FOR j IN" in _function(shop.conninfo)
    upgrade(shop.world.workspace.database_url)
    assert _triggers(shop.conninfo) == {
        "trg_keyings_inserted",
        "trg_keyings_not_adjudicator",
        "trg_keyings_refer",
    }
    assert "FOR j IN" not in _function(shop.conninfo)
    assert _count(shop, "SELECT count(*) FROM keyings") == keyed


def _function(conninfo: str) -> str:
    with psycopg.connect(conninfo) as conn:
        row = conn.execute(
            "SELECT pg_get_functiondef('keying_push_keyings(jsonb)'::regprocedure)"
        ).fetchone()
    assert row is not None
    return str(row[0])
