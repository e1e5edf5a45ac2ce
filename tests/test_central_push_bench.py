"""The push figures of `keying bench --only central[_push]`, small, on the test session's
PostgreSQL: several batches (the next one stored while the last is acknowledged), every keying
stored once with its task done and its audit event; the CPU figures are there (times are not
asserted: they belong to the benchmark)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from keying.bench.central import _push, _setup
from keying.storage.engine import make_engine
from keying.sync.protocol import PUSH_BATCH

pytestmark = pytest.mark.postgres


def test_the_push_figures_come_from_a_push_that_stored_each_keying_once(
    postgres_migrated_url: str,
) -> None:
    count = PUSH_BATCH * 2 + 7  # three batches, the last one short
    operators = _setup(postgres_migrated_url, 1, count)
    figures = {f.name: f.value for f in _push(postgres_migrated_url, operators[-1], count)}
    assert set(figures) == {"sync_push_keyings_per_s", "push_client_cpu_us", "push_server_cpu_us"}
    assert figures["sync_push_keyings_per_s"] > 0 and figures["push_client_cpu_us"] > 0
    assert figures["push_server_cpu_us"] > 0  # the server is on this machine
    engine = make_engine(postgres_migrated_url)
    try:
        with engine.connect() as connection:
            keyings, uuids, done, events = connection.execute(
                text(
                    "SELECT (SELECT count(*) FROM keyings), (SELECT count(DISTINCT uuid) FROM "
                    "keyings), (SELECT count(*) FROM tasks WHERE status = 'done'), (SELECT "
                    "count(*) FROM audit_events WHERE kind = 'keying_inserted')"
                )
            ).one()
    finally:
        engine.dispose()
    assert (keyings, uuids, done, events) == (count, count, count, count)
