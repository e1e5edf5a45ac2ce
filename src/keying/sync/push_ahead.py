"""The next batch of a push stored while the last one is acknowledged (issue 11, Performance).

A push sends the outbox in batches, each its own transaction on the central database and,
once committed, acknowledged in the workstation cache. `Ahead` lets batch N + 1 go to the
central database (a thread of its own, its own connection) while batch N is acknowledged in
the cache on the caller's thread, so the workstation's work and the server's overlap.

The order stays that of the outbox: batch N + 1 is started only after batch N was committed,
and never after a batch that failed (the caller then goes on one batch at a time). Only on
PostgreSQL: an embedded SQLite central database has one writer at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Generic, TypeVar

__all__ = ["Ahead"]

B = TypeVar("B")
R = TypeVar("R")


class Ahead(Generic[B, R]):
    """`take(batch)` is `store(batch)`, computed ahead when `start(batch)` came first.

    Used as a context manager: on leaving, a batch still being stored is waited for (it is
    committed or not; an item committed and not acknowledged is sent again next time and
    answered "duplicate")."""

    def __init__(self, store: Callable[[B], R], enabled: bool) -> None:
        self._store = store
        self._enabled = enabled
        self._pool: ThreadPoolExecutor | None = None
        self._started: tuple[B, Future[R]] | None = None

    def start(self, batch: B) -> None:
        """Begin storing `batch` in the background (nothing when disabled)."""
        if not self._enabled:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keying-push")
        self._started = (batch, self._pool.submit(self._store, batch))

    def take(self, batch: B) -> R:
        """What storing `batch` returned (or raised): started ahead, or stored now."""
        started, self._started = self._started, None
        if started is not None and started[0] is batch:
            return started[1].result()
        if started is not None:  # never happens in `push`: it takes what it started
            started[1].result()
        return self._store(batch)

    def __enter__(self) -> Ahead[B, R]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._started = None
        if self._pool is not None:
            self._pool.shutdown(wait=True)
