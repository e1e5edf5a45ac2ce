"""Outbox items the central database refused for good, as their workstations reported them:
what supervisors list with `keying sync refused` (issue 11, 2: "listed for supervisors").

A refused item stays in its PC's cache (keying.sync.outbox); the workstation also writes an
audit event `outbox_refused` (the item's uuid, kind, document, pass, workstation, reason)
under the item's operator, when it can still write: not for a disabled account, whose role
may no longer connect (the supervisor who disabled it knows; its PC's status bar counts the
items it keeps). The document is named in the detail, not in `document_id`: a refusal may be
about a document the central database does not have (a foreign key said no).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keying.storage import repo
from keying.storage.models import AuditEvent, Document, Operator

REFUSED = "outbox_refused"


@dataclass(frozen=True)
class RefusedItem:
    at: datetime
    login: str | None
    workstation: str
    document: str  # the external id, or "#<id>" for a document the database does not have
    pass_no: int | None
    kind: str  # "keying" or "page_flag"
    item: str  # the outbox item's uuid
    reason: str


def record_refusal(
    session: Session,
    operator_id: int | None,
    *,
    item: str,
    kind: str,
    document_id: int | None,
    pass_no: int | None,
    workstation: str,
    reason: str,
) -> None:
    """Add the audit event of a refused item (the caller commits)."""
    repo.audit(
        session,
        REFUSED,
        operator_id,
        item=item,
        item_kind=kind,
        document=document_id,
        pass_no=pass_no,
        workstation=workstation,
        reason=reason[:500],
    )


def refused_items(session: Session, workstation: str | None = None) -> list[RefusedItem]:
    """Every refusal reported, oldest first; only those of `workstation` when given."""
    rows = session.execute(
        select(AuditEvent, Operator.login)
        .outerjoin(Operator, Operator.id == AuditEvent.actor_id)
        .where(AuditEvent.kind == REFUSED)
        .order_by(AuditEvent.id)
    ).all()
    events = [(e, login) for e, login in rows if workstation in (None, e.detail.get("workstation"))]
    ids = {int(e.detail["document"]) for e, _ in events if e.detail.get("document") is not None}
    names: dict[int, str] = {
        int(row[0]): row[1]
        for row in session.execute(
            select(Document.id, Document.external_id).where(Document.id.in_(ids))
        )
    }
    items = []
    for event, login in events:
        doc = event.detail.get("document")
        items.append(
            RefusedItem(
                at=event.at,
                login=login,
                workstation=str(event.detail.get("workstation") or ""),
                document=names.get(int(doc), f"#{doc}") if doc is not None else "",
                pass_no=event.detail.get("pass_no"),
                kind=str(event.detail.get("item_kind") or ""),
                item=str(event.detail.get("item") or ""),
                reason=str(event.detail.get("reason") or ""),
            )
        )
    return items
