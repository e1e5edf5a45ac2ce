"""What an operator is told when the workstation's storage fails: a save the cache refuses
(`SaveFailed`), a cache that was lost at start (`cache_notice`), and what stopped the start
(`startup_problem`). Plain words, which file or database, what to do; passwords masked."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from keying.forms.wording import QT_TRANSLATE_NOOP, Said, say
from keying.sync.cache import CacheError, CacheWriteError, SetAside

if TYPE_CHECKING:
    from keying.services.workspace import Workspace

DISK_FULL = "cannot save: the disk is full — tell your supervisor"
TELL = QT_TRANSLATE_NOOP("keying", "Tell your supervisor.")
WRITABLE = QT_TRANSLATE_NOOP(
    "keying",
    "Make that folder writable for this user, or start keying with KEYING_DATA_DIR set to a "
    "writable folder.",
)


class SaveFailed(Exception):
    """The cache did not take a write (full disk ...): nothing of it was kept, it may be
    tried again. The message is the plain line the operator sees."""


def save_failed(exc: CacheWriteError) -> SaveFailed:
    if exc.disk_full:
        return SaveFailed(DISK_FULL)
    return SaveFailed(f"cannot save: {exc} — tell your supervisor")


def _paragraphs(lines: Sequence[str]) -> Said:
    """The sentences one paragraph each, each said in the operator's language."""
    return say("\n\n".join(f"{{{i}}}" for i in range(len(lines))), *lines)


def cache_notice(
    path: Path, aside: SetAside | None, released: list[tuple[str, str]] | None
) -> str | None:
    """What the operator (and their supervisor) must know after a cache was lost (a `Said`:
    the window shows it in the operator's language)."""
    if aside is None and not released:
        return None  # a first start: nothing was lost
    lines = []
    if aside is not None:
        unusable = QT_TRANSLATE_NOOP(
            "keying",
            "The workstation cache {0} could not be used: {1}. It is kept as {2} (nothing was "
            "overwritten) and a new, empty cache was started.",
        )
        lines.append(say(unusable, str(path), aside.reason, str(aside.path)))
    else:
        missing = QT_TRANSLATE_NOOP(
            "keying", "The workstation cache {0} was missing; a new, empty one was started."
        )
        lines.append(say(missing, str(path)))
    if released is None:
        unreached = QT_TRANSLATE_NOOP(
            "keying",
            "The central database could not be reached, so the documents this PC had claimed "
            "stay claimed until their leases expire.",
        )
        lines.append(say(unreached))
    elif released:
        docs = ", ".join(f"{doc} ({login})" for doc, login in released)
        lost = QT_TRANSLATE_NOOP(
            "keying",
            "Lost with it: what was keyed and not yet sent of {0}. These documents were "
            "released and will be keyed again.",
        )
        lines.append(say(lost, docs))
    else:
        lines.append(say(QT_TRANSLATE_NOOP("keying", "No document claimed by this PC was lost.")))
    lines.append(say(TELL))
    return _paragraphs(lines)


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
        if "is full" in str(exc):
            what_to_do = QT_TRANSLATE_NOOP(
                "keying", "Free space on that disk, then start keying again."
            )
        else:
            what_to_do = WRITABLE
        cache = QT_TRANSLATE_NOOP("keying", "The workstation cache cannot be used: {0}.")
        return _paragraphs([say(cache, str(exc)), say("{0} {1}", say(what_to_do), say(TELL))])
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
            folder = QT_TRANSLATE_NOOP(
                "keying",
                "The data folder {0} cannot be written ({1}): keying keeps its central database "
                "{2} there.",
            )
            said = say(folder, str(sqlite_file.parent), reason, sqlite_file.name)
            return _paragraphs([said, say("{0} {1}", say(WRITABLE), say(TELL))])
    line = describe(url, exc) or mask_password(
        f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}",
        url,
    )
    central_down = QT_TRANSLATE_NOOP("keying", "The central database {0} could not be opened.")
    check = QT_TRANSLATE_NOOP(
        "keying",
        "Check that the database server is running and reachable from this PC and that the "
        "URL (--database-url or KEYING_DATABASE_URL) is right; then start keying again.",
    )
    return _paragraphs(
        [say(central_down, shown_url(url)), line, say("{0} {1}", say(check), say(TELL))]
    )
