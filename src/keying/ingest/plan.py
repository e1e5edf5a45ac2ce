"""From files to documents: one document per file, or files split every N pages.

A document's external reference is its file's name without extension; the second document
of a split file is `name#2`, the third `name#3`. References must be unique in a batch: the
plan lists every duplicate (with the files it comes from) before anything is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from keying.ingest.files import Skipped
from keying.ingest.pages import UnreadableFile, page_count


@dataclass(frozen=True)
class PlannedDocument:
    """One document to import: its reference, its file and the file's pages it takes."""

    reference: str
    path: Path
    first_page: int  # 1-based, in the file
    pages: int


@dataclass(frozen=True)
class Plan:
    documents: list[PlannedDocument]
    skipped: list[Skipped]
    duplicates: dict[str, list[Path]]  # reference → the files that give it (2 or more)

    @property
    def files(self) -> list[Path]:
        return list(dict.fromkeys(d.path for d in self.documents))


def reference_of(path: Path, part: int) -> str:
    return path.stem if part == 1 else f"{path.stem}#{part}"


def plan_documents(
    files: list[Path],
    pages_per_document: int | None,
    count: Callable[[Path], int] = page_count,
) -> Plan:
    """Cut files into documents. With `pages_per_document` each file's pages are counted
    (from the headers) and a file whose count is not a multiple is skipped."""
    documents: list[PlannedDocument] = []
    skipped: list[Skipped] = []
    for path in files:
        if pages_per_document is None:
            documents.append(PlannedDocument(reference_of(path, 1), path, 1, 0))  # 0: all
            continue
        try:
            n = count(path)
        except UnreadableFile as exc:
            skipped.append(Skipped(path, str(exc)))
            continue
        if n == 0 or n % pages_per_document:
            skipped.append(
                Skipped(path, f"{n} pages do not split into documents of {pages_per_document}")
            )
            continue
        for part, first in enumerate(range(1, n + 1, pages_per_document), start=1):
            documents.append(
                PlannedDocument(reference_of(path, part), path, first, pages_per_document)
            )
    by_reference: dict[str, list[Path]] = defaultdict(list)
    for doc in documents:
        by_reference[doc.reference].append(doc.path)
    duplicates = {ref: paths for ref, paths in by_reference.items() if len(paths) > 1}
    return Plan(documents, skipped, duplicates)
