"""Faults made real: a full disk while keying and while pulling, a cache lost or damaged
between runs. Nothing a fault does may lose a keyed field silently or orphan a claim."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from keying.config import Settings
from keying.services import DISK_FULL, SaveFailed, Services, Workspace
from keying.storage.models import AuditEvent, Keying, Task
from keying.sync.cache import WorkstationCache
from keying.ui.station import StationView
from tests.faults import fill, mount_tmpfs
from tests.support.ui import enter, key_field, press, settle, show_active
from tests.support.world import PASSWORD, World, make_world
from tests.test_ui_station import RECEIPT


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB file system for the workstation cache (the central database stays elsewhere)."""
    with mount_tmpfs(tmp_path / "small-disk", 6 << 20) as path:
        yield path


def _services_on(world: World, cache_path: Path) -> Services:
    return Services(Workspace(world.workspace.database_url, cache_path))


def _claims(world: World) -> list[tuple[str, int | None]]:
    with world.services.sessions() as session:
        rows = session.execute(select(Task.status, Task.claimed_by).where(Task.kind == "key"))
        return [(r.status, r.claimed_by) for r in rows]


# --- 1. a full disk while keying -------------------------------------------------------------


def test_a_save_on_a_full_disk_keeps_the_operator_in_the_field_until_it_succeeds(
    qtbot, tmp_path: Path, small_disk: Path
) -> None:
    world = make_world(tmp_path / "ws", documents=2, form_path=RECEIPT)
    services = _services_on(world, small_disk / "cache.sqlite")
    try:
        operator = services.sign_in("op1", PASSWORD)
        view = StationView(services.station(operator), Settings.load())
        qtbot.addWidget(view)
        view.resize(1200, 800)
        show_active(qtbot, view)
        view.start()
        settle(qtbot, view)  # the first claim runs in the sync worker's thread
        first = view.current.task.external_id
        form = view.current_form()
        key_field("SHOP ONE")
        key_field("1 MAIN STREET")
        key_field("05/06/2019")
        assert form.current_editor().path == "total"

        filler = fill(small_disk)
        key_field("12.50")
        qtbot.waitUntil(lambda: form.current_editor().path == "total")  # kept in the field
        assert view.save_notice.isVisible()
        assert DISK_FULL in view.save_notice.text()
        enter()  # Enter in the field tries again: still full, still there
        qtbot.waitUntil(lambda: form.current_editor().path == "total")
        assert DISK_FULL in view.save_notice.text()
        press(Qt.Key.Key_F12)  # finishing is refused while the save fails
        assert view.current.task.external_id == first
        assert "cannot be finished" in view.save_notice.text()
        assert services.cache.pending_count() == 0

        filler.unlink()
        qtbot.waitUntil(lambda: not view.save_notice.isVisible(), timeout=10_000)  # the retry
        draft = services.cache.draft(view.current.task_id)
        assert draft is not None and draft.values["total"] == "12.50"
        press(Qt.Key.Key_F12)
        assert view.current.task.external_id != first
        qtbot.waitUntil(lambda: len(_keyings(world)) == 1)
        assert _keyings(world)[0].values["total"] == "12.50"
        view.shut_down()  # its sync worker stops before the cache it writes to is closed
    finally:
        services.close()
        world.services.close()


def _keyings(world: World) -> list[Keying]:
    with world.services.sessions() as session:
        return list(session.scalars(select(Keying)))


def test_a_failed_save_keeps_the_draft_as_it_was(tmp_path: Path, small_disk: Path) -> None:
    world = make_world(tmp_path / "ws", documents=1)
    services = _services_on(world, small_disk / "cache.sqlite")
    try:
        station = services.station(services.sign_in("op1", PASSWORD))
        task = station.next_task()
        assert task is not None
        station.commit_field(task, {"form_no": "KH-000001"}, {}, "form_no")
        filler = fill(small_disk)
        with pytest.raises(SaveFailed, match="the disk is full"):
            station.commit_field(task, {"form_no": "KH-000001", "head_name": "x" * 9000}, {}, "x")
        with pytest.raises(SaveFailed):
            station.finish(task, {"form_no": "KH-000001"}, {}, [])
        filler.unlink()
    finally:
        services.close()
    again = _services_on(world, small_disk / "cache.sqlite")  # a restart
    try:
        draft = again.cache.draft(task.task_id)
        assert draft is not None and draft.values == {"form_no": "KH-000001"}
        assert again.cache.pending_count() == 0  # not finished
    finally:
        again.close()
        world.services.close()


# --- 2. a full disk while pulling; a cache lost or damaged between runs ----------------------


