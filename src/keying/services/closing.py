"""Closing a document: when pass 1 and pass 2 are both in, reconcile them and store the result
(no discrepancy → a final record; otherwise the discrepancies and an adjudication task).

Closing reads both passes. On SQLite, and on PostgreSQL through a shared account, the push of
the second pass closes the document in its own transaction. An operator signed in as its own
PostgreSQL role cannot read the other pass (row-level security), so its push stores the
keying and the document waits: `close_ready_documents` closes it, run by every sync round of
a supervisor's or admin's station and by `keying batch reconcile` (a schedule, as the owner)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session

from keying.reconcile import Discrepancy, reconcile
from keying.reconcile.classify import diff_spans
from keying.services.final_record import agreed_provenance, dissent_errors
from keying.services.sampling import draw_after_pass_one, draw_waiting
from keying.services.stored_forms import parse_stored
from keying.storage import adjudications as store
from keying.storage import repo
from keying.storage.models import Keying
from keying.storage.records import DiscrepancyRecord
from keying.storage.vocabulary import DocumentStatus, ReconciliationStatus
from keying.storage.waiting import documents_ready_to_close

log = logging.getLogger(__name__)


def close_document_if_ready(session: Session, keying: Keying) -> None:
    """Run in the transaction that stored `keying` (the sync client's push calls it). A pass 1
    in a batch verified by sampling is drawn first (services/sampling.py)."""
    if keying.pass_no == 1:
        draw_after_pass_one(session, keying)
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
    stored = result.to_json(doc.external_id)
    repo.record_reconciliation(session, doc.id, keyings, status, stored, rows)
    if status == ReconciliationStatus.AGREED:
        final = store.final_record(session, doc.id)
        if final is not None:  # every field agreed (2 of 3: the outvoted pass is charged)
            final.provenance = agreed_provenance(form, stored)
            operators = [k.operator_id for k in keyings]
            store.add_errors(session, final, dissent_errors(form, stored, operators))
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
        detail=_detail(d),
    )


def close_ready_documents(session: Session, limit: int = 100) -> int:
    """Close every document whose two passes are in and that waits for it (see above); in the
    caller's transaction, after the draws that wait (verification sampling). Returns how
    many were closed."""
    draw_waiting(session)
    closed = 0
    for document_id in documents_ready_to_close(session, limit):
        keying = repo.live_keying(session, document_id, 2)
        if keying is None:  # pragma: no cover - the query found both passes
            continue
        close_document_if_ready(session, keying)
        closed += repo.is_reconciled(session, document_id)
    return closed


def _detail(d: Discrepancy) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "spans_a": d.spans_a,
        "spans_b": d.spans_b,
        "severity": d.severity,
        "minor_kind": d.minor_kind,
    }
    if d.row is not None:  # tables: the row of the agreed table the decision goes in
        detail["row"] = d.row
    if d.passes:  # three passes: C's value, its spans against A, its row
        detail["c"] = d.c
        detail["row_c"] = d.row_c
        detail["spans_c"] = _spans(d.c or "", d.a or "")
    return detail


def _spans(c: str, a: str) -> list[list[int]]:
    return diff_spans(c, a)[0]
