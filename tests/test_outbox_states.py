"""Outbox outcomes (issue 11, 2): refused for good is kept and shown as refused, never retried
and never dropped; acknowledged values leave the cache file; a disabled account's station
stops and says so."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from keying.storage.records import KeyingPayload, PageFlagPayload
from keying.storage.users import disable_user
from keying.sync.cache import CachedTask, WorkstationCache
from keying.sync.outbox import RECEIPT_KEYS
from tests.support.world import World
from tests.test_services import VALUES, key_document

MARK = "Zebulon Quixotewright"


def test_acknowledged_values_leave_the_cache_file(world: World) -> None:
    station = world.station("op1", prefetch=0)
    key_document(station, {**VALUES, "head_name": MARK})
    cache = world.services.cache
    assert cache.pending_count() == 0
    [(payload, pushed)] = cache._db.execute("SELECT payload, pushed_at FROM outbox").fetchall()
    receipt = json.loads(payload)
    assert pushed is not None and "values" not in receipt and "figures" not in receipt
    assert receipt["uuid"] and receipt["document_id"] and receipt["finished_at"]
    drafts = cache._db.execute("SELECT keyed_values FROM drafts").fetchall()
    assert drafts == [("{}",)]
    world.services.close()  # the last connection: the WAL is checkpointed into the file
    path = Path(world.workspace.cache_path)
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
    assert MARK.encode() not in raw


def test_a_refused_item_is_kept_as_refused_and_never_sent_again(world: World) -> None:
    station = world.station("op1", prefetch=0)
    task = station.next_task()
    assert task is not None
    # a keying of a document the central database does not have: a foreign key says no
    task = replace(task, task=replace(task.task, document_id=999_999))
    outcome = station.finish(task, VALUES, {}, [])
    assert outcome.sync.refused == 1 and outcome.sync.pending == 0
    assert outcome.sync.text.endswith("— 1 refused") and "offline" not in outcome.sync.text
    [item] = world.services.cache.refused()
    assert item.keying["values"]["head_name"] == VALUES["head_name"]  # kept, values and all
    assert item.last_error
    again = station.sync()
    assert again.refused == 1 and world.services.cache.refused()[0].attempts == 1


def test_a_disabled_account_stops_its_station_and_keeps_its_keyings(world: World) -> None:
    station = world.station("op1", prefetch=1)
    task = station.next_task()
    assert task is not None
    with world.services.sessions() as session:
        disable_user(session, "op1")
        session.commit()
    outcome = station.finish(task, VALUES, {}, [])
    assert outcome.sync.disabled and "account disabled" in outcome.sync.text
    [item] = world.services.cache.refused()
    assert "disabled" in (item.last_error or "")
    assert station.next_task() is not None or station.sync_state.disabled
    assert station.sync_state.disabled


def test_a_refused_item_is_listed_for_supervisors(world: World) -> None:
    from tests.test_cli_db_user import keying

    db = ["--database-url", world.workspace.database_url]
    assert keying("sync", "refused", *db).stdout.strip() == "no refused item"
    station = world.station("op1", prefetch=0)
    task = station.next_task()
    assert task is not None
    task = replace(task, task=replace(task.task, document_id=999_999))
    assert station.finish(task, VALUES, {}, []).sync.refused == 1
    [item] = world.services.cache.refused()
    listed = keying("sync", "refused", *db)
    assert listed.returncode == 0, listed.stderr
    line, total = listed.stdout.strip().splitlines()
    assert total == "1 refused item"
    assert world.services.workstation in line and "op1" in line and "#999999" in line
    assert "pass 1" in line and (item.last_error or "")[:40] in line
    elsewhere = keying("sync", "refused", "--workstation", "another-pc", *db)
    assert elsewhere.stdout.strip() == "no refused item from workstation another-pc"
    station.sync()  # never sent again, so never reported twice
    assert keying("sync", "refused", *db).stdout.strip().endswith("1 refused item")


def test_acknowledging_a_batch_keeps_receipts_flags_and_the_rest(tmp_path: Path) -> None:
    """`acknowledge` is given the items as the push read them: each keying keeps exactly its
    receipt (a key missing from the payload is null), a page flag its payload, the
    acknowledged keyings' drafts and dependent references are emptied, nothing else is."""
    cache = WorkstationCache(tmp_path / "cache.sqlite")
    try:
        cache.store_pull(
            {"f@1": ("form", "sha")},
            {},
            [
                CachedTask(n, 7, 100 + n, f"D-{n}", "B", 3, "f@1", 2, [], {"head": f"v{n}"},
                           "2030-01-01T00:00:00+00:00", n, "claimed")
                for n in (1, 2, 3)
            ],
        )  # fmt: skip
        ids = []
        for n in (1, 2):
            draft = cache.start_draft(n)
            payload: KeyingPayload = {"uuid": draft.keying_uuid, "task_id": n,
                                      "document_id": 100 + n, "pass_no": 2, "operator_id": 7,
                                      "values": {"head": MARK}, "finished_at": "2030-01-01",
                                      "workstation": "ws"}  # fmt: skip
            ids.append(cache.finish(n, payload))
        cache._db.execute("UPDATE drafts SET keyed_values = ?", (json.dumps({"head": MARK}),))
        flag: PageFlagPayload = {"uuid": "flag-1", "task_id": 3, "document_id": 103,
                                 "page_no": 1, "operator_id": 7, "reason": "torn",
                                 "note": "x"}  # fmt: skip
        cache.start_draft(3)
        cache.flag(3, flag)
        left = cache.pending()[1]  # the second keying stays waiting
        cache.acknowledge([i for i in cache.pending() if i.id != left.id])
        rows = dict(cache._db.execute("SELECT id, payload FROM outbox WHERE pushed_at IS NOT NULL"))
        assert set(rows) == {ids[0], "flag-1"}
        expected = {"uuid": ids[0], "task_id": 1, "document_id": 101, "pass_no": 2,
                    "operator_id": 7, "workstation": "ws", "started_at": None,
                    "finished_at": "2030-01-01"}  # fmt: skip
        assert json.loads(rows[ids[0]]) == expected
        assert list(json.loads(rows[ids[0]])) == list(RECEIPT_KEYS)
        assert json.loads(rows["flag-1"]) == flag
        assert [i.id for i in cache.pending()] == [left.id] and left.keying["values"]
        assert cache.task(1).reference is None and cache.task(2).reference == {"head": "v2"}
        drafts = dict(cache._db.execute("SELECT keying_uuid, keyed_values FROM drafts"))
        assert drafts[ids[0]] == "{}" and MARK in drafts[ids[1]]
    finally:
        cache.close()
