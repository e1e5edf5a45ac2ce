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
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import CommandError, in_session, report, run_command
from keying.forms.wording import english
from keying.storage.vocabulary import ROLES  # no SQLAlchemy: `keying user --help` stays light

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
        description=(
            "List every account: login, role, status (active; disabled; locked after 20 "
            "wrong passwords, on PostgreSQL: keying user unlock), display name."
        ),
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
            "sign in at once (on PostgreSQL its role gets LOGIN back; a disabled account stays "
            "disabled). Recorded in the audit trail."
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
    from keying.storage.pg_roles import create_login_role, is_postgres
    from keying.storage.users import add_user

    prog = "keying user add"
    try:
        password = read_password(args.password_stdin)
    except CommandError as exc:
        return report(prog, exc)

    def action(session: Session) -> int:
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

    def show(user_id: int) -> None:
        print(f"added {args.role} {args.login!r} ({args.name}), id {user_id}")

    return run_command(prog, args, in_session(action), show)


def run_list(args: argparse.Namespace) -> int:
    from keying.storage.pg_roles import is_postgres, locked_logins
    from keying.storage.users import list_users

    def action(session: Session) -> list[tuple[str, str, str, str]]:
        locked = locked_logins(session) if is_postgres(session) else set()
        return [
            (u.login, u.role, _status(u.active, u.login in locked), u.display_name)
            for u in list_users(session)
        ]

    def show(rows: list[tuple[str, str, str, str]]) -> None:
        if not rows:
            print("no accounts yet: add one with `keying user add LOGIN --name NAME --role ROLE`")
            return
        header = ("login", "role", "status", "name")
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
        for row in [header, *rows]:
            print("  ".join(c.ljust(w) for c, w in zip(row[:3], widths, strict=True)), row[3])

    return run_command("keying user list", args, in_session(action), show)


def _status(active: bool, locked: bool) -> str:
    """disabled (`user disable`), locked (20 wrong passwords: `user unlock`) or active."""
    return "disabled" if not active else "locked" if locked else "active"


def run_disable(args: argparse.Namespace) -> int:
    from keying.storage.pg_roles import disable_login_role, end_sessions, is_postgres
    from keying.storage.users import disable_user, find_user

    def action(session: Session) -> tuple[bool, int]:
        before = find_user(session, args.login)
        was_active = before is not None and before.active
        disable_user(session, args.login)
        role = is_postgres(session) and disable_login_role(session, args.login)
        session.commit()  # NOLOGIN first: an ended session cannot connect again
        ended = end_sessions(session, args.login) if role else 0
        session.commit()
        return was_active, ended

    def show(done: tuple[bool, int]) -> None:
        changed, ended = done
        print(f"disabled {args.login!r}" if changed else f"{args.login!r} was already disabled")
        if ended:
            print(english("ended %n open session(s) of ", ended) + repr(args.login))

    return run_command("keying user disable", args, in_session(action), show)


def run_unlock(args: argparse.Namespace) -> int:
    from keying.storage.pg_roles import is_postgres, lift_lock
    from keying.storage.sign_in_attempts import unlock
    from keying.storage.users import find_user

    def action(session: Session) -> tuple[int, bool]:
        account = find_user(session, args.login)
        disabled = account is not None and not account.active
        role_login = None
        if is_postgres(session) and account is not None and not disabled:
            role_login = lift_lock(session, args.login)  # a disabled account stays NOLOGIN
        failures = unlock(session, args.login, None, role_login)
        session.commit()
        return failures, disabled

    def show(done: tuple[int, bool]) -> None:
        failures, disabled = done
        wrong = english("%n wrong password(s)", failures)
        print(f"unlocked {args.login!r} ({wrong} since its last sign-in)")
        if disabled:
            print(f"{args.login!r} stays disabled (keying user disable): it cannot sign in")

    return run_command("keying user unlock", args, in_session(action), show, refused=(ValueError,))
