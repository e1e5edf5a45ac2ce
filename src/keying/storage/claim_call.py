"""The claim without the ORM (issue 11, Performance): one call of the server's
`keying_claim_key_tasks` on a DBAPI (psycopg 3) connection, its rows read as plain tuples.

`repo.claim_key_tasks` gives the app `Task` objects in a session (the station pulls what the
tasks need before it commits); built through SQLAlchemy's session, statement compilation and
ORM loading, a claim cost its client 2.1–2.6 ms of CPU, eight times the call itself. A caller
that needs only which tasks it holds — the 100-process bench (`bench/central_claims.py`),
where the clients share the server's cores — calls `claim_rows` on a cursor it keeps: the
same server function, so the same rules, locks and audit events; the statement is prepared
once per connection (psycopg's `prepare=True`), so the server parses and plans it once.

A caller whose connection is in autocommit (each claim its own transaction, committed by the
server as the statement ends: the bench's timed loop) calls `claim_rows_autocommit` instead:
the same statement, prepared once per connection under its own name, sent by libpq's one
blocking call (`PQexecPrepared`, psycopg's documented `Connection.pgconn`) with its parameters
written as text, and the three integers read back from the result. psycopg's cursor path
(its generators, statement cache, adapters and result rows) cost a claim's client 85 k
instructions, this one 58 k (callgrind of a client, docs/benchmarks.md, stop 30); the server
does the same work either way.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, NamedTuple

from psycopg import Connection
from psycopg.errors import InvalidSqlStatementName, error_from_result
from psycopg.pq import ExecStatus

__all__ = ["CLAIM_CALL", "ClaimedRow", "claim_rows", "claim_rows_autocommit"]

CLAIM_CALL = (
    "SELECT id, document_id, pass_no FROM keying_claim_key_tasks("
    "%s::bigint, %s::text, %s::integer, %s::interval, %s::timestamptz, %s::bigint)"
)


# the same call in libpq's own placeholders, prepared under this name on a connection
_STATEMENT = b"keying_claim_call"
_PREPARED = (
    b"SELECT id, document_id, pass_no FROM keying_claim_key_tasks("
    b"$1::bigint, $2::text, $3::integer, $4::interval, $5::timestamptz, $6::bigint)"
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


def claim_rows_autocommit(
    connection: Connection[Any],
    operator_id: int,
    workstation: str,
    limit: int,
    lease: timedelta,
    now: datetime,
    in_progress: int | None = None,
) -> list[ClaimedRow]:
    """`claim_rows` as its own transaction, on a psycopg 3 connection in autocommit, through
    libpq directly (the module's docstring says why); the same rules, locks and audit events.
    `now` carries its time zone, or is read in the session's, as with `claim_rows`."""
    if not connection.autocommit:
        raise ValueError("claim_rows_autocommit needs a connection in autocommit")
    encoding = connection.info.encoding
    params = [
        str(operator_id).encode(),
        workstation.encode(encoding),
        str(limit).encode(),
        f"{lease.days} days {lease.seconds} seconds {lease.microseconds} microseconds".encode(),
        now.isoformat().encode(),
        None if in_progress is None else str(in_progress).encode(),
    ]
    pgconn = connection.pgconn
    # libpq takes None as NULL, here as in psycopg's send_query_prepared (its stub for
    # exec_prepared leaves None out)
    result = pgconn.exec_prepared(_STATEMENT, params)  # type: ignore[arg-type]
    if result.status == ExecStatus.FATAL_ERROR:
        error = error_from_result(result, encoding)
        if not isinstance(error, InvalidSqlStatementName):
            raise error
        # the first claim on this connection: prepare the statement, then claim
        prepared = pgconn.prepare(_STATEMENT, _PREPARED)
        if prepared.status != ExecStatus.COMMAND_OK:
            raise error_from_result(prepared, encoding)
        result = pgconn.exec_prepared(_STATEMENT, params)  # type: ignore[arg-type]
    if result.status != ExecStatus.TUPLES_OK:
        raise error_from_result(result, encoding)
    value = result.get_value
    return [
        ClaimedRow(_int(value(n, 0)), _int(value(n, 1)), _int(value(n, 2)))
        for n in range(result.ntuples)
    ]


def _int(value: bytes | None) -> int:
    if value is None:  # a task's id, document and pass are never null
        raise ValueError("a claimed task came back without its id, document or pass")
    return int(value)
