"""Reading ahead: `keying reconcile --jobs N` when the passes come in the same order.

The reading process of `jobs.Workers` checks and matches every line itself, which on two
cores is a third of the work. When the files are in the same order (the common case: the
passes of a batch exported alike), `Ahead` takes the next `Workers.CHUNK` raw lines of each
pass as they are (not parsed) and sends them to a worker (`jobs.work_ahead`), which parses and
checks them (`lines.parse_line`, the same function), reconciles and writes. The worker gives
the chunk back as not for it (None) unless every line is well-formed and the passes name the
same document on each line. The reading process then takes the chunks' answers in order; a
chunk is kept when the worker reconciled it and none of its documents was seen before
(`FirstSeen`, as when read line by line): then reading line by line would have matched
exactly these documents, line to line, with nothing to report, so the lines are the same
bytes. At the first chunk not kept (or not sent: a line too long, passes of different
lengths at the end), the chunks after it are dropped, every file goes back to that chunk's
first line, and the run goes on line by line (`jsonl.py`, with `Workers`) to its end.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import TYPE_CHECKING

from keying.reconcile.jobs import Workers, work_ahead

if TYPE_CHECKING:
    from keying.reconcile.jsonl import Source, Totals

# Where each file is before a chunk: (the last line read, the byte offset after it)
Starts = list[tuple[int, int]]


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
        while True:
            while stop is None and len(pending) < 2 * w.jobs:
                starts = [(s.lineno, s.file.tell()) for s in self.sources]
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
            if done is None or not self._first(done[3], linenos):
                while pending:
                    pending.popleft()[0].cancel()
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

    def _read(self) -> tuple[tuple[list[bytes], ...], list[list[int]]] | None:
        """The next chunk's raw lines of each pass and their line numbers; None when there
        is no chunk to send: the files' end, a line too long, passes of different lengths."""
        size = self.workers.CHUNK
        passes: list[list[bytes]] = []
        linenos: list[list[int]] = []
        for s in self.sources:
            items = list(islice(s.lines, size))
            if items:
                s.lineno = items[-1][0]
            lines = [line for _, _, line in items]
            if None in lines or (passes and len(lines) != len(passes[0])):
                return None
            passes.append(lines)  # type: ignore[arg-type]  # no None: checked above
            linenos.append([n for n, _, _ in items])
        if not passes[0]:
            return None
        return tuple(passes), linenos

    def _first(self, documents: list[str], linenos: list[list[int]]) -> bool:
        """Are these documents new in every file (each file remembers them)? A document seen
        before (or twice in the chunk) is for reading line by line to report."""
        for s, numbers in zip(self.sources, linenos, strict=True):
            first_line = s.seen.first_line
            for doc, n in zip(documents, numbers, strict=True):
                if first_line(doc, n) is not None:
                    return False
        return True

    def _rewind(self, starts: Starts) -> None:
        from keying.reconcile.jsonl import iter_lines

        for s, (lineno, offset) in zip(self.sources, starts, strict=True):
            s.file.seek(offset)
            s.lines = iter_lines(s.file, lineno, offset)
            s.lineno = lineno
