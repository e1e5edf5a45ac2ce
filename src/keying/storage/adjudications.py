"""Repository functions of the supervisor station: adjudicate tasks (claim, renew), the
discrepancies of a document and their decisions, final records and the errors charged to
keyers. Each takes a Session and never commits: the caller's unit of work does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from keying.storage.models import (
    Adjudication,
    Batch,
    Discrepancy,
    Document,
    FinalRecord,
    KeyerError,
    Keying,
    Operator,
    Reconciliation,
    Task,
    utcnow,
)
from keying.storage.repo import audit
from keying.storage.vocabulary import DocumentStatus, TaskKind, TaskStatus


@dataclass(frozen=True)
class ErrorFact:
    """One error charged to a keyer (a row of keyer_errors, before it is stored)."""

    field: str
    path: str
    pass_no: int
    operator_id: int
    kind: str


def minor_waiting(session: Session, supervisor_id: int) -> int:
    """The open minor flags (severity `minor`, not decided, not sent back) of every document
    that waits for a supervisor and that this supervisor did not key: the queue's, held by
    anyone or by no one."""
    decided = exists(select(Adjudication.id).where(Adjudication.discrepancy_id == Discrepancy.id))
    keyed = exists(
        select(Keying.id).where(
            Keying.document_id == Discrepancy.document_id, Keying.operator_id == supervisor_id
        )
    )
    return int(
        session.scalar(
            select(func.count())
            .select_from(Discrepancy)
            .join(Document, Document.id == Discrepancy.document_id)
            .where(
                Document.status == DocumentStatus.DISCREPANT,
                Discrepancy.third_pass.is_(None),
                Discrepancy.detail["severity"].as_string() == "minor",
                ~decided,
                ~keyed,
            )
        )
        or 0
    )


def claim_adjudicate_tasks(
    session: Session,
    supervisor_id: int,
    workstation: str | None,
    limit: int,
    lease: timedelta,
    now: datetime | None = None,
    field: tuple[int, str] | None = None,
) -> list[Task]:
    """The adjudicate tasks this supervisor holds (lease renewed), topped up to `limit` with
    open ones (or ones whose lease expired): never a document the supervisor keyed (the
    database refuses such a decision too), batches by priority then in order. PostgreSQL:
    FOR UPDATE SKIP LOCKED; SQLite: the caller's transaction is BEGIN IMMEDIATE.
    `field` (batch id, field name): only documents of that batch with an undecided
    discrepancy of that field are taken (the same-field mode)."""
    now = now or utcnow()
    held = list(
        session.scalars(
            select(Task)
            .join(Document, Document.id == Task.document_id)
            .join(Batch, Batch.id == Document.batch_id)
            .where(
                Task.kind == TaskKind.ADJUDICATE,
                Task.status == TaskStatus.CLAIMED,
                Task.claimed_by == supervisor_id,
            )
            .order_by(Batch.priority.desc(), Batch.id, Document.seq)
        )
    )
    for task in held:
        task.lease_until = now + lease
        task.workstation = workstation
    keyed = exists(
        select(Keying.id).where(
            Keying.document_id == Task.document_id, Keying.operator_id == supervisor_id
        )
    )
    candidates = (
        select(Task)
        .join(Document, Document.id == Task.document_id)
        .join(Batch, Batch.id == Document.batch_id)
        .where(
            Task.kind == TaskKind.ADJUDICATE,
            or_(
                Task.status == TaskStatus.OPEN,
                (Task.status == TaskStatus.CLAIMED) & (Task.lease_until < now),
            ),
            Document.status == DocumentStatus.DISCREPANT,
            ~keyed,
        )
        .order_by(Batch.priority.desc(), Batch.id, Document.seq)
        .limit(1)
    )
    if field is not None:
        decided = exists(
            select(Adjudication.id).where(Adjudication.discrepancy_id == Discrepancy.id)
        )
        open_here = exists(
            select(Discrepancy.id).where(
                Discrepancy.document_id == Task.document_id,
                Discrepancy.field == field[1],
                Discrepancy.third_pass.is_(None),
                ~decided,
            )
        )
        candidates = candidates.where(Document.batch_id == field[0], open_here)
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True, of=Task)
    taken: list[Task] = []
    while len(held) + len(taken) < limit:
        skip = [t.id for t in held + taken]
        found = session.scalars(
            candidates.where(Task.id.not_in(skip)) if skip else candidates
        ).first()
        if found is None:
            break
        task = found
        task.status, task.claimed_by = TaskStatus.CLAIMED, supervisor_id
        task.workstation, task.lease_until = workstation, now + lease
        taken.append(task)
    session.flush()
    for task in taken:
        audit(session, "task_claimed", supervisor_id, task.document_id, task_id=task.id)
    return held + taken


def adjudicate_task(session: Session, document_id: int) -> Task | None:
    return session.scalar(
        select(Task).where(Task.document_id == document_id, Task.kind == TaskKind.ADJUDICATE)
    )


def reconciliation_of(session: Session, document_id: int) -> Reconciliation | None:
    return session.scalar(select(Reconciliation).where(Reconciliation.document_id == document_id))


def discrepancies_of(session: Session, document_id: int) -> list[Discrepancy]:
    """The document's discrepancies a supervisor decides (or decided): not the ones sent
    back for a third keying (those are settled by pass 3, or replaced by ones carrying C)."""
    return list(
        session.scalars(
            select(Discrepancy)
            .where(Discrepancy.document_id == document_id, Discrepancy.third_pass.is_(None))
            .order_by(Discrepancy.seq)
        )
    )


def decisions_of(session: Session, document_id: int) -> list[tuple[Adjudication, str]]:
    """The document's adjudications with the supervisor's login, in the order made."""
    rows = session.execute(
        select(Adjudication, Operator.login)
        .join(Operator, Operator.id == Adjudication.supervisor_id)
        .where(Adjudication.document_id == document_id)
        .order_by(Adjudication.id)
    ).all()
    return [(r[0], r[1]) for r in rows]


def adjudication_by_uuid(session: Session, uuid: str) -> Adjudication | None:
    return session.scalar(select(Adjudication).where(Adjudication.uuid == uuid))


def adjudication_of(session: Session, discrepancy_id: int) -> Adjudication | None:
    return session.scalar(select(Adjudication).where(Adjudication.discrepancy_id == discrepancy_id))


def keyings_of(session: Session, rec: Reconciliation) -> list[Keying]:
    """The keyings a reconciliation compared: A, B (and C)."""
    ids = [rec.keying_a_id, rec.keying_b_id] + ([rec.keying_c_id] if rec.keying_c_id else [])
    found = {k.id: k for k in session.scalars(select(Keying).where(Keying.id.in_(ids)))}
    return [found[i] for i in ids]


def final_record(session: Session, document_id: int) -> FinalRecord | None:
    return session.scalar(select(FinalRecord).where(FinalRecord.document_id == document_id))


def write_final_record(
    session: Session,
    document_id: int,
    values: dict[str, Any],
    provenance: dict[str, Any],
    source: str,
    errors: Sequence[ErrorFact],
    actor_id: int | None = None,
) -> FinalRecord:
    """The final record with its provenance and the errors it charges; the document is final."""
    record = FinalRecord(
        document_id=document_id, values=values, provenance=provenance, source=source
    )
    session.add(record)
    session.flush()
    add_errors(session, record, errors)
    doc = session.get(Document, document_id)
    assert doc is not None
    doc.status = DocumentStatus.FINAL
    session.flush()
    audit(session, "final_record_written", actor_id, document_id, source=source, errors=len(errors))
    return record


def add_errors(session: Session, record: FinalRecord, errors: Sequence[ErrorFact]) -> None:
    """The errors a final record charges to keyers."""
    for e in errors:
        session.add(
            KeyerError(
                document_id=record.document_id,
                final_record_id=record.id,
                field=e.field,
                path=e.path,
                pass_no=e.pass_no,
                operator_id=e.operator_id,
                kind=e.kind,
            )
        )
    session.flush()


def withdraw_final_record(session: Session, document_id: int) -> None:
    """Undo of the last decision of a document: its final record and the errors it charged
    go (the decisions and the audit trail say what happened); the document waits again."""
    record = final_record(session, document_id)
    if record is None:
        return
    session.execute(delete(KeyerError).where(KeyerError.final_record_id == record.id))
    session.delete(record)
    doc = session.get(Document, document_id)
    assert doc is not None
    doc.status = DocumentStatus.DISCREPANT
    session.flush()


def delete_adjudication(session: Session, adjudication_id: int) -> bool:
    """Undo: delete a decision. False when no row was deleted (on PostgreSQL, a role that
    row-level security does not let delete it): the caller must not commit then."""
    done = session.execute(delete(Adjudication).where(Adjudication.id == adjudication_id))
    return bool(getattr(done, "rowcount", 0) == 1)


def keyer_errors(session: Session, document_id: int | None = None) -> list[KeyerError]:
    stmt = select(KeyerError).order_by(KeyerError.id)
    if document_id is not None:
        stmt = stmt.where(KeyerError.document_id == document_id)
    return list(session.scalars(stmt))
