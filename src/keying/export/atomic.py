"""Write a set of files all or nothing: each to a temporary name beside it, renamed into
place only when every one is complete; on any failure the temporary files are removed."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ExportPathError(Exception):
    """The output cannot be written there; the message says why (one line)."""


def check_folder(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise ExportPathError(f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportPathError(f"{folder} is not a folder")
    if not os.access(folder, os.W_OK):
        raise ExportPathError(f"cannot write in {folder}: permission denied")
    if path.is_dir():
        raise ExportPathError(f"{path} is a folder")


class FileSet:
    """Temporary paths for the files of one export, keyed by their final paths."""

    def __init__(self) -> None:
        self.pending: dict[Path, Path] = {}

    def temp_for(self, final: Path) -> Path:
        check_folder(final)
        temp = final.with_name(f".{final.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
        try:
            with open(temp, "xb"):  # created with the usual permissions (umask), unlike mkstemp
                pass
        except OSError as exc:
            raise ExportPathError(f"cannot write in {final.parent}: {exc.strerror}") from None
        self.pending[final] = temp
        return temp

    def commit(self) -> list[Path]:
        for final, temp in self.pending.items():
            with open(temp, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, final)
        done = list(self.pending)
        self.pending.clear()
        return done

    def discard(self) -> None:
        for temp in self.pending.values():
            temp.unlink(missing_ok=True)
        self.pending.clear()


@contextmanager
def file_set() -> Iterator[FileSet]:
    files = FileSet()
    try:
        yield files
    except BaseException:
        files.discard()
        raise
    files.commit()
