"""A refusal reaches the supervisors from an operator's own PostgreSQL role (row-level
security lets it write the audit event under its own id), and `keying sync refused` run as
the owner lists it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.support.world import PASSWORD, World
from tests.test_cli_db_user import keying
from tests.test_pg_gatekeeper import shop, workstation  # noqa: F401 - the fixture
from tests.test_services import VALUES

pytestmark = pytest.mark.postgres


def test_a_refusal_under_an_operators_role_is_listed_for_supervisors(
    shop: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    pc = workstation(shop, tmp_path, "pc1")
    try:
        station = pc.station(pc.sign_in("op1", PASSWORD), prefetch=0)
        task = station.next_task()
        assert task is not None
        task = replace(task, task=replace(task.task, document_id=999_999))
        assert station.finish(task, VALUES, {}, []).sync.refused == 1
    finally:
        pc.close()
    listed = keying("sync", "refused", "--database-url", shop.workspace.database_url)
    assert listed.returncode == 0, listed.stderr
    line, total = listed.stdout.strip().splitlines()
    assert total == "1 refused item"
    assert " pc1 " in f" {line} " and " op1 " in line and "#999999" in line
