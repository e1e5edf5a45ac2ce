"""`keying report --batch NAME --out report.html`: a batch's quality report in one file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import run_command

if TYPE_CHECKING:
    from keying.stats.quality import BatchQuality


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", required=True, metavar="NAME")
    parser.add_argument("--out", required=True, metavar="PATH", help="the HTML file to write")
    add_database_url(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from keying.export.atomic import ExportPathError
    from keying.services.report import ReportRefused, write_batch_report

    def show(quality: BatchQuality) -> None:
        print(
            f"wrote {args.out}: {quality.documents} documents, {quality.discrepancies} "
            f"discrepancies in {quality.fields} fields ({100 * quality.discrepancy_rate:.2f} %)"
        )

    return run_command(
        "keying report",
        args,
        lambda sessions: write_batch_report(sessions, args.batch, Path(args.out)),
        show,
        (ReportRefused, ExportPathError),
        writes=args.out,
    )
