"""The tasks held (claimed) right now, and releasing one: the supervisor's and admin's tasks
view. Repository functions: they take a Session and never commit.

When a task was claimed is read from the audit trail: every claim writes `task_claimed`
(task id, by whom) in its transaction, and a lease renewal writes nothing, so the holder's
latest such event is when they took it. No column of `tasks` holds it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keying.storage.models import AuditEvent, Batch, Document, Operator, Task, utcnow
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
    claimed_at: datetime | None = None  # None: no claim in the audit trail (never expected)


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
    claimed = claim_times(session, [task for task, *_ in rows])
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
            claimed_at=claimed.get(task.id),
        )
        for task, external_id, batch, login, name in rows
    ]


def claim_times(session: Session, tasks: list[Task]) -> dict[int, datetime]:
    """task id → when its holder claimed it: their latest `task_claimed` event for it."""
    holders = {t.id: t.claimed_by for t in tasks}
    if not holders:
        return {}
    found: dict[int, datetime] = {}
    events = session.execute(
        select(AuditEvent.actor_id, AuditEvent.detail, AuditEvent.at).where(
            AuditEvent.kind == "task_claimed",
            AuditEvent.document_id.in_({t.document_id for t in tasks}),
        )
    )
    for actor, detail, at in events:
        task_id = (detail or {}).get("task_id")
        if task_id in holders and holders[task_id] == actor:
            when = _aware(at)
            if task_id not in found or when > found[task_id]:
                found[task_id] = when
    return found


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
