"""What a push sends, batch by batch (issue 11): the outbox's due items read from the cache a
batch at a time (`Due`), and what a batch touches on the central database (`documents`), by
which `sync/push_ahead.Ahead` decides which batches may be stored at once."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from keying.sync.cache import OutboxItem

__all__ = ["Due", "documents"]


def documents(batch: list[OutboxItem]) -> frozenset[object] | None:
    """What a batch touches on the central database, for `Ahead`: its documents (two batches
    naming one could store a pass in the reverse of the outbox's order, or lock in a circle),
    or None when it holds a page flag (then it waits for every batch before it, and every
    batch after it for it)."""
    if any(item.kind != "keying" for item in batch):
        return None
    return frozenset(item.payload.get("document_id") for item in batch)


class Due:
    """The outbox's due items in batches, each read from the cache when asked for."""

    def __init__(self, batches: Iterator[list[OutboxItem]]) -> None:
        self._batches = batches
        self._read: list[list[OutboxItem]] = []  # read ahead by `rest`, not taken yet

    def next(self) -> list[OutboxItem] | None:
        return self._read.pop(0) if self._read else next(self._batches, None)

    def rest(self, *taken: list[OutboxItem] | None) -> list[OutboxItem]:
        """The items due from the batches `taken` on (what a disabled account's push
        refuses); the batches not taken yet stay to be taken."""
        self._read.extend(self._batches)
        return [*chain.from_iterable(b for b in taken if b), *chain.from_iterable(self._read)]
