"""`sync/push_ahead.Ahead`: the next batch of a push stored while the last one is acknowledged
(issue 11, Performance). What it must keep: each batch stored once, in the outbox's order, a
batch started only when asked (after the one before was committed), its error raised where it
is taken, and nothing in the background when disabled (SQLite)."""

from __future__ import annotations

import threading

import pytest

from keying.sync.push_ahead import Ahead


class _Store:
    def __init__(self, fail: set[int] | None = None) -> None:
        self.calls: list[tuple[int, str]] = []  # (batch, thread name)
        self.fail = fail or set()
        self.lock = threading.Lock()

    def __call__(self, batch: list[int]) -> list[str]:
        with self.lock:
            self.calls.append((batch[0], threading.current_thread().name))
        if batch[0] in self.fail:
            raise ConnectionError(f"batch {batch[0]} failed")
        return [f"stored {n}" for n in batch]


def test_a_batch_started_ahead_is_stored_once_in_a_thread_of_its_own_and_taken_in_order() -> None:
    store = _Store()
    batches = [[0, 1], [2, 3], [4]]
    with Ahead(store, enabled=True) as ahead:
        answers = [ahead.take(batches[0])]
        ahead.start(batches[1])
        answers.append(ahead.take(batches[1]))
        ahead.start(batches[2])
        answers.append(ahead.take(batches[2]))
    assert answers == [["stored 0", "stored 1"], ["stored 2", "stored 3"], ["stored 4"]]
    assert [first for first, _thread in store.calls] == [0, 2, 4]  # each once, in order
    main = threading.current_thread().name
    assert store.calls[0][1] == main  # nothing was started for the first one
    assert all(name.startswith("keying-push") for _first, name in store.calls[1:])


def test_the_error_of_a_batch_started_ahead_is_raised_where_it_is_taken() -> None:
    store = _Store(fail={2})
    with Ahead(store, enabled=True) as ahead:
        ahead.take([0, 1])
        ahead.start([2, 3])
        with pytest.raises(ConnectionError, match="batch 2 failed"):
            ahead.take([2, 3])
        # the caller goes on one batch at a time: the next one is stored when taken
        assert ahead.take([4]) == ["stored 4"]
    assert [first for first, _thread in store.calls] == [0, 2, 4]


def test_disabled_it_stores_each_batch_when_taken_on_the_callers_thread() -> None:
    store = _Store()
    with Ahead(store, enabled=False) as ahead:
        ahead.take([0])
        ahead.start([1])  # nothing happens yet
        assert store.calls == [(0, threading.current_thread().name)]
        assert ahead.take([1]) == ["stored 1"]
    main = threading.current_thread().name
    assert store.calls == [(0, main), (1, main)]


def test_a_batch_started_and_never_taken_is_finished_before_leaving() -> None:
    release = threading.Event()
    finished: list[int] = []

    def slow(batch: list[int]) -> list[int]:
        release.wait(5)
        finished.append(batch[0])
        return batch

    with pytest.raises(RuntimeError, match="the cache said no"), Ahead(slow, True) as ahead:
        ahead.start([7])
        release.set()
        raise RuntimeError("the cache said no")  # as a failed acknowledgement would
    assert finished == [7]  # committed or not, it was not abandoned half-way
