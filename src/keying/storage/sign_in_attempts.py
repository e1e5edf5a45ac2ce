"""Wrong passwords per login, kept in the audit trail (issue 11, 2: "sign-in attempts are
throttled per login ... recorded in the audit trail"), for the sign-ins keying checks itself
(SQLite, or PostgreSQL through a URL naming its own user).

- `sign_in_failed` (detail: login, workstation): one wrong login or password. Recorded for
  any login typed, existing or not, so the throttle tells nothing about which logins exist.
- The count starts again after the account's last `signed_in` or the login's last
  `sign_in_unlocked` (`keying user unlock LOGIN`, an admin).
- The server's sign-in gate (migration 0023, keying.storage.sign_in_gate) counts the same
  events the same way when accounts sign in as their own PostgreSQL roles, and adds
  `sign_in_locked` (the 20th: the role set NOLOGIN).
Functions take a Session and never commit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from keying.storage.models import AuditEvent, Operator

FAILED, UNLOCKED = "sign_in_failed", "sign_in_unlocked"


def _login_is(login: str):  # type: ignore[no-untyped-def]
    return AuditEvent.detail["login"].as_string() == login


def failures(session: Session, login: str) -> tuple[int, datetime | None]:
    """Wrong passwords for `login` since its last success or unlock, and the last one's time."""
    account = session.scalar(select(Operator.id).where(Operator.login == login))
    resets = [(AuditEvent.kind == UNLOCKED) & _login_is(login)]
    if account is not None:
        resets.append((AuditEvent.kind == "signed_in") & (AuditEvent.actor_id == account))
    reset = or_(*resets)
    since = session.scalar(select(func.max(AuditEvent.id)).where(reset)) or 0
    count, last = session.execute(
        select(func.count(), func.max(AuditEvent.at)).where(
            AuditEvent.kind == FAILED, _login_is(login), AuditEvent.id > since
        )
    ).one()
    return int(count), last


def record_failure(session: Session, login: str, workstation: str, at: datetime) -> None:
    session.add(AuditEvent(at=at, kind=FAILED, detail={"login": login, "workstation": workstation}))


def unlock(
    session: Session, login: str, actor_id: int | None, role_login: bool | None = None
) -> int:
    """Start the count of `login` again; returns how many failures it had. `role_login`:
    whether its PostgreSQL role got LOGIN back (None: no role was touched)."""
    count, _ = failures(session, login)
    detail: dict[str, object] = {"login": login}
    if role_login is not None:
        detail["role_login"] = role_login
    session.add(AuditEvent(kind=UNLOCKED, actor_id=actor_id, detail=detail))
    return count
