"""Repository functions over the central schema. Each takes a Session and never commits:
the caller's unit of work does."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keying.storage.blind import pass_taken
from keying.storage.claim_query import claim_candidates, claim_on_server, serving_order
from keying.storage.models import (
    AuditEvent,
    Batch,
    Blob,
    Discrepancy,
    Document,
    FinalRecord,
    FormDefinitionRow,
    Keying,
    Operator,
    Page,
    PageFlag,
    Reconciliation,
    Task,
    utcnow,
)
from keying.storage.records import (
    DiscrepancyRecord,
    KeyingPayload,
    PageFlagPayload,
    RecordOutcome,
)
from keying.storage.vocabulary import (
    DocumentStatus,
    FinalSource,
    ReconciliationStatus,
    TaskKind,
    TaskStatus,
)

# --- form definitions, batches, documents, pages -------------------------------------------


def add_form_definition(session: Session, name: str, version: int, text: str) -> FormDefinitionRow:
    """Store a definition once per (name, version); the stored text must not change."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    row = session.scalar(
        select(FormDefinitionRow).where(
            FormDefinitionRow.name == name, FormDefinitionRow.version == version
        )
    )
    if row is not None:
        if row.sha256 != sha:
            raise ValueError(
                f"form definition {name}@{version} is already stored with other content: "
                "raise its version"
            )
        return row
    row = FormDefinitionRow(name=name, version=version, text=text, sha256=sha)
    session.add(row)
    session.flush()
    return row


def add_blob(session: Session, data: bytes, media_type: str) -> str:
    """Store bytes once, addressed by SHA-256; return the address."""
    sha = hashlib.sha256(data).hexdigest()
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == sha)) is None:
        session.add(Blob(sha256=sha, media_type=media_type, size=len(data), data=data))
        session.flush()
    return sha


def add_batch(
    session: Session, name: str, form: FormDefinitionRow, dependent_verification: bool = False
) -> Batch:
    batch = Batch(name=name, form_definition=form, dependent_verification=dependent_verification)
    session.add(batch)
    session.flush()
    return batch


def add_document(
    session: Session,
    batch: Batch,
    external_id: str,
    pages: Sequence[tuple[bytes, str, int | None, int | None]],
    gold_values: dict[str, Any] | None = None,
    passes: Sequence[int] = (1, 2),
    source: str | None = None,
) -> Document:
    """A document with its pages (bytes, media type, width, height) and its key tasks."""
    seq = (
        session.scalar(select(func.max(Document.seq)).where(Document.batch_id == batch.id)) or 0
    ) + 1
    doc = Document(
        batch_id=batch.id,
        external_id=external_id,
        seq=seq,
        gold_values=gold_values,
        source=source,
    )
    session.add(doc)
    session.flush()
    for page_no, (data, media_type, width, height) in enumerate(pages, start=1):
        sha = add_blob(session, data, media_type)
        session.add(
            Page(document_id=doc.id, page_no=page_no, blob_sha256=sha, width=width, height=height)
        )
    for pass_no in passes:
        session.add(
            Task(document_id=doc.id, kind=TaskKind.KEY, pass_no=pass_no, status=TaskStatus.OPEN)
        )
    session.flush()
    return doc


def document(session: Session, document_id: int) -> Document | None:
    return session.get(Document, document_id)


def batch_of(session: Session, doc: Document) -> Batch:
    batch = session.get(Batch, doc.batch_id)
    assert batch is not None
    return batch


def form_definition_of(session: Session, doc: Document) -> FormDefinitionRow:
    """The form definition a document is keyed with (its batch's)."""
    row = session.get(FormDefinitionRow, batch_of(session, doc).form_definition_id)
    assert row is not None
    return row


def batch_size(session: Session, batch_id: int) -> int:
    """How many documents the batch holds (a document withdrawn for a rescan or rejected has
    left it)."""
    count = session.scalar(
        select(func.count(Document.id)).where(
            Document.batch_id == batch_id, Document.withdrawn.is_(None)
        )
    )
    return count or 0


def page_blobs(session: Session, document_id: int) -> list[str]:
    """The SHA-256 addresses of a document's pages, in page order."""
    return list(
        session.scalars(
            select(Page.blob_sha256).where(Page.document_id == document_id).order_by(Page.page_no)
        )
    )


def blob(session: Session, sha256: str) -> Blob:
    found = session.get(Blob, sha256)
    assert found is not None, f"blob {sha256} is not stored"
    return found


def audit(
    session: Session,
    kind: str,
    actor_id: int | None = None,
    document_id: int | None = None,
    **detail: Any,
) -> None:
    session.add(AuditEvent(kind=kind, actor_id=actor_id, document_id=document_id, detail=detail))


# --- claims --------------------------------------------------------------------------------


