"""What an operator is told when the workstation's storage fails: a save the cache refuses
(`SaveFailed`), a cache that was lost at start (`cache_notice`), and what stopped the start
(`startup_problem`). Plain words, which file or database, what to do; passwords masked."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from keying.sync.cache import CacheError, CacheWriteError, SetAside

if TYPE_CHECKING:
    from keying.services.workspace import Workspace

DISK_FULL = "cannot save: the disk is full — tell your supervisor"


class SaveFailed(Exception):
    """The cache did not take a write (full disk ...): nothing of it was kept, it may be
    tried again. The message is the plain line the operator sees."""


def save_failed(exc: CacheWriteError) -> SaveFailed:
    if exc.disk_full:
        return SaveFailed(DISK_FULL)
    return SaveFailed(f"cannot save: {exc} — tell your supervisor")


def cache_notice(
    path: Path, aside: SetAside | None, released: list[tuple[str, str]] | None
) -> str | None:
    """What the operator (and their supervisor) must know after a cache was lost."""
    if aside is None and not released:
        return None  # a first start: nothing was lost
    lines = []
    if aside is not None:
        lines.append(
            f"The workstation cache {path} could not be used: {aside.reason}. It is kept "
            f"as {aside.path} (nothing was overwritten) and a new, empty cache was started."
        )
    else:
        lines.append(f"The workstation cache {path} was missing; a new, empty one was started.")
    if released is None:
        lines.append(
            "The central database could not be reached, so the documents this PC had claimed "
            "stay claimed until their leases expire."
        )
    elif released:
        docs = ", ".join(f"{doc} ({login})" for doc, login in released)
        lines.append(
            f"Lost with it: what was keyed and not yet sent of {docs}. These documents were "
            "released and will be keyed again."
        )
    else:
        lines.append("No document claimed by this PC was lost.")
    lines.append("Tell your supervisor.")
    return "\n\n".join(lines)


def _unwritable(folder: Path) -> str | None:
    """Why nothing can be written in `folder` (None: it can)."""
    probe = folder / ".keying-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except FileNotFoundError:
        return None if not folder.exists() and folder.parent != folder else "it does not exist"
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def startup_problem(workspace: Workspace, exc: BaseException) -> str:
    """What stopped `Services.open`, for the start-up dialog: which file or database, why, and
    what to do. Passwords are masked."""
    from keying.storage.engine import normalize_url
    from keying.storage.errors import describe, mask_password, shown_url

    url = workspace.database_url
    if isinstance(exc, CacheError):
        what_to_do = (
            "Free space on that disk, then start keying again."
            if "is full" in str(exc)
            else "Make that folder writable for this user, or start keying with KEYING_DATA_DIR "
            "set to a writable folder."
        )
        return f"The workstation cache cannot be used: {exc}.\n\n{what_to_do} Tell your supervisor."
    sqlite_file: Path | None = None
    try:
        central = normalize_url(url)
        if central.get_backend_name() == "sqlite" and central.database:
            sqlite_file = Path(central.database)
    except Exception:
        sqlite_file = None
    if sqlite_file is not None and sqlite_file.parent.is_dir():
        reason = _unwritable(sqlite_file.parent)
        if reason is not None:
            return (
                f"The data folder {sqlite_file.parent} cannot be written ({reason}): keying "
                f"keeps its central database {sqlite_file.name} there.\n\nMake the folder "
                "writable for this user, or start keying with KEYING_DATA_DIR set to a "
                "writable folder. Tell your supervisor."
            )
    line = describe(url, exc) or mask_password(
        f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}",
        url,
    )
    return (
        f"The central database {shown_url(url)} could not be opened.\n\n{line}\n\n"
        "Check that the database server is running and reachable from this PC and that the "
        "URL (--database-url or KEYING_DATABASE_URL) is right; then start keying again. "
        "Tell your supervisor."
    )
