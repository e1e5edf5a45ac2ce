"""The tasks held (claimed) right now, and releasing one: the supervisor's and admin's tasks
view. Repository functions: they take a Session and never commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keying.storage.models import Batch, Document, Operator, Task, utcnow
from keying.storage.repo import audit
from keying.storage.vocabulary import TaskStatus


@dataclass(frozen=True)
class HeldTaskRow:
    """One claimed task as the tasks view shows it."""

    task_id: int
    kind: str
    pass_no: int
    document_id: int
    document: str  # external id
    batch: str
    operator_id: int
    login: str
    operator: str  # display name
    workstation: str
    lease_until: datetime


class ReleaseRefused(Exception):
    """The task is not held as the supervisor saw it (finished, released or taken meanwhile):
    nothing was changed. The message says what happened, in one sentence."""


def held_tasks(session: Session) -> list[HeldTaskRow]:
    """Every claimed task, the longest-expired lease first."""
    rows = session.execute(
        select(Task, Document.external_id, Batch.name, Operator.login, Operator.display_name)
        .join(Document, Document.id == Task.document_id)
        .join(Batch, Batch.id == Document.batch_id)
        .join(Operator, Operator.id == Task.claimed_by)
        .where(Task.status == TaskStatus.CLAIMED)
        .order_by(Task.lease_until, Task.id)
    ).all()
    return [
        HeldTaskRow(
            task_id=task.id,
            kind=task.kind,
            pass_no=task.pass_no,
            document_id=task.document_id,
            document=external_id,
            batch=batch,
            operator_id=task.claimed_by or 0,
            login=login,
            operator=name,
            workstation=task.workstation or "",
            lease_until=_aware(task.lease_until),
        )
        for task, external_id, batch, login, name in rows
    ]


def release_task(
    session: Session, task_id: int, holder_id: int, actor_id: int, reason: str = ""
) -> Task:
    """Put a claimed task back in the queue, if `holder_id` still holds it; audited
    (`task_released`, with the holder, the workstation and the lease it had).

    The draft stays in the holder's workstation cache (nothing here reaches it). Raises
    ReleaseRefused when the task was finished, released or claimed by someone else since the
    supervisor looked: nothing is changed then.
    """
    task = session.get(Task, task_id, with_for_update=True)
    if task is None:
        raise ReleaseRefused(f"task {task_id} does not exist")
    if task.status != TaskStatus.CLAIMED:
        what = {
            TaskStatus.DONE: "was finished meanwhile",
            TaskStatus.OPEN: "was already released (it is back in the queue)",
            TaskStatus.CANCELLED: "was cancelled meanwhile",
        }.get(TaskStatus(task.status), f"is {task.status}")
        raise ReleaseRefused(f"task {task_id} {what}: nothing was released")
    if task.claimed_by != holder_id:
        raise ReleaseRefused(
            f"task {task_id} is now held by someone else: nothing was released (refresh)"
        )
    audit(
        session,
        "task_released",
        actor_id,
        task.document_id,
        task_id=task.id,
        holder_id=holder_id,
        workstation=task.workstation,
        lease_until=_aware(task.lease_until).isoformat() if task.lease_until else None,
        reason=reason,
    )
    task.status, task.claimed_by, task.lease_until, task.workstation = (
        TaskStatus.OPEN,
        None,
        None,
        None,
    )
    session.flush()
    return task


def _aware(value: datetime | None) -> datetime:
    """SQLite gives naive datetimes back: they are UTC."""
    if value is None:
        return utcnow()
    return value if value.tzinfo is not None else value.replace(tzinfo=utcnow().tzinfo)
