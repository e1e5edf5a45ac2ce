"""The central schema: SQLAlchemy 2 models, the same tables on SQLite and PostgreSQL.

Safety rules live in the database itself (see also the triggers, written out and installed
by migration 0001 in `keying/storage/migrations/versions/`):
- keyings: one live keying per (document, pass); one keying per (document, operator), so
  nobody keys both passes of a document;
- an adjudication's supervisor is neither keyer of that document (trigger);
- audit_events are never updated or deleted (trigger).
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from keying.storage.vocabulary import (
    FLAG_OUTCOMES,
    PAGE_FLAGS,
    ROLES,
    SAMPLING_REASONS,
    THIRD_PASS,
    WITHDRAWN,
    Decision,
    DocumentStatus,
    ReconciliationStatus,
    TaskKind,
    TaskStatus,
    values,
)

# Stable constraint names, so migrations and error messages are the same on both databases.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONType = JSON().with_variant(JSONB(), "postgresql")
IdType = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements INTEGER only

# The stored words, defined once in keying.storage.vocabulary (enums).
TASK_KINDS = values(TaskKind)
TASK_STATUSES = values(TaskStatus)
DOCUMENT_STATUSES = values(DocumentStatus)
RECONCILIATION_STATUSES = values(ReconciliationStatus)
DECISIONS = values(Decision)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSONType, list[Any]: JSONType}


class Operator(Base):
    """A person who signs in: operator, supervisor or admin."""

    __tablename__ = "operators"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)

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
        CheckConstraint(_in("status", DOCUMENT_STATUSES), name="status"),
        CheckConstraint(_in("withdrawn", WITHDRAWN), name="withdrawn"),
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
        CheckConstraint(_in("kind", TASK_KINDS), name="kind"),
        CheckConstraint(_in("status", TASK_STATUSES), name="status"),
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
        CheckConstraint(_in("reason", PAGE_FLAGS), name="reason"),
        CheckConstraint(_in("resolution", FLAG_OUTCOMES), name="resolution"),
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
    __table_args__ = (CheckConstraint(_in("status", RECONCILIATION_STATUSES), name="status"),)

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
        CheckConstraint(_in("third_pass", THIRD_PASS), name="third_pass"),
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
    __table_args__ = (CheckConstraint(_in("decision", DECISIONS), name="decision"),)

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


class BatchSampling(Base):
    """A batch verified by sampling (migration 0009): pass 1 of a document by a keyer whose
    measured accuracy on the form reaches `min_accuracy` is verified by a pass 2 only when
    the document is drawn (`rate`); see docs/import-export.md, "Verification sampling"."""

    __tablename__ = "batch_sampling"
    __table_args__ = (
        CheckConstraint("rate >= 0 AND rate <= 1", name="rate"),
        CheckConstraint("min_accuracy >= 0 AND min_accuracy <= 100", name="min_accuracy"),
        CheckConstraint("min_fields >= 1 AND window_documents >= 1", name="measure"),
    )

    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"), primary_key=True)
    rate: Mapped[float] = mapped_column(Float)
    min_accuracy: Mapped[float] = mapped_column(Float)  # percent of fields right
    seed: Mapped[int] = mapped_column(BigInteger)
    min_fields: Mapped[int] = mapped_column(Integer)  # fewer measured: always verified
    window_documents: Mapped[int] = mapped_column(Integer)  # the keyer's last N measured
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SamplingDraw(Base):
    """The draw for one document when its pass 1 came in: verified (pass 2 keyed) or not
    (pass 1 is the final record), with the rate, the keyer's measure and the reason."""

    __tablename__ = "sampling_draws"
    __table_args__ = (CheckConstraint(_in("reason", SAMPLING_REASONS), name="reason"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    keying_id: Mapped[int] = mapped_column(ForeignKey("keyings.id"))
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    rate: Mapped[float] = mapped_column(Float)
    seed: Mapped[int] = mapped_column(BigInteger)
    draw: Mapped[float | None] = mapped_column(Float, nullable=True)  # None: not drawn
    verified: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(String(32))  # vocabulary.SamplingReason
    fields_measured: Mapped[int] = mapped_column(Integer)
    errors_measured: Mapped[int] = mapped_column(Integer)
    fields: Mapped[int] = mapped_column(Integer)  # the document's fields (the form's)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# --- training (migration 0008): facts of trainees keying gold documents, docs/training.md ---


class TrainingThreshold(Base):
    """An admin's qualification threshold for a form (by name: every version). Until an
    account is qualified on a form with a threshold it gets no live work of that form."""

    __tablename__ = "training_thresholds"
    __table_args__ = (
        CheckConstraint("accuracy > 0 AND accuracy <= 100", name="accuracy"),
        CheckConstraint("kph >= 0", name="kph"),
        CheckConstraint("last_n >= 1", name="last_n"),
    )

    form_name: Mapped[str] = mapped_column(String(100), primary_key=True)
    accuracy: Mapped[float] = mapped_column(Float)  # percent of fields right
    kph: Mapped[int] = mapped_column(Integer)  # keystrokes per hour
    last_n: Mapped[int] = mapped_column(Integer)  # over the last N training documents
    set_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TrainingScore(Base):
    """One training keying of a gold document, scored against its gold values: never a pass,
    never reconciled, never in a final record."""

    __tablename__ = "training_scores"
    __table_args__ = (
        CheckConstraint("errors >= 0 AND errors <= fields", name="errors"),
        Index("ix_training_scores_operator_form", "operator_id", "form_name", "finished_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    form_name: Mapped[str] = mapped_column(String(100))
    fields: Mapped[int] = mapped_column(Integer)  # values compared
    errors: Mapped[int] = mapped_column(Integer)  # of them, wrong after normalization
    keystrokes: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Float)
    values: Mapped[dict[str, Any]] = mapped_column()  # as keyed
    mistakes: Mapped[list[Any]] = mapped_column(default=list)  # path, keyed, right, reason
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # what the station sent (0018); keystrokes and seconds above are the figures counted
    reported_keystrokes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reported_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)


class TrainingHandout(Base):
    """A gold document handed out to an account for training, and when (0018): the clock
    that bounds the training speed (on PostgreSQL the server's, written only by
    `keying_training_hand_out`)."""

    __tablename__ = "training_handouts"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)  # the score's
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    handed_out_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TrainingGoldKeys(Base):
    """The compare keys of a gold document's true values, made from `gold` (0014): what the
    database scores a training keying against (`services/training_keys.py`)."""

    __tablename__ = "training_gold_keys"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    keys: Mapped[list[Any]] = mapped_column()
    gold: Mapped[dict[str, Any]] = mapped_column()
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Qualification(Base):
    """An account qualified on a form, and when: reached on training scores, or granted by
    an admin (`granted_by`, no scores)."""

    __tablename__ = "qualifications"
    __table_args__ = (UniqueConstraint("operator_id", "form_name"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    form_name: Mapped[str] = mapped_column(String(100))
    qualified_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    accuracy: Mapped[float | None] = mapped_column(Float, nullable=True)
    kph: Mapped[float | None] = mapped_column(Float, nullable=True)
    documents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    granted_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
