"""The tables of the shop's school and sampling: verification sampling of a batch (0009)
and its draws, training on gold documents (0008, 0014, 0018) and qualifications; see
docs/import-export.md ("Verification sampling") and docs/training.md."""

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
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from keying.storage.model_base import Base, IdType, one_of, utcnow
from keying.storage.vocabulary import SAMPLING_REASONS


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
    __table_args__ = (CheckConstraint(one_of("reason", SAMPLING_REASONS), name="reason"),)

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
