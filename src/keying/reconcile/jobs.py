"""Where `keying reconcile` reconciles the documents it has read: in its own process, or in
worker processes (`--jobs N`).

The reading process (`jsonl.py`) reads, checks and matches every line itself — malformed
lines, repeats and missing documents are reported by it, as `file:line`, in file order — and
hands each matched document to a `Here` or a `Workers`. `Workers` gathers them in chunks of
`CHUNK` documents (their values encoded as MessagePack, exact for the values a line can hold:
strings, true/false, null, lists of row objects), sends each chunk to a pool of forked
processes (`pool.py`: a worker killed stops the run, never a hang) and writes the
chunks' lines as they come back, in the order they were sent (the first `WARM` documents are
reconciled in the reading process, which sets up what the workers inherit): the output is the
same bytes as with one process (each line is a pure function of the document's keyings; the
memos only remember). At most `2 × N` chunks are on their way, so memory stays flat in the
batch size (each process's peak about that of one process). The pool is started at the first
full chunk after those: a run of fewer than `WARM + CHUNK` documents (and the start-up
figure) never starts a process. While the files are in the same order, chunks are read
ahead instead (`ahead.py`: only their byte ranges are sent; the workers read and parse the
lines, `work_ahead`), and documents come through `Workers.document` only from the first chunk
that is not plain on. See
docs/reconcile.md.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec

from keying.reconcile import reconcile
from keying.reconcile.lineout import LineWriter
from keying.reconcile.lines import LineError, parse_line
from keying.reconcile.payload import AGREED

if TYPE_CHECKING:
    from keying.forms.compiled import FormLike
    from keying.reconcile.pool import Pool, Task

Write = Callable[[bytes], None]


def can_fork() -> bool:
    """Can worker processes be forked here? Not on Windows: there `--jobs` is one process."""
    return hasattr(os, "fork")


def default_jobs() -> int:
    """The processors this process may run on (`--jobs` by default)."""
    if not can_fork():
        return 1
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class Here:
    """Reconcile and write each document at once, in this process."""

    def __init__(self, form: FormLike, explain_all: bool, write: Write) -> None:
        self.form = form
        self.lines = LineWriter(form, explain_all)
        self.write = write
        self.agreed = self.discrepant = 0

    def document(self, document: str, keyings: list[dict[str, Any]]) -> None:
        result = reconcile(self.form, *keyings)
        if result.status == AGREED:
            self.agreed += 1
        else:
            self.discrepant += 1
        self.write(self.lines.line(document, result))

    def missing(self, document: str, missing: list[str]) -> None:
        self.write(self.lines.missing(document, missing))

    def finish(self) -> None:
        return None

    def close(self) -> None:
        return None


class Workers(Here):
    """Reconcile documents in chunks in `jobs` worker processes; write in order."""

    CHUNK = 200  # documents (and missing records) per chunk: peak RSS as with one process
    # documents reconciled here before any pool: the modules imported on first use and the
    # form's plan are set up by the first few (the workers inherit them); more only kept the
    # other processors waiting (stop 28)
    WARM = 20

    def __init__(self, form: FormLike, explain_all: bool, write: Write, jobs: int) -> None:
        super().__init__(form, explain_all, write)
        self.explain_all = explain_all
        self.jobs = jobs
        self.items: list[Any] = []  # [document, keyings] or a missing record's line
        self.pool: Pool | None = None
        self.waiting: deque[Task] = deque()
        # chunks read ahead (`ahead.py`), with where each file was before them
        self.ahead: deque[tuple[Task, list[tuple[int, int]], list[list[int]]]] = deque()
        self.encode = msgspec.msgpack.Encoder().encode
        self.here = self.WARM  # documents still to reconcile here, before any pool

    def document(self, document: str, keyings: list[dict[str, Any]]) -> None:
        if self.here:
            # The first few are reconciled here: what they set up (the form's plan, the
            # modules imported on first use) the workers then inherit, once.
            self.here -= 1
            super().document(document, keyings)
            return
        self.items.append((document, keyings))
        if len(self.items) >= self.CHUNK:
            self._send()

    def missing(self, document: str, missing: list[str]) -> None:
        if self.here:
            super().missing(document, missing)
            return
        self.items.append(self.lines.missing(document, missing))
        if len(self.items) >= self.CHUNK:
            self._send()

    def submit(self, fn: Callable[[Any], Any], arg: Any) -> Task:
        """`fn(arg)` in a worker (the pool started at the first call)."""
        if self.pool is None:
            self.pool = _start(self.form, self.explain_all, self.jobs)
        return self.pool.submit(fn, arg)

    def result(self, task: Task) -> Any:
        """What a worker gave back; WorkerLost if it ended without it."""
        assert self.pool is not None
        return self.pool.result(task)

    def _send(self) -> None:
        items, self.items = self.items, []
        while len(self.waiting) >= 2 * self.jobs:
            self._take()
        self.waiting.append(self.submit(_work, self.encode(items)))

    def _take(self) -> None:
        lines, agreed, discrepant = self.result(self.waiting.popleft())
        self.agreed += agreed
        self.discrepant += discrepant
        self.write(lines)

    def finish(self) -> None:
        """Write everything still on its way, then what is left (here if no pool runs)."""
        while self.waiting:
            self._take()
        items, self.items = self.items, []
        for item in items:
            if type(item) is bytes:
                self.write(item)
            else:
                super().document(*item)

    def close(self) -> None:
        """Stop the pool: at once when the run stopped (a chunk on its way is dropped; its
        worker ends after it), else when every chunk is written (by then)."""
        pool, self.pool = self.pool, None
        if pool is not None:
            if self.waiting or self.ahead:
                pool.stop()
            else:
                pool.close()


def _start(form: FormLike, explain_all: bool, jobs: int) -> Pool:
    from keying.reconcile.pool import Pool  # only when a pool runs: not at start-up

    # forked: the workers have the form and the modules already (nothing is pickled)
    return Pool(jobs, lambda: _init(form, explain_all))


_worker: tuple[Any, LineWriter, Callable[[bytes], Any], frozenset[str]] | None = None


def _init(form: FormLike, explain_all: bool) -> None:
    import signal

    # Ctrl+C is the reading process's to handle (it stops the pool): no worker traceback;
    # SIGTERM ends a worker at once (the reading process's handler is not inherited)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    global _worker
    tables = frozenset(f.name for f in form.fields if f.is_table)
    _worker = (form, LineWriter(form, explain_all), msgspec.msgpack.Decoder().decode, tables)


def _work(chunk: bytes) -> tuple[bytes, int, int]:
    """A chunk's lines (joined by newlines, without the last one) and its counts."""
    assert _worker is not None
    form, lines, decode, _ = _worker
    out = []
    agreed = discrepant = 0
    for item in decode(chunk):
        if type(item) is bytes:
            out.append(item)
            continue
        document, keyings = item
        result = reconcile(form, *keyings)
        if result.status == AGREED:
            agreed += 1
        else:
            discrepant += 1
        out.append(lines.line(document, result))
    return b"\n".join(out), agreed, discrepant


