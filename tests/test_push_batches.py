"""The push sends the outbox in batches (`PUSH_BATCH` keyings a transaction, issue 11,
Performance), yet an item the central database refuses for good is refused alone, with its
reason, and every other item of its batch is stored once and acknowledged. Both backends."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import select

from keying.storage import repo
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import AuditEvent, Keying, Task
from keying.storage.users import add_user
from keying.sync.cache import WorkstationCache
from keying.sync.protocol import PUSH_BATCH, SyncClient
from tests.support.outbox_load import WORKSTATION, fill_outbox, later, populate, stored

KEYINGS = PUSH_BATCH * 2 + 20  # three batches, the last one short


def _spoil(cache_path: Path, uuid: str) -> None:
    """The item names a document the central database does not have: a foreign key says no."""
    with sqlite3.connect(cache_path) as db:
        [payload] = db.execute("SELECT payload FROM outbox WHERE id = ?", (uuid,)).fetchone()
        db.execute(
            "UPDATE outbox SET payload = ? WHERE id = ?",
            (json.dumps({**json.loads(payload), "document_id": 999_999}), uuid),
        )


@pytest.mark.parametrize("spoiled", [0, PUSH_BATCH + 7])
def test_one_refused_item_of_a_batch_is_refused_alone_and_the_rest_is_stored_once(
    migrated_database_url: str, tmp_path: Path, spoiled: int
) -> None:
    url = migrated_database_url
    operator = populate(url, KEYINGS)
    cache_path = tmp_path / "cache.sqlite"
    uuids = fill_outbox(url, cache_path, operator, KEYINGS)
    bad = uuids[spoiled]
    _spoil(cache_path, bad)
    engine = make_engine(url)
    cache = WorkstationCache(cache_path)
    try:
        client = SyncClient(session_factory(engine), cache, WORKSTATION, clock=later())
        report = client.push()
        assert (report.pushed, report.refused, report.failed, report.pending) == (
            KEYINGS - 1,
            1,
            0,
            0,
        )
        [refused] = cache.refused()
        assert refused.id == bad and refused.last_error  # the reason, kept with the item
        acknowledged = cache._db.execute(
            "SELECT id FROM outbox WHERE pushed_at IS NOT NULL"
        ).fetchall()
        assert {row[0] for row in acknowledged} == set(uuids) - {bad}
        again = client.push()
        assert (again.pushed, again.refused, again.pending) == (0, 0, 0)  # never sent again
    finally:
        cache.close()
        engine.dispose()
    in_central, inserted = stored(url)
    assert sorted(in_central) == sorted(set(uuids) - {bad})
    assert inserted == KEYINGS - 1  # each stored once


def test_a_batch_keeps_a_keying_whose_pass_was_taken_meanwhile_as_superseded(
    migrated_database_url: str, tmp_path: Path
) -> None:
    url = migrated_database_url
    operator = populate(url, 30)
    cache_path = tmp_path / "cache.sqlite"
    uuids = fill_outbox(url, cache_path, operator, 30)
    with sqlite3.connect(cache_path) as db:
        [payload] = db.execute("SELECT payload FROM outbox WHERE id = ?", (uuids[3],)).fetchone()
    late = json.loads(payload)
    engine = make_engine(url)
    cache = WorkstationCache(cache_path)
    try:
        with session_factory(engine)() as session:  # someone else's keying of that pass is in
            other = add_user(
                session, login="op2", display_name="OP2", role="operator", password="-"
            )
            first = {**late, "uuid": str(uuid4()), "operator_id": other.id}
            assert repo.record_keying(session, first)[0] == "inserted"
            session.commit()
        client = SyncClient(session_factory(engine), cache, WORKSTATION, clock=later())
        report = client.push()
        assert (report.pushed, report.refused, report.pending) == (30, 0, 0)
        with session_factory(engine)() as session:
            superseded = session.scalars(select(Keying.uuid).where(Keying.superseded)).all()
            assert superseded == [uuids[3]]  # kept, marked; the task stays the first keyer's
            task = session.scalars(select(Task).where(Task.document_id == late["document_id"]))
            assert [t.claimed_by for t in task] == [other.id]
            events = session.scalars(
                select(AuditEvent.kind).where(AuditEvent.kind.like("keying_%"))
            )
            assert sorted(events) == ["keying_inserted"] * 30 + ["keying_superseded"]
    finally:
        cache.close()
        engine.dispose()


def test_a_pushed_batch_is_one_line_of_the_log_naming_each_keying_once(
    migrated_database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """One record a batch, not one a keying (a record cost about as much CPU as storing the
    keying on the server): each keying's uuid, document, task and outcome are still there."""
    url = migrated_database_url
    operator = populate(url, PUSH_BATCH + 10)
    cache_path = tmp_path / "cache.sqlite"
    uuids = fill_outbox(url, cache_path, operator, PUSH_BATCH + 10)
    engine = make_engine(url)
    cache = WorkstationCache(cache_path)
    try:
        with caplog.at_level(logging.INFO, logger="keying.sync.protocol"):
            report = SyncClient(session_factory(engine), cache, WORKSTATION, clock=later()).push()
    finally:
        cache.close()
        engine.dispose()
    assert report.pushed == PUSH_BATCH + 10
    lines = [
        r.getMessage()
        for r in caplog.records
        if r.name == "keying.sync.protocol" and r.getMessage().startswith("pushed keying")
    ]
    assert len(lines) == 2  # two batches
    text = "; ".join(lines)
    for uuid in uuids:
        assert text.count(f"pushed keying {uuid} (document ") == 1
    assert text.count("): inserted") == PUSH_BATCH + 10
