"""Repository functions for batches as a whole: find, summarise, prioritise, close.

Each takes a Session and never commits (the caller's unit of work does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keying.storage.models import (
    Batch,
    Blob,
    Document,
    FormDefinitionRow,
    Keying,
    Operator,
    Page,
    Task,
    utcnow,
)
from keying.storage.vocabulary import DocumentStatus, TaskKind, TaskStatus


def find_batch(session: Session, name: str) -> Batch | None:
    return session.scalar(select(Batch).where(Batch.name == name))


def find_form(session: Session, name: str, version: int | None = None) -> FormDefinitionRow | None:
    """A stored form definition by name: the given version, else the newest."""
    query = select(FormDefinitionRow).where(FormDefinitionRow.name == name)
    if version is not None:
        query = query.where(FormDefinitionRow.version == version)
    return session.scalar(query.order_by(FormDefinitionRow.version.desc()).limit(1))


def form_names(session: Session) -> list[str]:
    """Every stored form definition as `name@version`, by name, newest version first."""
    rows = session.execute(
        select(FormDefinitionRow.name, FormDefinitionRow.version).order_by(
            FormDefinitionRow.name, FormDefinitionRow.version.desc()
        )
    )
    return [f"{name}@{version}" for name, version in rows]


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
            .where(
                Document.batch_id == batch.id,
                Task.status.in_((TaskStatus.OPEN, TaskStatus.CLAIMED)),
            )
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


def _login(session: Session, operator_id: int | None) -> str:
    op = session.get(Operator, operator_id) if operator_id is not None else None
    return op.login if op is not None else "?"


def why_not_keyable(
    session: Session,
    doc: Document,
    pass_no: int,
    operator_id: int,
    dependent_verification: bool,
    now: datetime | None = None,
) -> str | None:
    """Why this operator may not key pass `pass_no` of `doc` now (the app's rules), or None."""
    if doc.status != DocumentStatus.KEYING:
        return f"the document is {doc.status}: it is no longer keyed"
    live = session.scalar(
        select(Keying).where(
            Keying.document_id == doc.id, Keying.pass_no == pass_no, Keying.superseded.is_(False)
        )
    )
    if live is not None:
        return f"pass {pass_no} was keyed already (by {_login(session, live.operator_id)})"
    other = session.scalar(
        select(Keying.pass_no).where(
            Keying.document_id == doc.id, Keying.operator_id == operator_id
        )
    )
    if other is not None:
        return f"this operator keyed pass {other} of the document: nobody keys both passes"
    if dependent_verification and pass_no == 2:
        first = session.scalar(
            select(Keying.id).where(
                Keying.document_id == doc.id, Keying.pass_no == 1, Keying.superseded.is_(False)
            )
        )
        if first is None:
            return "pass 1 is not in yet (the batch is keyed with dependent verification)"
    task = session.scalar(
        select(Task).where(
            Task.document_id == doc.id, Task.kind == TaskKind.KEY, Task.pass_no == pass_no
        )
    )
    if task is None or task.status in (TaskStatus.CANCELLED, TaskStatus.DONE):
        return f"pass {pass_no} of the document is not to be keyed"
    lease = task.lease_until
    if task.status == TaskStatus.CLAIMED and lease is not None:
        lease = lease if lease.tzinfo is not None else lease.replace(tzinfo=UTC)  # SQLite
        if lease > (now or utcnow()):
            return (
                f"pass {pass_no} is being keyed in the app by "
                f"{_login(session, task.claimed_by)} (claimed until {lease:%Y-%m-%d %H:%M} UTC)"
            )
    return None


def document_statuses(session: Session, batch: Batch) -> list[tuple[str, str, int, str | None]]:
    """(reference, status, pages, source) of every document of the batch, in order."""
    pages = select(func.count(Page.id)).where(Page.document_id == Document.id).scalar_subquery()
    rows = session.execute(
        select(Document.external_id, Document.status, pages, Document.source)
        .where(Document.batch_id == batch.id)
        .order_by(Document.seq)
    )
    return [(r[0], r[1], int(r[2] or 0), r[3]) for r in rows]
