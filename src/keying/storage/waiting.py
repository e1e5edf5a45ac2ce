"""Documents whose closing waits: both passes are in and nobody reconciled them yet, or a
pass 3 of a send-back is in and nobody settled it (on PostgreSQL an operator's own role
cannot read the other passes; see services/closing.py)."""

from __future__ import annotations

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from keying.storage.models import Document, Keying, Reconciliation
from keying.storage.vocabulary import DocumentStatus


def documents_ready_to_close(session: Session, limit: int = 100) -> list[int]:
    """Documents still in keying whose live passes 1 and 2 are both in and that are not
    reconciled yet, oldest first (their closing waited for an account that may read both)."""
    live = Keying.__table__.alias("live")
    both = (
        select(func.count(live.c.id))
        .where(
            live.c.document_id == Document.id,
            live.c.pass_no.in_((1, 2)),
            live.c.superseded.is_(False),
        )
        .scalar_subquery()
    )
    reconciled = exists(select(Reconciliation.id).where(Reconciliation.document_id == Document.id))
    rows = session.scalars(
        select(Document.id)
        .where(Document.status == DocumentStatus.KEYING, both == 2, ~reconciled)
        .order_by(Document.id)
        .limit(limit)
    )
    return list(rows)


def third_passes_waiting(session: Session, limit: int = 100) -> list[Keying]:
    """Live passes 3 of sent-back documents that no reconciliation names yet (pushed by an
    operator's role, which cannot read passes 1 and 2), oldest first."""
    return list(
        session.scalars(
            select(Keying)
            .join(Reconciliation, Reconciliation.document_id == Keying.document_id)
            .join(Document, Document.id == Keying.document_id)
            .where(
                Keying.pass_no == 3,
                Keying.superseded.is_(False),
                Reconciliation.keying_c_id.is_(None),
                Document.status == DocumentStatus.KEYING,
            )
            .order_by(Keying.id)
            .limit(limit)
        )
    )
