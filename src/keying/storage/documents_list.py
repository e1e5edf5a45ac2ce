"""The document list behind the overview (F9): every document with where it stands, and one
document's facts for its read-only view. Repository functions: they take a Session and never
commit; one query per list (no query per document)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session

from keying.storage.models import (
    Adjudication,
    Batch,
    Discrepancy,
    Document,
    Keying,
    Page,
    Reconciliation,
    Task,
)
from keying.storage.vocabulary import TaskKind, TaskStatus


@dataclass(frozen=True)
class DocumentFacts:
    """One document as the list shows it: its stored status and what refines it."""

    document_id: int
    batch_id: int
    batch: str
    external_id: str
    seq: int
    status: str  # a DocumentStatus (keying, discrepant, flagged, final)
    passes_in: tuple[int, ...]  # live keyings' pass numbers
    open_discrepancies: int  # not decided, not sent back
    third_pass_open: bool  # a send-back's pass 3 is still to key
    withdrawn: str | None
    withdrawn_reason: str | None


@dataclass(frozen=True)
class DocumentRecord:
    """One document's facts for its read-only view, besides its final record and history
    (`keying.services.document_record`)."""

    facts: DocumentFacts
    pages: list[str]  # blob SHA-256, in page order
    agreed_values: dict[str, Any] | None  # the reconciliation's, before a final record
    explanations: dict[str, Any]


def document_facts(
    session: Session,
    batch_id: int | None = None,
    document_id: int | None = None,
    keyed_by: int | None = None,
) -> list[DocumentFacts]:
    """Every document (of a batch, or one; or those `keyed_by` keyed or holds a key task of:
    an operator's own list), in batch and document order."""
    decided = exists(select(Adjudication.id).where(Adjudication.discrepancy_id == Discrepancy.id))
    open_count = (
        select(func.count(Discrepancy.id))
        .where(
            Discrepancy.document_id == Document.id,
            Discrepancy.third_pass.is_(None),
            ~decided,
        )
        .scalar_subquery()
    )
    third_open = exists(
        select(Task.id).where(
            Task.document_id == Document.id,
            Task.kind == TaskKind.KEY,
            Task.pass_no == 3,
            Task.status.in_((TaskStatus.OPEN, TaskStatus.CLAIMED)),
        )
    )
    stmt = (
        select(Document, Batch.name, open_count, third_open)
        .join(Batch, Batch.id == Document.batch_id)
        .order_by(Batch.id, Document.seq)
    )
    if batch_id is not None:
        stmt = stmt.where(Document.batch_id == batch_id)
    if document_id is not None:
        stmt = stmt.where(Document.id == document_id)
    if keyed_by is not None:
        stmt = stmt.where(_keyed_or_held_by(keyed_by))
    rows = session.execute(stmt).all()
    passes: dict[int, list[int]] = {}
    keyed = select(Keying.document_id, Keying.pass_no).where(Keying.superseded.is_(False))
    if document_id is not None:
        keyed = keyed.where(Keying.document_id == document_id)
    elif batch_id is not None:
        keyed = keyed.join(Document, Document.id == Keying.document_id).where(
            Document.batch_id == batch_id
        )
    for doc_id, pass_no in session.execute(keyed):
        passes.setdefault(doc_id, []).append(pass_no)
    return [
        DocumentFacts(
            document_id=doc.id,
            batch_id=doc.batch_id,
            batch=batch,
            external_id=doc.external_id,
            seq=doc.seq,
            status=doc.status,
            passes_in=tuple(sorted(passes.get(doc.id, ()))),
            open_discrepancies=int(count or 0),
            third_pass_open=bool(third),
            withdrawn=doc.withdrawn,
            withdrawn_reason=doc.withdrawn_reason,
        )
        for doc, batch, count, third in rows
    ]


def _keyed_or_held_by(operator_id: int) -> ColumnElement[bool]:
    """A document this operator keyed (a pass, superseded or not) or holds a key task of."""
    keyed = exists(
        select(Keying.id).where(
            Keying.document_id == Document.id, Keying.operator_id == operator_id
        )
    )
    held = exists(
        select(Task.id).where(
            Task.document_id == Document.id,
            Task.kind == TaskKind.KEY,
            Task.claimed_by == operator_id,
            Task.status == TaskStatus.CLAIMED,
        )
    )
    return or_(keyed, held)


def batches(session: Session) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in session.execute(select(Batch.id, Batch.name).order_by(Batch.id))]


def document_record(session: Session, document_id: int) -> DocumentRecord | None:
    """A document's page addresses and the values its passes agreed so far."""
    found = document_facts(session, document_id=document_id)
    if not found:
        return None
    pages = list(
        session.scalars(
            select(Page.blob_sha256).where(Page.document_id == document_id).order_by(Page.page_no)
        )
    )
    rec = session.scalar(select(Reconciliation).where(Reconciliation.document_id == document_id))
    return DocumentRecord(
        facts=found[0],
        pages=pages,
        agreed_values=dict(rec.result.get("values") or {}) if rec is not None else None,
        explanations=dict(rec.result.get("explanations") or {}) if rec is not None else {},
    )
