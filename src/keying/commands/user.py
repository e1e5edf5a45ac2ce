"""`keying user add|list|disable|unlock`: operator accounts in the central database.

Each action first brings the schema up to date (as `keying db upgrade` does), so a fresh
database works at once. Passwords come from a prompt (asked twice) or, for scripts, from one
line on standard input with `--password-stdin`; only their Argon2id hash is stored.

On PostgreSQL the account is also a login role of the same name (SCRAM-SHA-256, a member of
keying_operator, keying_supervisor or keying_admin; `keying.storage.pg_roles`): run these
commands as the database's owner (CREATEROLE). `disable` sets NOLOGIN and ends the role's open
sessions.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from keying.commands.app import add_database_url
from keying.commands.db import CommandError, guarded, report, upgrade_schema
from keying.storage.vocabulary import ROLES  # no SQLAlchemy: `keying user --help` stays light

MIN_PASSWORD_LENGTH = 8


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = sub.add_parser(
        "add",
        help="create an account",
        description=(
            "Create an account. The password is asked twice on the terminal, or read from one "
            f"line of standard input with --password-stdin (at least {MIN_PASSWORD_LENGTH} "
            "characters)."
        ),
    )
    add.add_argument("login", metavar="LOGIN", help="the name to sign in with (no spaces)")
    add.add_argument("--name", required=True, metavar="NAME", help="display name")
    add.add_argument("--role", required=True, choices=ROLES, help="what the account may do")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of prompting",
    )
    add_database_url(add)
    add.set_defaults(run=run_add)

    ls = sub.add_parser(
        "list",
        help="list the accounts",
        description="List every account: login, role, active or disabled, display name.",
    )
    add_database_url(ls)
    ls.set_defaults(run=run_list)

    disable = sub.add_parser(
        "disable",
        help="disable an account",
        description=(
            "Disable an account: it can no longer sign in; what it keyed and decided stays."
        ),
    )
    disable.add_argument("login", metavar="LOGIN")
    add_database_url(disable)
    disable.set_defaults(run=run_disable)

    unlock = sub.add_parser(
        "unlock",
        help="unlock a login locked after too many wrong passwords",
        description=(
            "Start the count of wrong passwords of a login again (it locks after 20): it may "
            "sign in at once. Recorded in the audit trail."
        ),
    )
    unlock.add_argument("login", metavar="LOGIN")
    add_database_url(unlock)
    unlock.set_defaults(run=run_unlock)


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        text = sys.stdin.read()
        password = text[:-1] if text.endswith("\n") else text
        password = password[:-1] if password.endswith("\r") else password
        if "\n" in password:
            raise CommandError("--password-stdin expects the password on one line")
    else:
        if not sys.stdin.isatty():
            raise CommandError("no terminal to ask the password on: use --password-stdin")
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise CommandError("the two passwords differ")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise CommandError(f"the password is shorter than {MIN_PASSWORD_LENGTH} characters")
    return password


def run_add(args: argparse.Namespace) -> int:
    from keying.config import resolve_database_url
    from keying.storage.engine import session_at
    from keying.storage.pg_roles import create_login_role, is_postgres
    from keying.storage.users import add_user

    url = resolve_database_url(args.database_url)
    try:
        password = read_password(args.password_stdin)
        upgrade_schema(url)

        def action() -> int:
            with session_at(url) as session:
                op = add_user(
                    session,
                    login=args.login,
                    display_name=args.name,
                    role=args.role,
                    password=password,
                )
                if is_postgres(session):
                    create_login_role(session, args.login, password, args.role)
                session.commit()
                return op.id

        user_id = guarded(url, action)
    except CommandError as exc:
        return report("keying user add", exc)
    print(f"added {args.role} {args.login!r} ({args.name}), id {user_id}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from keying.config import resolve_database_url
    from keying.storage.engine import session_at
    from keying.storage.users import list_users

    url = resolve_database_url(args.database_url)

    def action() -> list[tuple[str, str, str, str]]:
        with session_at(url) as session:
            return [
                (u.login, u.role, "active" if u.active else "disabled", u.display_name)
                for u in list_users(session)
            ]

    try:
        upgrade_schema(url)
        rows = guarded(url, action)
    except CommandError as exc:
        return report("keying user list", exc)
    if not rows:
        print("no accounts yet: add one with `keying user add LOGIN --name NAME --role ROLE`")
        return 0
    header = ("login", "role", "status", "name")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)), row[3])
    return 0


def run_disable(args: argparse.Namespace) -> int:
    from keying.config import resolve_database_url
    from keying.storage.engine import session_at
    from keying.storage.pg_roles import disable_login_role, end_sessions, is_postgres
    from keying.storage.users import disable_user, find_user

    url = resolve_database_url(args.database_url)

    def action() -> tuple[bool, int]:
        with session_at(url) as session:
            before = find_user(session, args.login)
            was_active = before is not None and before.active
            disable_user(session, args.login)
            role = is_postgres(session) and disable_login_role(session, args.login)
            session.commit()  # NOLOGIN first: an ended session cannot connect again
            ended = end_sessions(session, args.login) if role else 0
            session.commit()
            return was_active, ended

    try:
        upgrade_schema(url)
        changed, ended = guarded(url, action)
    except CommandError as exc:
        return report("keying user disable", exc)
    print(f"disabled {args.login!r}" if changed else f"{args.login!r} was already disabled")
    if ended:
        print(f"ended {ended} open session(s) of {args.login!r}")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    from keying.config import resolve_database_url
    from keying.storage.engine import session_at
    from keying.storage.sign_in_attempts import unlock

    url = resolve_database_url(args.database_url)

    def action() -> int:
        with session_at(url) as session:
            failures = unlock(session, args.login, None)
            session.commit()
            return failures

    try:
        upgrade_schema(url)
        failures = guarded(url, action)
    except CommandError as exc:
        return report("keying user unlock", exc)
    print(f"unlocked {args.login!r} ({failures} wrong password(s) since its last sign-in)")
    return 0
