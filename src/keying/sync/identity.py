"""Which workstation this is: a UUID made once, never the host name (two OS accounts on one
PC, or two PCs of the same name, are two workstations). It is kept in the cache's `meta` and
in a small file beside the cache (`cache.sqlite.workstation`), so a cache lost or set aside
does not lose it: the new cache takes it over and the claims of the lost one are released."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from keying.sync.cache import WorkstationCache


def sidecar(cache_path: Path) -> Path:
    return cache_path.with_name(cache_path.name + ".workstation")


def _read(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def workstation_uuid(cache: WorkstationCache) -> str:
    """This workstation's UUID: the one beside the cache if there is one (a new cache takes
    it over), else the cache's own, written beside it (when the folder takes it)."""
    side = sidecar(cache.path)
    kept = _read(side)
    if kept is not None:
        if cache.workstation_id != kept:
            cache.set_workstation_id(kept)
        return kept
    ident = cache.workstation_id
    tmp = side.with_name(side.name + ".tmp")
    try:
        tmp.write_text(ident + "\n", encoding="ascii")
        os.replace(tmp, side)
    except OSError:
        pass  # the cache keeps it; a lost cache then loses it too
    return ident
