"""Repository function that reads the facts a batch's statistics are computed from
(`keying.stats.facts.BatchFacts`), in six queries per batch whatever its size. Takes a
Session, never commits."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import msgspec
from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session, aliased

from keying.stats.facts import (
    BatchFacts,
    ChargedError,
    DiscrepancyFact,
    DocumentFact,
    KeyingFact,
    effort,
)
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
)
from keying.storage.vocabulary import ThirdPass


def _utc_day(at: datetime) -> date:
    """The UTC day of a stored time (SQLite hands it back without its zone: UTC)."""
    return at.astimezone(UTC).date() if at.tzinfo is not None else at.date()


_decode = msgspec.json.Decoder().decode


def _figures(raw: Any) -> Any:
    """A keying's figures: SQLite hands back the JSON text (decoded here by msgspec, several
    times faster than the json module: a batch has tens of thousands), PostgreSQL's driver
    the decoded object."""
    if isinstance(raw, str | bytes):
        try:
            return _decode(raw)
        except msgspec.MsgspecError:
            return None
    return raw


def batch_stats_facts(session: Session, batch: Batch, field_names: list[str]) -> BatchFacts:
    """The batch's documents, live keyings, discrepancies with their decisions, and the
    errors charged to keyers; `field_names`: the form's fields (a table counts as one)."""
    facts = BatchFacts(form_fields=len(field_names), field_names=list(field_names))
    in_batch = Document.batch_id == batch.id
    keyers: dict[int, tuple[str, str]] = {}
    ka, kb = aliased(Keying), aliased(Keying)
    oa, ob = aliased(Operator), aliased(Operator)
    for doc_id, login_a, login_b in session.execute(
        select(Reconciliation.document_id, oa.login, ob.login)
        .join(Document, Document.id == Reconciliation.document_id)
        .join(ka, ka.id == Reconciliation.keying_a_id)
        .join(kb, kb.id == Reconciliation.keying_b_id)
        .join(oa, oa.id == ka.operator_id)
        .join(ob, ob.id == kb.operator_id)
        .where(in_batch)
    ):
        keyers[doc_id] = (login_a, login_b)
    facts.documents = [
        DocumentFact(doc_id, withdrawn is not None, keyers.get(doc_id), source)
        for doc_id, withdrawn, source in session.execute(
            select(Document.id, Document.withdrawn, FinalRecord.source)
            .outerjoin(FinalRecord, FinalRecord.document_id == Document.id)
            .where(in_batch)
            .order_by(Document.seq)
        )
    ]
    # Pass 3 keys only the fields sent back: its values hold just those.
    third_fields = {
        keying_id: len(values or {})
        for keying_id, values in session.execute(
            select(Keying.id, Keying.values)
            .join(Document, Document.id == Keying.document_id)
            .where(in_batch, Keying.pass_no == 3, Keying.superseded.is_(False))
        )
    }
    facts.keyings = [
        KeyingFact(
            doc_id,
            pass_no,
            login,
            _utc_day(finished),
            third_fields.get(keying_id, len(field_names)),
            effort(_figures(figures)),
        )
        for keying_id, doc_id, pass_no, login, finished, figures in session.execute(
            select(
                Keying.id,
                Keying.document_id,
                Keying.pass_no,
                Operator.login,
                Keying.finished_at,
                type_coerce(Keying.figures, Text),
            )
            .join(Operator, Operator.id == Keying.operator_id)
            .join(Document, Document.id == Keying.document_id)
            .where(in_batch, Keying.superseded.is_(False))
            .order_by(Keying.id)
        )
    ]
    for doc_id, name, column, severity, decision, third in session.execute(
        select(
            Discrepancy.document_id,
            Discrepancy.field,
            Discrepancy.column,
            Discrepancy.detail["severity"].as_string(),
            Adjudication.decision,
            Discrepancy.third_pass,
        )
        .join(Document, Document.id == Discrepancy.document_id)
        .outerjoin(Adjudication, Adjudication.discrepancy_id == Discrepancy.id)
        .where(in_batch)
        .order_by(Discrepancy.document_id, Discrepancy.seq)
    ):
        # As the batch report: one replaced after a third keying is counted as the one
        # (with C) that replaced it; one sent back is "sent back", then "2 of 3" if settled.
        if third == ThirdPass.REPLACED:
            continue
        if third is not None:
            decision = "2 of 3" if third == ThirdPass.SETTLED else "sent back"
        facts.discrepancies.append(
            DiscrepancyFact(
                doc_id,
                f"{name}.{column}" if column else name,
                "minor" if severity == "minor" else "material",
                decision,
            )
        )
    facts.errors = [
        ChargedError(doc_id, pass_no, login, name)
        for doc_id, pass_no, login, name in session.execute(
            select(KeyerError.document_id, KeyerError.pass_no, Operator.login, KeyerError.field)
            .join(Operator, Operator.id == KeyerError.operator_id)
            .join(Document, Document.id == KeyerError.document_id)
            .where(in_batch)
            .order_by(KeyerError.id)
        )
    ]
    return facts
