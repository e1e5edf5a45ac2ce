"""A push's batches stored by threads of their own, up to two at once on the server, while the
caller reads the next from the cache and acknowledges the last (issue 11, Performance).

A push sends the outbox in batches, each its own transaction on the central database and,
once committed, acknowledged in the workstation cache. `Ahead` hands the batches, in order, to
a pool of `lanes` threads (each its own connection), which store each as soon as a thread is
free; the caller takes the outcomes in the order given. So the workstation's work (reading,
acknowledging) and the server's overlap, and with two lanes the server stores batch N + 1
while batch N's commit waits for its disk (the durable commit's flush, a third of a batch's
time on the server alone) and batch N is acknowledged.

What keeps the outcomes those of one batch at a time:
- A batch whose `footprint` meets an earlier one's still being stored (on PostgreSQL: they
  name a document in common, or one holds a page flag) is sent only once that one is committed; two
  batches at once never touch the same document, so no keying can be "inserted" in one and
  "superseded" in the other in the reverse of the outbox's order, and their locks never wait
  in a circle.
- A batch is never sent once a batch before it has failed (known to the thread when it would
  send: a batch already on its way beside the one failing may still be stored; it is then
  acknowledged, or, when the push stops there, sent again next time and answered
  "duplicate"; `stored_beside` gives it to the caller). From then on, for the rest of the
  push, each batch is stored by the caller, when taken, one at a time.
- Acknowledgement is the caller's, strictly after the batch's commit, in the order given.
Only on PostgreSQL: an embedded SQLite central database has one writer at a time.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Generic, TypeVar

__all__ = ["Ahead"]

B = TypeVar("B")
R = TypeVar("R")


class _NotSent(Exception):
    """A batch given ahead and not sent: one before it failed."""


def _whole(_batch: object) -> None:
    return None


class Ahead(Generic[B, R]):
    """`take(batch)` is `store(batch)`, begun ahead when `start(batch)` came first.

    `lanes` batches at most are stored at once; `footprint(batch)` is what a batch touches
    (on PostgreSQL its documents), or None for "anything": a batch waits for the end of every
    batch before it whose footprint meets its own (by default, None: each waits for the one
    before, one at a time). Used as a context manager: on leaving, batches given and not
    begun are dropped, and those being stored are waited for (committed or not; an item
    committed and not acknowledged is sent again next time and answered "duplicate")."""

    def __init__(
        self,
        store: Callable[[B], R],
        enabled: bool,
        lanes: int = 1,
        footprint: Callable[[B], frozenset[object] | None] = _whole,
    ) -> None:
        self._store = store
        self._enabled = enabled
        self._lanes = max(1, lanes)
        self._footprint = footprint if self._lanes > 1 else _whole
        self._pool: ThreadPoolExecutor | None = None
        # each batch given and not taken: its footprint, and its storing
        self._given: deque[tuple[B, frozenset[object] | None, Future[R]]] = deque()
        self._failed = threading.Event()  # a batch stored by a thread failed

    @property
    def lanes(self) -> int:
        return self._lanes if self._enabled else 1

    def start(self, batch: B) -> None:
        """Store `batch` in the background once a thread is free and every batch given before
        it that it depends on is committed (nothing when disabled, or once a batch failed)."""
        if not self._enabled:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(
                max_workers=self._lanes, thread_name_prefix="keying-push"
            )
        # the batches given before that may still be stored when this one's turn comes
        # (the pool takes them in order: the others are done by then)
        mine = self._footprint(batch)
        waits = [
            f
            for _b, theirs, f in self._given
            if not f.done() and (mine is None or theirs is None or not mine.isdisjoint(theirs))
        ]
        future = self._pool.submit(self._after, waits, batch)
        self._given.append((batch, mine, future))

    def _after(self, waits: Sequence[Future[R]], batch: B) -> R:
        # begun in the order given; `waits` are earlier, begun already: no circle
        for before in waits:
            if before.exception() is not None:
                raise _NotSent
        if self._failed.is_set():
            raise _NotSent
        try:
            return self._store(batch)
        except BaseException:
            self._failed.set()
            raise

    def take(self, batch: B) -> R:
        """What storing `batch` returned (or raised): begun ahead, or stored now. The batches
        given are taken in the order given."""
        if self._given:
            given, _footprint, future = self._given.popleft()
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

    def stored_beside(self) -> list[tuple[B, R]]:
        """After `take` raised: the batches given after the one that failed which a thread
        stored anyway, beside it, with what storing each returned; they are taken now (to be
        acknowledged), the others stay given (stored by the caller when taken)."""
        stored: list[tuple[B, R]] = []
        left: deque[tuple[B, frozenset[object] | None, Future[R]]] = deque()
        for given in self._given:
            try:
                stored.append((given[0], given[2].result()))  # the one being stored: waited
            except BaseException:  # not sent (or failed too): the caller's when taken
                left.append(given)
        self._given = left
        return stored

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
