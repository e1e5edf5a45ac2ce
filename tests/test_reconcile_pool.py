"""`keying reconcile --jobs N`'s worker processes (keying.reconcile.pool): answers in the order
submitted, answers larger than a pipe holds, a task that raises, a worker killed (no hang: each
test under an alarm), the workers waited for at the end."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from typing import Any

import pytest

from keying.reconcile.pool import Pool, WorkerFailed, WorkerLost


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    def hung(signum: int, frame: Any) -> None:
        raise AssertionError("hung")

    before = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, before)


def echo(arg: list[Any]) -> list[Any]:
    n, size = arg
    return [n, os.getpid(), b"x" * size]


def fails(arg: str) -> None:
    raise ValueError(f"no good: {arg}")


def dies(arg: int) -> None:
    os._exit(arg)


def _reaped(pids: list[int]) -> bool:
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def test_answers_come_in_the_order_submitted_from_every_worker() -> None:
    pool = Pool(3, lambda: None)
    pids = [w.pid for w in pool.workers]
    tasks = [pool.submit(echo, [n, (n % 4) * 300_000]) for n in range(24)]  # up to 900 KB
    answers = [pool.result(t) for t in tasks]
    assert [a[0] for a in answers] == list(range(24))
    assert [len(a[2]) for a in answers] == [(n % 4) * 300_000 for n in range(24)]
    assert {a[1] for a in answers} == set(pids)  # all three worked
    pool.close()
    assert _reaped(pids)


def test_a_task_that_raises_comes_back_with_its_traceback() -> None:
    pool = Pool(2, lambda: None)
    pids = [w.pid for w in pool.workers]
    first = pool.submit(fails, "line 7")
    second = pool.submit(echo, [1, 10])
    with pytest.raises(WorkerFailed, match="ValueError: no good: line 7"):
        pool.result(first)
    assert pool.result(second)[0] == 1  # the worker goes on
    pool.close()
    assert _reaped(pids)


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_a_worker_that_ends_without_its_answer_is_lost_not_waited_for(how: str) -> None:
    pool = Pool(2, lambda: None)
    pids = [w.pid for w in pool.workers]
    if how == "exit":
        task = pool.submit(dies, 9)
    else:
        task = pool.submit(echo, [0, 10])
        pool.result(task)
        os.kill(pids[0], signal.SIGKILL)
        task = pool.submit(echo, [1, 10])  # to the killed one (the fewest on their way)
        assert task.worker.pid == pids[0]
    later = [pool.submit(echo, [n, 2_000_000]) for n in range(4)]  # more than pipes hold
    with pytest.raises(WorkerLost, match="ended unexpectedly"):
        pool.result(task)
        for t in later:
            pool.result(t)
    pool.stop()
    assert _reaped(pids)


def test_stop_ends_workers_busy_with_their_tasks() -> None:
    pool = Pool(2, lambda: None)
    pids = [w.pid for w in pool.workers]
    for n in range(6):
        pool.submit(echo, [n, 3_000_000])  # answers nobody takes: the workers block writing
    pool.stop()
    assert _reaped(pids)


def test_setup_runs_in_each_worker_after_the_fork() -> None:
    pool = Pool(2, lambda: os.environ.__setitem__("POOL_TEST", str(os.getpid())))
    answers = [pool.result(pool.submit(env_of, "POOL_TEST")) for _ in range(4)]
    assert {a[0] for a in answers} == {str(a[1]) for a in answers}
    assert "POOL_TEST" not in os.environ
    pool.close()


def env_of(name: str) -> list[Any]:
    return [os.environ.get(name), os.getpid()]
