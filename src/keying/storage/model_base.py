"""What every table of the central schema shares: the declarative base with stable
constraint names, the column types that differ between SQLite and PostgreSQL, and the
helpers of its defaults and check constraints (`storage/models.py`, `school_models.py`)."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Integer,
    MetaData,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase

from keying.storage.vocabulary import (
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


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSONType, list[Any]: JSONType}