def test_a_full_disk_during_a_pull_leaves_no_claim(tmp_path: Path, small_disk: Path) -> None:
    world = make_world(tmp_path / "ws", documents=3)
    services = _services_on(world, small_disk / "cache.sqlite")
    try:
        station = services.station(services.sign_in("op1", PASSWORD))
        filler = fill(small_disk)
        with pytest.raises(SaveFailed, match="the disk is full"):
            station.next_task()
        assert all(status == "open" for status, _ in _claims(world))
        assert services.cache.task_ids() == []
        filler.unlink()
        assert station.next_task() is not None  # and it works once there is room
        assert sum(status == "claimed" for status, _ in _claims(world)) == 3
    finally:
        services.close()
        world.services.close()


def _keyed_and_claimed(world: World, cache_path: Path) -> tuple[Services, int]:
    services = _services_on(world, cache_path)
    station = services.station(services.sign_in("op1", PASSWORD))
    task = station.next_task()
    assert task is not None
    station.commit_field(task, {"form_no": "KH-000001"}, {}, "form_no")
    return services, task.task_id


def test_a_cache_truncated_between_runs_is_set_aside_and_its_claims_released(
    tmp_path: Path,
) -> None:
    world = make_world(tmp_path / "ws", documents=3)
    cache_path = tmp_path / "pc" / "cache.sqlite"
    services, _ = _keyed_and_claimed(world, cache_path)
    services.close()
    assert sum(s == "claimed" for s, _ in _claims(world)) == 3
    cache_path.write_bytes(b"")  # truncated to 0 bytes between runs

    again = _services_on(world, cache_path)
    try:
        notice = again.cache_notice
        assert notice is not None
        assert "the file is empty (0 bytes)" in notice
        aside = again.cache.set_aside
        assert aside is not None and aside.path.exists() and aside.path.stat().st_size == 0
        assert str(aside.path) in notice
        assert "D-001 (op1)" in notice and "D-003 (op1)" in notice
        assert all(s == "open" for s, _ in _claims(world))  # released: keyed again
        with world.services.sessions() as session:
            kinds = session.scalars(select(AuditEvent.kind)).all()
        assert kinds.count("claim_released") == 3
        station = again.station(again.sign_in("op1", PASSWORD))
        assert station.next_task() is not None  # the same operator can take them again
    finally:
        again.close()
        world.services.close()


def test_a_damaged_cache_is_never_overwritten(tmp_path: Path) -> None:
    world = make_world(tmp_path / "ws", documents=2)
    cache_path = tmp_path / "pc" / "cache.sqlite"
    services, _ = _keyed_and_claimed(world, cache_path)
    services.close()
    data = bytearray(cache_path.read_bytes())
    data[: len(data) // 2] = b"\xff" * (len(data) // 2)  # the header and half the pages gone
    cache_path.write_bytes(bytes(data))

    again = _services_on(world, cache_path)
    try:
        aside = again.cache.set_aside
        assert aside is not None
        assert aside.path.read_bytes() == bytes(data)  # kept exactly as it was
        assert again.cache_notice is not None and "D-001 (op1)" in again.cache_notice
        assert again.cache.task_ids() == []
    finally:
        again.close()
        world.services.close()
    twice = WorkstationCache(cache_path)  # a healthy cache is opened as it is
    try:
        assert twice.set_aside is None and not twice.fresh
    finally:
        twice.close()


def test_a_healthy_cache_keeps_its_claims_and_a_first_start_says_nothing(tmp_path: Path) -> None:
    world = make_world(tmp_path / "ws", documents=2)
    cache_path = tmp_path / "pc" / "cache.sqlite"
    services, task_id = _keyed_and_claimed(world, cache_path)
    assert services.cache_notice is None  # first start: nothing lost
    services.close()
    again = _services_on(world, cache_path)
    try:
        assert again.cache_notice is None and again.cache.set_aside is None
        draft = again.cache.draft(task_id)
        assert draft is not None and draft.values == {"form_no": "KH-000001"}
        assert sum(s == "claimed" for s, _ in _claims(world)) == 2
    finally:
        again.close()
        world.services.close()


def test_a_deleted_cache_releases_its_claims(tmp_path: Path) -> None:
    world = make_world(tmp_path / "ws", documents=2)
    cache_path = tmp_path / "pc" / "cache.sqlite"
    services, _ = _keyed_and_claimed(world, cache_path)
    services.close()
    cache_path.unlink()
    again = _services_on(world, cache_path)
    try:
        assert again.cache_notice is not None and "was missing" in again.cache_notice
        assert all(s == "open" for s, _ in _claims(world))
    finally:
        again.close()
        world.services.close()


def test_a_cache_in_a_read_only_folder_is_named(read_only_dir: Path) -> None:
    from keying.sync.cache import CacheError

    with pytest.raises(CacheError) as caught:
        WorkstationCache(read_only_dir / "cache.sqlite")
    assert f"its folder {read_only_dir} is read-only" in str(caught.value)
    assert isinstance(caught.value.__cause__, (OSError, sqlite3.Error))
