"""A workstation is known by a UUID made once (issue 11, 2): kept in its cache and beside it,
never the host name; the same-PC lease rule uses it."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

from sqlalchemy import select

from keying.services import Services, Workspace
from keying.storage.models import Task
from keying.sync.identity import sidecar
from tests.support.world import World


def _services(world: World, cache: Path) -> Services:
    return Services(Workspace(world.workspace.database_url, cache))


def test_the_workstation_is_a_uuid_kept_across_restarts_and_a_lost_cache(
    world: World, tmp_path: Path
) -> None:
    cache = tmp_path / "pc" / "cache.sqlite"
    first = _services(world, cache)
    ident = first.workstation
    first.close()
    assert str(uuid.UUID(ident)) == ident and ident != socket.gethostname()
    assert sidecar(cache).read_text(encoding="ascii").strip() == ident
    again = _services(world, cache)
    assert again.workstation == ident and again.cache.workstation_id == ident
    again.close()
    for suffix in ("", "-wal", "-shm"):
        cache.with_name(cache.name + suffix).unlink(missing_ok=True)
    after_loss = _services(world, cache)  # a new cache takes the UUID over
    try:
        assert after_loss.workstation == ident and after_loss.cache.workstation_id == ident
    finally:
        after_loss.close()


def test_two_data_folders_on_one_pc_are_two_workstations(world: World, tmp_path: Path) -> None:
    one = _services(world, tmp_path / "alice" / "cache.sqlite")
    two = _services(world, tmp_path / "bob" / "cache.sqlite")
    try:
        assert one.workstation != two.workstation
        station = one.station(one.sign_in("op1", "correct horse"), prefetch=0)
        assert station.next_task() is not None
        with one.sessions() as session:
            held = session.scalars(select(Task.workstation).where(Task.status == "claimed"))
            assert list(held) == [one.workstation]  # the central claim names the UUID
    finally:
        one.close()
        two.close()
