"""Use case: import passes keyed elsewhere (`keying pass import`) and gold values
(`keying batch gold`), from JSONL files in the format of `keying reconcile`.

A line is `{"document": REFERENCE, "values": {FIELD: VALUE, ...}}`, matched to the batch's
documents by external reference. Every line obeys the rules of keying in the app (see
`keying.forms.finish`): the operator exists and is active; nobody keys both passes of a
document; a pass is keyed once; the document is still being keyed (not flagged, not final);
in a dependent-verification batch pass 2 comes after pass 1; each value is valid for its
field. A refused line is reported with its reason; by default one refused line means nothing
is imported (fix the file and run again); with `skip_refused` the others are imported. Each
imported keying is recorded as the app records a pushed one, and when a document's second
pass is in it is reconciled in the same transaction, exactly as in the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from keying.forms.finish import KeyingRefused, finished_values
from keying.forms.model import FormDefinition
from keying.reconcile.jsonl import LineError, parse_line
from keying.services.closing import close_document_if_ready
from keying.services.stored_forms import parse_stored
from keying.services.training_gold import prepare_in_session
from keying.storage import batches as batch_repo
from keying.storage import repo
from keying.storage.models import Batch, Document, new_uuid
from keying.storage.users import find_user
from keying.storage.vocabulary import DocumentStatus


class PassImportRefused(Exception):
    """Nothing was imported: the batch, operator or file cannot be used at all."""


@dataclass(frozen=True)
class Line:
    lineno: int
    document: str
    values: dict[str, Any]


@dataclass(frozen=True)
class Refusal:
    lineno: int
    document: str | None
    reason: str

    def text(self, path: str) -> str:
        doc = f" {self.document}:" if self.document else ""
        return f"{path}:{self.lineno}:{doc} {self.reason}"


@dataclass
class LinesReport:
    lines: int = 0
    imported: int = 0
    refused: list[Refusal] = field(default_factory=list)
    agreed: int = 0
    discrepant: int = 0
    keyed_once: int = 0  # verification sampling: final from pass 1, not verified
    written: bool = False


def read_lines(path: str | Path) -> Iterator[Line | Refusal]:
    """Every non-empty line of a JSONL file: a Line, or a Refusal saying what is wrong."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise PassImportRefused(f"cannot read {path}: {exc.strerror or exc}") from None
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                document, values = parse_line(raw)
            except LineError as exc:
                yield Refusal(lineno, None, str(exc))
                continue
            yield Line(lineno, document, values)


def _batch(session: Session, name: str) -> Batch:
    batch = batch_repo.find_batch(session, name)
    if batch is None:
        raise PassImportRefused(f"no batch named {name!r}")
    return batch


def _form(session: Session, batch: Batch) -> FormDefinition:
    return parse_stored(batch.form_definition.text)


def _checked_lines(
    path: str | Path,
    docs: dict[str, Document],
    report: LinesReport,
    check: Callable[[Line, Document], str | None],
) -> list[tuple[Line, Document]]:
    """Lines whose document is in the batch (once) and which `check` accepts."""
    seen: dict[str, int] = {}
    accepted: list[tuple[Line, Document]] = []
    for item in read_lines(path):
        report.lines += 1
        if isinstance(item, Refusal):
            report.refused.append(item)
            continue
        doc = docs.get(item.document)
        reason: str | None
        if doc is None:
            reason = "no such document in the batch"
        elif item.document in seen:
            reason = f"the document again (first on line {seen[item.document]})"
        else:
            reason = check(item, doc)
        seen.setdefault(item.document, item.lineno)
        if reason is not None or doc is None:
            report.refused.append(Refusal(item.lineno, item.document, reason or ""))
        else:
            accepted.append((item, doc))
    return accepted


def import_pass(
    sessions: sessionmaker[Session],
    batch_name: str,
    pass_no: int,
    login: str,
    path: str | Path,
    skip_refused: bool = False,
    now: datetime | None = None,
) -> LinesReport:
    """Import one pass of a batch keyed elsewhere; see the module's doc for the rules."""
    if pass_no not in (1, 2):
        raise PassImportRefused("--pass is 1 or 2")
    report = LinesReport()
    stamp = (now or datetime.now(UTC)).isoformat()
    with sessions() as session:
        batch = _batch(session, batch_name)
        if batch.closed_at is not None:
            raise PassImportRefused(f"the batch {batch_name!r} is closed")
        operator = find_user(session, login)
        if operator is None:
            raise PassImportRefused(f"no account {login!r}")
        if not operator.active:
            raise PassImportRefused(f"the account {login!r} is disabled")
        form = _form(session, batch)
        docs = batch_repo.documents_by_reference(session, batch)
        cleaned: dict[int, tuple[dict[str, Any], list[dict[str, Any]]]] = {}

        def check(line: Line, doc: Document) -> str | None:
            reason = batch_repo.why_not_keyable(
                session, doc, pass_no, operator.id, batch.dependent_verification, now
            )
            if reason is not None:
                return reason
            try:
                values, failures = finished_values(form, line.values)
            except KeyingRefused as exc:
                return str(exc)
            failed = [
                {"name": f.name, "message": f.message, "fields": list(f.fields)} for f in failures
            ]
            cleaned[doc.id] = (values, failed)
            return None

        accepted = _checked_lines(path, docs, report, check)
        if report.refused and not skip_refused:
            return report
        for line, doc in accepted:
            values, failures = cleaned[doc.id]
            outcome, keying = repo.record_keying(
                session,
                {
                    "uuid": new_uuid(),
                    "document_id": doc.id,
                    "pass_no": pass_no,
                    "operator_id": operator.id,
                    "values": values,
                    "figures": {"imported_from": Path(path).name, "line": line.lineno},
                    "check_failures": failures,
                    "workstation": "keying pass import",
                    "finished_at": stamp,
                },
            )
            assert outcome == "inserted" and keying is not None
            report.imported += 1
            close_document_if_ready(session, keying)
            status = doc.status
            once = pass_no == 1 and status == DocumentStatus.FINAL
            report.keyed_once += once
            report.agreed += status == DocumentStatus.FINAL and not once
            report.discrepant += status == DocumentStatus.DISCREPANT
        repo.audit(
            session,
            "pass_imported",
            operator.id,
            batch=batch.name,
            pass_no=pass_no,
            file=Path(path).name,
            imported=report.imported,
            refused=len(report.refused),
        )
        session.commit()
        report.written = True
    return report


def import_gold(sessions: sessionmaker[Session], batch_name: str, path: str | Path) -> LinesReport:
    """Mark documents as gold with their true values (validated as keyed values); all the
    lines or none."""
    report = LinesReport()
    with sessions() as session:
        batch = _batch(session, batch_name)
        form = _form(session, batch)
        docs = batch_repo.documents_by_reference(session, batch)
        cleaned: dict[int, dict[str, Any]] = {}

        def check(line: Line, doc: Document) -> str | None:
            try:
                cleaned[doc.id] = finished_values(form, line.values)[0]
            except KeyingRefused as exc:
                return str(exc)
            return None

        accepted = _checked_lines(path, docs, report, check)
        if report.refused:
            return report
        for _, doc in accepted:
            doc.gold_values = cleaned[doc.id]
            report.imported += 1
        repo.audit(session, "gold_values_set", None, batch=batch.name, documents=report.imported)
        session.flush()
        prepare_in_session(session)  # what the database scores training against (0014)
        session.commit()
        report.written = True
    return report
