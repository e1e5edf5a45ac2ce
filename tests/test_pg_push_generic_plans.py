"""Migration 0024: `keying_push_keyings` keeps one plan per statement for its connection
(`plan_cache_mode = force_generic_plan`, issue 11, Performance). Its answers must not change
with it: on one connection of an operator's role, calls past the point where PostgreSQL would
otherwise choose between plans, a refusal among them (the item-by-item path) and a plain
batch after it, each keying stored once. The downgrade takes the setting away, nothing else."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, make_url

from keying.storage.engine import alembic_config, make_engine, upgrade
from tests.support.pg import push_settings
from tests.support.world import World
from tests.test_pg_gatekeeper import shop  # noqa: F401 - the fixture
from tests.test_pg_push_function import _ids, _keying, _push, _stored, as_op1  # noqa: F401

pytestmark = pytest.mark.postgres


def test_one_connection_pushing_again_and_again_gets_the_same_answers(
    shop: World,  # noqa: F811
    as_op1: Engine,  # noqa: F811
) -> None:
    operators, documents = _ids(shop)
    op1 = operators["op1"]
    first = _keying(op1, documents[0])
    outcomes = [[p.outcome for p in _push(as_op1, [first])] for _ in range(7)]
    assert outcomes == [["inserted"]] + [["duplicate"]] * 6
    second, unknown = _keying(op1, documents[1]), _keying(op1, 999_999)
    pushed = _push(as_op1, [second, unknown, first])
    assert [p.outcome for p in pushed] == ["inserted", "refused", "duplicate"]
    assert "keyings" in (pushed[1].reason or "")  # the database's own reason
    third = _keying(op1, documents[2])
    assert [p.outcome for p in _push(as_op1, [third, second])] == ["inserted", "duplicate"]
    for payload in (first, second, third):
        assert _stored(shop, payload["uuid"]) == (1, 1)  # one keying, one audit event
    assert _stored(shop, unknown["uuid"]) == (0, 0)
    assert as_op1.pool.checkedin() == 1  # all on one connection: its plans were kept


def test_the_downgrade_takes_the_setting_away_and_the_upgrade_puts_it_back(
    shop: World,  # noqa: F811
) -> None:
    url = shop.workspace.database_url
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    script = ScriptDirectory.from_config(alembic_config()).get_revision("0024")
    assert script is not None and isinstance(script.down_revision, str)
    assert "plan_cache_mode=force_generic_plan" in push_settings(conninfo)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), script.down_revision)
    finally:
        engine.dispose()
    after = push_settings(conninfo)
    assert not any(s.startswith("plan_cache_mode=") for s in after)
    assert any(s.startswith("search_path=") for s in after)  # 0020's own setting stays
    upgrade(url)
    assert "plan_cache_mode=force_generic_plan" in push_settings(conninfo)
