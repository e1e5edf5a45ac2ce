"""Real faults for tests (a pytest plugin, loaded by conftest): small and read-only file systems.

- `mount_tmpfs(path, size, read_only)`: a tmpfs of `size` bytes mounted on `path`, unmounted
  on leaving. Mounting needs root: CI runs the tests as root; elsewhere the test is skipped
  with that reason.
- `fill(path)`: write into the file system holding `path` until it is full; returns the file
  written (delete it to free the space).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def mount_tmpfs(path: Path, size: int, read_only: bool = False) -> Iterator[Path]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs the tests as root)")
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "keying-test", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def fill(directory: Path) -> Path:
    """Fill the file system of `directory` to the last byte; returns the filler file."""
    filler = directory / "filler.bin"
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as f:
        size = len(chunk)
        while size:
            try:
                f.write(chunk[:size])
            except OSError:
                size //= 2
    return filler


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """An empty folder on a read-only file system."""
    with mount_tmpfs(tmp_path / "read-only", 1 << 20, read_only=True) as path:
        yield path
