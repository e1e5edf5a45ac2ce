"""`keying reconcile --jobs N`'s worker processes: forked (`os.fork`), a pipe each way each.

Without `multiprocessing` and `concurrent.futures`: importing them alone was 15–18 ms of the
run's serial start on the 2-core machine, and their two threads in the reading process
(pickling calls, receiving results) took a core's time beside the workers (stop 30). Here the
reading process has no thread: `result` waits in `select.poll` on the workers' pipes, writing
the tasks still to send and reading whatever results come, so a worker never waits on a full
pipe. A task goes to the worker with the fewest tasks on its way, and `result` gives the
answers back in the order the tasks were submitted (`Task`).

A worker that ends without its answer (killed, the OOM killer) is noticed as the end of its
result pipe, or a broken task pipe: `WorkerLost`, never a hang. A task that raises in a worker
comes back as `WorkerFailed` with the worker's traceback. Messages are MessagePack: a task
`[function name, argument]`, an answer `[True, value]` or `[False, traceback]`, each after its
length (8 bytes).
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
from collections import deque
from collections.abc import Callable
from typing import Any

import msgspec

_HEAD = 8  # bytes of a message's length


class WorkerLost(OSError):
    """A worker process ended without its task's answer (killed): the run stops."""


class WorkerFailed(RuntimeError):
    """A task raised in a worker: the worker's traceback."""


class Task:
    """A task submitted: its answer once `Pool.result` has it."""

    __slots__ = ("done", "value", "worker")

    def __init__(self, worker: _Worker) -> None:
        self.worker = worker
        self.done = False
        self.value: Any = None


class _Worker:
    __slots__ = ("inbox", "out", "pid", "results", "tasks", "waiting")

    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid = pid
        self.tasks = tasks  # the task pipe's write end (non-blocking)
        self.results = results  # the result pipe's read end
        self.out = bytearray()  # task messages not yet written
        self.inbox = bytearray()  # result bytes read, not yet taken
        self.waiting: deque[Task] = deque()  # its tasks without an answer, in order


class Pool:
    """`jobs` forked processes; `setup()` runs in each first (after the fork)."""

    def __init__(self, jobs: int, setup: Callable[[], None]) -> None:
        self.encode = msgspec.msgpack.Encoder().encode
        self.decode = msgspec.msgpack.Decoder().decode
        self.workers: list[_Worker] = []
        self.by_fd: dict[int, _Worker] = {}
        try:
            for _ in range(jobs):
                self._fork(setup)
        except BaseException:
            self.stop()
            raise

    def _fork(self, setup: Callable[[], None]) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the reading process's code
            code = 1
            try:
                os.close(task_w)
                os.close(result_r)
                for other in self.workers:  # the other workers' ends: their EOF is theirs
                    os.close(other.tasks)
                    os.close(other.results)
                setup()
                _serve(task_r, result_w)
                code = 0
            finally:
                os._exit(code)
        os.close(task_r)
        os.close(result_w)
        os.set_blocking(task_w, False)
        worker = _Worker(pid, task_w, result_r)
        self.workers.append(worker)
        self.by_fd[result_r] = worker

    def submit(self, fn: Callable[[Any], Any], arg: Any) -> Task:
        """`fn(arg)` in the worker with the fewest tasks on their way (fn: a module-level
        function of this program, found by name in the worker)."""
        worker = min(self.workers, key=lambda w: len(w.waiting))
        body = self.encode([f"{fn.__module__}:{fn.__name__}", arg])
        worker.out += len(body).to_bytes(_HEAD, "little") + body
        task = Task(worker)
        worker.waiting.append(task)
        self._pump(None)  # write what the pipe takes now
        return task

    def result(self, task: Task) -> Any:
        """The task's answer (waiting for it); WorkerLost, WorkerFailed."""
        while not task.done:
            self._pump(-1)
        ok, value = task.value
        if not ok:
            raise WorkerFailed(value)
        return value

    def _pump(self, timeout: int | None) -> None:
        """Write the tasks' bytes the pipes take and read the answers that came; wait up to
        `timeout` ms (-1: until something happens, None: not at all)."""
        poll = select.poll()
        for w in self.workers:
            poll.register(w.results, select.POLLIN)
            if w.out:
                poll.register(w.tasks, select.POLLOUT)
        for fd, _ in poll.poll(0 if timeout is None else timeout):
            worker = self.by_fd.get(fd)
            if worker is None:  # a task pipe that takes more (or is broken)
                self._write(next(w for w in self.workers if w.tasks == fd))
            else:
                self._read(worker)

    def _write(self, worker: _Worker) -> None:
        try:
            n = os.write(worker.tasks, worker.out)
        except BlockingIOError:
            return
        except (BrokenPipeError, ConnectionResetError):
            raise WorkerLost(LOST) from None
        del worker.out[:n]

    def _read(self, worker: _Worker) -> None:
        data = os.read(worker.results, 1 << 20)
        if not data:  # the worker's end: it ended
            raise WorkerLost(LOST)
        inbox = worker.inbox
        inbox += data
        while len(inbox) >= _HEAD:
            size = int.from_bytes(inbox[:_HEAD], "little")
            if len(inbox) < _HEAD + size:
                break
            task = worker.waiting.popleft()
            task.value = self.decode(inbox[_HEAD : _HEAD + size])
            task.done = True
            del inbox[: _HEAD + size]

    def close(self) -> None:
        """The workers end after their tasks (their task pipes closed) and are waited for."""
        for w in self.workers:
            os.close(w.tasks)
        self._reap()

    def stop(self) -> None:
        """The workers end now (SIGTERM), tasks on their way dropped, and are waited for."""
        for w in self.workers:
            with contextlib.suppress(ProcessLookupError):  # ended already
                os.kill(w.pid, signal.SIGTERM)
            os.close(w.tasks)
        self._reap()

    def _reap(self) -> None:
        for w in self.workers:
            os.close(w.results)
            with contextlib.suppress(ChildProcessError):  # reaped by someone else
                os.waitpid(w.pid, 0)
        self.workers = []
        self.by_fd = {}


LOST = "a worker process ended unexpectedly (killed?)"


def _serve(tasks: int, results: int) -> None:
    """A worker's loop: a task, its answer, until the task pipe ends."""
    import sys

    decode = msgspec.msgpack.Decoder().decode
    encode = msgspec.msgpack.Encoder().encode
    while True:
        head = _read_exactly(tasks, _HEAD)
        if head is None:
            return
        body = _read_exactly(tasks, int.from_bytes(head, "little"))
        if body is None:
            return
        name, arg = decode(body)
        module, _, attr = name.partition(":")
        try:
            answer = encode([True, getattr(sys.modules[module], attr)(arg)])
        except Exception:
            import traceback

            answer = encode([False, traceback.format_exc()])
        message = memoryview(len(answer).to_bytes(_HEAD, "little") + answer)
        while message:
            message = message[os.write(results, message) :]


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts = []
    while size:
        data = os.read(fd, min(size, 1 << 20))
        if not data:
            return None
        parts.append(data)
        size -= len(data)
    return b"".join(parts)
