"""What the services hand to the repository, typed once: the outbox payloads a workstation
pushes (a finished keying, a page flag) and the discrepancy rows of a stored reconciliation.

The outbox payloads travel as JSON (the workstation cache keeps them until the central
database has acknowledged them), so they are `TypedDict`s: plain dicts at run time, checked
by mypy where they are made (`keying.services.keying`) and read (`repo.record_keying`,
`repo.record_page_flag`). No SQLAlchemy here.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

from keying.storage.vocabulary import PageFlagReason

# What `repo.record_keying` did with a pushed keying.
RecordOutcome = Literal["inserted", "duplicate", "superseded"]


class KeyingPayload(TypedDict):
    """A finished keying in the outbox; idempotent by `uuid` (made by the workstation)."""

    uuid: str
    document_id: int
    pass_no: int
    operator_id: int
    values: dict[str, Any]  # field → keyed string; a table → list of row objects
    finished_at: str  # ISO 8601
    task_id: NotRequired[int]
    figures: NotRequired[dict[str, Any]]  # timing and keystroke figures
    check_failures: NotRequired[list[dict[str, Any]]]  # soft checks the operator overrode
    workstation: NotRequired[str]
    started_at: NotRequired[str]  # ISO 8601


class PageFlagPayload(TypedDict):
    """A page flagged for a supervisor; idempotent by `uuid` (made by the workstation)."""

    uuid: str
    task_id: int
    document_id: int
    page_no: int
    operator_id: int
    reason: PageFlagReason | str
    note: str


class DiscrepancyRecord(TypedDict):
    """One row of `discrepancies` as `repo.record_reconciliation` stores it."""

    field: str
    value_a: str | None
    value_b: str | None
    kind: str
    similarity: float
    row_a: NotRequired[int | None]
    row_b: NotRequired[int | None]
    column: NotRequired[str | None]
    explanation: NotRequired[str]
    detail: NotRequired[dict[str, Any]]  # spans of the differing characters in A and B
