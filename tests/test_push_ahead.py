"""`sync/push_ahead.Ahead`: a push's batches stored by threads of their own while the caller
reads and acknowledges (issue 11, Performance). What it must keep: each batch stored once,
answered in the order given; with one lane the next only once the one before was stored, with
two lanes two at once only when neither depends on the other; none sent by a thread once a
batch before it is known to have failed (from then on each is stored when taken, by the
caller; one stored beside the failing one is given back); nothing in the background when
disabled (SQLite)."""

from __future__ import annotations

import threading
from typing import cast

import pytest

from keying.storage.records import KeyingPayload
from keying.sync.outbox import OutboxItem, OutboxKind
from keying.sync.push_ahead import Ahead
from keying.sync.push_due import documents


class _Store:
    def __init__(self, fail: set[int] | None = None) -> None:
        self.calls: list[tuple[int, str]] = []  # (batch, thread name), in the order begun
        self.running = 0
        self.overlapped = False
        self.fail = fail or set()
        self.lock = threading.Lock()

    def __call__(self, batch: list[int]) -> list[str]:
        with self.lock:
            self.calls.append((batch[0], threading.current_thread().name))
            self.running += 1
            self.overlapped = self.overlapped or self.running > 1
        try:
            if batch[0] in self.fail:
                raise ConnectionError(f"batch {batch[0]} failed")
            return [f"stored {n}" for n in batch]
        finally:
            with self.lock:
                self.running -= 1


def _firsts(store: _Store) -> list[int]:
    return [first for first, _thread in store.calls]


def test_batches_given_ahead_are_stored_once_in_order_by_a_thread_of_their_own() -> None:
    store = _Store()
    batches = [[0, 1], [2, 3], [4]]
    with Ahead(store, enabled=True) as ahead:
        for batch in batches:
            ahead.start(batch)  # all given before any is taken
        answers = [ahead.take(batch) for batch in batches]
    assert answers == [["stored 0", "stored 1"], ["stored 2", "stored 3"], ["stored 4"]]
    assert _firsts(store) == [0, 2, 4]  # each once, in order
    assert not store.overlapped  # one after the other, never two at once
    assert all(name.startswith("keying-push") for _first, name in store.calls)


def test_after_a_batch_that_failed_the_thread_sends_nothing_and_the_caller_goes_on() -> None:
    store = _Store(fail={2})
    main = threading.current_thread().name
    first, second, third, fourth = [0], [2], [4], [6]
    with Ahead(store, enabled=True) as ahead:
        for batch in (first, second, third):
            ahead.start(batch)
        assert ahead.take(first) == ["stored 0"]
        with pytest.raises(ConnectionError, match="batch 2 failed"):
            ahead.take(second)
        # the thread did not send [4] after [2] failed: the caller stores it when it takes it
        assert ahead.take(third) == ["stored 4"]
        ahead.start(fourth)  # and every batch after it, one at a time
        assert ahead.take(fourth) == ["stored 6"]
    assert _firsts(store) == [0, 2, 4, 6]
    assert [name == main for _first, name in store.calls] == [False, False, True, True]
    assert not store.overlapped


def test_a_batch_taken_out_of_order_is_refused_never_stored_twice() -> None:
    store = _Store()
    first, second = [0], [2]
    with Ahead(store, enabled=True) as ahead:
        ahead.start(first)
        ahead.start(second)
        with pytest.raises(ValueError, match="order"):
            ahead.take(second)
    assert len(_firsts(store)) == len(set(_firsts(store)))  # never one twice


def test_disabled_it_stores_each_batch_when_taken_on_the_callers_thread() -> None:
    store = _Store()
    main = threading.current_thread().name
    with Ahead(store, enabled=False) as ahead:
        ahead.start([0])  # nothing happens yet
        assert store.calls == []
        assert ahead.take([0]) == ["stored 0"]
    assert store.calls == [(0, main)]