def begin_claim(session: Session) -> None:
    """Start a claim's transaction. A claim is read-then-write: on SQLite take the write lock
    first (BEGIN IMMEDIATE), so two workstations on one file cannot both read the same open
    task; PostgreSQL locks the rows it hands out (FOR UPDATE SKIP LOCKED)."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


def claim_key_tasks(
    session: Session,
    operator_id: int,
    workstation: str,
    limit: int,
    lease: timedelta,
    now: datetime | None = None,
    in_progress: int | None = None,
) -> list[Task]:
    """Lease up to `limit` key tasks this operator may take, in one transaction.

    A task may be taken when it is open, or claimed with an expired lease; never a document
    this operator already keyed or holds another task of (nobody keys both passes); never a
    flagged document nor one of a closed batch; in a dependent-verification batch, pass 2 only
    after pass 1 is in; in a batch verified by sampling, pass 2 only after the document's
    draw (a document not verified has its pass 2 cancelled). Batches are served by priority
    (higher first), then in batch order, documents in their order; but first the batch in
    progress (that of document `in_progress`): an urgent batch waits until it runs dry. PG:
    `FOR UPDATE SKIP LOCKED` (claims never wait nor share a task), the whole claim in the
    server's `keying_claim_key_tasks` (the same rules); SQLite: `BEGIN IMMEDIATE`.
    """
    now = now or utcnow()
    if session.get_bind().dialect.name == "postgresql":  # one round trip (migration 0019)
        return claim_on_server(session, operator_id, workstation, limit, lease, now, in_progress)
    chosen: list[Task] = []
    documents: set[int] = set()  # never both passes of one document to one operator
    # Batches in serving order (a few rows), the batch in progress first: a batch is asked
    # for a task only when the ones before it have none left for this operator.
    batches = serving_order(session)
    current = (
        session.scalar(select(Document.batch_id).where(Document.id == in_progress))
        if in_progress is not None
        else None
    )
    if current in batches:
        batches = [current, *(b for b in batches if b != current)]
    for batch_id in batches:
        while len(chosen) < limit:
            query = claim_candidates(session, operator_id, workstation, now, batch_id, documents)
            task = session.scalars(*query).first()
            if task is None:
                break
            documents.add(task.document_id)
            task.status = TaskStatus.CLAIMED
            task.claimed_by = operator_id
            task.workstation = workstation
            task.lease_until = now + lease
            chosen.append(task)
        if len(chosen) >= limit:
            break
    session.flush()
    for task in chosen:
        audit(session, "task_claimed", operator_id, task.document_id, task_id=task.id)
    return chosen


def renew_leases(
    session: Session, operator_id: int, task_ids: Sequence[int], until: datetime
) -> list[int]:
    """Extend this operator's claims; returns the ids still held (others were lost)."""
    held = []
    for task in session.scalars(select(Task).where(Task.id.in_(task_ids))):
        if task.status == TaskStatus.CLAIMED and task.claimed_by == operator_id:
            task.lease_until = until
            held.append(task.id)
    session.flush()
    return held


def live_keying(session: Session, document_id: int, pass_no: int) -> Keying | None:
    return session.scalar(
        select(Keying).where(
            Keying.document_id == document_id,
            Keying.pass_no == pass_no,
            Keying.superseded.is_(False),
        )
    )


# --- keyings, flags, reconciliations ---------------------------------------------------------


def keying_row(
    payload: KeyingPayload,
    document_id: int,
    pass_no: int,
    superseded: bool,
    now: datetime | None = None,
) -> Keying:
    """The stored row of a keying the outbox pushed (`now`: when it was received, if its
    payload has no finish time)."""
    return Keying(
        uuid=payload["uuid"],
        document_id=document_id,
        pass_no=pass_no,
        operator_id=int(payload["operator_id"]),
        values=payload["values"],
        figures=payload.get("figures", {}),
        check_failures=payload.get("check_failures", []),
        workstation=payload.get("workstation"),
        started_at=_parse_time(payload.get("started_at")),
        finished_at=_parse_time(payload["finished_at"]) or now or utcnow(),
        superseded=superseded,
    )


def record_keying(session: Session, payload: KeyingPayload) -> tuple[RecordOutcome, Keying | None]:
    """Insert a finished keying idempotently by its client UUID.

    Returns ("duplicate", existing) if it was already here, ("superseded", keying) if its pass
    was meanwhile keyed by someone else (kept, marked superseded: nothing is dropped), else
    ("inserted", keying). The task is completed.
    """
    existing = session.scalar(select(Keying).where(Keying.uuid == payload["uuid"]))
    if existing is not None:
        return "duplicate", existing
    document_id = int(payload["document_id"])
    pass_no = int(payload["pass_no"])
    taken = pass_taken(session, document_id, pass_no)
    keying = keying_row(payload, document_id, pass_no, taken)
    session.add(keying)
    task = session.scalar(
        select(Task).where(
            Task.document_id == document_id, Task.kind == TaskKind.KEY, Task.pass_no == pass_no
        )
    )
    if task is not None and not taken:
        task.status = TaskStatus.DONE
        task.claimed_by = keying.operator_id
        task.completed_at = utcnow()
    session.flush()
    outcome: RecordOutcome = "superseded" if taken else "inserted"
    audit(
        session,
        f"keying_{outcome}",
        keying.operator_id,
        document_id,
        keying_uuid=keying.uuid,
        pass_no=pass_no,
    )
    return outcome, keying


