"""The sign-in gate (migration 0023): the count of wrong passwords per login when each account
signs in as its own PostgreSQL role, kept by the server for every PC.

A workstation connects as `keying_gate` (no password: pg_hba.conf lets that role in from the
office network; docs/deployment.md) for one call and disconnects:
- `state(...)`: before an attempt, whether the login must wait or is locked;
- `record_failure(...)`: after PostgreSQL refused the password (a `sign_in_failed` event;
  the 20th sets the role NOLOGIN, `sign_in_locked`).
A successful sign-in starts the count again by itself: the `signed_in` event the account's
own connection writes (row-level security: only under its own id).

`GateUnavailable` when the gate cannot be used (no pg_hba line for it, its connection
limit reached, a schema older than 0023): the caller decides what to do. Its `unreachable`
says the server itself did not answer (no connection: refused, timed out, a host name that
does not resolve, no route): the account's own connection to the same server would wait as
long and fail the same way, so the sign-in says so at once instead of trying it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from keying.storage.engine import Timeouts, make_engine, normalize_url

GATE_ROLE = "keying_gate"


# What the driver says when no server answered the connection (psycopg and libpq's words).
_UNREACHABLE = (
    "timeout expired",
    "Connection refused",
    "failed to resolve host",
    "could not translate host name",
    "No route to host",
    "Network is unreachable",
)


class GateUnavailable(Exception):
    """The sign-in gate cannot be used (its reason: one line); `unreachable`: no server
    answered the connection."""

    def __init__(self, reason: str, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.unreachable = unreachable


@dataclass(frozen=True)
class GateState:
    failures: int  # wrong passwords since the last sign-in or unlock
    wait_s: int  # seconds before the next attempt (0: try now)
    locked: bool  # 20 or more: only `keying user unlock` lifts it


def gate_url(url: str | URL) -> URL:
    """The central database's URL as the gate: its host, port and database, no password."""
    return normalize_url(url).set(username=GATE_ROLE, password=None)


def _call(url: str | URL, timeouts: Timeouts, sql: str, params: dict[str, str]) -> GateState:
    engine = make_engine(gate_url(url), timeouts, poolclass=NullPool)
    connected = False
    try:
        with engine.begin() as connection:
            connected = True
            row = connection.execute(text(sql), params).one()
    except DBAPIError as exc:
        lines = str(exc.orig or exc).strip().splitlines()
        reason = lines[0] if lines else type(exc).__name__
        unreachable = not connected and any(marker in reason for marker in _UNREACHABLE)
        raise GateUnavailable(reason, unreachable) from exc
    finally:
        engine.dispose()
    return GateState(int(row.failures), int(row.wait_s), bool(row.locked))


def state(url: str | URL, timeouts: Timeouts, login: str) -> GateState:
    """Whether `login` may try now (the server's count and clock)."""
    sql = "SELECT failures, wait_s, locked FROM keying_sign_in_state(:login)"
    return _call(url, timeouts, sql, {"login": login})


def record_failure(url: str | URL, timeouts: Timeouts, login: str, workstation: str) -> GateState:
    """Record one wrong password of `login` from `workstation`; the state after it."""
    sql = "SELECT failures, wait_s, locked FROM keying_sign_in_failed(:login, :workstation)"
    return _call(url, timeouts, sql, {"login": login, "workstation": workstation})
