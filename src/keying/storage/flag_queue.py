"""The flagged-pages queue: pages operators flagged (unreadable, wrong document, needs
rescan) that no supervisor has dealt with yet, and the three outcomes: back to keying, out of
the batch for a rescan, rejected. Repository functions: they take a Session, never commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keying.storage.models import Batch, Document, Operator, PageFlag, Task, utcnow
from keying.storage.repo import audit
from keying.storage.vocabulary import DocumentStatus, FlagOutcome, TaskKind, TaskStatus


@dataclass(frozen=True)
class FlagRow:
    """One open flag, with what the queue shows beside the page."""

    flag_id: int
    document_id: int
    document: str  # external id
    batch: str
    page_no: int
    pages: int  # how many pages the document has
    reason: str  # a PageFlagReason
    note: str
    login: str  # who flagged it
    flagged_at: datetime


class FlagRefused(Exception):
    """The outcome cannot be applied (the document was dealt with meanwhile): nothing was
    changed. The message says why, in one sentence."""


def open_flags(session: Session) -> list[FlagRow]:
    """Every flag not yet resolved, oldest first."""
    rows = session.execute(
        select(PageFlag, Document.external_id, Batch.name, Operator.login)
        .join(Document, Document.id == PageFlag.document_id)
        .join(Batch, Batch.id == Document.batch_id)
        .join(Operator, Operator.id == PageFlag.operator_id)
        .where(PageFlag.resolved_at.is_(None))
        .order_by(PageFlag.created_at, PageFlag.id)
    ).all()
    out = []
    for flag, external_id, batch, login in rows:
        doc = session.get(Document, flag.document_id)
        assert doc is not None
        out.append(
            FlagRow(
                flag_id=flag.id,
                document_id=flag.document_id,
                document=external_id,
                batch=batch,
                page_no=flag.page_no,
                pages=len(doc.pages),
                reason=flag.reason,
                note=flag.note or "",
                login=login,
                flagged_at=flag.created_at,
            )
        )
    return out


def resolve_flags(
    session: Session,
    document_id: int,
    outcome: FlagOutcome,
    actor_id: int,
    note: str = "",
) -> int:
    """Apply a supervisor's outcome to every open flag of a document; returns how many.

    - returned: the document goes back to keying (its open key tasks are claimed again);
    - rescan / rejected: the document leaves its batch (`withdrawn`, with the note as the
      reason; it no longer counts in the batch), its open key tasks are cancelled.
    Audited once per document (`flag_resolved`). FlagRefused when the document has no open
    flag (another supervisor dealt with it) or is no longer flagged.
    """
    doc = session.get(Document, document_id, with_for_update=True)
    if doc is None:
        raise FlagRefused(f"document {document_id} does not exist")
    flags = list(
        session.scalars(
            select(PageFlag).where(
                PageFlag.document_id == document_id, PageFlag.resolved_at.is_(None)
            )
        )
    )
    if not flags or doc.status != DocumentStatus.FLAGGED:
        raise FlagRefused(
            f"document {doc.external_id} was dealt with meanwhile (it is {doc.status}): "
            "nothing was changed"
        )
    if outcome != FlagOutcome.RETURNED and not note.strip():
        raise FlagRefused("say why the document leaves the batch (the reason is required)")
    now = utcnow()
    for flag in flags:
        flag.resolved_at, flag.resolution = now, outcome
        flag.resolved_by, flag.resolution_note = actor_id, note.strip()
    if outcome == FlagOutcome.RETURNED:
        doc.status = DocumentStatus.KEYING
    else:
        doc.withdrawn, doc.withdrawn_reason = outcome.value, note.strip()
        for task in session.scalars(
            select(Task).where(
                Task.document_id == document_id,
                Task.kind == TaskKind.KEY,
                Task.status.in_((TaskStatus.OPEN, TaskStatus.CLAIMED)),
            )
        ):
            task.status, task.claimed_by = TaskStatus.CANCELLED, None
            task.lease_until, task.workstation = None, None
    session.flush()
    audit(
        session,
        "flag_resolved",
        actor_id,
        document_id,
        outcome=outcome.value,
        note=note.strip(),
        flags=[f.id for f in flags],
        pages=sorted({f.page_no for f in flags}),
    )
    return len(flags)


def page_blob(session: Session, document_id: int, page_no: int) -> str | None:
    """The SHA-256 of a document's page (None when there is no such page)."""
    doc = session.get(Document, document_id)
    if doc is None:
        return None
    for page in doc.pages:
        if page.page_no == page_no:
            return page.blob_sha256
    return None
