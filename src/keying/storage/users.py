"""Operator accounts: add, sign-in check, list, disable. Functions take a Session and never
commit (the caller's unit of work does); passwords are stored only as Argon2id hashes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from keying.storage import repo
from keying.storage.models import Operator
from keying.storage.passwords import hash_password, needs_rehash, verify_password
from keying.storage.vocabulary import ROLES

LOGIN_MAX = 64
DISPLAY_NAME_MAX = 200

# Verified against when the login is unknown or disabled, so a wrong login costs as much time
# as a wrong password and the answer time does not tell which logins exist.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$"
    "kP6m4Ax7+YXH8bJ2uEtGHlRg3tpYKh0nC/Hr6eF9yAc"
)


def _check_login(login: str) -> str:
    if not login or not login.strip():
        raise ValueError("the login is empty")
    if login != login.strip() or any(c.isspace() for c in login):
        raise ValueError(f"the login {login!r} contains spaces")
    if len(login) > LOGIN_MAX:
        raise ValueError(f"the login is longer than {LOGIN_MAX} characters")
    return login


def add_user(
    session: Session,
    *,
    login: str,
    display_name: str,
    role: str,
    password: str,
    actor_id: int | None = None,
) -> Operator:
    """Create an account; ValueError names what is wrong (taken login, unknown role...)."""
    _check_login(login)
    display_name = display_name.strip()
    if not display_name:
        raise ValueError("the display name is empty")
    if len(display_name) > DISPLAY_NAME_MAX:
        raise ValueError(f"the display name is longer than {DISPLAY_NAME_MAX} characters")
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    password_hash = hash_password(password)  # ValueError "the password is empty"
    if session.scalar(select(Operator.id).where(Operator.login == login)) is not None:
        raise ValueError(f"the login {login!r} is already taken")
    operator = Operator(
        login=login,
        display_name=display_name,
        role=role,
        password_hash=password_hash,
        active=True,
    )
    session.add(operator)
    session.flush()
    repo.audit(session, "user_added", actor_id, login=login, role=role, user_id=operator.id)
    return operator


def find_user(session: Session, login: str) -> Operator | None:
    return session.scalar(select(Operator).where(Operator.login == login))


def authenticate(session: Session, login: str, password: str) -> Operator | None:
    """The account when `password` is right for an active `login`, else None.

    A hash made with older parameters is replaced by a fresh one (flushed, not committed).
    """
    operator = find_user(session, login)
    if operator is None or not operator.active:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(operator.password_hash, password):
        return None
    if needs_rehash(operator.password_hash):
        operator.password_hash = hash_password(password)
        session.flush()
    return operator


def list_users(session: Session) -> list[Operator]:
    """Every account, active or not, by login."""
    return list(session.scalars(select(Operator).order_by(Operator.login)))


def disable_user(session: Session, login: str, actor_id: int | None = None) -> Operator:
    """Disable an account (it can no longer sign in; its work stays). Idempotent."""
    operator = find_user(session, login)
    if operator is None:
        raise ValueError(f"no user with login {login!r}")
    if operator.active:
        operator.active = False
        session.flush()
        repo.audit(session, "user_disabled", actor_id, login=login, user_id=operator.id)
    return operator
