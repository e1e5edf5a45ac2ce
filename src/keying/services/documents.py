"""The document list (the overview, F9) and one document's read-only view: where each
document stands, in the words the overview shows, and a document's page, final values,
provenance, the errors it charged to keyers and its history (the final record, errors and
history from `Services.document_record`).

Blindness holds here too: an operator sees a document's values only once it is final (its
final record); supervisors and admins also see the values the passes agreed on so far, and
the errors charged to keyers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from keying.forms.wording import QT_TRANSLATE_NOOP, say
from keying.services.document_record import ChargedError
from keying.services.sign_in import SignedIn
from keying.storage import documents_list, repo
from keying.storage.documents_list import DocumentFacts
from keying.storage.vocabulary import DocumentStatus, Role, Withdrawn

if TYPE_CHECKING:
    from keying.services.workspace import Services


class ListStatus(StrEnum):
    """Where a document stands, as the overview lists and filters it."""

    KEYING = "keying"  # no pass in yet
    WAITING = "waiting"  # one pass in, the other still to key
    THIRD_PASS = "third_pass"  # sent back: pass 3 is being keyed
    SUPERVISOR = "supervisor"  # waits for a supervisor: N discrepancies
    FINAL = "final"  # a final record exists
    FLAGGED = "flagged"  # a page was flagged: waits for a supervisor
    WITHDRAWN = "withdrawn"  # out of the batch: rescan or rejected


STATUS_TEXT: dict[ListStatus, str] = {
    ListStatus.KEYING: "being keyed",
    ListStatus.WAITING: "waiting for a pass",
    ListStatus.THIRD_PASS: "sent back — third keying",
    ListStatus.SUPERVISOR: "waits for a supervisor",
    ListStatus.FINAL: "final",
    ListStatus.FLAGGED: "page flagged — waits for a supervisor",
    ListStatus.WITHDRAWN: "out of the batch",
}


@dataclass(frozen=True)
class DocumentRow:
    """One document of the overview."""

    document_id: int
    batch_id: int
    batch: str
    document: str  # external id
    seq: int
    status: ListStatus
    discrepancies: int  # open ones (waiting for a supervisor)
    note: str  # the status in a few more words


def list_status(f: DocumentFacts) -> tuple[ListStatus, str]:
    """The overview's status of a document, and its note: in English, a `Said` the station
    shows in the operator's language (keying.forms.wording)."""
    if f.withdrawn is not None:
        if f.withdrawn == Withdrawn.RESCAN:
            what = say(QT_TRANSLATE_NOOP("keying", "withdrawn for a rescan"))
        else:
            what = say(QT_TRANSLATE_NOOP("keying", "rejected"))
        if f.withdrawn_reason:  # the supervisor's own words, as written
            return ListStatus.WITHDRAWN, say(
                QT_TRANSLATE_NOOP("keying", "{0}: {1}"), what, f.withdrawn_reason
            )
        return ListStatus.WITHDRAWN, what
    if f.status == DocumentStatus.FINAL:
        return ListStatus.FINAL, say(QT_TRANSLATE_NOOP("keying", "final record written"))
    if f.status == DocumentStatus.FLAGGED:
        return ListStatus.FLAGGED, say(QT_TRANSLATE_NOOP("keying", "a page was flagged"))
    if f.status == DocumentStatus.DISCREPANT:
        n = f.open_discrepancies
        if n == 1:
            return ListStatus.SUPERVISOR, say(
                QT_TRANSLATE_NOOP("keying", "1 discrepancy to decide")
            )
        return ListStatus.SUPERVISOR, say(
            QT_TRANSLATE_NOOP("keying", "{0} discrepancies to decide"), n
        )
    if f.third_pass_open:
        return ListStatus.THIRD_PASS, say(
            QT_TRANSLATE_NOOP("keying", "pass 3 of the fields sent back is being keyed")
        )
    first_two = [p for p in f.passes_in if p in (1, 2)]
    if len(first_two) == 1:
        other = 2 if first_two[0] == 1 else 1
        return ListStatus.WAITING, say(
            QT_TRANSLATE_NOOP("keying", "pass {0} in, waiting for pass {1}"), first_two[0], other
        )
    return ListStatus.KEYING, say(QT_TRANSLATE_NOOP("keying", "no pass in yet"))


def document_rows(services: Services, keyed_by: int | None = None) -> list[DocumentRow]:
    """Every document, in batch and document order (the sync worker reads it for F9); with
    `keyed_by`, an operator's own: those they keyed or hold."""
    with services.sessions() as session:
        facts = documents_list.document_facts(session, keyed_by=keyed_by)
    rows = []
    for f in facts:
        status, note = list_status(f)
        rows.append(
            DocumentRow(
                document_id=f.document_id,
                batch_id=f.batch_id,
                batch=f.batch,
                document=f.external_id,
                seq=f.seq,
                status=status,
                discrepancies=f.open_discrepancies if status == ListStatus.SUPERVISOR else 0,
                note=note,
            )
        )
    return rows


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str  # login, "" for the system
    what: str  # the audit event's kind
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentView:
    """What the read-only view of one document shows."""

    row: DocumentRow
    pages: list[bytes]
    values: dict[str, Any] | None  # final, else (supervisors) agreed so far, else None
    values_are_final: bool
    provenance: dict[str, Any]
    explanations: dict[str, Any]
    history: list[HistoryEntry]
    withheld: str = ""  # why no values are shown ("" when they are)
    errors: list[ChargedError] | None = None  # the errors charged (None: not for this role)


def document_view(services: Services, who: SignedIn, document_id: int) -> DocumentView | None:
    """One document's page, values, provenance, errors charged and history (None: no such
    document)."""
    with services.sessions() as session:
        record = documents_list.document_record(session, document_id)
        if record is None:
            return None
        pages = [repo.blob(session, sha).data for sha in record.pages]
    try:
        final = services.document_record(document_id)
    except KeyError:
        return None
    status, note = list_status(record.facts)
    f = record.facts
    row = DocumentRow(
        f.document_id,
        f.batch_id,
        f.batch,
        f.external_id,
        f.seq,
        status,
        f.open_discrepancies if status == ListStatus.SUPERVISOR else 0,
        note,
    )
    supervises = who.role in (Role.SUPERVISOR, Role.ADMIN)
    values, is_final, withheld = final.values, final.values is not None, ""
    if values is None and supervises and record.agreed_values is not None:
        values = record.agreed_values
    elif values is None:
        withheld = say(  # English; the station says it in the operator's language
            QT_TRANSLATE_NOOP("keying", "no values yet: the passes are still being compared")
            if supervises
            else QT_TRANSLATE_NOOP(
                "keying", "values are shown once the document is final (keying is blind)"
            )
        )
    return DocumentView(
        row=row,
        pages=pages,
        values=values,
        values_are_final=is_final,
        provenance=final.provenance,
        explanations=record.explanations if supervises or is_final else {},
        history=[
            HistoryEntry(datetime.fromisoformat(h.at), h.who, h.what, h.detail)
            for h in final.history
        ],
        withheld=withheld,
        errors=final.errors if supervises else None,
    )


def batch_names(services: Services) -> list[tuple[int, str]]:
    with services.sessions() as session:
        return documents_list.batches(session)
