"""`keying sync refused`: the outbox items the central database refused for good, for
supervisors (each PC keeps its own and counts them in its status bar; see
keying.storage.refused_items for what the central database learns of them)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import CommandError, report, run_use_case

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from keying.storage.refused_items import RefusedItem


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    refused = sub.add_parser(
        "refused",
        help="list the outbox items the central database refused for good",
        description=(
            "List the keyings and page flags the central database refused for good (a "
            "constraint said no, a right the account's role lacks), as their workstations "
            "reported them: time, workstation, login, document, pass, reason. They are kept "
            "on their PC, never sent again. A disabled account's items are not listed: its "
            "role may no longer write; its PC's status bar counts them."
        ),
    )
    refused.add_argument("--workstation", metavar="UUID", help="only the items of this workstation")
    add_database_url(refused)
    refused.set_defaults(run=run_refused)


def run_refused(args: argparse.Namespace) -> int:
    from keying.config import resolve_database_url

    url = resolve_database_url(args.database_url)
    try:
        items = run_use_case(url, lambda sessions: _read(sessions, args.workstation))
    except CommandError as exc:
        return report("keying sync refused", exc)
    if not items:
        print(
            "no refused item"
            + (f" from workstation {args.workstation}" if args.workstation else "")
        )
        return 0
    for item in items:
        pass_no = f"pass {item.pass_no}" if item.pass_no is not None else item.kind
        print(
            f"{item.at:%Y-%m-%d %H:%M}  {item.workstation}  {item.login or '?'}  "
            f"{item.document or '-'}  {pass_no}  {item.reason}"
        )
    print(f"{len(items)} refused item(s)")
    return 0


def _read(sessions: sessionmaker[Session], workstation: str | None) -> list[RefusedItem]:
    from keying.storage.refused_items import refused_items

    with sessions() as session:
        return refused_items(session, workstation)