def record_page_flag(session: Session, payload: PageFlagPayload) -> bool:
    """Store a page flag (idempotent by UUID); the document goes to a supervisor."""
    if session.scalar(select(PageFlag).where(PageFlag.uuid == payload["uuid"])) is not None:
        return False
    document_id = int(payload["document_id"])
    session.add(
        PageFlag(
            uuid=payload["uuid"],
            document_id=document_id,
            page_no=int(payload["page_no"]),
            operator_id=int(payload["operator_id"]),
            reason=payload["reason"],
            note=payload.get("note", ""),
        )
    )
    doc = session.get(Document, document_id)
    if doc is not None and doc.status == DocumentStatus.KEYING:
        doc.status = DocumentStatus.FLAGGED
    task_id = payload.get("task_id")
    task = session.get(Task, task_id) if task_id is not None else None
    if task is not None and task.status == TaskStatus.CLAIMED:
        task.status, task.claimed_by = TaskStatus.OPEN, None
        task.lease_until, task.workstation = None, None
    session.flush()
    audit(
        session,
        "page_flagged",
        int(payload["operator_id"]),
        document_id,
        page_no=int(payload["page_no"]),
        reason=payload["reason"],
    )
    return True


def record_reconciliation(
    session: Session,
    document_id: int,
    keyings: Sequence[Keying],
    status: ReconciliationStatus,
    result: Mapping[str, Any],
    discrepancies: Sequence[DiscrepancyRecord],
) -> Reconciliation:
    """Store a reconciliation; agreed → final record; discrepant → an adjudication task."""
    rec = Reconciliation(
        document_id=document_id,
        keying_a_id=keyings[0].id,
        keying_b_id=keyings[1].id,
        keying_c_id=keyings[2].id if len(keyings) > 2 else None,
        status=status,
        result=dict(result),
    )
    session.add(rec)
    session.flush()
    for seq, d in enumerate(discrepancies, start=1):
        session.add(Discrepancy(reconciliation_id=rec.id, document_id=document_id, seq=seq, **d))
    doc = session.get(Document, document_id)
    assert doc is not None
    if status == ReconciliationStatus.AGREED:
        doc.status = DocumentStatus.FINAL
        session.add(
            FinalRecord(document_id=document_id, values=result["values"], source=FinalSource.AGREED)
        )
    else:
        doc.status = DocumentStatus.DISCREPANT
        session.add(
            Task(
                document_id=document_id,
                kind=TaskKind.ADJUDICATE,
                pass_no=0,
                status=TaskStatus.OPEN,
            )
        )
    session.flush()
    audit(session, "reconciled", None, document_id, status=status, discrepancies=len(discrepancies))
    return rec


def is_reconciled(session: Session, document_id: int) -> bool:
    found = session.scalar(
        select(Reconciliation.id).where(Reconciliation.document_id == document_id).limit(1)
    )
    return found is not None


def batch_overview(session: Session) -> list[tuple[str, str, str, int]]:
    """(batch, document, status, discrepancies) for every document, in batch order."""
    count = (
        select(func.count(Discrepancy.id))
        .where(Discrepancy.document_id == Document.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Batch.name, Document.external_id, Document.status, count)
        .join(Batch, Batch.id == Document.batch_id)
        .order_by(Batch.id, Document.seq)
    )
    return [(r[0], r[1], r[2], int(r[3] or 0)) for r in rows]


def _parse_time(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def release_lost_claims(
    session: Session,
    workstation: str,
    kept_task_ids: Sequence[int],
    reason: str,
    actor_id: int | None = None,
) -> list[tuple[str, str]]:
    """Release the key tasks claimed from `workstation` that its cache no longer holds.

    Returns (document external id, operator login) of each released claim; each release is an
    audit event `claim_released` carrying `reason`, by `actor_id` when given (an account's
    own connection writes audit events only under its own id), else by the holder. The
    documents can be claimed again.
    """
    kept = set(kept_task_ids)
    rows = session.execute(
        select(Task, Document.external_id)
        .join(Document, Document.id == Task.document_id)
        .where(
            Task.kind == TaskKind.KEY,
            Task.status == TaskStatus.CLAIMED,
            Task.workstation == workstation,
        )
        .order_by(Task.id)
    ).all()
    released: list[tuple[str, str]] = []
    for task, external_id in rows:
        if task.id in kept:
            continue
        holder = session.scalar(select(Operator.login).where(Operator.id == task.claimed_by))
        released.append((external_id, holder or "?"))
        audit(
            session,
            "claim_released",
            task.claimed_by if actor_id is None else actor_id,
            task.document_id,
            task_id=task.id,
            holder_id=task.claimed_by,
            workstation=workstation,
            reason=reason,
        )
        task.status, task.claimed_by, task.lease_until, task.workstation = (
            TaskStatus.OPEN,
            None,
            None,
            None,
        )
    session.flush()
    return released
