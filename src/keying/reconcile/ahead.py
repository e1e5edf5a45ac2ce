"""Reading ahead: `keying reconcile --jobs N` when the passes come in the same order.

The reading process of `jobs.Workers` checks and matches every line itself, which on two
cores is a third of the work. When the files are in the same order (the common case: the
passes of a batch exported alike), `Ahead` finds where the next `Workers.CHUNK` lines of each
pass end (blank lines skipped as when read line by line) and sends only those byte ranges to
a worker (`jobs.work_ahead`), which reads them from the file itself (`os.pread` on the
descriptor it inherited when forked), parses and checks them (`lines.parse_line`, the same
function), reconciles and writes. The lines' bytes never cross a pipe, and the reading process
does not make an object per line: it looks for the newlines in blocks of the file. The worker
gives the chunk back as not for it (None) unless every line is well-formed and the passes
name the same document on each line. The reading process then takes the chunks' answers in
order; a chunk is kept when the worker reconciled it and none of its documents was seen
before (`FirstSeen`, as when read line by line): then reading line by line would have matched
exactly these documents, line to line, with nothing to report, so the lines are the same
bytes. At the first chunk not kept (or not sent: a line too long, passes of different lengths
at the end, a chunk larger than `BLOCK_LIMIT`), the chunks after it are dropped, every file
goes back to that chunk's first line, and the run goes on line by line (`jsonl.py`, with
`Workers`) to its end.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from keying.reconcile.jobs import Workers, work_ahead

if TYPE_CHECKING:
    from keying.reconcile.jsonl import Source, Totals

# Where each file is before a chunk: (the last line read, the byte offset after it)
Starts = list[tuple[int, int]]
# A chunk as sent: each pass's (file descriptor, first byte, byte after its last line)
Spans = tuple[tuple[int, int, int], ...]

BLOCK_LIMIT = 16 * 1024 * 1024  # a chunk of one pass larger than this is read line by line
TAIL = 4  # the last chunks (about `jobs` chunks of the first pass left) are this many times smaller


class Ahead:
    """Chunks of raw lines read ahead and reconciled in `workers`' pool (see above)."""

    def __init__(
        self,
        workers: Workers,
        sources: list[Source],
        totals: Totals,
        progress: Callable[[int], None] | None,
    ) -> None:
        self.workers = workers
        self.sources = sources
        self.totals = totals
        self.progress = progress
        self.at: Starts = []  # where each file is (set by `run`)
        self.guess: list[int] = []  # about how many bytes a chunk of each file takes
        self.size_a = 0  # the first pass's size in bytes
        self.full_a = 0  # bytes of the first pass's last full chunk

    def ready(self) -> bool:
        """May chunks be read ahead from here? Once the warm-up is done in the reading
        process (it sets up what the workers inherit), nothing is waiting to be sent, and
        every file is read in order (none indexed)."""
        w = self.workers
        if w.here or w.items or w.waiting:
            return False
        return all(s.index is None and s.peeked is None for s in self.sources)

    def run(self) -> None:
        """Reconcile chunks read ahead until the files end or a chunk is not kept; every
        file is then where reading line by line goes on."""
        w = self.workers
        pending = w.ahead
        stop: Starts | None = None
        # where each file is: the lines iterator's position (the warm-up read line by line)
        self.at = [(s.lineno, s.file.tell()) for s in self.sources]
        self.size_a = os.fstat(self.sources[0].file.fileno()).st_size
        self.full_a = w.CHUNK * 2048
        self.guess = [w.CHUNK * 2048] * len(self.sources)
        while True:
            while stop is None and len(pending) < 2 * w.jobs:
                starts = self.at
                chunk = self._read()
                if chunk is None:
                    stop = starts
                    break
                passes, linenos = chunk
                if w.pool is None and len(linenos[0]) < w.CHUNK:
                    stop = starts  # the files end within the first chunk: no process
                    break
                pending.append((w.submit(work_ahead, passes), starts, linenos))
            if not pending:
                assert stop is not None
                self._rewind(stop)
                return
            future, starts, linenos = pending.popleft()
            done = w.result(future)
            # (a file changed under the run: the worker read other lines than these)
            if done is None or len(done[3]) != len(linenos[0]) or not self._first(done[3], linenos):
                pending.clear()  # (their answers, when they come, are dropped)
                self._rewind(starts)
                return
            lines, agreed, discrepant, documents = done
            w.write(lines)
            w.agreed += agreed
            w.discrepant += discrepant
            before = self.totals.documents
            self.totals.documents += len(documents)
            if self.progress is not None and before // 1000 != self.totals.documents // 1000:
                self.progress(self.totals.documents)

    def _read(self) -> tuple[Spans, list[list[int]]] | None:
        """The next chunk's byte range in each pass and its lines' numbers; None when there
        is no chunk to send: the files' end, a line too long, passes of different lengths.
        Moves `at` past the chunk."""
        from keying.reconcile import jsonl  # (jsonl imports this module)

        w = self.workers
        size, limit = w.CHUNK, jsonl._READ
        if w.pool is not None and self.size_a - self.at[0][1] < w.jobs * self.full_a:
            # the last chunks: smaller, so that the workers end about together (the last
            # chunk alone on one processor while the others wait was ~25 ms of 10,000
            # simulated documents; stop 30)
            size = max(1, size // TAIL)
        spans: list[tuple[int, int, int]] = []
        linenos: list[list[int]] = []
        at: Starts = []
        for k, (s, (lineno, start)) in enumerate(zip(self.sources, self.at, strict=True)):
            if lineno == 0:
                return None  # the first line (a byte-order mark?): line by line
            fd = s.file.fileno()
            found = next_lines(fd, start, lineno, size, limit, self.guess[k])
            if found is None:
                return None
            end, last, numbers = found
            if not numbers or (linenos and len(numbers) != len(linenos[0])):
                return None
            self.guess[k] = (end - start) + (end - start) // 4 + 4096
            if k == 0 and size == w.CHUNK:
                self.full_a = end - start
            spans.append((fd, start, end))
            linenos.append(numbers)
            at.append((last, end))
        self.at = at
        for s, (lineno, _) in zip(self.sources, at, strict=True):
            s.lineno = lineno
        return tuple(spans), linenos

    def _first(self, documents: list[str], linenos: list[list[int]]) -> bool:
        """Are these documents new in every file (each file remembers them)? A document seen
        before (or twice in the chunk) is for reading line by line to report."""
        return all(
            s.seen.all_new(documents, numbers)
            for s, numbers in zip(self.sources, linenos, strict=True)
        )

    def _rewind(self, starts: Starts) -> None:
        from keying.reconcile.jsonl import iter_lines

        for s, (lineno, offset) in zip(self.sources, starts, strict=True):
            s.file.seek(offset)
            s.lines = iter_lines(s.file, lineno, offset)
            s.lineno = lineno


def next_lines(
    fd: int, start: int, lineno: int, size: int, limit: int, guess: int
) -> tuple[int, int, list[int]] | None:
    """Where the next `size` lines that are not blank end, from byte `start` of the file
    (after its line `lineno`), as `jsonl.iter_lines` reads them (a line of whitespace is
    skipped): (the byte after them, the number of the last line taken, their numbers; fewer
    at the file's end). None when a line is longer than `limit` bytes (as `iter_lines` reads
    it: too long) or the lines take more than BLOCK_LIMIT bytes."""
    data = os.pread(fd, guess, start)
    eof = len(data) < guess
    find = data.find
    numbers: list[int] = []
    i = 0
    while len(numbers) < size:
        j = find(b"\n", i)
        if j < 0:
            if not eof:
                if len(data) >= BLOCK_LIMIT:
                    return None
                more = os.pread(fd, guess, start + len(data))
                eof = len(more) < guess
                data += more
                find = data.find
                continue
            if i == len(data):
                break  # the end of the file
            end = len(data)  # the last line, without a newline
            if end - i >= limit:  # (`readline(limit)` gives `limit` bytes, no newline)
                return None
        else:
            end = j + 1
            if end - i > limit:
                return None
        lineno += 1
        if data[i] == 0x7B or not data[i:end].isspace():  # `{` starts almost every line
            numbers.append(lineno)
        i = end
    return start + i, lineno, numbers
