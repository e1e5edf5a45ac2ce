"""The words the central schema stores, each defined once as an enum: account roles, task
kinds and statuses, document statuses, reconciliation statuses, adjudication decisions,
page-flag reasons, flag outcomes, withdrawn documents and the send-back states.

Each is a `StrEnum`: a member is the string stored (`Role.OPERATOR == "operator"`), so the
columns stay plain strings, the check constraints of `models.py` list `values(...)`, and a
value read back compares equal to its member. No SQLAlchemy here: `keying user` imports
`ROLES` without loading the schema. In the lowest layer (docs/architecture.md), so that what
reads these words without a database (the statistics, the benchmarks' batches) names them too;
`keying.storage.vocabulary` gives the same names.
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


class FlagOutcome(StrEnum):
    """What a supervisor did with a flagged page (`page_flags.resolution`)."""

    RETURNED = "returned"  # back to keying
    RESCAN = "rescan"  # out of the batch until the page is scanned again
    REJECTED = "rejected"  # out of the batch for good


class Withdrawn(StrEnum):
    """Why a document left its batch's count (`documents.withdrawn`)."""

    RESCAN = "rescan"
    REJECTED = "rejected"


class FinalSource(StrEnum):
    """How a final record came to be (`final_records.source`)."""

    AGREED = "agreed"  # the passes agreed (or 2 of 3)
    ADJUDICATED = "adjudicated"  # a supervisor decided at least one discrepancy


class ThirdPass(StrEnum):
    """A discrepancy sent back for a blind third keying (`discrepancies.third_pass`)."""

    SENT = "sent"  # waits for pass 3
    SETTLED = "settled"  # pass 3 settled it, 2 of 3
    REPLACED = "replaced"  # pass 3 did not settle it: a discrepancy with all three replaces it


class SamplingReason(StrEnum):
    """Why a document of a sampled batch was verified or not (`sampling_draws.reason`)."""

    SAMPLED = "sampled"  # drawn: verified
    NOT_SAMPLED = "not_sampled"  # drawn out: pass 1 is the final record
    BELOW_THRESHOLD = "below_threshold"  # the keyer's measured accuracy is below the threshold
    TOO_FEW_FIELDS = "too_few_fields"  # the keyer has too few fields measured on the form
    GOLD = "gold"  # a gold document is always keyed twice
    PASS_2_STARTED = "pass_2_started"  # pass 2 was claimed or keyed before the draw


def values(words: type[StrEnum]) -> tuple[str, ...]:
    """The stored strings of an enum, in declaration order."""
    return tuple(member.value for member in words)


ROLES = values(Role)
PAGE_FLAGS = values(PageFlagReason)
FLAG_OUTCOMES = values(FlagOutcome)
WITHDRAWN = values(Withdrawn)
THIRD_PASS = values(ThirdPass)
SAMPLING_REASONS = values(SamplingReason)

__all__ = [
    "FLAG_OUTCOMES",
    "PAGE_FLAGS",
    "ROLES",
    "SAMPLING_REASONS",
    "THIRD_PASS",
    "WITHDRAWN",
    "Decision",
    "DocumentStatus",
    "FinalSource",
    "FlagOutcome",
    "PageFlagReason",
    "ReconciliationStatus",
    "Role",
    "SamplingReason",
    "TaskKind",
    "TaskStatus",
    "ThirdPass",
    "Withdrawn",
    "values",
]
