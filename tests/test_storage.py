"""The central schema on SQLite and on a real PostgreSQL: migrations, the constraints and
triggers that carry safety, repository functions, accounts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from argon2 import PasswordHasher
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from keying.storage import repo
from keying.storage.engine import (
    UnsupportedDatabase,
    current_revision,
    display_url,
    head_revision,
    is_current,
    make_engine,
    session_factory,
    upgrade,
)
from keying.storage.models import (
    Adjudication,
    AuditEvent,
    Base,
    Discrepancy,
    Document,
    FinalRecord,
    Keying,
    Operator,
    Task,
)
from keying.storage.passwords import hash_password, needs_rehash, verify_password
from keying.storage.users import add_user, authenticate, disable_user, list_users

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=30)


@pytest.fixture
def engine(migrated_database_url: str) -> Iterator[Engine]:
    eng = make_engine(migrated_database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return session_factory(engine)


@dataclass
class World:
    sessions: sessionmaker[Session]
    ops: dict[str, int]
    docs: list[int]


def _operator(session: Session, login: str, role: str = "operator") -> int:
    # A hash that no password matches: these accounts never sign in (and hashing is slow).
    op = Operator(login=login, display_name=login.upper(), role=role, password_hash="-")
    session.add(op)
    session.flush()
    return op.id


def _make_world(
    sessions: sessionmaker[Session], documents: int = 3, dependent: bool = False
) -> World:
    with sessions() as session:
        ops = {name: _operator(session, name) for name in ("op1", "op2", "op3")}
        ops["sup"] = _operator(session, "sup", "supervisor")
        form = repo.add_form_definition(session, "census", 1, "form: census\n")
        batch = repo.add_batch(session, "B1", form, dependent_verification=dependent)
        docs = [
            repo.add_document(
                session, batch, f"D-{i}", [(f"page {i}".encode(), "image/png", 10, 20)]
            ).id
            for i in range(1, documents + 1)
        ]
        session.commit()
    return World(sessions, ops, docs)


@pytest.fixture
def world(sessions: sessionmaker[Session]) -> World:
    return _make_world(sessions)


def payload(document_id: int, pass_no: int, operator_id: int, **values: Any) -> dict[str, Any]:
    return {
        "uuid": str(uuid.uuid4()),
        "document_id": document_id,
        "pass_no": pass_no,
        "operator_id": operator_id,
        "values": values or {"name": "Chan"},
        "figures": {"keystrokes": 4},
        "finished_at": T0.isoformat(),
    }


def keying_row(
    document_id: int, pass_no: int, operator_id: int, superseded: bool = False
) -> Keying:
    return Keying(
        uuid=str(uuid.uuid4()),
        document_id=document_id,
        pass_no=pass_no,
        operator_id=operator_id,
        values={"name": "x"},
        finished_at=T0,
        superseded=superseded,
    )


def refused(session: Session, *rows: Any) -> IntegrityError:
    """Add `rows` and flush; the database must refuse. The session is rolled back."""
    session.add_all(rows)
    with pytest.raises(IntegrityError) as caught:
        session.flush()
    session.rollback()
    return caught.value


# --- migrations -------------------------------------------------------------------------------


def test_upgrade_creates_every_table_and_records_the_head(database_url: str) -> None:
    assert upgrade(database_url) == head_revision()
    eng = make_engine(database_url)
    try:
        tables = set(inspect(eng).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
        assert current_revision(eng) == head_revision()
        assert is_current(eng)
    finally:
        eng.dispose()


# On PostgreSQL, migration 0028 checks these two references by triggers instead (the audit
# trail's are keys again since 0029; tests/test_pg_references.py); SQLite keeps the keys, as
# the models say.
_BY_TRIGGERS = {
    "fk_keyings_document_id_documents",
    "fk_keyings_operator_id_operators",
}


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    if engine.dialect.name == "postgresql":
        by_triggers = [d for d in diff if d[0] == "add_fk" and d[1].name in _BY_TRIGGERS]
        assert {d[1].name for d in by_triggers} == _BY_TRIGGERS
        diff = [d for d in diff if d not in by_triggers]
    assert diff == []


def test_the_audit_trail_readers_search_it_by_index(tmp_path: Path) -> None:
    """The sign-in throttle, the tasks-held view and a document's history read the audit
    trail by kind and document, or by document: SQLite's plan uses 0013's indexes, not a
    scan of a table that grows with every keying."""
    url = f"sqlite:///{(tmp_path / 'central.sqlite').as_posix()}"
    upgrade(url)
    eng = make_engine(url)
    try:
        with eng.connect() as connection:

            def plan(where: str) -> str:
                rows = connection.exec_driver_sql(
                    f"EXPLAIN QUERY PLAN SELECT at FROM audit_events WHERE {where}"
                )
                return " ".join(str(row[-1]) for row in rows)

            by_kind = plan("kind = 'task_claimed' AND document_id IN (1, 2)")
            assert "USING INDEX ix_audit_events_kind_document" in by_kind
            assert "USING INDEX ix_audit_events_" in plan("document_id = 7")
            assert "USING INDEX ix_audit_events_kind_document" in plan("kind = 'sign_in_failed'")
    finally:
        eng.dispose()


def test_upgrade_is_idempotent_and_keeps_data(database_url: str) -> None:
    upgrade(database_url)
    eng = make_engine(database_url)
    try:
        with session_factory(eng)() as session:
            _operator(session, "keeper")
            session.commit()
        assert upgrade(database_url) == head_revision()
        assert upgrade(database_url) == head_revision()
        with session_factory(eng)() as session:
            assert session.scalars(select(Operator.login)).all() == ["keeper"]
        with eng.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert [v[0] for v in versions] == [head_revision()]
    finally:
        eng.dispose()


def test_concurrent_upgrades_take_turns(database_url: str) -> None:
    # Processes, as on real workstations (Alembic's context is process-global, not per thread).
    import subprocess
    import sys

    code = "import sys\nfrom keying.storage.engine import upgrade\nprint(upgrade(sys.argv[1]))"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, database_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in results]
    assert [out.strip() for out, _ in results] == [head_revision()] * 3
    eng = make_engine(database_url)
    try:
        with eng.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert [v[0] for v in versions] == [head_revision()]
    finally:
        eng.dispose()


def test_an_empty_database_is_not_current(database_url: str) -> None:
    eng = make_engine(database_url)
    try:
        assert current_revision(eng) is None
        assert not is_current(eng)
    finally:
        eng.dispose()


def test_downgrade_to_base_removes_tables_and_triggers(database_url: str) -> None:
    upgrade(database_url)
    from alembic import command

    from keying.storage.engine import alembic_config

    eng = make_engine(database_url)
    try:
        with eng.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert set(inspect(eng).get_table_names()) <= {"alembic_version"}
        assert upgrade(database_url) == head_revision()  # and back again: triggers recreated
        with session_factory(eng)() as session:
            repo.audit(session, "x")
            session.commit()
            with pytest.raises(IntegrityError):
                session.execute(text("DELETE FROM audit_events"))
    finally:
        eng.dispose()


def test_engine_urls() -> None:
    assert display_url("postgresql://keyer:s3cret@db.example:5432/central") == (
        "postgresql+psycopg://keyer:***@db.example:5432/central"
    )
    with pytest.raises(UnsupportedDatabase):
        make_engine("mysql://a@localhost/x")


def test_sqlite_pragmas_are_set(tmp_path: Any) -> None:
    eng = make_engine(f"sqlite:///{tmp_path}/sub/dir/c.sqlite")
    try:
        with eng.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert (tmp_path / "sub" / "dir" / "c.sqlite").exists()
    finally:
        eng.dispose()


# --- constraints and triggers -----------------------------------------------------------------


def test_nobody_keys_two_passes_of_one_document(world: World) -> None:
    d, op1 = world.docs[0], world.ops["op1"]
    with world.sessions() as session:
        session.add(keying_row(d, 1, op1))
        session.commit()
        error = refused(session, keying_row(d, 2, op1))
        assert "operator" in str(error.orig).lower() or "unique" in str(error.orig).lower()
        # even a superseded (late) keying counts: one keying per person per document
        refused(session, keying_row(d, 2, op1, superseded=True))


def test_one_live_keying_per_pass_superseded_ones_are_kept(world: World) -> None:
    d = world.docs[0]
    with world.sessions() as session:
        session.add(keying_row(d, 1, world.ops["op1"]))
        session.commit()
        refused(session, keying_row(d, 1, world.ops["op2"]))
        session.add(keying_row(d, 1, world.ops["op2"], superseded=True))
        session.commit()
        count = session.scalar(
            select(func.count()).select_from(Keying).where(Keying.document_id == d)
        )
        assert count == 2


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("tasks", "status", "bogus"),
        ("tasks", "kind", "bogus"),
        ("documents", "status", "bogus"),
        ("operators", "role", "boss"),
    ],
)
def test_check_constraints_refuse_unknown_codes(
    world: World, table: str, column: str, value: str
) -> None:
    with world.sessions() as session:
        before = session.execute(text(f"SELECT {column} FROM {table} ORDER BY id")).scalars().all()
        with pytest.raises(IntegrityError):
            session.execute(text(f"UPDATE {table} SET {column} = :v"), {"v": value})
        session.rollback()
        after = session.execute(text(f"SELECT {column} FROM {table} ORDER BY id")).scalars().all()
        assert after == before


def test_check_constraints_on_key_passes_and_claims(world: World) -> None:
    d = world.docs[0]
    with world.sessions() as session:
        refused(session, Task(document_id=d, kind="key", pass_no=4, status="open"))
        refused(session, Task(document_id=d, kind="train", pass_no=0, status="claimed"))
        refused(session, keying_row(d, 0, world.ops["op1"]))


def test_adjudication_decision_is_checked(world: World) -> None:
    disc_id = _discrepant(world)
    with world.sessions() as session:
        refused(
            session,
            Adjudication(
                uuid=str(uuid.uuid4()),
                discrepancy_id=disc_id,
                document_id=world.docs[0],
                supervisor_id=world.ops["sup"],
                decision="maybe",
            ),
        )


def test_foreign_keys_are_enforced(world: World) -> None:
    with world.sessions() as session:
        refused(session, keying_row(world.docs[0], 1, 999_999))
        refused(session, keying_row(999_999, 1, world.ops["op1"]))
        refused(session, Task(document_id=999_999, kind="key", pass_no=1, status="open"))


def test_audit_events_refuse_update_and_delete(world: World) -> None:
    with world.sessions() as session:
        repo.audit(session, "something", world.ops["op1"], world.docs[0], note="kept")
        session.commit()
        for statement in ("UPDATE audit_events SET kind = 'rewritten'", "DELETE FROM audit_events"):
            with pytest.raises(IntegrityError) as caught:
                session.execute(text(statement))
            assert "append-only" in str(caught.value.orig)
            session.rollback()
        kinds = session.scalars(select(AuditEvent.kind)).all()
        assert "something" in kinds and "rewritten" not in kinds
        if session.get_bind().dialect.name == "postgresql":
            with pytest.raises(IntegrityError):
                session.execute(text("TRUNCATE audit_events CASCADE"))
            session.rollback()
            assert session.scalar(select(func.count()).select_from(AuditEvent)) == len(kinds)


# Every statement form that could rewrite or remove an audit row (id 1 is the row kept).
_AUDIT_REWRITES = {
    "update": "UPDATE audit_events SET kind = 'rewritten' WHERE id = {id}",
    "delete": "DELETE FROM audit_events WHERE id = {id}",
    "upsert": (
        "INSERT INTO audit_events (id, at, kind, detail) VALUES ({id}, {now}, 'rewritten', '{{}}') "
        "ON CONFLICT (id) DO UPDATE SET kind = 'rewritten'"
    ),
    "replace into": (
        "REPLACE INTO audit_events (id, at, kind, detail) VALUES ({id}, {now}, 'rewritten', '{{}}')"
    ),
    "insert or replace": (
        "INSERT OR REPLACE INTO audit_events (id, at, kind, detail) "
        "VALUES ({id}, {now}, 'rewritten', '{{}}')"
    ),
    "update or replace": "UPDATE OR REPLACE audit_events SET kind = 'rewritten' WHERE id = {id}",
}
_SQLITE_ONLY = {"replace into", "insert or replace", "update or replace"}


@pytest.mark.parametrize("form", list(_AUDIT_REWRITES))
def test_audit_events_are_append_only_against_every_statement_form(world: World, form: str) -> None:
    with world.sessions() as session:
        dialect = session.get_bind().dialect.name
        if dialect != "sqlite" and form in _SQLITE_ONLY:
            pytest.skip(f"{form.upper()} is SQLite syntax")
        repo.audit(session, "kept", world.ops["op1"], world.docs[0], note="kept")
        session.commit()
        before = session.execute(select(AuditEvent.id, AuditEvent.kind)).all()
        kept = session.scalar(select(func.max(AuditEvent.id)).where(AuditEvent.kind == "kept"))
        statement = _AUDIT_REWRITES[form].format(id=kept, now="CURRENT_TIMESTAMP")
        with pytest.raises(IntegrityError) as caught:
            session.execute(text(statement))
        assert "append-only" in str(caught.value.orig)
        session.rollback()
        assert session.execute(select(AuditEvent.id, AuditEvent.kind)).all() == before


def _discrepant(world: World) -> int:
    """Doc 0 keyed by op1 and op2, reconciled with one discrepancy; its id."""
    d = world.docs[0]
    with world.sessions() as session:
        _, k1 = repo.record_keying(session, payload(d, 1, world.ops["op1"], name="Chan"))
        _, k2 = repo.record_keying(session, payload(d, 2, world.ops["op2"], name="Chen"))
        assert k1 is not None and k2 is not None
        rec = repo.record_reconciliation(
            session,
            d,
            [k1, k2],
            "discrepant",
            {"values": {}},
            [
                {
                    "field": "name",
                    "value_a": "Chan",
                    "value_b": "Chen",
                    "kind": "value",
                    "similarity": 0.75,
                }
            ],
        )
        session.commit()
        return rec.discrepancies[0].id


def _adjudication(world: World, disc_id: int, supervisor: str) -> Adjudication:
    return Adjudication(
        uuid=str(uuid.uuid4()),
        discrepancy_id=disc_id,
        document_id=world.docs[0],
        supervisor_id=world.ops[supervisor],
        decision="a",
        reason="the image says Chan",
    )


def test_a_keyer_cannot_adjudicate_the_document(world: World) -> None:
    disc_id = _discrepant(world)
    with world.sessions() as session:
        error = refused(session, _adjudication(world, disc_id, "op1"))
        assert "cannot adjudicate" in str(error.orig)
        refused(session, _adjudication(world, disc_id, "op2"))
        # a wrong document_id on the adjudication does not slip past: the discrepancy's counts
        wrong = _adjudication(world, disc_id, "op1")
        wrong.document_id = world.docs[1]
        refused(session, wrong)
        session.add(_adjudication(world, disc_id, "sup"))
        session.commit()
        assert session.scalar(select(func.count()).select_from(Adjudication)) == 1


def test_an_adjudicator_cannot_key_the_document_afterwards(world: World) -> None:
    disc_id = _discrepant(world)
    with world.sessions() as session:
        session.add(_adjudication(world, disc_id, "sup"))
        session.commit()
        error = refused(session, keying_row(world.docs[0], 3, world.ops["sup"]))
        assert "cannot adjudicate" in str(error.orig)
        # another document is fine
        session.add(keying_row(world.docs[1], 1, world.ops["sup"]))
        session.commit()


def test_an_adjudication_cannot_be_moved_to_a_keyer(world: World) -> None:
    disc_id = _discrepant(world)
    with world.sessions() as session:
        adj = _adjudication(world, disc_id, "sup")
        session.add(adj)
        session.commit()
        adj.supervisor_id = world.ops["op2"]
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()


# --- repository functions -------------------------------------------------------------------


def _claim(
    world: World, login: str, limit: int = 10, now: datetime = T0, workstation: str | None = None
) -> list[Task]:
    pc = workstation or f"pc-{login}"
    with world.sessions() as session:
        tasks = repo.claim_key_tasks(session, world.ops[login], pc, limit, LEASE, now)
        session.commit()
        return tasks


def test_claims_never_hand_out_a_task_twice_nor_both_passes(world: World) -> None:
    first = _claim(world, "op1")
    second = _claim(world, "op2")
    third = _claim(world, "op3")
    assert len(first) == len(world.docs)  # one task per document
    assert len({t.document_id for t in first}) == len(first)
    assert len(second) == len(world.docs)
    assert {t.id for t in first}.isdisjoint({t.id for t in second})
    assert third == []  # every task is held under a live lease
    with world.sessions() as session:
        for task in session.scalars(select(Task)):
            assert task.status == "claimed"
            assert task.lease_until is not None
            assert task.claimed_by in (world.ops["op1"], world.ops["op2"])
        claimed = session.scalars(select(AuditEvent.kind).where(AuditEvent.kind == "task_claimed"))
        assert len(claimed.all()) == 2 * len(world.docs)


def test_claim_respects_the_limit_and_takes_over_expired_leases(world: World) -> None:
    mine = _claim(world, "op1", limit=2)
    assert len(mine) == 2
    during = _claim(world, "op2", now=T0 + timedelta(minutes=10))
    assert len(during) == 3
    assert {t.id for t in mine}.isdisjoint({t.id for t in during})
    # op1's leases ran out; op2's have not: op3 takes over op1's tasks only
    after = _claim(world, "op3", now=T0 + LEASE + timedelta(seconds=1))
    assert len(after) == 3
    assert {t.id for t in mine} <= {t.id for t in after}
    assert {t.id for t in during}.isdisjoint({t.id for t in after})
    with world.sessions() as session:
        for task_id in (t.id for t in mine):
            task = session.get(Task, task_id)
            assert task is not None and task.claimed_by == world.ops["op3"]


def test_claim_never_gives_a_document_the_operator_keyed(world: World) -> None:
    d = world.docs[0]
    with world.sessions() as session:
        repo.record_keying(session, payload(d, 1, world.ops["op1"]))
        session.commit()
    taken = _claim(world, "op1")
    assert d not in {t.document_id for t in taken}
    assert len(taken) == len(world.docs) - 1


def test_claim_waits_for_pass_one_under_dependent_verification(
    sessions: sessionmaker[Session],
) -> None:
    world = _make_world(sessions, documents=1, dependent=True)
    assert [t.pass_no for t in _claim(world, "op1")] == [1]
    assert _claim(world, "op2") == []  # pass 2 waits for pass 1
    with world.sessions() as session:
        repo.record_keying(session, payload(world.docs[0], 1, world.ops["op1"]))
        session.commit()
    assert [t.pass_no for t in _claim(world, "op2")] == [2]


def test_an_expired_claim_is_taken_over_only_from_another_workstation(
    sessions: sessionmaker[Session],
) -> None:
    world = _make_world(sessions, documents=1)
    [expired] = _claim(world, "op1", workstation="pc-shared")  # pass 1
    # pass 2 is held under a live lease, so only op1's expired claim could be taken
    [held] = _claim(world, "op3", now=T0 + LEASE, workstation="pc-other")
    assert {expired.pass_no, held.pass_no} == {1, 2}
    later = T0 + LEASE + timedelta(seconds=1)
    # the same PC still has op1's draft of it in its cache: another operator there cannot take it
    assert _claim(world, "op2", now=later, workstation="pc-shared") == []
    with world.sessions() as session:
        task = session.get(Task, expired.id)
        assert task is not None and task.claimed_by == world.ops["op1"]
    # from another workstation it is taken over
    taken = _claim(world, "op2", now=later, workstation="pc-third")
    assert [t.id for t in taken] == [expired.id]
    with world.sessions() as session:
        task = session.get(Task, expired.id)
        assert task is not None and task.status == "claimed"
        assert task.claimed_by == world.ops["op2"] and task.workstation == "pc-third"


def test_concurrent_claims_skip_locked_tasks(postgres_url: str) -> None:
    upgrade(postgres_url)
    eng = make_engine(postgres_url)
    try:
        # One document: b can only take the pass a did not get, so a must have locked no
        # more than the row it handed out.
        world = _make_world(session_factory(eng), documents=1)
        with world.sessions() as a, world.sessions() as b:
            got_a = repo.claim_key_tasks(a, world.ops["op1"], "pc-a", 1, LEASE, T0)
            # a's transaction is open and holds its row locks; b neither waits nor takes them
            b.execute(text("SET LOCAL lock_timeout = '5s'"))  # waiting would fail, not hang
            got_b = repo.claim_key_tasks(b, world.ops["op2"], "pc-b", 1, LEASE, T0)
            assert len(got_a) == 1 and len(got_b) == 1
            assert got_a[0].id != got_b[0].id
            a.commit()
            b.commit()
    finally:
        eng.dispose()


def test_record_keying_is_idempotent_by_uuid(world: World) -> None:
    d = world.docs[0]
    sent = payload(d, 1, world.ops["op1"])
    with world.sessions() as session:
        outcome, first = repo.record_keying(session, sent)
        session.commit()
        assert outcome == "inserted" and first is not None
        outcome, again = repo.record_keying(session, dict(sent))
        session.commit()
        assert outcome == "duplicate" and again is not None and again.id == first.id
        assert session.scalar(select(func.count()).select_from(Keying)) == 1
        task = session.scalar(select(Task).where(Task.document_id == d, Task.pass_no == 1))
        assert task is not None and task.status == "done"
        assert task.claimed_by == world.ops["op1"]


def test_a_late_keying_is_kept_as_superseded(world: World) -> None:
    d = world.docs[0]
    with world.sessions() as session:
        assert repo.record_keying(session, payload(d, 1, world.ops["op3"]))[0] == "inserted"
        session.commit()
        outcome, late = repo.record_keying(session, payload(d, 1, world.ops["op1"], name="late"))
        session.commit()
        assert outcome == "superseded" and late is not None and late.superseded
        live = repo.live_keying(session, d, 1)
        assert live is not None and live.operator_id == world.ops["op3"]
        assert session.scalar(select(func.count()).select_from(Keying)) == 2
        kinds = session.scalars(select(AuditEvent.kind)).all()
        assert "keying_superseded" in kinds


def test_agreed_reconciliation_makes_the_final_record(world: World) -> None:
    d = world.docs[0]
    with world.sessions() as session:
        _, k1 = repo.record_keying(session, payload(d, 1, world.ops["op1"]))
        _, k2 = repo.record_keying(session, payload(d, 2, world.ops["op2"]))
        assert k1 is not None and k2 is not None
        repo.record_reconciliation(session, d, [k1, k2], "agreed", {"values": {"name": "Chan"}}, [])
        session.commit()
        final = session.scalar(select(FinalRecord).where(FinalRecord.document_id == d))
        assert final is not None and final.values == {"name": "Chan"} and final.source == "agreed"
        doc = session.get(Document, d)
        assert doc is not None and doc.status == "final"
        adjudicate = session.scalar(select(Task).where(Task.kind == "adjudicate"))
        assert adjudicate is None


def test_discrepant_reconciliation_queues_an_adjudication(world: World) -> None:
    _discrepant(world)
    with world.sessions() as session:
        d = world.docs[0]
        doc = session.get(Document, d)
        assert doc is not None and doc.status == "discrepant"
        tasks = session.scalars(select(Task).where(Task.kind == "adjudicate")).all()
        assert [(t.document_id, t.status) for t in tasks] == [(d, "open")]
        assert session.scalar(select(FinalRecord).where(FinalRecord.document_id == d)) is None
        discs = session.scalars(select(Discrepancy).where(Discrepancy.document_id == d)).all()
        assert [(x.field, x.value_a, x.value_b) for x in discs] == [("name", "Chan", "Chen")]


def test_blobs_are_stored_once(world: World) -> None:
    with world.sessions() as session:
        a = repo.add_blob(session, b"same bytes", "image/png")
        b = repo.add_blob(session, b"same bytes", "image/png")
        session.commit()
        assert a == b and len(a) == 64
        rows = session.execute(text("SELECT size FROM blobs WHERE sha256 = :s"), {"s": a}).all()
        assert rows == [(len(b"same bytes"),)]


# --- accounts ---------------------------------------------------------------------------------


@pytest.mark.fresh_hashes  # salting: the real hasher
def test_passwords_are_stored_as_argon2_hashes(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        op = add_user(
            session, login="ann", display_name="Ann", role="supervisor", password="pw-ann-1"
        )
        session.commit()
        stored = session.scalar(select(Operator.password_hash).where(Operator.login == "ann"))
    assert stored is not None and stored == op.password_hash
    assert "pw-ann-1" not in stored
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "pw-ann-1") and not verify_password(stored, "pw-ann-2")
    assert hash_password("pw-ann-1") != stored  # salted


def test_authenticate_right_wrong_unknown_and_disabled(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        add_user(session, login="bo", display_name="Bo", role="operator", password="pw-bo-123")
        session.commit()
        ok = authenticate(session, "bo", "pw-bo-123")
        assert ok is not None and ok.login == "bo" and ok.role == "operator"
        assert authenticate(session, "bo", "pw-bo-124") is None
        assert authenticate(session, "nobody", "pw-bo-123") is None
        disable_user(session, "bo")
        session.commit()
        assert authenticate(session, "bo", "pw-bo-123") is None
        assert [(u.login, u.active) for u in list_users(session)] == [("bo", False)]
        kinds = session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)).all()
        assert kinds == ["user_added", "user_disabled"]


def test_an_old_hash_is_replaced_at_sign_in(sessions: sessionmaker[Session]) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("pw-old-123")
    assert needs_rehash(weak)
    with sessions() as session:
        session.add(Operator(login="old", display_name="Old", role="operator", password_hash=weak))
        session.commit()
        assert authenticate(session, "old", "pw-old-123") is not None
        session.commit()
        stored = session.scalar(select(Operator.password_hash).where(Operator.login == "old"))
    assert stored is not None and stored != weak and not needs_rehash(stored)
    assert verify_password(stored, "pw-old-123")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"login": "ann"}, "already taken"),
        ({"login": "two words"}, "spaces"),
        ({"login": ""}, "login is empty"),
        ({"login": "x" * 65}, "longer than 64"),
        ({"role": "boss"}, "unknown role"),
        ({"display_name": "  "}, "display name is empty"),
        ({"password": ""}, "password is empty"),
    ],
)
def test_add_user_refuses_bad_accounts(
    sessions: sessionmaker[Session], fields: dict[str, str], message: str
) -> None:
    with sessions() as session:
        add_user(session, login="ann", display_name="Ann", role="admin", password="pw-ann-123")
        session.commit()
        account = {
            "login": "new",
            "display_name": "New",
            "role": "operator",
            "password": "p-123456",
        }
        account.update(fields)
        with pytest.raises(ValueError, match=message):
            add_user(session, **account)
        session.rollback()
        assert [u.login for u in list_users(session)] == ["ann"]


def test_disable_unknown_user_says_so(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, pytest.raises(ValueError, match="no user with login 'zed'"):
        disable_user(session, "zed")
