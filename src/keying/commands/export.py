"""`keying export --batch NAME --format csv|xlsx|json|dta|sav --out PATH`: a batch's final
data, typed, with a data dictionary; every file written all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

from keying.commands.db import run_command

FORMATS = ("csv", "xlsx", "json", "dta", "sav")  # as keying.export.FORMATS (kept import-light)


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", required=True, metavar="NAME")
    parser.add_argument("--format", dest="fmt", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    parser.add_argument(
        "--include-pending",
        action="store_true",
        help="also documents without a final record (agreed values so far; disputed empty)",
    )
    parser.add_argument(
        "--provenance",
        action="store_true",
        help="add per field how its value was decided (agreed, A, B, new...) and by whom",
    )
    add_database_url(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from keying.commands.progress import progress_bar
    from keying.export.atomic import ExportPathError
    from keying.services.export import ExportRefused, ExportReport, export_batch

    def export(sessions: sessionmaker[Session]) -> ExportReport:
        with progress_bar("exporting") as bar:
            steps: list[str] = []

            def step(name: str) -> None:
                steps.append(name)
                bar.update(len(steps) - 1, len(steps), name)

            return export_batch(
                sessions,
                args.batch,
                args.fmt,
                Path(args.out),
                args.include_pending,
                args.provenance,
                step,
            )

    def show(result: ExportReport) -> None:
        pending = f" ({result.pending} not final)" if result.pending else ""
        print(f"exported {result.records} records{pending} of batch {args.batch!r}:")
        for path in result.files:
            print(f"  {path}")

    return run_command(
        "keying export", args, export, show, (ExportRefused, ExportPathError), writes=args.out
    )