def work_ahead(spans: tuple[tuple[int, int, int], ...]) -> tuple[bytes, int, int, list[str]] | None:
    """A chunk read ahead (`ahead.py`): each pass's lines, a byte range of a file this process
    inherited (descriptor, first byte, byte after the last line), the same number of lines
    that are not blank in each. When every line is well-formed and the passes' documents are
    the same, line by line: the lines of the documents (as `_work`), their counts and the
    documents; else None (the reading process then reads the chunk itself, line by line)."""
    assert _worker is not None
    form, lines, _, tables = _worker
    try:
        parsed = [[parse_line(line, tables) for line in _lines(*span)] for span in spans]
    except LineError:
        return None
    first, *others = parsed
    documents = [doc for doc, _ in first]
    for other in others:
        if [doc for doc, _ in other] != documents:
            return None
    out = []
    agreed = discrepant = 0
    for document, *keyings in zip(documents, *([v for _, v in p] for p in parsed), strict=True):
        result = reconcile(form, *keyings)
        if result.status == AGREED:
            agreed += 1
        else:
            discrepant += 1
        out.append(lines.line(document, result))
    return b"\n".join(out), agreed, discrepant, documents


def _lines(fd: int, start: int, end: int) -> list[bytes]:
    """The lines that are not blank in bytes `start` to `end` of a file, without their
    newlines (what `jsonl.iter_lines` reads there, each line as it parses the same)."""
    data = os.pread(fd, end - start, start)
    lines = data.split(b"\n")
    if data.endswith(b"\n"):
        lines.pop()
    return [line for line in lines if line and not line.isspace()]
