"""A progress bar on the terminal (rich), for the long commands; nothing when not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol


class Bar(Protocol):
    def update(self, done: int, total: int, text: str = "") -> None: ...


class _Silent:
    def update(self, done: int, total: int, text: str = "") -> None:
        pass


class _Rich:
    def __init__(self, progress: Any, task: Any) -> None:
        self.progress = progress
        self.task = task

    def update(self, done: int, total: int, text: str = "") -> None:
        self.progress.update(self.task, completed=done, total=total, description=text)


@contextmanager
def progress_bar(label: str) -> Iterator[Bar]:
    """A bar on stderr when it is a terminal (rich); a silent one otherwise."""
    if not sys.stderr.isatty():
        yield _Silent()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn(f"{label} [progress.description]{{task.description}}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        yield _Rich(progress, progress.add_task("", total=None))
