"""`keying pass import --batch NAME --pass 1|2 --operator LOGIN FILE.jsonl`: passes keyed
elsewhere, under the same rules as keying in the app; reconciled as in the app."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import run_command

if TYPE_CHECKING:
    from keying.services.passes import LinesReport


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="pass_command", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import",
        help="import one pass of a batch keyed elsewhere (JSONL)",
        description=(
            'Import one pass of a batch from a JSONL file of lines {"document": REFERENCE, '
            '"values": {FIELD: VALUE}} (the format of keying reconcile), as keyed by OPERATOR. '
            "The app's rules hold: the operator exists and is active, nobody keys both passes "
            "of a document, a pass is keyed once, every value is valid for its field. Refused "
            "lines are listed with their reasons; then nothing is imported unless "
            "--skip-refused. When a document's second pass is in, it is reconciled as in the "
            "app: agreed values make its final record, discrepancies go to a supervisor."
        ),
    )
    imp.add_argument("--batch", required=True, metavar="NAME")
    imp.add_argument("--pass", dest="pass_no", required=True, type=int, choices=(1, 2))
    imp.add_argument("--operator", required=True, metavar="LOGIN", help="who keyed the pass")
    imp.add_argument("file", metavar="FILE.jsonl")
    imp.add_argument(
        "--skip-refused",
        action="store_true",
        help="import the lines that pass and list the others (default: all or nothing)",
    )
    add_database_url(imp)
    imp.set_defaults(run=run_import)


def print_refusals(prog: str, path: str, result: LinesReport) -> None:
    for refusal in result.refused:
        print(refusal.text(path), file=sys.stderr)
    if not result.written:
        print(
            f"{prog}: error: {len(result.refused)} of {result.lines} lines refused: "
            "nothing was imported",
            file=sys.stderr,
        )


def run_import(args: argparse.Namespace) -> int:
    from keying.services.passes import PassImportRefused, import_pass

    prog = "keying pass import"

    def show(result: LinesReport) -> int:
        print_refusals(prog, args.file, result)
        if not result.written:
            return 1
        print(
            f"pass {args.pass_no} of batch {args.batch!r} by {args.operator}: {result.imported} "
            f"keyings imported, {len(result.refused)} lines refused; reconciled: "
            f"{result.agreed} agreed, {result.discrepant} to adjudicate"
            + (
                f"; {result.keyed_once} final from pass 1, not verified (verification sampling)"
                if result.keyed_once
                else ""
            )
        )
        return 1 if result.refused else 0

    return run_command(
        prog,
        args,
        lambda sessions: import_pass(
            sessions,
            args.batch,
            args.pass_no,
            args.operator,
            args.file,
            skip_refused=args.skip_refused,
        ),
        show,
        (PassImportRefused,),
    )
