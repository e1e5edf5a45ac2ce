"""Repository functions that read what an export needs, in bulk (a few
queries per batch, not per document). They take a Session and never commit."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from keying.storage.models import (
    Adjudication,
    Batch,
    Discrepancy,
    Document,
    FinalRecord,
    Keying,
    Operator,
    Reconciliation,
)
from keying.storage.sampling import SINGLE_PASS
from keying.storage.vocabulary import ThirdPass


@dataclass
class DocumentFacts:
    """One document of a batch with what was decided about it."""

    id: int
    reference: str
    status: str
    final: dict[str, Any] | None = None  # the final record's values
    # the final record's source (agreed, adjudicated, or `single pass`: a document keyed once,
    # not verified by sampling) and, for `single pass`, who keyed it
    source: str | None = None
    keyed_once_by: str = ""
    # the final record's provenance (migration 0005): path → {"how", "by", …}; {} for a final
    # record written before it
    final_provenance: dict[str, Any] = field(default_factory=dict)
    agreed: dict[str, Any] | None = None  # the reconciliation's values (None where disputed)
    keyers: tuple[str, ...] = ()  # logins of pass 1, pass 2 (the reconciled keyings)
    # field → [(decision, supervisor login or None if not adjudicated yet)], per discrepancy;
    # the decision of one sent back for a third keying is "2 of 3" or "sent back"
    decisions: dict[str, list[tuple[str | None, str | None]]] = field(default_factory=dict)
    # (severity, decision or None) per discrepancy, in their order: `minor` or `material`
    # (a discrepancy stored before severities existed counts as material)
    flags: list[tuple[str, str | None]] = field(default_factory=list)


def batch_facts(session: Session, batch: Batch) -> list[DocumentFacts]:
    """Every document of the batch in order, with final record, reconciliation, keyers and
    the decisions on its discrepancies."""
    docs = {
        d.id: DocumentFacts(d.id, d.external_id, d.status)
        for d in session.scalars(
            select(Document).where(Document.batch_id == batch.id).order_by(Document.seq)
        )
    }
    for doc_id, values, source, provenance in session.execute(
        select(
            FinalRecord.document_id,
            FinalRecord.values,
            FinalRecord.source,
            FinalRecord.provenance,
        )
        .join(Document, Document.id == FinalRecord.document_id)
        .where(Document.batch_id == batch.id)
    ):
        docs[doc_id].final, docs[doc_id].source = values, source
        if source == SINGLE_PASS:
            first: dict[str, Any] = next(iter((provenance or {}).values()), {})
            docs[doc_id].keyed_once_by = str(first.get("by") or "")
        docs[doc_id].final_provenance = dict(provenance or {})
    ka, kb = aliased(Keying), aliased(Keying)
    oa, ob = aliased(Operator), aliased(Operator)
    for doc_id, result, login_a, login_b in session.execute(
        select(Reconciliation.document_id, Reconciliation.result, oa.login, ob.login)
        .join(Document, Document.id == Reconciliation.document_id)
        .join(ka, ka.id == Reconciliation.keying_a_id)
        .join(kb, kb.id == Reconciliation.keying_b_id)
        .join(oa, oa.id == ka.operator_id)
        .join(ob, ob.id == kb.operator_id)
        .where(Document.batch_id == batch.id)
    ):
        docs[doc_id].agreed = dict(result.get("values") or {})
        docs[doc_id].keyers = (login_a, login_b)
    supervisor = aliased(Operator)
    decided: dict[int, dict[str, list[tuple[str | None, str | None]]]] = defaultdict(dict)
    # A discrepancy sent back for a third keying: "2 of 3" once pass 3 settled it, "sent back"
    # while pass 3 is keyed; one pass 3 did not settle is counted as the discrepancy (with C)
    # that replaced it.
    for doc_id, field_name, detail, decision, login, third in session.execute(
        select(
            Discrepancy.document_id,
            Discrepancy.field,
            Discrepancy.detail,
            Adjudication.decision,
            supervisor.login,
            Discrepancy.third_pass,
        )
        .join(Document, Document.id == Discrepancy.document_id)
        .outerjoin(Adjudication, Adjudication.discrepancy_id == Discrepancy.id)
        .outerjoin(supervisor, supervisor.id == Adjudication.supervisor_id)
        .where(Document.batch_id == batch.id)
        .order_by(Discrepancy.document_id, Discrepancy.seq)
    ):
        if third == ThirdPass.REPLACED:
            continue
        if third is not None:
            decision = "2 of 3" if third == ThirdPass.SETTLED else "sent back"
        decided[doc_id].setdefault(field_name, []).append((decision, login))
        severity = (detail or {}).get("severity")
        docs[doc_id].flags.append((severity if severity == "minor" else "material", decision))
    for doc_id, fields in decided.items():
        docs[doc_id].decisions = fields
    return list(docs.values())
