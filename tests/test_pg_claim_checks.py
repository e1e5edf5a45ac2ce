"""Migration 0027: the CHECK constraints of `tasks` on PostgreSQL as one array constant each
(read again at every claim's update), refusing and accepting the same rows as before; an
upgrade from the revision before (0028) of a database holding tasks in every state keeps
every row, and the downgrade puts the listed text back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from keying.storage.engine import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    upgrade,
)
from tests.support.world import make_world

pytestmark = pytest.mark.postgres

LISTED = ("ck_tasks_kind", "ck_tasks_status", "ck_tasks_key_pass")


def _before_0027() -> str:
    """The revision 0027 revises (0028: numbered before it, landed first)."""
    script = ScriptDirectory.from_config(alembic_config()).get_revision("0027")
    assert script is not None and isinstance(script.down_revision, str)
    return script.down_revision


def _definitions(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                " WHERE conrelid = 'tasks'::regclass AND contype = 'c'"
            )
        )
        return {str(name): str(definition) for name, definition in rows}


def _tasks(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id, document_id, kind, pass_no, status, claimed_by, workstation,"
                " lease_until, completed_at, queue_batch_id, queue_seq FROM tasks ORDER BY id"
            )
        )
        return [tuple(row) for row in rows]


def _refused_by(engine: Engine, task: int, assignments: str) -> str | None:
    """The constraint that refuses `UPDATE tasks SET <assignments>` of `task` (None: accepted;
    rolled back either way)."""
    with engine.connect() as connection:
        try:
            connection.execute(text(f"UPDATE tasks SET {assignments} WHERE id = :id"), {"id": task})
        except IntegrityError as exc:
            orig: Any = exc.orig  # psycopg's error: the constraint PostgreSQL named
            return str(orig.diag.constraint_name)
        finally:
            connection.rollback()
    return None


def test_the_compact_constraints_refuse_and_accept_the_same_rows(
    postgres_migrated_url: str, tmp_path: Path
) -> None:
    make_world(tmp_path / "ws", documents=1, database_url=postgres_migrated_url).services.close()
    engine = make_engine(postgres_migrated_url)
    try:
        definitions = _definitions(engine)
        for name in LISTED:  # stored as one array constant, not an ARRAY of cast constants
            assert "::text[]" in definitions[name] or "::integer[]" in definitions[name]
            assert "ARRAY[" not in definitions[name], definitions[name]
        with engine.connect() as connection:
            task = connection.scalar(text("SELECT min(id) FROM tasks WHERE kind = 'key'"))
        assert _refused_by(engine, task, "kind = 'typing'") == "ck_tasks_kind"
        assert _refused_by(engine, task, "status = 'held'") == "ck_tasks_status"
        assert _refused_by(engine, task, "pass_no = 4") == "ck_tasks_key_pass"
        assert _refused_by(engine, task, "pass_no = 0") == "ck_tasks_key_pass"
        assert _refused_by(engine, task, "status = 'claimed'") == "ck_tasks_claim_complete"
        for accepted in (
            "kind = 'train', pass_no = 7",  # only key tasks have passes 1-3
            "kind = 'adjudicate', pass_no = 0",
            "status = 'cancelled'",
            "status = 'done'",
            "pass_no = 3",
        ):
            assert _refused_by(engine, task, accepted) is None, accepted
    finally:
        engine.dispose()


def test_an_upgrade_from_the_revision_before_keeps_every_task_and_the_downgrade_restores(
    postgres_migrated_url: str, tmp_path: Path
) -> None:
    world = make_world(tmp_path / "ws", documents=3, database_url=postgres_migrated_url)
    try:  # tasks in every state: held (op1, op2), done (op1's pushed keying), open, cancelled
        station = world.station("op1", prefetch=0)
        held = station.next_task()
        assert held is not None
        assert world.station("op2", prefetch=0).next_task() is not None
    finally:
        world.services.close()
    engine = make_engine(postgres_migrated_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE tasks SET status = 'cancelled' WHERE id = (SELECT max(id) FROM tasks)")
            )
            connection.execute(
                text(
                    "UPDATE tasks SET status = 'done', completed_at = now()"
                    " WHERE status = 'claimed' AND claimed_by ="
                    " (SELECT id FROM operators WHERE login = 'op2')"
                )
            )
        before = _tasks(engine)
        assert {row[4] for row in before} == {"open", "claimed", "done", "cancelled"}
        compact = _definitions(engine)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), _before_0027())
        assert current_revision(engine) == _before_0027()
        listed = _definitions(engine)
        for name in LISTED:  # the text before: an ARRAY of the listed values
            assert "ARRAY[" in listed[name] and listed[name] != compact[name]
        assert listed["ck_tasks_claim_complete"] == compact["ck_tasks_claim_complete"]
        assert _tasks(engine) == before
    finally:
        engine.dispose()
    upgrade(postgres_migrated_url)
    engine = make_engine(postgres_migrated_url)
    try:
        assert current_revision(engine) == head_revision()
        assert _definitions(engine) == compact
        assert _tasks(engine) == before
    finally:
        engine.dispose()
