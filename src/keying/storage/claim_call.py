"""The claim without the ORM (issue 11, Performance): one call of the server's
`keying_claim_key_tasks` on a DBAPI (psycopg 3) connection, its rows read as plain tuples.

`repo.claim_key_tasks` gives the app `Task` objects in a session (the station pulls what the
tasks need before it commits); built through SQLAlchemy's session, statement compilation and
ORM loading, a claim cost its client 2.1–2.6 ms of CPU, eight times the call itself. A caller
that needs only which tasks it holds — the 100-process bench (`bench/central_claims.py`),
where the clients share the server's cores — calls `claim_rows` on a cursor it keeps: the
same server function, so the same rules, locks and audit events; the statement is prepared
once per connection (psycopg's `prepare=True`), so the server parses and plans it once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, NamedTuple

__all__ = ["CLAIM_CALL", "ClaimedRow", "claim_rows"]

CLAIM_CALL = (
    "SELECT id, document_id, pass_no FROM keying_claim_key_tasks("
    "%s::bigint, %s::text, %s::integer, %s::interval, %s::timestamptz, %s::bigint)"
)


class ClaimedRow(NamedTuple):
    """A key task handed out by a claim."""

    id: int
    document_id: int
    pass_no: int


def claim_rows(
    cursor: Any,
    operator_id: int,
    workstation: str,
    limit: int,
    lease: timedelta,
    now: datetime,
    in_progress: int | None = None,
) -> list[ClaimedRow]:
    """Claim up to `limit` key tasks for `operator_id` on PostgreSQL through `cursor` (a
    psycopg 3 cursor, in the caller's transaction: the caller commits). The rules are the
    function's, those of `repo.claim_key_tasks`."""
    cursor.execute(
        CLAIM_CALL, (operator_id, workstation, limit, lease, now, in_progress), prepare=True
    )
    return [ClaimedRow(*row) for row in cursor.fetchall()]
