"""Closing a document: when pass 1 and pass 2 are both in, reconcile them and store the result
(no discrepancy → a final record; otherwise the discrepancies and an adjudication task)."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from keying.reconcile import Discrepancy, reconcile
from keying.services.stored_forms import parse_stored
from keying.storage import repo
from keying.storage.models import Keying
from keying.storage.records import DiscrepancyRecord
from keying.storage.vocabulary import DocumentStatus, ReconciliationStatus

log = logging.getLogger(__name__)


def close_document_if_ready(session: Session, keying: Keying) -> None:
    """Run in the transaction that stored `keying` (the sync client's push calls it)."""
    doc = repo.document(session, keying.document_id)
    if doc is None or doc.status != DocumentStatus.KEYING:
        return
    passes = [repo.live_keying(session, doc.id, n) for n in (1, 2)]
    keyings = [k for k in passes if k is not None]
    if len(keyings) < 2 or repo.is_reconciled(session, doc.id):
        return
    form = parse_stored(repo.form_definition_of(session, doc).text)
    result = reconcile(form, keyings[0].values, keyings[1].values)
    rows = [discrepancy_record(d) for d in result.discrepancies]
    status = ReconciliationStatus(result.status)
    repo.record_reconciliation(
        session, doc.id, keyings, status, result.to_json(doc.external_id), rows
    )
    log.info("document %s reconciled: %s, %d discrepancies", doc.external_id, status, len(rows))


def discrepancy_record(d: Discrepancy) -> DiscrepancyRecord:
    """A discrepancy as its row of the central database stores it."""
    return DiscrepancyRecord(
        field=d.field,
        row_a=d.row_a,
        row_b=d.row_b,
        column=d.column,
        value_a=d.a,
        value_b=d.b,
        kind=d.kind,
        similarity=float(d.similarity),
        explanation=d.explanation,
        # severity and minor_kind: what deciding minor flags in bulk (per field and kind)
        # needs, beside the whole result in the reconciliation's JSON.
        detail={
            "spans_a": d.spans_a,
            "spans_b": d.spans_b,
            "severity": d.severity,
            "minor_kind": d.minor_kind,
        },
    )
