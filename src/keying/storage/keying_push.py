"""A batch of finished keyings stored by one call on PostgreSQL (issue 11, Performance):
`keying_push_keyings` (migration 0020) takes the batch as one JSON parameter, applies to each
item what `repo.record_keying` does (and `ensure_active`), and says what became of each.
SQLite keeps `keying_batch.record_keyings`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, cast

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from keying.storage.records import KeyingPayload

__all__ = ["PushOutcome", "Pushed", "push_keyings"]

# What the function did with one item: stored (inserted, superseded), already in
# (duplicate), refused for good (refused: `reason` says why), or refused because its account
# is not active (disabled).
PushOutcome = Literal["inserted", "superseded", "duplicate", "refused", "disabled"]
ACCEPTED: frozenset[str] = frozenset({"inserted", "superseded", "duplicate"})

# One statement, always the same text: psycopg prepares it after a few uses.
_CALL = text(
    "SELECT pushed_uuid, outcome, keying_id, reason FROM keying_push_keyings(CAST(:batch AS jsonb))"
)


@dataclass(frozen=True)
class Pushed:
    uuid: str
    outcome: PushOutcome
    keying_id: int | None
    reason: str | None

    @property
    def accepted(self) -> bool:
        return self.outcome in ACCEPTED


def push_keyings(
    session: Session | Connection, payloads: Sequence[KeyingPayload], texts: Sequence[str] = ()
) -> list[Pushed]:
    """Store `payloads` in the session's (or connection's) transaction (PostgreSQL only),
    one after the other, idempotently by their uuids; the outcome of each, in order. A
    refused item is rolled back alone; an error that is not a refusal (a timeout, the server
    gone) is raised and leaves the whole batch to the caller. `texts`, when given, are the
    payloads as JSON (as the workstation cache keeps them): sent as they are, not encoded
    again."""
    if texts and len(texts) == len(payloads) and all(texts):
        batch = "[" + ",".join(texts) + "]"
    else:
        batch = json.dumps(list(payloads), ensure_ascii=False, separators=(",", ":"))
    rows = session.execute(_CALL, {"batch": batch}).all()
    if len(rows) != len(payloads):  # the function answers each item exactly once
        raise RuntimeError(f"keying_push_keyings answered {len(rows)} of {len(payloads)} items")
    return [
        Pushed(str(uuid), cast(PushOutcome, outcome), keying_id, reason)
        for uuid, outcome, keying_id, reason in rows
    ]
