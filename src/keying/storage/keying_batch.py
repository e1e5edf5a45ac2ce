"""Many finished keyings stored in a few statements (the push of a batch of the outbox, issue
11, Performance): the same outcomes as `repo.record_keying` for each, one after the other,
with a handful of round trips for the whole batch instead of six per keying.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, func, insert, or_, select, values
from sqlalchemy import column as sql_column
from sqlalchemy.orm import Session
from sqlalchemy.types import Integer

from keying.storage.models import AuditEvent, Keying, Task, utcnow
from keying.storage.records import KeyingPayload, RecordOutcome
from keying.storage.repo import keying_row
from keying.storage.vocabulary import TaskKind, TaskStatus

__all__ = ["record_keyings"]


def record_keyings(
    session: Session, payloads: Sequence[KeyingPayload]
) -> list[tuple[RecordOutcome, Keying]] | None:
    """Insert finished keyings idempotently by their UUIDs, each as `repo.record_keying`
    would: "duplicate" (already here), "superseded" (its pass was keyed by someone else
    meanwhile: kept, marked), else "inserted" (its task completed); an audit event for each
    stored. None, having done nothing, when two of them are of one document (the second's
    outcome, or what storing the first sets off, depends on the first being in: store them
    one by one)."""
    pairs = [(int(p["document_id"]), int(p["pass_no"])) for p in payloads]
    if len({document for document, _pass in pairs}) < len(pairs):
        return None
    existing = {
        k.uuid: k
        for k in session.scalars(
            select(Keying).where(Keying.uuid.in_([p["uuid"] for p in payloads]))
        )
    }
    fresh = [
        (p, pair) for p, pair in zip(payloads, pairs, strict=True) if p["uuid"] not in existing
    ]
    taken = _passes_taken(session, [pair for _p, pair in fresh])
    tasks = {
        (t.document_id, t.pass_no): t
        for t in session.scalars(
            select(Task).where(
                Task.kind == TaskKind.KEY,
                Task.document_id.in_({document for document, _pass in pairs}),
            )
        )
    }
    made: dict[str, tuple[RecordOutcome, Keying]] = {}
    events: list[dict[str, object]] = []
    now = utcnow()
    for payload, pair in fresh:
        superseded = pair in taken
        keying = keying_row(payload, pair[0], pair[1], superseded, now)
        session.add(keying)
        task = tasks.get(pair)
        if task is not None and not superseded:
            task.status = TaskStatus.DONE
            task.claimed_by = keying.operator_id
            task.completed_at = now
        outcome: RecordOutcome = "superseded" if superseded else "inserted"
        events.append(
            {
                "at": now,
                "kind": f"keying_{outcome}",
                "actor_id": keying.operator_id,
                "document_id": pair[0],
                "detail": {"keying_uuid": keying.uuid, "pass_no": pair[1]},
            }
        )
        made[payload["uuid"]] = (outcome, keying)
    session.flush()  # one INSERT of the keyings, the tasks' UPDATEs (one executemany)
    if events:  # nothing to read back: one executemany, no RETURNING of their ids
        session.execute(insert(AuditEvent), events)
    return [
        ("duplicate", existing[p["uuid"]]) if p["uuid"] in existing else made[p["uuid"]]
        for p in payloads
    ]


def _passes_taken(session: Session, pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which of these (document, pass) have a live keying (whoever keyed it); on PostgreSQL
    through `keying_pass_taken` (an operator's role cannot read the others' keyings)."""
    if not pairs:
        return set()
    if session.get_bind().dialect.name == "postgresql":
        asked = values(
            sql_column("document_id", Integer), sql_column("pass_no", Integer), name="asked"
        ).data(pairs)
        rows = session.execute(
            select(asked.c.document_id, asked.c.pass_no).where(
                func.keying_pass_taken(asked.c.document_id, asked.c.pass_no)
            )
        )
        return {(int(d), int(p)) for d, p in rows}
    rows = session.execute(
        select(Keying.document_id, Keying.pass_no).where(
            Keying.superseded.is_(False),
            or_(*(and_(Keying.document_id == d, Keying.pass_no == p) for d, p in pairs)),
        )
    )
    return {(int(d), int(p)) for d, p in rows}
