"""Repository functions for batches as a whole: find, summarise, prioritise, close.

Each takes a Session and never commits (the caller's unit of work does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keying.storage.models import (
    Batch,
    Blob,
    Document,
    FormDefinitionRow,
    Page,
    Task,
    utcnow,
)


def find_batch(session: Session, name: str) -> Batch | None:
    return session.scalar(select(Batch).where(Batch.name == name))


def find_form(session: Session, name: str, version: int | None = None) -> FormDefinitionRow | None:
    """A stored form definition by name: the given version, else the newest."""
    query = select(FormDefinitionRow).where(FormDefinitionRow.name == name)
    if version is not None:
        query = query.where(FormDefinitionRow.version == version)
    return session.scalar(query.order_by(FormDefinitionRow.version.desc()).limit(1))


def blob_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Blob)) or 0)


@dataclass(frozen=True)
class BatchSummary:
    name: str
    form: str  # name@version
    priority: int
    closed_at: datetime | None
    created_at: datetime
    documents: int
    pages: int
    statuses: dict[str, int]  # document status → count
    open_tasks: dict[str, int]  # task kind → open or claimed tasks

    @property
    def state(self) -> str:
        return "closed" if self.closed_at is not None else "open"


def summarise(session: Session, batch: Batch) -> BatchSummary:
    statuses = {
        str(status): int(n)
        for status, n in session.execute(
            select(Document.status, func.count())
            .where(Document.batch_id == batch.id)
            .group_by(Document.status)
        )
    }
    pages = session.scalar(
        select(func.count(Page.id))
        .join(Document, Document.id == Page.document_id)
        .where(Document.batch_id == batch.id)
    )
    tasks = {
        str(kind): int(n)
        for kind, n in session.execute(
            select(Task.kind, func.count())
            .join(Document, Document.id == Task.document_id)
            .where(Document.batch_id == batch.id, Task.status.in_(("open", "claimed")))
            .group_by(Task.kind)
        )
    }
    form = session.get(FormDefinitionRow, batch.form_definition_id)
    assert form is not None
    return BatchSummary(
        batch.name,
        f"{form.name}@{form.version}",
        batch.priority,
        batch.closed_at,
        batch.created_at,
        sum(statuses.values()),
        int(pages or 0),
        statuses,
        tasks,
    )


def all_batches(session: Session) -> list[Batch]:
    """Every batch in the order the queue serves them."""
    return list(session.scalars(select(Batch).order_by(Batch.priority.desc(), Batch.id)))


def close_batch(session: Session, batch: Batch) -> bool:
    """Close a batch (no more key tasks handed out); False if it was closed already."""
    if batch.closed_at is not None:
        return False
    batch.closed_at = utcnow()
    session.flush()
    return True


def documents_by_reference(session: Session, batch: Batch) -> dict[str, Document]:
    return {
        d.external_id: d
        for d in session.scalars(select(Document).where(Document.batch_id == batch.id))
    }
