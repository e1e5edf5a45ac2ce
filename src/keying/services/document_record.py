"""A document's final record as a read-only view shows it: its values, how each was decided
(provenance) and by whom, the errors it charged to keyers, and the document's history from
the audit trail (keyings, reconciliation, decisions, undo, final record)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from keying.storage import adjudications as store
from keying.storage.models import AuditEvent, Document, Operator


@dataclass(frozen=True)
class HistoryLine:
    at: str  # ISO 8601
    who: str  # login, or "" for the system (a reconciliation)
    what: str  # the audit event's kind: keying_inserted, reconciled, adjudicated …
    detail: dict[str, Any]


@dataclass(frozen=True)
class ChargedError:
    field: str
    path: str
    pass_no: int
    login: str
    kind: str


@dataclass(frozen=True)
class DocumentRecord:
    document_id: int
    external_id: str
    status: str
    values: dict[str, Any] | None  # None: no final record yet
    source: str | None  # agreed | adjudicated
    provenance: dict[str, Any]  # path → {"how", "by", "at", "reason"}
    errors: list[ChargedError]
    history: list[HistoryLine]


def read_document_record(sessions: sessionmaker[Session], document_id: int) -> DocumentRecord:
    """KeyError when there is no such document."""
    with sessions() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise KeyError(document_id)
        logins = {r[0]: r[1] for r in session.execute(select(Operator.id, Operator.login))}
        record = store.final_record(session, document_id)
        errors = [
            ChargedError(e.field, e.path, e.pass_no, logins.get(e.operator_id, "?"), e.kind)
            for e in store.keyer_errors(session, document_id)
        ]
        history = [
            HistoryLine(
                ev.at.isoformat(),
                logins.get(ev.actor_id, "") if ev.actor_id is not None else "",
                ev.kind,
                dict(ev.detail or {}),
            )
            for ev in session.scalars(
                select(AuditEvent)
                .where(AuditEvent.document_id == document_id)
                .order_by(AuditEvent.id)
            )
        ]
        return DocumentRecord(
            doc.id,
            doc.external_id,
            doc.status,
            dict(record.values) if record is not None else None,
            record.source if record is not None else None,
            dict(record.provenance or {}) if record is not None else {},
            errors,
            history,
        )
