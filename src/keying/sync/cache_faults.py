"""What can go wrong with the workstation cache file, said for a person: write errors (a full
disk above all), damage found at start, and the damaged file kept aside (never overwritten)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


class CacheError(RuntimeError):
    """The cache cannot be opened or written; the message is one line for a person."""


class CacheWriteError(CacheError):
    """A write to the cache failed (full disk, read-only or failing storage): nothing of that
    write was kept, and the same write may be tried again."""

    def __init__(self, message: str, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


@dataclass(frozen=True)
class SetAside:
    """A cache file that could not be used at start: kept aside, never overwritten."""

    path: Path
    reason: str


def is_disk_full(exc: BaseException) -> bool:
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or (
        "disk is full" in str(exc) or "No space left" in str(exc)
    )


def write_error(exc: BaseException, path: Path) -> CacheWriteError:
    if is_disk_full(exc):
        return CacheWriteError(f"the disk holding {path} is full", disk_full=True)
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return CacheWriteError(f"cannot write the workstation cache {path}: {reason}")


def damage(path: Path) -> str | None:
    """Why the file at `path` cannot be used as a cache (None: it can, or it does not exist)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return "the file is empty (0 bytes)"
    # Read-write, so a hot WAL left by a power cut is recovered as usual, not taken for damage.
    try:
        db = sqlite3.connect(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            return f"SQLite's quick_check found damage: {rows[0][0]}"
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
            return "the file is not a keying workstation cache"
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc) or "unable to open" in str(exc):
            raise  # not damage: another process holds it, or the folder is not readable
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    except sqlite3.DatabaseError as exc:  # "file is not a database", malformed ...
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    finally:
        db.close()
    return None


def set_aside(path: Path, reason: str) -> SetAside:
    """Rename the damaged file (and its -wal/-shm) beside itself, under a name never used."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    n = 0
    while True:
        target = path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{n}" if n else ""))
        if not target.exists():
            break
        n += 1
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return SetAside(target, reason)


def open_error(exc: BaseException, path: Path) -> CacheError:
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    if is_disk_full(exc):
        return CacheError(f"the disk holding the workstation cache {path} is full")
    if "readonly" in reason or "Read-only" in reason or "unable to open" in reason:
        return CacheError(
            f"the workstation cache {path} cannot be written: its folder {path.parent} "
            f"is read-only or not reachable ({reason})"
        )
    return CacheError(f"the workstation cache {path} cannot be used: {reason}")
