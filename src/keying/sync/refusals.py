"""What the central database says no to for good, as opposed to not answering (issue 11, 2).

- `ItemRefused`: an outbox item it will never take (a constraint says no: the document or its
  pass is gone or taken in a way the app does not settle; a right the account lacks, from its
  PostgreSQL role; the account is disabled). The item is kept as `refused`, with the reason.
- `AccountDisabled`: the signed-in account was disabled (keying's own flag, or PostgreSQL no
  longer lets its role log in): its station stops claiming and says so.
Anything else that fails (the server unreachable, a timeout) is retried with backoff.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from keying.storage.models import Operator

DISABLED = "the account is disabled — tell your supervisor"
# SQLSTATE classes and codes that no retry changes: integrity (23), insufficient privilege
# and row-level security (42501).
_FOR_GOOD = ("23", "42501")
_LOGIN_REFUSED = ("is not permitted to log in", "password authentication failed")


class CentralUnavailable(RuntimeError):
    """The central database did not answer; work continues from the cache."""


class AccountDisabled(CentralUnavailable):
    """The signed-in account may no longer work: nothing more is claimed or sent for it."""


class ItemRefused(Exception):
    """The central database refuses this outbox item for good (the message is the reason)."""


def login_refused(exc: BaseException) -> bool:
    """Whether PostgreSQL refused the connection's role itself (NOLOGIN, password changed)."""
    return any(marker in str(exc) for marker in _LOGIN_REFUSED)


def refused_for_good(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    state = str(getattr(exc.orig, "sqlstate", "") or "")
    return any(state.startswith(prefix) for prefix in _FOR_GOOD)


def reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def ensure_active(session: Session, operator_id: int) -> None:
    """AccountDisabled unless the account is active (what `keying user disable` turns off)."""
    active = session.scalar(select(Operator.active).where(Operator.id == operator_id))
    if not active:
        raise AccountDisabled(DISABLED)
