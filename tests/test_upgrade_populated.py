"""Upgrading a database that holds work (issue 11, 3: "upgrade a database populated at the
previous revision: nothing lost"), on SQLite and on the real PostgreSQL of the test session.

The work is made at head by the real services (two documents keyed twice: one agreed and
final, one discrepant with its discrepancies and a supervisor's task), the schema is taken
back to revision 0006 (before the PostgreSQL roles, the final records' provenance and the
document lock of 0010), and `keying db upgrade`'s `upgrade` brings it to head again: every
row of what 0006 already had is there with the same values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import text

from keying.storage.engine import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    upgrade_revisions,
)
from tests.support.world import make_world
from tests.test_send_back import B_VALUES
from tests.test_services import VALUES, key_document

OLD = "0006"
# What revision 0006 already held, read the same way before and after the upgrade.
SNAPSHOT = {
    "operators": "SELECT login, display_name, role, active, password_hash FROM operators",
    "documents": "SELECT external_id, status, seq FROM documents",
    "tasks": "SELECT document_id, kind, pass_no, status, claimed_by FROM tasks",
    "keyings": 'SELECT uuid, document_id, pass_no, operator_id, "values", figures FROM keyings',
    "reconciliations": "SELECT document_id, status, result FROM reconciliations",
    "discrepancies": "SELECT document_id, seq, field, value_a, value_b, kind FROM discrepancies",
    "final_records": 'SELECT document_id, "values", source FROM final_records',
    "audit_events": "SELECT id, kind, actor_id, document_id, detail FROM audit_events",
    "blobs": "SELECT sha256, data FROM blobs",
}


def _snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table: sorted((tuple(row) for row in connection.execute(text(sql))), key=repr)
                for table, sql in SNAPSHOT.items()
            }
    finally:
        engine.dispose()


def test_upgrading_a_populated_database_keeps_every_row(
    migrated_database_url: str, tmp_path: Path
) -> None:
    world = make_world(tmp_path / "ws", documents=2, database_url=migrated_database_url)
    try:
        for login, values in (("op1", VALUES), ("op2", VALUES)):
            key_document(world.station(login, prefetch=0), values)  # D-001 agreed
        for login, values in (("op1", VALUES), ("op2", B_VALUES)):
            key_document(world.station(login, prefetch=0), values)  # D-002 discrepant
    finally:
        world.services.close()
    made = _snapshot(migrated_database_url)
    assert [row[1] for row in made["documents"]] == ["final", "discrepant"]
    assert len(made["keyings"]) == 4 and made["discrepancies"] and made["final_records"]

    engine = make_engine(migrated_database_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), OLD)
        assert current_revision(engine) == OLD
    finally:
        engine.dispose()
    assert _snapshot(migrated_database_url) == made  # the downgrade itself lost nothing

    assert upgrade_revisions(migrated_database_url) == (OLD, head_revision())
    assert _snapshot(migrated_database_url) == made
