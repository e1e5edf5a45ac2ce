"""Signing in: a login and a password checked against the central database (argon2)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from keying.storage import repo
from keying.storage.users import authenticate
from keying.storage.vocabulary import Role

log = logging.getLogger(__name__)


class SignInError(Exception):
    """Wrong login or password, or a disabled account."""


@dataclass(frozen=True)
class SignedIn:
    operator_id: int
    login: str
    display_name: str
    role: Role


def sign_in(
    sessions: sessionmaker[Session], workstation: str, login: str, password: str
) -> SignedIn:
    """The signed-in account, audited; `SignInError` when the login or password is wrong."""
    with sessions() as session:
        op = authenticate(session, login.strip(), password)
        if op is None:
            log.warning("sign-in refused for login %r", login.strip())
            raise SignInError("Wrong login or password, or the account is disabled.")
        repo.audit(session, "signed_in", op.id, workstation=workstation)
        session.commit()
        log.info("signed in: %s (%s) on %s", op.login, op.role, workstation)
        return SignedIn(op.id, op.login, op.display_name, Role(op.role))
