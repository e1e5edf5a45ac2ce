"""Repository functions of verification sampling (migration 0009): a batch's settings, a
keyer's measure on a form (fields keyed in verified documents, errors charged), the draws,
and the documents whose draw waits. Each takes a Session and never commits."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from keying.stats.rates import ErrorRate
from keying.storage.models import (
    Batch,
    BatchSampling,
    Document,
    FinalRecord,
    FormDefinitionRow,
    KeyerError,
    Keying,
    Operator,
    Reconciliation,
    SamplingDraw,
    Task,
)
from keying.storage.vocabulary import DocumentStatus, TaskKind

# A final record written from pass 1 alone (a document sampling did not verify).
SINGLE_PASS = "single pass"


# A keyer's measure on a form: the documents (verified, with a final record) in the window,
# the fields keyed in them (the form's fields each) and the errors charged there; the error
# rate as `keying stats` defines it (stats/rates.py).
Measure = ErrorRate


def settings(session: Session, batch_id: int) -> BatchSampling | None:
    return session.get(BatchSampling, batch_id)


def set_settings(session: Session, batch_id: int, **values: Any) -> BatchSampling:
    row = session.get(BatchSampling, batch_id)
    if row is None:
        row = BatchSampling(batch_id=batch_id, **values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    return row


def clear_settings(session: Session, batch_id: int) -> bool:
    row = session.get(BatchSampling, batch_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def sampled_batch_clause() -> Any:
    """SQL: the batch (`Batch.id` of the enclosing query) is verified by sampling."""
    return exists(select(BatchSampling.batch_id).where(BatchSampling.batch_id == Batch.id))


def drawn_clause(document_id: Any) -> Any:
    """SQL: the document's draw is made (operators may read this column only, on PostgreSQL)."""
    return exists(select(SamplingDraw.document_id).where(SamplingDraw.document_id == document_id))


def keyer_measure(
    session: Session, operator_id: int, form_name: str, fields_per_document: int, window: int
) -> Measure:
    """The keyer's last `window` documents of the form (any version; by when their keying
    finished) that were keyed twice, reconciled and have a final record, with the errors
    charged to this keyer on them. A document taken from pass 1 alone measures nothing."""
    in_reconciliation = exists(
        select(Reconciliation.id).where(
            Reconciliation.document_id == Keying.document_id,
            (Reconciliation.keying_a_id == Keying.id)
            | (Reconciliation.keying_b_id == Keying.id)
            | (Reconciliation.keying_c_id == Keying.id),
        )
    )
    docs = list(
        session.scalars(
            select(Keying.document_id)
            .join(Document, Document.id == Keying.document_id)
            .join(Batch, Batch.id == Document.batch_id)
            .join(FormDefinitionRow, FormDefinitionRow.id == Batch.form_definition_id)
            .join(FinalRecord, FinalRecord.document_id == Keying.document_id)
            .where(
                Keying.operator_id == operator_id,
                Keying.superseded.is_(False),
                FormDefinitionRow.name == form_name,
                FinalRecord.source != SINGLE_PASS,
                in_reconciliation,
            )
            .order_by(Keying.finished_at.desc(), Keying.id.desc())
            .limit(window)
        )
    )
    if not docs:
        return Measure(0, 0, 0)
    errors = session.scalar(
        select(func.count(KeyerError.id)).where(
            KeyerError.operator_id == operator_id, KeyerError.document_id.in_(docs)
        )
    )
    return Measure(len(docs), len(docs) * fields_per_document, int(errors or 0))


def draw_of(session: Session, document_id: int) -> SamplingDraw | None:
    return session.scalar(select(SamplingDraw).where(SamplingDraw.document_id == document_id))


def pass_two_task(session: Session, document_id: int) -> Task | None:
    return session.scalar(
        select(Task).where(
            Task.document_id == document_id, Task.kind == TaskKind.KEY, Task.pass_no == 2
        )
    )


def draws_of_batch(session: Session, batch_id: int) -> list[tuple[str, SamplingDraw, str]]:
    """(document reference, draw, keyer login) of every draw of the batch, in document order."""
    rows = session.execute(
        select(Document.external_id, SamplingDraw, Operator.login)
        .join(SamplingDraw, SamplingDraw.document_id == Document.id)
        .join(Operator, Operator.id == SamplingDraw.operator_id)
        .where(Document.batch_id == batch_id)
        .order_by(Document.seq)
    )
    return [(r[0], r[1], r[2]) for r in rows]


def documents_waiting_for_a_draw(
    session: Session, limit: int = 100, batch_id: int | None = None
) -> list[Keying]:
    """Live passes 1 of documents still in keying, in batches verified by sampling, that have
    no draw yet (pushed by an operator's own role, or in before the sampling was set; a
    flagged document waits until it is keyed again), oldest first; of one batch if given."""
    query = (
        select(Keying)
        .join(Document, Document.id == Keying.document_id)
        .join(BatchSampling, BatchSampling.batch_id == Document.batch_id)
        .where(
            Keying.pass_no == 1,
            Keying.superseded.is_(False),
            Document.status == DocumentStatus.KEYING,
            ~drawn_clause(Document.id),
        )
    )
    if batch_id is not None:
        query = query.where(Document.batch_id == batch_id)
    return list(session.scalars(query.order_by(Keying.id).limit(limit)))
