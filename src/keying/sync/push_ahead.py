"""A push's batches stored one after the other in a thread of their own, while the caller
reads the next from the cache and acknowledges the last (issue 11, Performance).

A push sends the outbox in batches, each its own transaction on the central database and,
once committed, acknowledged in the workstation cache. `Ahead` hands the batches, in order, to
one thread (its own connection from the engine's pool), which stores each as soon as the one
before it is committed; the caller takes the outcomes in the same order. So the workstation's
work (reading, acknowledging) and the server's overlap, and the server never waits for the
workstation between two batches.

The order stays that of the outbox, one batch at a time: a batch is sent only after the one
before it was committed, and never after a batch that failed (from then on, for the rest of
the push, each batch is stored by the caller, when taken). Only on PostgreSQL: an embedded
SQLite central database has one writer at a time.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Generic, TypeVar

__all__ = ["Ahead"]

B = TypeVar("B")
R = TypeVar("R")


class _NotSent(Exception):
    """A batch given ahead and not sent: the one before it failed."""


class Ahead(Generic[B, R]):
    """`take(batch)` is `store(batch)`, begun ahead when `start(batch)` came first.

    Used as a context manager: on leaving, batches given and not begun are dropped, and the
    one being stored is waited for (committed or not; an item committed and not acknowledged
    is sent again next time and answered "duplicate")."""

    def __init__(self, store: Callable[[B], R], enabled: bool) -> None:
        self._store = store
        self._enabled = enabled
        self._pool: ThreadPoolExecutor | None = None
        self._given: deque[tuple[B, Future[R]]] = deque()
        self._last: Future[R] | None = None

    def start(self, batch: B) -> None:
        """Store `batch` in the background once every batch given before it is committed
        (nothing when disabled, or once a batch failed)."""
        if not self._enabled:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keying-push")
        self._last = self._pool.submit(self._after, self._last, batch)
        self._given.append((batch, self._last))

    def _after(self, before: Future[R] | None, batch: B) -> R:
        # one thread, in order: `before` is done
        if before is not None and before.exception() is not None:
            raise _NotSent
        return self._store(batch)

    def take(self, batch: B) -> R:
        """What storing `batch` returned (or raised): begun ahead, or stored now. The batches
        given are taken in the order given."""
        if self._given:
            given, future = self._given.popleft()
            if given is not batch:
                raise ValueError("batches are taken in the order they were given")
            try:
                return future.result()
            except _NotSent:
                pass  # stored now, below
            except BaseException:
                self._enabled = False  # from now on one batch at a time, by the caller
                raise
            self._enabled = False
        return self._store(batch)

    def __enter__(self) -> Ahead[B, R]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._given.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
