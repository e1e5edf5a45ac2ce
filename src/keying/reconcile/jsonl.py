"""Streaming reconciliation of JSONL files (what `keying reconcile` runs).

A is read line by line, in order. B (and C) are read in lockstep while their documents come
in A's order, which holds nothing in memory; at the first document out of order the file is
indexed once: document → byte offset of its line (about 100 bytes per document, never the
values), and lines are then read by seeking. So memory is constant per document, and flat
when the files are in the same order. See docs/reconcile.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from keying.forms.model import FormDefinition
from keying.reconcile import reconcile

Report = Callable[[str], None]


class LineError(ValueError):
    pass


@dataclass
class Record:
    lineno: int
    document: str
    values: dict[str, Any]


def parse_line(line: bytes) -> tuple[str, dict[str, Any]]:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LineError(f"not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise LineError("a line must be one JSON object")
    doc = obj.get("document")
    if not isinstance(doc, str) or not doc:
        raise LineError('"document" must be a non-empty string')
    values = obj.get("values", {})
    if not isinstance(values, dict):
        raise LineError('"values" must be an object of field → value')
    return doc, values


class Source:
    """One JSONL file of keyings, read in order or by document."""

    def __init__(self, path: str, report: Report) -> None:
        self.path = path
        self.report = report
        self.file: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by close()
        self.lineno = 0
        self.peeked: Record | None = None
        self.index: dict[str, tuple[int, int]] | None = None  # document → (offset, line)
        self.used: set[str] | None = None  # documents taken since the index was built
        self.bad_lines = 0

    def close(self) -> None:
        self.file.close()

    def _bad(self, lineno: int, message: str) -> None:
        self.bad_lines += 1
        self.report(f"{self.path}:{lineno}: {message}")

    def records(self) -> Iterator[Record]:
        """Every well-formed record in file order (malformed lines are reported)."""
        while True:
            rec = self._next()
            if rec is None:
                return
            yield rec

    def _next(self) -> Record | None:
        if self.peeked is not None:
            rec, self.peeked = self.peeked, None
            return rec
        for line in self.file:
            self.lineno += 1
            if not line.strip():
                continue
            try:
                doc, values = parse_line(line)
            except LineError as exc:
                self._bad(self.lineno, str(exc))
                continue
            return Record(self.lineno, doc, values)
        return None

    def get(self, document: str) -> Record | None:
        """The record of `document`, or None if the file has none."""
        if self.index is None:
            rec = self._next()
            if rec is None or rec.document == document:
                return rec
            self.peeked = rec
            self._build_index()
        assert self.index is not None and self.used is not None
        where = self.index.get(document)
        if where is None:
            return None
        self.used.add(document)
        offset, lineno = where
        self.file.seek(offset)
        doc, values = parse_line(self.file.readline())
        return Record(lineno, doc, values)

    def _build_index(self) -> None:
        """Index every line by document (the lockstep read found one out of order)."""
        index: dict[str, tuple[int, int]] = {}
        seen_before = self.peeked.lineno if self.peeked is not None else self.lineno + 1
        self.file.seek(0)
        offset, lineno = 0, 0
        for line in self.file:
            lineno += 1
            start, offset = offset, offset + len(line)
            if lineno < seen_before or not line.strip():
                continue  # taken (or reported) in lockstep already, or empty
            try:
                doc, _ = parse_line(line)
            except LineError as exc:
                self._bad(lineno, str(exc))
                continue
            if doc in index:
                self._bad(lineno, f"document {doc} again (first on line {index[doc][1]})")
                continue
            index[doc] = (start, lineno)
        self.index = index
        self.used = set()
        self.peeked = None

    def leftovers(self) -> Iterator[Record]:
        """Records of documents never asked for (in file order)."""
        if self.index is None:
            yield from self.records()
            return
        assert self.used is not None
        for doc, (offset, lineno) in sorted(self.index.items(), key=lambda kv: kv[1][0]):
            if doc not in self.used:
                self.file.seek(offset)
                _, values = parse_line(self.file.readline())
                yield Record(lineno, doc, values)


@dataclass
class Totals:
    documents: int = 0
    agreed: int = 0
    discrepant: int = 0
    missing: int = 0
    bad_lines: int = 0


def reconcile_files(
    form: FormDefinition,
    path_a: str,
    path_b: str,
    path_c: str | None,
    write: Callable[[dict[str, Any]], None],
    report: Report,
    progress: Callable[[int], None] | None = None,
) -> Totals:
    """Reconcile every document of A with B (and C); write one result per document."""
    totals = Totals()
    a = Source(path_a, report)
    others = [Source(path_b, report)] + ([Source(path_c, report)] if path_c else [])
    names = ["b", "c"]
    try:
        for rec in a.records():
            found = [s.get(rec.document) for s in others]
            missing = [names[i] for i, r in enumerate(found) if r is None]
            totals.documents += 1
            if missing:
                for i, r in enumerate(found):
                    if r is None:
                        where = f"line {rec.lineno} of {path_a}"
                        report(f"{others[i].path}: document {rec.document} ({where}) is missing")
                totals.missing += 1
                write({"document": rec.document, "status": "missing", "missing": missing})
            else:
                values = [r.values for r in found if r is not None]
                result = reconcile(form, rec.values, *values)
                totals.agreed += result.status == "agreed"
                totals.discrepant += result.status == "discrepant"
                write(result.to_json(rec.document))
            if progress is not None and totals.documents % 1000 == 0:
                progress(totals.documents)
        for source in others:
            for left in source.leftovers():
                report(f"{source.path}:{left.lineno}: document {left.document} is not in {path_a}")
                totals.missing += 1
                write({"document": left.document, "status": "missing", "missing": ["a"]})
        totals.bad_lines = a.bad_lines + sum(s.bad_lines for s in others)
    finally:
        a.close()
        for s in others:
            s.close()
    return totals
