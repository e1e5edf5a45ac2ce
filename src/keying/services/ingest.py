"""Use case: import a batch of scans (`keying batch import`, and the admin's import dialog).

The whole import is one transaction: the batch, its documents, pages and blobs, its key
tasks and the audit event are committed together at the end, so an import that fails, is
cancelled or is killed leaves nothing behind. Before anything is written the files are
listed, cut into documents and their references checked for duplicates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from keying.forms import FormDefinitionError, load_form
from keying.forms.wording import english
from keying.ingest.files import Skipped, collect
from keying.ingest.pages import MAX_DPI, MIN_DPI, UnreadableFile, read_pages
from keying.ingest.plan import PlannedDocument, plan_documents
from keying.services.stored_forms import parse_stored
from keying.storage import batches as batch_repo
from keying.storage import repo
from keying.storage.models import Batch, FormDefinitionRow


class ImportRefused(Exception):
    """Nothing was imported; the message says why, `details` lists the cases (one a line)."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []


class ImportCancelled(Exception):
    """The import was cancelled; nothing was written."""


@dataclass(frozen=True)
class ImportRequest:
    form: str  # a YAML file, or the name (name@version) of a stored form definition
    name: str
    paths: list[str]
    pages_per_document: int | None = None
    dpi: int = 200


@dataclass(frozen=True)
class ImportProgress:
    files_done: int
    files_total: int
    path: Path | None
    documents: int
    pages: int


@dataclass
class ImportReport:
    batch: str
    form: str
    documents: int = 0
    pages: int = 0
    new_blobs: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def resolve_form(session: Session, form: str) -> FormDefinitionRow:
    """A YAML file (stored if new; a changed text under a stored name@version is refused) or
    the name of a stored definition (`name` for its newest version, `name@version`)."""
    path = Path(form)
    if path.suffix.lower() in (".yaml", ".yml") or path.is_file():
        try:
            loaded = load_form(path)
        except (FormDefinitionError, OSError) as exc:
            raise ImportRefused(str(exc)) from None
        d = loaded.definition
        return repo.add_form_definition(session, d.form, d.version, loaded.text)
    name, _, version = form.partition("@")
    if version and not version.isdigit():
        raise ImportRefused(f"{form!r}: a form is FILE.yaml, NAME or NAME@VERSION")
    row = batch_repo.find_form(session, name, int(version) if version else None)
    if row is None:
        raise ImportRefused(f"no form definition {form!r} is stored and no such file exists")
    return row


def stored_forms(sessions: sessionmaker[Session]) -> list[str]:
    """The stored form definitions (`name@version`) an import may name (the import dialog)."""
    with sessions() as session:
        return batch_repo.form_names(session)


def report_name(row: FormDefinitionRow) -> str:
    return f"{row.name}@{row.version}"


def _check_request(request: ImportRequest) -> None:
    if not request.name.strip():
        raise ImportRefused("the batch name is empty")
    if len(request.name) > 200:
        raise ImportRefused("the batch name is longer than 200 characters")
    if request.pages_per_document is not None and request.pages_per_document < 1:
        raise ImportRefused("--pages-per-document must be 1 or more")
    if not MIN_DPI <= request.dpi <= MAX_DPI:
        raise ImportRefused(f"--dpi must be between {MIN_DPI} and {MAX_DPI}")
    if not request.paths:
        raise ImportRefused("no file or folder to import")


def _source(doc: PlannedDocument, pages: int) -> str:
    where = doc.path.as_posix()
    if doc.pages:
        last = doc.first_page + doc.pages - 1
        return f"{where} (pages {doc.first_page}-{last} of {pages})"
    return where


def import_batch(
    sessions: sessionmaker[Session],
    request: ImportRequest,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import scans as a new batch, all or nothing. Raises ImportRefused (nothing written)
    or ImportCancelled."""
    _check_request(request)
    files, skipped = collect(request.paths)
    plan = plan_documents(files, request.pages_per_document)
    skipped.extend(plan.skipped)
    if plan.duplicates:
        raise ImportRefused(
            f"{len(plan.duplicates)} document references are not unique in the batch "
            "(rename the files, or import them as separate batches)",
            [
                f"{ref}: " + ", ".join(str(p) for p in paths)
                for ref, paths in plan.duplicates.items()
            ],
        )
    if not plan.documents:
        raise ImportRefused("nothing to import", [str(s) for s in skipped])
    with sessions() as session:
        if batch_repo.find_batch(session, request.name) is not None:
            raise ImportRefused(f"a batch named {request.name!r} exists already")
        form_row = resolve_form(session, request.form)
        form = parse_stored(form_row.text)
        ppd = request.pages_per_document
        if ppd is not None and ppd < form.pages:
            raise ImportRefused(
                f"the form {report_name(form_row)} has {form.pages} pages a document; "
                f"--pages-per-document {ppd} is fewer"
            )
        batch = repo.add_batch(session, request.name, form_row)
        blobs_before = batch_repo.blob_count(session)
        report = ImportReport(batch.name, report_name(form_row), skipped=skipped)
        by_file = [(p, list(docs)) for p, docs in groupby(plan.documents, key=lambda d: d.path)]
        for done, (path, docs) in enumerate(by_file, start=1):
            if cancelled is not None and cancelled():
                session.rollback()
                raise ImportCancelled("the import was cancelled: nothing was written")
            _import_file(session, batch, path, docs, request, form.pages, report, cancelled)
            if progress is not None:
                progress(ImportProgress(done, len(by_file), path, report.documents, report.pages))
        if report.documents == 0:
            session.rollback()
            raise ImportRefused("no file could be read", [str(s) for s in report.skipped])
        report.new_blobs = batch_repo.blob_count(session) - blobs_before
        repo.audit(
            session,
            "batch_imported",
            None,
            batch=batch.name,
            form=report.form,
            documents=report.documents,
            pages=report.pages,
            skipped=len(report.skipped),
        )
        session.commit()
    return report


def _import_file(
    session: Session,
    batch: Batch,
    path: Path,
    docs: list[PlannedDocument],
    request: ImportRequest,
    form_pages: int,
    report: ImportReport,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Decode every page of one file first, then store its documents (or skip the file).
    A cancel is heard between pages too (a PDF of hundreds of pages takes minutes)."""
    pages = []
    try:
        for page in read_pages(path, request.dpi):
            if cancelled is not None and cancelled():
                raise ImportCancelled("the import was cancelled: nothing was written")
            pages.append(page)
    except UnreadableFile as exc:
        report.skipped.append(Skipped(path, str(exc)))
        return
    if not pages:
        report.skipped.append(Skipped(path, "no pages"))
        return
    if request.pages_per_document is None and (n := len(pages)) < form_pages:
        report.skipped.append(
            Skipped(path, english(f"%n page(s), but the form's documents have {form_pages}", n))
        )
        return
    for doc in docs:
        taken = pages[doc.first_page - 1 : doc.first_page - 1 + doc.pages] if doc.pages else pages
        repo.add_document(
            session,
            batch,
            doc.reference,
            [(p.data, p.media_type, p.width, p.height) for p in taken],
            source=_source(doc, len(pages)),
        )
        report.documents += 1
        report.pages += len(taken)
