"""Send back (issue 12, item 4): instead of deciding, a supervisor sends a document's
disputed fields — only those — to a blind third keying by an operator who keyed neither pass.
When pass 3 is in, the reconciler's 2-of-3 rule settles each field or it comes back to the
adjudication queue with all three values.

`SendBack.send(document_id)` is the supervisor's call (one transaction); `settle_third_pass`
runs in the transaction that stores pass 3 (the sync client's push, through
`Services.close_document_if_ready`).
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from keying.reconcile import reconcile
from keying.services.adjudication import write_final
from keying.services.closing import discrepancy_record
from keying.services.sign_in import SignedIn
from keying.services.stored_forms import parse_stored
from keying.services.supervision import SUPERVISING, SupervisionRefused, _Unit
from keying.storage import repo
from keying.storage import send_back as store
from keying.storage.models import Keying
from keying.storage.send_back import SendBackRefused, SentBack
from keying.storage.vocabulary import DocumentStatus, ReconciliationStatus, TaskStatus

if TYPE_CHECKING:
    from keying.services.workspace import Services

log = logging.getLogger(__name__)

__all__ = ["SendBack", "SentBack", "settle_third_pass"]

_ROOT = re.compile(r"^[^\[.]+")


@dataclass
class SendBack:
    """Sending documents back for a third keying, for one signed-in supervisor or admin."""

    services: Services
    who: SignedIn

    def __post_init__(self) -> None:
        if self.who.role not in SUPERVISING:
            raise SupervisionRefused(f"{self.who.login} is an {self.who.role}: supervisors only")

    def send(self, document_id: int) -> SentBack:
        """Send the document's undecided fields to a third keying. SupervisionRefused (one
        line) when it cannot be sent or the central database did not answer: nothing
        changed."""
        with _Unit(self.services) as session:
            repo.begin_claim(session)  # SQLite: the write lock first (a decision racing it)
            try:
                sent = store.send_back(session, document_id, self.who.operator_id)
            except SendBackRefused as exc:
                raise SupervisionRefused(str(exc)) from exc
            session.commit()
        log.info(
            "%s sent back by %s for a third keying: %s",
            sent.external_id,
            self.who.login,
            ", ".join(sent.fields),
        )
        return sent


def _root(key: str) -> str:
    m = _ROOT.match(key)
    return m.group(0) if m else key


def merged_result(
    old: Mapping[str, Any], third: Mapping[str, Any], fields: Iterable[str]
) -> dict[str, Any]:
    """The reconciliation's result after pass 3: the sent fields' values, explanations,
    dissent and discrepancies from the three-pass `third`, everything else as it was."""
    sent = set(fields)
    out = copy.deepcopy(dict(old))
    for key in ("explanations", "dissent"):
        kept = {k: v for k, v in (out.get(key) or {}).items() if _root(k) not in sent}
        kept.update({k: v for k, v in (third.get(key) or {}).items() if _root(k) in sent})
        out[key] = kept
    values = dict(out.get("values") or {})
    for name in sent:
        values[name] = copy.deepcopy(third["values"].get(name))
    out["values"] = values
    out["discrepancies"] = [
        d for d in out.get("discrepancies") or [] if d.get("field") not in sent
    ] + [d for d in third.get("discrepancies") or [] if d.get("field") in sent]
    out["status"] = (
        ReconciliationStatus.DISCREPANT if out["discrepancies"] else ReconciliationStatus.AGREED
    )
    out["third_pass"] = sorted(sent)
    return out


def settle_third_pass(session: Session, keying: Keying) -> None:
    """Pass 3 of a sent-back document is stored: reconcile A, B and C on the fields sent
    back (C keyed only those; elsewhere it stands as A, so nothing else moves), settle what
    two of three share, send the rest back to the queue with all three values; a document
    with nothing left is final."""
    doc = repo.document(session, keying.document_id)
    task = store.third_pass_task(session, keying.document_id)
    if doc is None or task is None or doc.status != DocumentStatus.KEYING:
        return
    rec = store.reconciliation_of(session, doc.id)
    if rec is None or rec.keying_c_id is not None:
        return
    a = session.get(Keying, rec.keying_a_id)
    b = session.get(Keying, rec.keying_b_id)
    assert a is not None and b is not None
    fields = list(task.open_fields or [])
    form = parse_stored(repo.form_definition_of(session, doc).text)
    c_values = {k: v for k, v in a.values.items() if k not in fields}
    c_values.update({f: keying.values.get(f, "") for f in fields})
    third = reconcile(form, a.values, b.values, c_values)
    third_json = third.to_json(doc.external_id)
    left = [d for d in third.discrepancies if d.field in fields]
    unsettled = list(dict.fromkeys(d.field for d in left))
    added = []
    for d in left:
        record = discrepancy_record(d)
        detail = dict(record.get("detail") or {})
        detail.setdefault("c", d.c)
        detail.setdefault("row_c", d.row_c)
        record["detail"] = detail
        added.append(record)
    result = merged_result(rec.result, third_json, fields)
    store.store_third_pass(session, rec, keying, result, unsettled, added)
    if doc.status == DocumentStatus.KEYING:  # nothing left for a supervisor
        _write_final(session, doc.id, result)
    log.info(
        "document %s pass 3 reconciled: settled %s, back to the queue %s",
        doc.external_id,
        sorted(set(fields) - set(unsettled)),
        unsettled,
    )


def _write_final(session: Session, document_id: int, result: Mapping[str, Any]) -> None:
    """Nothing left after pass 3: the final record, with the decisions made before the
    send-back in place, its provenance (`2 of 3` for what pass 3 settled) and the errors it
    charges (`keying.services.adjudication.write_final`)."""
    doc = repo.document(session, document_id)
    assert doc is not None
    form = parse_stored(repo.form_definition_of(session, doc).text)
    write_final(session, doc, form, None)
    adjudicate = store.adjudicate_task(session, document_id)
    if adjudicate is not None and adjudicate.status != TaskStatus.DONE:
        adjudicate.status = TaskStatus.DONE
    session.flush()
