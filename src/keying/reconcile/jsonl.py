"""Streaming reconciliation of JSONL files (what `keying reconcile` runs).

A is read line by line, in order. B (and C) are read in lockstep while their documents come
in A's order, which holds nothing in memory; at the first document out of order the file is
indexed once: document → byte offset and line of its first line (never the values), and
lines are then read by seeking. A document that comes again in the same file is reported
(`file:line: document X again (first on line N)`) and its later lines are skipped: the
first keying counts. To notice that without holding every document id, a file read in order
keeps a fixed-size Bloom filter of the ids it has seen, and only when the filter says "maybe
seen" (a duplicate, or rarely a false alarm) does it index the lines read so far. So memory
is flat in the number of documents when the files are in the same order and have no
duplicates. See docs/reconcile.md; one line's checks and limits are in `lines.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from keying.reconcile import seen
from keying.reconcile.ahead import Ahead
from keying.reconcile.jobs import Here, Workers, can_fork
from keying.reconcile.lines import MAX_LINE_BYTES, LineError, parse_line, show

if TYPE_CHECKING:
    from keying.forms.compiled import FormLike

Report = Callable[[str], None]

_BOM = b"\xef\xbb\xbf"
_READ = MAX_LINE_BYTES + 1


@dataclass(slots=True)
class Record:
    lineno: int
    document: str
    values: dict[str, Any]


def iter_lines(
    file: IO[bytes], lineno: int = 0, offset: int = 0
) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, line) of each non-blank line from the file's position,
    which is `offset`, after line `lineno` (the start by default); the line is None when it
    is longer than MAX_LINE_BYTES (it is skipped without being held)."""
    readline = file.readline
    while True:
        line = readline(_READ)
        if not line:
            return
        lineno += 1
        start = offset
        offset += len(line)
        if len(line) == _READ and not line.endswith(b"\n"):
            while True:  # skip the rest of an overlong line
                rest = readline(1 << 20)
                offset += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, start, None
            continue
        if lineno == 1 and line.startswith(_BOM):
            line = line[3:]
        if line.isspace():
            continue
        yield lineno, start, line


TOO_LONG = f"a line longer than {MAX_LINE_BYTES // (1024 * 1024)} MiB"


class FirstSeen:
    """Which documents a file read in order has had: `first_line(doc, n)` is the line where
    `doc` first came if it came before line n, else None (and n is remembered as its line).

    A Bloom filter of fixed size (2 MiB) answers "certainly new" for almost every document;
    its first "maybe seen" indexes the lines read so far once, exactly, and from then on
    an exact map is kept (memory then grows with the file, as for a file out of order)."""

    def __init__(self, path: str, tables: Collection[str]) -> None:
        self.path = path
        self.tables = tables
        self.bits = bytearray(seen.BITS >> 3)
        self.exact: dict[str, int] | None = None

    def first_line(self, doc: str, lineno: int) -> int | None:
        exact = self.exact
        if exact is None:
            if not seen.maybe_seen(self.bits, doc):
                return None
            exact = self.exact = self._index_before(lineno)
        first = exact.setdefault(doc, lineno)
        return None if first == lineno else first

    def all_new(self, docs: list[str], linenos: list[int]) -> bool:
        """Are these documents (on these lines, in order) all new? As `first_line` of each,
        up to the first that is not."""
        n = 0 if self.exact is not None else seen.first_maybe_seen(self.bits, docs)
        first_line = self.first_line
        for doc, lineno in zip(docs[n:], linenos[n:], strict=True):
            if first_line(doc, lineno) is not None:
                return False
        return True

    def _index_before(self, lineno: int) -> dict[str, int]:
        """Document → first line, for the well-formed lines before `lineno`."""
        self.bits = bytearray()
        exact: dict[str, int] = {}
        with open(self.path, "rb") as f:
            for n, _, line in iter_lines(f):
                if n >= lineno:
                    break
                if line is None:
                    continue
                try:
                    doc, _ = parse_line(line, self.tables)
                except LineError:
                    continue
                exact.setdefault(doc, n)
        return exact


