"""Which files an import reads: folders walked recursively in natural order.

`collect(paths)` turns the PATHs given to `keying batch import` into the ordered list of files
to read, and the skipped ones with their reasons (an unsupported extension, an empty folder,
a path that does not exist). Natural order compares runs of digits as numbers, so `page2`
comes before `page10`; folders are walked depth first in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

IMAGE_SUFFIXES = {".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".tif": "tiff", ".tiff": "tiff"}
PDF_SUFFIXES = {".pdf": "pdf"}
KINDS = {**IMAGE_SUFFIXES, **PDF_SUFFIXES}

_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class Skipped:
    """A file (or folder) not imported, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key: digit runs by value, other text without letter case (`a2` < `A10`)."""
    parts = _DIGITS.split(text)
    return tuple((1, int(p)) if i % 2 else (0, p.casefold()) for i, p in enumerate(parts))


def _path_key(path: Path) -> tuple[tuple[tuple[int, int | str], ...], ...]:
    return tuple(natural_key(part) for part in path.parts)


def kind_of(path: Path) -> str | None:
    """`jpeg`, `png`, `tiff` or `pdf` by the file's extension; None for anything else."""
    return KINDS.get(path.suffix.lower())


def _walk(folder: Path, files: list[Path], skipped: list[Skipped]) -> None:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: natural_key(p.name))
    except OSError as exc:
        skipped.append(Skipped(folder, f"cannot read the folder: {exc.strerror or exc}"))
        return
    if not entries:
        skipped.append(Skipped(folder, "empty folder"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden files (.DS_Store) and folders are not scans
        if entry.is_dir():
            _walk(entry, files, skipped)
        elif kind_of(entry) is None:
            skipped.append(Skipped(entry, "not a JPEG, PNG, TIFF or PDF file"))
        else:
            files.append(entry)


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """The files to import in order (each PATH in the order given), and what was skipped."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            before = len(files)
            _walk(path, files, skipped)
            if len(files) == before and not any(s.path == path for s in skipped):
                skipped.append(Skipped(path, "no JPEG, PNG, TIFF or PDF file in this folder"))
        elif path.is_file():
            if kind_of(path) is None:
                skipped.append(Skipped(path, "not a JPEG, PNG, TIFF or PDF file"))
            else:
                files.append(path)
        else:
            skipped.append(Skipped(path, "no such file or folder"))
    unique = list(dict.fromkeys(files))  # the same file named twice is read once
    return unique, skipped
