"""`keying sync refused`: the outbox items the central database refused for good, for
supervisors (each PC keeps its own and counts them in its status bar; see
keying.storage.refused_items for what the central database learns of them)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import in_session, run_command
from keying.forms.wording import english

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
    def show(items: list[RefusedItem]) -> None:
        if not items:
            print(
                "no refused item"
                + (f" from workstation {args.workstation}" if args.workstation else "")
            )
            return
        for item in items:
            pass_no = f"pass {item.pass_no}" if item.pass_no is not None else item.kind
            print(
                f"{item.at:%Y-%m-%d %H:%M}  {item.workstation}  {item.login or '?'}  "
                f"{item.document or '-'}  {pass_no}  {item.reason}"
            )
        print(english("%n refused item(s)", len(items)))

    return run_command(
        "keying sync refused", args, in_session(lambda s: _read(s, args.workstation)), show
    )


def _read(session: Session, workstation: str | None) -> list[RefusedItem]:
    from keying.storage.refused_items import refused_items

    return refused_items(session, workstation)