class Source:
    """One JSONL file of keyings, read in order or by document."""

    def __init__(self, path: str, report: Report, tables: Collection[str] = ()) -> None:
        self.path = path
        self.report = report
        self.tables = tables
        self.file: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by close()
        self.lines = iter_lines(self.file)
        self.lineno = 0  # the last line read in order
        self.seen = FirstSeen(path, tables)
        self.peeked: Record | None = None
        self.index: dict[str, tuple[int, int]] | None = None  # document → (offset, line)
        self.used: set[str] | None = None  # documents taken, once the index is built
        self.bad_lines = 0

    def close(self) -> None:
        self.file.close()

    def _bad(self, lineno: int, message: str) -> None:
        self.bad_lines += 1
        self.report(f"{self.path}:{lineno}: {message}")

    def records(self) -> Iterator[Record]:
        """Every well-formed record in file order, each document once (malformed lines and
        documents again are reported)."""
        while True:
            rec = self.next_record()
            if rec is None:
                return
            yield rec

    def next_record(self) -> Record | None:
        if self.peeked is not None:
            rec, self.peeked = self.peeked, None
            return rec
        for lineno, _, line in self.lines:
            self.lineno = lineno
            if line is None:
                self._bad(lineno, TOO_LONG)
                continue
            try:
                doc, values = parse_line(line, self.tables)
            except LineError as exc:
                self._bad(lineno, str(exc))
                continue
            first = self.seen.first_line(doc, lineno)
            if first is not None:
                self._bad(lineno, f"document {show(doc)} again (first on line {first})")
                continue
            return Record(lineno, doc, values)
        return None

    def get(self, document: str) -> Record | None:
        """The record of `document`, or None if the file has none."""
        if self.index is None:
            rec = self.next_record()
            if rec is None or rec.document == document:
                return rec
            self.peeked = rec
            self._build_index()
        assert self.index is not None and self.used is not None
        where = self.index.get(document)
        if where is None or document in self.used:
            return None
        self.used.add(document)
        return self._read_at(document, *where)

    def _read_at(self, document: str, offset: int, lineno: int) -> Record:
        self.file.seek(offset)
        line = self.file.readline(_READ)
        if lineno == 1 and line.startswith(_BOM):
            line = line[3:]
        _, values = parse_line(line, self.tables)  # checked when indexed
        return Record(lineno, document, values)

    def _build_index(self) -> None:
        """Index every line by document (the lockstep read found one out of order). Lines
        before the one read out of order were reported (or taken) in lockstep already."""
        assert self.peeked is not None
        reported_before = self.peeked.lineno
        index: dict[str, tuple[int, int]] = {}
        used: set[str] = set()
        self.file.seek(0)
        for lineno, offset, line in iter_lines(self.file):
            early = lineno < reported_before
            if line is None:
                if not early:
                    self._bad(lineno, TOO_LONG)
                continue
            try:
                doc, _ = parse_line(line, self.tables)
            except LineError as exc:
                if not early:
                    self._bad(lineno, str(exc))
                continue
            first = index.get(doc)
            if first is not None:
                if not early:
                    self._bad(lineno, f"document {show(doc)} again (first on line {first[1]})")
                continue
            index[doc] = (offset, lineno)
            if early:
                used.add(doc)  # taken in lockstep
        self.index, self.used = index, used
        self.peeked = None
        self.seen = FirstSeen(self.path, ())  # the index knows: free the filter

    def leftovers(self) -> Iterator[Record]:
        """Records of documents never asked for (in file order)."""
        if self.index is None:
            yield from self.records()
            return
        assert self.used is not None
        for doc, (offset, lineno) in sorted(self.index.items(), key=lambda kv: kv[1][0]):
            if doc not in self.used:
                yield self._read_at(doc, offset, lineno)


@dataclass
class Totals:
    documents: int = 0
    agreed: int = 0
    discrepant: int = 0
    missing: int = 0
    bad_lines: int = 0


def reconcile_files(
    form: FormLike,
    path_a: str,
    path_b: str,
    path_c: str | None,
    write: Callable[[bytes], None],
    report: Report,
    progress: Callable[[int], None] | None = None,
    explain_all: bool = False,
    jobs: int = 1,
) -> Totals:
    """Reconcile every document of A with B (and C); write one result per document: its
    line (`lineout.py`, without the newline). `jobs` > 1: in that many worker processes
    (`jobs.py`), the same lines in the same order."""
    totals = Totals()
    if jobs > 1 and not can_fork():
        jobs = 1  # (Windows: no worker processes)
    out = Here(form, explain_all, write) if jobs <= 1 else Workers(form, explain_all, write, jobs)
    tables = frozenset(f.name for f in form.fields if f.is_table)
    sources: list[Source] = []
    try:
        for path in (path_a, path_b, path_c):
            if path is not None:
                sources.append(Source(path, report, tables))
        a, others = sources[0], sources[1:]
        names = ["b", "c"]
        ahead = Ahead(out, sources, totals, progress) if isinstance(out, Workers) else None
        while True:
            if ahead is not None and not ahead.workers.here:  # the warm-up is done
                if ahead.ready():
                    ahead.run()  # chunks read ahead, while the files are in the same order
                ahead = None  # (a file read out of order stays so)
            rec = a.next_record()
            if rec is None:
                break
            found = [s.get(rec.document) for s in others]
            totals.documents += 1
            if None in found:
                missing = []
                for i, r in enumerate(found):
                    if r is None:
                        missing.append(names[i])
                        where = f"line {rec.lineno} of {path_a}"
                        report(
                            f"{others[i].path}: document {show(rec.document)} ({where}) is missing"
                        )
                totals.missing += 1
                out.missing(rec.document, missing)
            else:
                out.document(rec.document, [rec.values, *(r.values for r in found if r)])
            if progress is not None and totals.documents % 1000 == 0:
                progress(totals.documents)
        # Documents A lacks, once each, with every pass that lacks them: a document of B
        # is looked up in C (and so taken there); one left in C is in neither A nor B.
        for n, source in enumerate(others):
            for left in source.leftovers():
                missing = ["a", *names[:n]]
                missing += [
                    names[k]
                    for k in range(n + 1, len(others))
                    if others[k].get(left.document) is None
                ]
                lacking = " nor in ".join(
                    [path_a, *(others[names.index(m)].path for m in missing[1:])]
                )
                where = f"{source.path}:{left.lineno}"
                report(f"{where}: document {show(left.document)} is not in {lacking}")
                totals.missing += 1
                out.missing(left.document, missing)
        out.finish()
        totals.agreed, totals.discrepant = out.agreed, out.discrepant
        totals.bad_lines = sum(s.bad_lines for s in sources)
    finally:
        out.close()
        for s in sources:
            s.close()
    return totals
