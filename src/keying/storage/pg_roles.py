"""Accounts as PostgreSQL login roles (the central database is PostgreSQL).

Each account is a login role of the same name, a member of one group role made by migration
0007 (`keying_operator`, `keying_supervisor`, `keying_admin`); the groups' GRANTs and
row-level security decide what its connection may read and write. The password never
reaches the server in clear: its SCRAM-SHA-256 verifier is computed here (libpq's
`PQencryptPasswordConn`) and only the verifier is sent.

Functions take a Session on the owner's connection (who has CREATEROLE) and never commit.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from keying.storage.vocabulary import Role

GROUPS: dict[str, str] = {
    Role.OPERATOR: "keying_operator",
    Role.SUPERVISOR: "keying_supervisor",
    Role.ADMIN: "keying_admin",
}
ROLE_NAME_MAX_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1
_VERIFIER = re.compile(r"^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$")


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _driver_connection(session: Session) -> Any:
    return session.connection().connection.driver_connection


def _ddl(session: Session, template: str, *names: str, literal: str | None = None) -> None:
    """Run a role statement on the session's own connection (in its transaction): `{}` in
    `template` are the `names` quoted as identifiers, then `literal` as a string literal."""
    from psycopg import sql

    parts: list[Any] = [sql.Identifier(name) for name in names]
    if literal is not None:
        parts.append(sql.Literal(literal))
    _driver_connection(session).execute(sql.SQL(template).format(*parts))


def scram_verifier(session: Session, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password` for role `login` (computed on this side)."""
    pgconn = _driver_connection(session).pgconn
    verifier = pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    ).decode("ascii")
    if not _VERIFIER.match(verifier):  # pragma: no cover - libpq's own output
        raise RuntimeError("libpq made no SCRAM-SHA-256 verifier")
    return verifier


def check_role_name(login: str) -> None:
    """A login that cannot be a login role of its own is refused (ValueError)."""
    if len(login.encode("utf-8")) > ROLE_NAME_MAX_BYTES:
        raise ValueError(
            f"the login {login!r} is longer than PostgreSQL's {ROLE_NAME_MAX_BYTES} bytes"
        )
    lowered = login.lower()
    if lowered.startswith("pg_") or lowered in {"public", "none", *GROUPS.values()}:
        raise ValueError(f"the login {login!r} is a name PostgreSQL or keying reserves")


def _existing(session: Session, login: str) -> dict[str, Any] | None:
    row = (
        session.execute(
            text(
                "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, "
                "rolname = current_user AS is_me FROM pg_roles WHERE rolname = :login"
            ),
            {"login": login},
        )
        .mappings()
        .first()
    )
    return dict(row) if row is not None else None


def create_login_role(session: Session, login: str, password: str, role: str) -> bool:
    """Make `login` a login role with `password`, a member of its role's group only.

    An existing role of that name (another database of the same cluster made it) is reused:
    it gets the new password and the group; a role with powers of its own (superuser,
    CREATEROLE, CREATEDB, replication, BYPASSRLS) or the connected role itself is refused.
    Returns whether the role was created (False: reused)."""
    check_role_name(login)
    group = GROUPS[Role(role)]
    existing = _existing(session, login)
    if existing is not None and any(existing.values()):
        raise ValueError(
            f"the PostgreSQL role {login!r} already exists with powers of its own: "
            "choose another login"
        )
    verifier = scram_verifier(session, login, password)
    verb = "CREATE" if existing is None else "ALTER"
    _ddl(
        session,
        f"{verb} ROLE {{}} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
        "NOREPLICATION NOBYPASSRLS PASSWORD {}",
        login,
        literal=verifier,
    )
    groups = set(
        session.scalars(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(GROUPS.values())},
        )
    )
    if group not in groups:
        raise ValueError(f"the group role {group} does not exist: run keying db upgrade first")
    for other in groups - {group}:
        _ddl(session, "REVOKE {} FROM {}", other, login)
    _ddl(session, "GRANT {} TO {}", group, login)
    return existing is None


def disable_login_role(session: Session, login: str) -> bool:
    """NOLOGIN for `login` (False: there is no such role). Commit, then `end_sessions`: a
    session ended before the commit could connect again at once."""
    existing = _existing(session, login)
    if existing is None:
        return False
    if any(existing.values()):
        raise ValueError(f"the PostgreSQL role {login!r} has powers of its own: not changed")
    _ddl(session, "ALTER ROLE {} NOLOGIN", login)
    return True


def lift_lock(session: Session, login: str) -> bool:
    """LOGIN again for the role `login`, set NOLOGIN by the sign-in gate after too many wrong
    passwords (migration 0023); True when it changed. Call it only for an *active* account:
    a disabled one's NOLOGIN (`disable_login_role`) must stay."""
    existing = _existing(session, login)
    if existing is None:
        return False
    if any(existing.values()):
        raise ValueError(f"the PostgreSQL role {login!r} has powers of its own: not changed")
    can_login = session.scalar(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :login"), {"login": login}
    )
    if can_login:
        return False
    _ddl(session, "ALTER ROLE {} LOGIN", login)
    return True


def locked_logins(session: Session) -> set[str]:
    """The active accounts whose role cannot log in: locked by the sign-in gate (a disabled
    account's role is NOLOGIN too, but `operators.active` tells those apart)."""
    return set(
        session.scalars(
            text(
                "SELECT o.login FROM operators o JOIN pg_roles r ON r.rolname = o.login "
                "WHERE o.active AND NOT r.rolcanlogin"
            )
        )
    )


def end_sessions(session: Session, login: str) -> int:
    """End the open sessions of `login` (its stations fail at their next call); returns how
    many. Needs membership of pg_signal_backend (or superuser): a ValueError says so."""
    pids = list(
        session.scalars(
            text(
                "SELECT pid FROM pg_stat_activity "
                "WHERE usename = :login AND pid <> pg_backend_pid()"
            ),
            {"login": login},
        )
    )
    if not pids:
        return 0
    if not session.scalar(text("SELECT pg_has_role(current_user, 'pg_signal_backend', 'MEMBER')")):
        raise ValueError(
            f"{login!r} cannot log in any more, but its {len(pids)} open session(s) could not "
            "be ended: grant pg_signal_backend to the database's owner"
        )
    return sum(
        bool(session.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}))
        for pid in pids
    )


def connected_account(session: Session) -> dict[str, Any] | None:
    """The keying account of the connected role (`current_user`), active or not; None when
    the role has no account."""
    row = (
        session.execute(
            text(
                "SELECT id, login, display_name, role, active FROM operators "
                "WHERE login = current_user"
            )
        )
        .mappings()
        .first()
    )
    return dict(row) if row is not None else None
