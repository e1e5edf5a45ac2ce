"""Migration 0026: a pushed batch's audit events in the order of the keyings' ids (no join of
the stored keyings back to the batch's items), `keying_push_keyings` with `jit = off` and
0024's generic plans. One event per keying stored, as before; the downgrade puts 0021's
ordering back with 0024's setting only."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import Engine, make_url, select

from keying.storage.engine import alembic_config, make_engine, upgrade
from keying.storage.models import AuditEvent
from tests.support.pg import push_settings
from tests.support.world import World
from tests.test_pg_gatekeeper import shop  # noqa: F401 - the fixture
from tests.test_pg_push_function import _ids, _keyed_by, _keying, _push, as_op1  # noqa: F401

pytestmark = pytest.mark.postgres


def test_a_batchs_events_are_its_inserted_keyings_in_item_order_then_the_superseded(
    shop: World,  # noqa: F811
    as_op1: Engine,  # noqa: F811
) -> None:
    operators, documents = _ids(shop)
    _keyed_by(shop, operators["op2"], documents[1])  # op2's pass 1 of the second document
    late = _keying(operators["op1"], documents[1])  # superseded: stored, kept, not refused
    first, second = _keying(operators["op1"], documents[0]), _keying(operators["op1"], documents[2])
    pushed = _push(as_op1, [late, first, second])
    assert [p.outcome for p in pushed] == ["superseded", "inserted", "inserted"]
    with shop.services.sessions() as session:
        events = session.execute(
            select(AuditEvent.kind, AuditEvent.detail["keying_uuid"].as_string())
            .where(AuditEvent.kind.in_(["keying_inserted", "keying_superseded"]))
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(e) for e in events] == [
        ("keying_inserted", first["uuid"]),
        ("keying_inserted", second["uuid"]),
        ("keying_superseded", late["uuid"]),
    ]


def test_the_function_runs_without_jit_and_the_downgrade_puts_0021s_order_back(
    shop: World,  # noqa: F811
) -> None:
    url = shop.workspace.database_url
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)

    def source() -> str:
        engine = make_engine(url)
        try:
            with engine.connect() as connection:
                return str(
                    connection.exec_driver_sql(
                        "SELECT prosrc FROM pg_proc"
                        " WHERE oid = 'keying_push_keyings(jsonb)'::regprocedure"
                    ).scalar_one()
                )
        finally:
            engine.dispose()

    assert {"jit=off", "plan_cache_mode=force_generic_plan"} <= set(push_settings(conninfo))
    assert "FROM stored s ORDER BY s.id" in source()
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0025")
    finally:
        engine.dispose()
    after = push_settings(conninfo)
    assert "plan_cache_mode=force_generic_plan" in after and "jit=off" not in after
    assert "JOIN fresh f ON f.uuid = s.uuid ORDER BY f.n" in source()
    upgrade(url)
    assert "jit=off" in push_settings(conninfo)
    assert "FROM stored s ORDER BY s.id" in source()
