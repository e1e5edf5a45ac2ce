"""Migration 0028: `keying_push_keyings` runs with `enable_seqscan = off`. Its plans are kept for
the connection's life (0024's generic plans); made when `keyings` was analyzed empty or small,
they looked each pushed uuid up by reading the whole table, a read that grows with every
keying stored while the connection lives (measured: 2.7 times the server's CPU per keying
after 3,000 keyings). Each lookup of the push is now an index lookup whatever the statistics."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import make_url

from keying.storage.engine import make_engine, session_factory
from keying.storage.keying_push import push_keyings
from tests.support.pg import push_settings
from tests.support.world import World
from tests.test_pg_gatekeeper import shop  # noqa: F401 - the fixture
from tests.test_pg_push_function import _ids, _keying

pytestmark = pytest.mark.postgres


@pytest.fixture
def conninfo(shop: World) -> Iterator[str]:  # noqa: F811
    url = make_url(shop.workspace.database_url)
    yield url.set(drivername="postgresql").render_as_string(hide_password=False)


def test_a_push_looks_keyings_up_by_index_when_the_table_was_analyzed_empty(
    shop: World,  # noqa: F811
    conninfo: str,
) -> None:
    operators, documents = _ids(shop)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM keyings").fetchone() == (0,)
        conn.execute("VACUUM ANALYZE keyings")  # the planner now knows it empty
    engine = make_engine(shop.workspace.database_url)
    notes: list[str] = []
    try:
        with session_factory(engine)() as session:
            raw = session.connection().connection.dbapi_connection
            assert isinstance(raw, psycopg.Connection)
            raw.add_notice_handler(lambda d: notes.append(str(d.message_primary)))
            for setting in (
                "LOAD 'auto_explain'",
                "SET auto_explain.log_min_duration = 0",
                "SET auto_explain.log_nested_statements = on",
                "SET auto_explain.log_level = notice",
            ):
                session.connection().exec_driver_sql(setting)
            first = push_keyings(session, [_keying(operators["op1"], documents[0])])
            again = push_keyings(session, [_keying(operators["op1"], documents[1])])
            session.commit()
    finally:
        engine.dispose()
    assert [p.outcome for p in first + again] == ["inserted", "inserted"]
    plans = [n for n in notes if "FROM keyings k WHERE k.uuid" in n]
    assert plans  # the lookup of the pushed uuids was planned, and logged
    assert not any("Seq Scan on keyings" in n for n in notes)
    assert any("Index Scan using uq_keyings_uuid" in n for n in plans)


def test_the_setting_is_the_push_functions_beside_0024s_and_0026s(
    conninfo: str,
) -> None:
    assert {"enable_seqscan=off", "jit=off", "plan_cache_mode=force_generic_plan"} <= set(
        push_settings(conninfo)
    )
