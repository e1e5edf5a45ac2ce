"""Send-back: a document's disputed fields go to a blind third keying (a key task of pass 3
that opens only those fields); when pass 3 is in, what it settled and what it did not is
stored. Repository functions: they take a Session and never commit.

A discrepancy sent back is out of the supervisor's hands (`third_pass` set; a trigger of
migration 0006 refuses an adjudication of it): `sent` while pass 3 is keyed, then `settled`
(2 of 3) or `replaced` by a discrepancy that carries all three values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from keying.storage.models import (
    Adjudication,
    Discrepancy,
    Document,
    Keying,
    Reconciliation,
    Task,
)
from keying.storage.records import DiscrepancyRecord
from keying.storage.repo import audit
from keying.storage.vocabulary import DocumentStatus, TaskKind, TaskStatus, ThirdPass


class SendBackRefused(Exception):
    """The document cannot be sent back now (why, in one sentence); nothing was changed."""


@dataclass(frozen=True)
class SentBack:
    document_id: int
    external_id: str
    fields: list[str]
    discrepancies: int  # how many were sent


def _decided() -> Any:
    return exists(select(Adjudication.id).where(Adjudication.discrepancy_id == Discrepancy.id))


def open_discrepancies(session: Session, document_id: int) -> list[Discrepancy]:
    """The discrepancies a supervisor still has to decide: not decided, not sent back."""
    return list(
        session.scalars(
            select(Discrepancy)
            .where(
                Discrepancy.document_id == document_id,
                Discrepancy.third_pass.is_(None),
                ~_decided(),
            )
            .order_by(Discrepancy.seq)
        )
    )


def third_pass_task(session: Session, document_id: int) -> Task | None:
    return session.scalar(
        select(Task).where(
            Task.document_id == document_id, Task.kind == TaskKind.KEY, Task.pass_no == 3
        )
    )


def reconciliation_of(session: Session, document_id: int) -> Reconciliation | None:
    return session.scalar(select(Reconciliation).where(Reconciliation.document_id == document_id))


def adjudicate_task(session: Session, document_id: int) -> Task | None:
    return session.scalar(
        select(Task).where(Task.document_id == document_id, Task.kind == TaskKind.ADJUDICATE)
    )


def send_back(session: Session, document_id: int, supervisor_id: int) -> SentBack:
    """Send every undecided discrepancy's field (a field none of whose discrepancies is
    decided) to a third keying: a key task of pass 3 opening only those fields; the document
    is keyed again (out of the adjudication queue: its task is cancelled until pass 3 is in).

    SendBackRefused when the document no longer waits for a supervisor, another supervisor
    holds it, it was sent back once already, or nothing undecided is left to send.
    """
    doc = session.get(Document, document_id, with_for_update=True)
    if doc is None:
        raise SendBackRefused(f"document {document_id} does not exist")
    name = doc.external_id
    if doc.status != DocumentStatus.DISCREPANT:
        raise SendBackRefused(f"{name} is no longer waiting for a supervisor (it is {doc.status})")
    task = adjudicate_task(session, document_id)
    if task is not None and task.status == TaskStatus.CLAIMED and task.claimed_by != supervisor_id:
        raise SendBackRefused(f"another supervisor holds {name} now")
    if third_pass_task(session, document_id) is not None:
        raise SendBackRefused(f"{name} was sent back once already: decide from the three values")
    every = list(
        session.scalars(
            select(Discrepancy)
            .where(Discrepancy.document_id == document_id)
            .order_by(Discrepancy.seq)
        )
    )
    decided = {
        d.field
        for d in every
        if session.scalar(select(Adjudication.id).where(Adjudication.discrepancy_id == d.id))
    }
    sent = [d for d in every if d.third_pass is None and d.field not in decided]
    if not sent:
        raise SendBackRefused(
            f"nothing of {name} is left to send back: every disputed field has a decision"
        )
    fields = list(dict.fromkeys(d.field for d in sent))
    for d in sent:
        d.third_pass = ThirdPass.SENT
    session.add(
        Task(
            document_id=document_id,
            kind=TaskKind.KEY,
            pass_no=3,
            status=TaskStatus.OPEN,
            open_fields=fields,
        )
    )
    if task is not None:
        task.status, task.claimed_by = TaskStatus.CANCELLED, None
        task.lease_until, task.workstation = None, None
    doc.status = DocumentStatus.KEYING
    session.flush()
    audit(
        session,
        "sent_back",
        supervisor_id,
        document_id,
        fields=fields,
        discrepancies=[d.seq for d in sent],
    )
    return SentBack(document_id, name, fields, len(sent))


def store_third_pass(
    session: Session,
    rec: Reconciliation,
    keying: Keying,
    result: dict[str, Any],
    unsettled: Sequence[str],
    added: Sequence[DiscrepancyRecord],
) -> list[Discrepancy]:
    """Pass 3 is in: the sent-back discrepancies of settled fields are `settled`, the others
    `replaced` by `added` (with all three values); the reconciliation names pass 3 and takes
    the merged `result`. The document waits for a supervisor again when anything is left
    (its adjudicate task opens again), else the caller writes the final record."""
    sent = list(
        session.scalars(
            select(Discrepancy).where(
                Discrepancy.document_id == rec.document_id,
                Discrepancy.third_pass == ThirdPass.SENT,
            )
        )
    )
    for d in sent:
        d.third_pass = ThirdPass.REPLACED if d.field in unsettled else ThirdPass.SETTLED
    seq = session.scalar(
        select(func.max(Discrepancy.seq)).where(Discrepancy.reconciliation_id == rec.id)
    )
    rows = []
    for n, record in enumerate(added, start=(seq or 0) + 1):
        row = Discrepancy(reconciliation_id=rec.id, document_id=rec.document_id, seq=n, **record)
        session.add(row)
        rows.append(row)
    rec.keying_c_id = keying.id
    rec.result = result
    doc = session.get(Document, rec.document_id)
    assert doc is not None
    if open_discrepancies(session, rec.document_id) or rows:
        doc.status = DocumentStatus.DISCREPANT
        task = adjudicate_task(session, rec.document_id)
        if task is not None:
            task.status, task.claimed_by = TaskStatus.OPEN, None
            task.lease_until, task.workstation, task.completed_at = None, None, None
    session.flush()
    audit(
        session,
        "third_pass_reconciled",
        keying.operator_id,
        rec.document_id,
        settled=sorted({d.field for d in sent} - set(unsettled)),
        unsettled=list(unsettled),
        discrepancies=len(rows),
    )
    return rows
