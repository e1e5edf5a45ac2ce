"""The words the central schema stores, each defined once as an enum: account roles, task
kinds and statuses, document statuses, reconciliation statuses, adjudication decisions and
page-flag reasons.

Each is a `StrEnum`: a member is the string stored (`Role.OPERATOR == "operator"`), so the
columns stay plain strings, the check constraints of `models.py` list `values(...)`, and a
value read back compares equal to its member. No SQLAlchemy here: `keying user` imports
`ROLES` without loading the schema.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class TaskKind(StrEnum):
    KEY = "key"
    ADJUDICATE = "adjudicate"
    TRAIN = "train"


class TaskStatus(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    DONE = "done"
    CANCELLED = "cancelled"


class DocumentStatus(StrEnum):
    KEYING = "keying"  # passes are being keyed
    AGREED = "agreed"
    DISCREPANT = "discrepant"  # reconciled with discrepancies: waits for a supervisor
    FLAGGED = "flagged"  # a page was flagged: out of the keying queue
    FINAL = "final"  # a final record exists


class ReconciliationStatus(StrEnum):
    AGREED = "agreed"
    DISCREPANT = "discrepant"


class Decision(StrEnum):
    """A supervisor's decision on one discrepancy."""

    A = "a"
    B = "b"
    C = "c"
    NEW = "new"
    ILLEGIBLE = "illegible"


class PageFlagReason(StrEnum):
    UNREADABLE = "unreadable"
    WRONG_DOCUMENT = "wrong_document"
    NEEDS_RESCAN = "needs_rescan"


def values(words: type[StrEnum]) -> tuple[str, ...]:
    """The stored strings of an enum, in declaration order."""
    return tuple(member.value for member in words)


ROLES = values(Role)
PAGE_FLAGS = values(PageFlagReason)
