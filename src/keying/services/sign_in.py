"""Signing in.

- SQLite, or PostgreSQL through a URL that names its own user (one shared account, kept for
  a single office or a test server): the login and password are checked by keying against
  the Argon2id hash in `operators`.
- PostgreSQL through a URL without a user (host, port and database; the shop's way): signing
  in *is* connecting as the account's login role with the password typed (`sign_in_as_role`);
  PostgreSQL checks it (SCRAM-SHA-256) and its GRANTs and row-level security decide what the
  connection may do. The password stays in this process's memory, never on disk. The
  schema's revision is checked first: the app never upgrades it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from socket import gethostname

from sqlalchemy import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from keying.forms.wording import QT_TRANSLATE_NOOP, say
from keying.services.throttle import refusal
from keying.storage import repo
from keying.storage import sign_in_attempts as attempts
from keying.storage.engine import (
    SchemaMismatch,
    Timeouts,
    check_schema,
    make_engine,
    normalize_url,
    session_factory,
)
from keying.storage.errors import first_line
from keying.storage.pg_roles import connected_account
from keying.storage.users import authenticate
from keying.storage.vocabulary import Role

log = logging.getLogger(__name__)


# English (what is logged); a `Said`, so the sign-in dialog says it in the operator's language
WRONG = say(QT_TRANSLATE_NOOP("keying", "Wrong login or password, or the account is disabled."))
# What PostgreSQL answers a connection whose role or password is wrong, or whose role may not
# log in (NOLOGIN: disabled): all given the same answer, as keying's own check does.
_REFUSED_LOGIN = (
    "password authentication failed",
    "is not permitted to log in",
    "no pg_hba.conf entry",
)


class SignInError(Exception):
    """Wrong login or password, or a disabled account; or (with its own sentence) a central
    database that cannot be used."""


@dataclass(frozen=True)
class SignedIn:
    operator_id: int
    login: str
    display_name: str
    role: Role


def sign_in(
    sessions: sessionmaker[Session],
    workstation: str,
    login: str,
    password: str,
    now: datetime | None = None,
) -> SignedIn:
    """The signed-in account, audited; `SignInError` when the login or password is wrong (the
    failure recorded), or with its own sentence when the login must wait or is locked
    (keying.services.throttle)."""
    login, now = login.strip(), now or datetime.now(UTC)
    try:
        return _check_password(sessions, workstation, login, password, now)
    except DBAPIError as exc:  # no answer (a timeout), refused, or another failure
        url = sessions.kw["bind"].url
        line = first_line(exc, url)
        log.warning("sign-in: the central database %s cannot be used: %s", _where(url), line)
        raise SignInError(f"The central database {_where(url)} cannot be reached: {line}") from exc


def _check_password(
    sessions: sessionmaker[Session], workstation: str, login: str, password: str, now: datetime
) -> SignedIn:
    with sessions() as session:
        stop = refusal(*attempts.failures(session, login), now)
        if stop is not None:
            log.warning("sign-in refused for login %r: %s", login, stop)
            raise SignInError(stop)
        op = authenticate(session, login, password)
        if op is None:
            log.warning("sign-in refused for login %r", login)
            session.rollback()  # a rehash is not kept; the failure is
            attempts.record_failure(session, login, workstation, now)
            session.commit()
            raise SignInError(WRONG)
        repo.audit(session, "signed_in", op.id, workstation=workstation, host=gethostname())
        session.commit()
        log.info("signed in: %s (%s) on %s", op.login, op.role, workstation)
        return SignedIn(op.id, op.login, op.display_name, Role(op.role))


def sign_in_as_role(
    url: str, timeouts: Timeouts, workstation: str, login: str, password: str
) -> tuple[Engine, SignedIn]:
    """Connect to the PostgreSQL database at `url` as the login role `login`: the engine of
    that connection (the caller owns it) and the account. SignInError with one sentence for a
    wrong login or password, a disabled account, an unreachable server, a schema of another
    revision or a database that is not keying's."""
    login = login.strip()
    if not login or not password:
        raise SignInError(WRONG)
    central = normalize_url(url)
    engine = make_engine(central.set(username=login, password=password), timeouts)
    try:
        with engine.connect() as connection:
            try:
                check_schema(connection)
            except DBAPIError as exc:  # the role may not even read the schema's revision
                if getattr(exc.orig, "sqlstate", None) != "42501":
                    raise
                raise SchemaMismatch(
                    "accounts cannot sign in as their own PostgreSQL role there yet (a schema "
                    "older than this keying's, or not keying's database): run keying db upgrade"
                ) from exc
        with session_factory(engine)() as session:
            account = connected_account(session)
            if account is None or not account["active"]:
                log.warning("sign-in refused for login %r: no active account", login)
                raise SignInError(WRONG)
            repo.audit(
                session, "signed_in", account["id"], workstation=workstation, host=gethostname()
            )
            session.commit()
    except SignInError:
        engine.dispose()
        raise
    except SchemaMismatch as exc:
        engine.dispose()
        raise SignInError(f"The central database cannot be used: {exc}.") from exc
    except DBAPIError as exc:
        engine.dispose()
        line = first_line(exc, url).replace(password, "***")
        if any(marker in line for marker in _REFUSED_LOGIN):
            log.warning("sign-in refused for login %r: %s", login, line)
            raise SignInError(WRONG) from exc
        raise unreachable(url, line) from exc
    log.info(
        "signed in: %s (%s) on %s, as its PostgreSQL role", login, account["role"], workstation
    )
    signed = SignedIn(int(account["id"]), login, account["display_name"], Role(account["role"]))
    return engine, signed


def unreachable(url: str | URL, line: str) -> SignInError:
    """The sign-in's answer (logged) when the central database at `url` cannot be used:
    `line`, the driver's first line (no password in it)."""
    where = _where(normalize_url(url))
    log.warning("sign-in: the central database %s cannot be used: %s", where, line)
    return SignInError(f"The central database {where} cannot be reached: {line}")


def _where(url: URL) -> str:
    """The central database in words, without a password: `host:port/database` or a file."""
    if url.get_backend_name() == "sqlite":
        return url.database or "in memory"
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