def test_leaving_early_waits_for_the_batch_being_stored_and_drops_those_not_begun() -> None:
    release = threading.Event()
    begun: list[int] = []

    def slow(batch: list[int]) -> list[int]:
        begun.append(batch[0])
        release.wait(5)
        return batch

    with pytest.raises(RuntimeError, match="the cache said no"), Ahead(slow, True) as ahead:
        ahead.start([7])
        ahead.start([8])
        while not begun:
            threading.Event().wait(0.01)
        release.set()
        raise RuntimeError("the cache said no")  # as a failed acknowledgement would
    assert begun == [7]  # [7] was not abandoned half-way; [8] was never sent


def _numbers(batch: list[int]) -> frozenset[object]:
    return frozenset(batch)  # batches sharing a number wait for each other


def test_two_lanes_store_independent_batches_at_once_and_answer_in_the_order_given() -> None:
    both = threading.Barrier(2, timeout=10)  # broken unless two batches are stored at once

    def store(batch: list[int]) -> list[int]:
        if batch[0] < 4:
            both.wait()
        return batch

    with Ahead(store, enabled=True, lanes=2, footprint=_numbers) as ahead:
        batches = [[0], [2], [4], [6]]  # none shares a number with another
        for batch in batches:
            ahead.start(batch)
        assert [ahead.take(batch) for batch in batches] == batches


def test_a_batch_that_depends_on_one_being_stored_waits_for_its_end() -> None:
    store = _Store()
    ends: list[int] = []

    def slow(batch: list[int]) -> list[str]:
        if batch[0] == 0:
            threading.Event().wait(0.2)  # so that the next would overlap it if it could
        answer = store(batch)
        ends.append(batch[0])
        return answer

    with Ahead(slow, enabled=True, lanes=2, footprint=_numbers) as ahead:
        first, second = [0, 1], [1, 2]  # document 1 in both
        ahead.start(first)
        ahead.start(second)
        assert ahead.take(first) == ["stored 0", "stored 1"]
        assert ahead.take(second) == ["stored 1", "stored 2"]
    assert ends == [0, 1] and not store.overlapped


def test_with_two_lanes_nothing_is_sent_once_a_failure_is_known() -> None:
    release = threading.Event()
    failing = threading.Event()
    sent: list[int] = []
    first, second, third = [0], [2, 3], [3, 4]  # the third waits for the second's end

    def store(batch: list[int]) -> list[int]:
        sent.append(batch[0])
        if batch is first:
            release.wait(10)  # the second is stored beside it meanwhile
            failing.set()
            raise ConnectionError("batch 0 failed")
        if batch is second:
            release.set()
            # the first has failed when the third's turn comes: its thread is past the raise
            # (not only woken, which a loaded machine may delay) before the second ends
            assert failing.wait(10)
            threading.Event().wait(0.3)
        return batch

    with Ahead(store, enabled=True, lanes=2, footprint=_numbers) as ahead:
        for batch in (first, second, third):
            ahead.start(batch)
        with pytest.raises(ConnectionError, match="batch 0 failed"):
            ahead.take(first)
        # the second was sent before the failure was known: given back with its answer
        assert ahead.stored_beside() == [(second, second)]
        assert sent == [0, 2]  # the third was not sent after the failure
        assert ahead.take(third) == third  # stored by the caller when taken
    assert sent == [0, 2, 3]


def test_a_batch_of_keyings_touches_its_documents_and_one_with_a_page_flag_anything() -> None:
    def item(n: int, kind: OutboxKind = "keying") -> OutboxItem:
        payload = cast(KeyingPayload, {"uuid": f"u{n}", "document_id": n})
        return OutboxItem(f"u{n}", kind, payload, 0, None, None)

    assert documents([item(3), item(5), item(3)]) == frozenset({3, 5})
    assert documents([item(3), item(4, "page_flag")]) is None  # waits for all, all for it
