"""The central schema: SQLAlchemy 2 models, the same tables on SQLite and PostgreSQL.

Safety rules live in the database itself (see also the triggers, written out and installed
by migration 0001 in `keying/storage/migrations/versions/`):
- keyings: one live keying per (document, pass); one keying per (document, operator), so
  nobody keys both passes of a document;
- an adjudication's supervisor is neither keyer of that document (trigger);
- audit_events are never updated or deleted (trigger).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from keying.storage.model_base import (
    DECISIONS,
    DOCUMENT_STATUSES,
    NAMING,
    RECONCILIATION_STATUSES,
    TASK_KINDS,
    TASK_STATUSES,
    Base,
    IdType,
    JSONType,
    new_uuid,
    one_of,
    utcnow,
)
from keying.storage.school_models import (
    BatchSampling,
    Qualification,
    SamplingDraw,
    TrainingGoldKeys,
    TrainingHandout,
    TrainingScore,
    TrainingThreshold,
)
from keying.storage.vocabulary import (
    FLAG_OUTCOMES,
    PAGE_FLAGS,
    ROLES,
    THIRD_PASS,
    WITHDRAWN,
    DocumentStatus,
    TaskStatus,
)

# Every table and the shared helpers are importable from here; the base and helpers are
# in `model_base.py`, the school's and sampling's tables in `school_models.py`.
__all__ = [
    "DECISIONS",
    "DOCUMENT_STATUSES",
    "NAMING",
    "RECONCILIATION_STATUSES",
    "TASK_KINDS",
    "TASK_STATUSES",
    "Adjudication",
    "AuditEvent",
    "Base",
    "Batch",
    "BatchSampling",
    "Blob",
    "Discrepancy",
    "Document",
    "FinalRecord",
    "FormDefinitionRow",
    "IdType",
    "JSONType",
    "KeyerError",
    "Keying",
    "Operator",
    "Page",
    "PageFlag",
    "Qualification",
    "Reconciliation",
    "SamplingDraw",
    "Task",
    "TrainingGoldKeys",
    "TrainingHandout",
    "TrainingScore",
    "TrainingThreshold",
    "new_uuid",
    "one_of",
    "utcnow",
]


class Operator(Base):
    """A person who signs in: operator, supervisor or admin."""

    __tablename__ = "operators"
    __table_args__ = (CheckConstraint(one_of("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FormDefinitionRow(Base):
    __tablename__ = "form_definitions"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Batch(Base):
    __tablename__ = "batches"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    form_definition_id: Mapped[int] = mapped_column(ForeignKey("form_definitions.id"))
    dependent_verification: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The queue serves batches by priority (higher first), then batch and document order.
    priority: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # A closed batch hands out no more key tasks.
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    form_definition: Mapped[FormDefinitionRow] = relationship()


class Blob(Base):
    """Page images, stored once, addressed by the SHA-256 of their bytes."""

    __tablename__ = "blobs"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("batch_id", "external_id"),
        CheckConstraint(one_of("status", DOCUMENT_STATUSES), name="status"),
        CheckConstraint(one_of("withdrawn", WITHDRAWN), name="withdrawn"),
        # The claim's walk: a batch's documents still being keyed, in their order (0015).
        Index(
            "ix_documents_keying_queue",
            "batch_id",
            "seq",
            postgresql_where=text("status = 'keying'"),
            sqlite_where=text("status = 'keying'"),
        ),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(200))
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=DocumentStatus.KEYING.value)
    # not loaded with the row: on PostgreSQL only the owner reads it (migration 0014)
    gold_values: Mapped[dict[str, Any] | None] = mapped_column(nullable=True, deferred=True)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)  # file (pages) imported from
    # Taken out of the batch from the flagged-pages queue (rescan | rejected), and why.
    withdrawn: Mapped[str | None] = mapped_column(String(16), nullable=True)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    batch: Mapped[Batch] = relationship()
    pages: Mapped[list[Page]] = relationship(order_by="Page.page_no")


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (
        UniqueConstraint("document_id", "page_no"),
        CheckConstraint("page_no >= 1", name="page_no"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    page_no: Mapped[int] = mapped_column(Integer)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Task(Base):
    """One unit of queued work; `claimed_by` + `lease_until` make a claim."""

    __tablename__ = "tasks"
    __table_args__ = (
        UniqueConstraint("document_id", "kind", "pass_no"),
        CheckConstraint(one_of("kind", TASK_KINDS), name="kind"),
        CheckConstraint(one_of("status", TASK_STATUSES), name="status"),
        CheckConstraint("kind <> 'key' OR pass_no IN (1, 2, 3)", name="key_pass"),
        CheckConstraint(
            "status <> 'claimed' OR (claimed_by IS NOT NULL AND lease_until IS NOT NULL)",
            name="claim_complete",
        ),
        Index("ix_tasks_queue", "kind", "status", "document_id"),
        # A document's key tasks a claim may hand out (0015).
        Index(
            "ix_tasks_open_key",
            "document_id",
            "pass_no",
            postgresql_where=text("kind = 'key' AND status IN ('open', 'claimed')"),
            sqlite_where=text("kind = 'key' AND status IN ('open', 'claimed')"),
        ),
        # What an operator holds or did (the claim's "holds another pass", 0015).
        Index("ix_tasks_claimed_by", "claimed_by", "document_id"),
        # Open key tasks in serving order, claimed ones by lease (0019's claim).
        Index(
            "ix_tasks_key_queue",
            "queue_batch_id",
            "queue_seq",
            "pass_no",
            postgresql_where=text("kind = 'key' AND status = 'open'"),
            sqlite_where=text("kind = 'key' AND status = 'open'"),
        ),
        Index(
            "ix_tasks_key_leases",
            "lease_until",
            postgresql_where=text("kind = 'key' AND status = 'claimed'"),
            sqlite_where=text("kind = 'key' AND status = 'claimed'"),
        ),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    kind: Mapped[str] = mapped_column(String(16))
    pass_no: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default=TaskStatus.OPEN.value)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    workstation: Mapped[str | None] = mapped_column(String(200), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # A pass-3 task from a send-back keys only these fields (None: the whole form).
    open_fields: Mapped[list[Any] | None] = mapped_column(nullable=True)
    # The document's batch and seq, copied by a trigger on insert (0019): the claim's queue.
    queue_batch_id: Mapped[int | None] = mapped_column(IdType, nullable=True)
    queue_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)

    document: Mapped[Document] = relationship()


class Keying(Base):
    """The values one pass produced, with its keystroke and timing figures."""

    __tablename__ = "keyings"
    __table_args__ = (
        # One keying per person per document, superseded or not: nobody keys both passes.
        UniqueConstraint("document_id", "operator_id"),
        # One live keying per pass; a late keying kept as superseded does not count.
        Index(
            "uq_keyings_document_pass_live",
            "document_id",
            "pass_no",
            unique=True,
            sqlite_where=text("superseded = 0"),
            postgresql_where=text("NOT superseded"),
        ),
        CheckConstraint("pass_no IN (1, 2, 3)", name="pass_no"),
        # What an operator keyed (the claim's "keyed before", 0015).
        Index("ix_keyings_operator", "operator_id", "document_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    pass_no: Mapped[int] = mapped_column(Integer)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    values: Mapped[dict[str, Any]] = mapped_column()
    figures: Mapped[dict[str, Any]] = mapped_column(default=dict)
    check_failures: Mapped[list[Any]] = mapped_column(default=list)
    workstation: Mapped[str | None] = mapped_column(String(200), nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class PageFlag(Base):
    """An operator's flag on a page (unreadable, wrong document, needs rescan)."""

    __tablename__ = "page_flags"
    __table_args__ = (
        CheckConstraint(one_of("reason", PAGE_FLAGS), name="reason"),
        CheckConstraint(one_of("resolution", FLAG_OUTCOMES), name="resolution"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    page_no: Mapped[int] = mapped_column(Integer)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    resolution_note: Mapped[str | None] = mapped_column(Text, nullable=True)


class Reconciliation(Base):
    __tablename__ = "reconciliations"
    __table_args__ = (CheckConstraint(one_of("status", RECONCILIATION_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    keying_a_id: Mapped[int] = mapped_column(ForeignKey("keyings.id"))
    keying_b_id: Mapped[int] = mapped_column(ForeignKey("keyings.id"))
    keying_c_id: Mapped[int | None] = mapped_column(ForeignKey("keyings.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    result: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    discrepancies: Mapped[list[Discrepancy]] = relationship(order_by="Discrepancy.seq")


class Discrepancy(Base):
    """A field, table cell or table row where the passes disagree: work for a supervisor."""

    __tablename__ = "discrepancies"
    __table_args__ = (
        UniqueConstraint("reconciliation_id", "seq"),
        CheckConstraint(one_of("third_pass", THIRD_PASS), name="third_pass"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    reconciliation_id: Mapped[int] = mapped_column(ForeignKey("reconciliations.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(100))
    row_a: Mapped[int | None] = mapped_column(Integer, nullable=True)
    row_b: Mapped[int | None] = mapped_column(Integer, nullable=True)
    column: Mapped[str | None] = mapped_column(String(100), nullable=True)
    value_a: Mapped[str | None] = mapped_column(Text, nullable=True)
    value_b: Mapped[str | None] = mapped_column(Text, nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    similarity: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Sent back for a third keying: sent | settled | replaced (None: never sent back). A
    # discrepancy sent back is never adjudicated (a trigger refuses it, migration 0006).
    third_pass: Mapped[str | None] = mapped_column(String(16), nullable=True)


class Adjudication(Base):
    """A supervisor's decision on one discrepancy (never by a keyer of that document)."""

    __tablename__ = "adjudications"
    __table_args__ = (
        CheckConstraint(one_of("decision", DECISIONS), name="decision"),
        # the claim's "decided a discrepancy of it" by document (0019)
        Index("ix_adjudications_document", "document_id", "supervisor_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    discrepancy_id: Mapped[int] = mapped_column(ForeignKey("discrepancies.id"), unique=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    decision: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FinalRecord(Base):
    """Agreed values plus adjudicated values: what the client receives."""

    __tablename__ = "final_records"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    values: Mapped[dict[str, Any]] = mapped_column()
    source: Mapped[str] = mapped_column(String(16))  # agreed | adjudicated
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # How each field (and each table row or cell that needed a decision or a vote) was
    # decided: path → {"how": agreed | a | b | c | 2 of 3 | new | illegible, "by": login…}.
    provenance: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default=text("'{}'"))


class KeyerError(Base):
    """An error charged to a keyer: their pass's value of a field differs from the final
    record's (after normalization). Written with the final record; facts for accuracy."""

    __tablename__ = "keyer_errors"
    __table_args__ = (CheckConstraint("pass_no IN (1, 2, 3)", name="pass_no"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    final_record_id: Mapped[int] = mapped_column(ForeignKey("final_records.id"))
    field: Mapped[str] = mapped_column(String(200))  # `total`, or `members.age` for a column
    path: Mapped[str] = mapped_column(String(300))  # `members[2].age`: the final record's row
    pass_no: Mapped[int] = mapped_column(Integer)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # the discrepancy's kind, or outvoted …
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """Append-only log of what happened; triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_events"
    __table_args__ = (  # migration 0013: the readers search by kind, by document
        Index("ix_audit_events_kind_document", "kind", "document_id"),
        Index("ix_audit_events_document", "document_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
