"""`keying report --batch NAME --out report.html`: a batch's quality report in one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from keying.commands.app import add_database_url
from keying.commands.db import CommandError, report, run_use_case


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", required=True, metavar="NAME")
    parser.add_argument("--out", required=True, metavar="PATH", help="the HTML file to write")
    add_database_url(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from keying.config import resolve_database_url
    from keying.export.atomic import ExportPathError
    from keying.services.report import ReportRefused, write_batch_report

    prog = "keying report"
    url = resolve_database_url(args.database_url)
    try:
        quality = run_use_case(
            url, lambda sessions: write_batch_report(sessions, args.batch, Path(args.out))
        )
    except (ReportRefused, ExportPathError) as exc:
        return report(prog, CommandError(str(exc)))
    except OSError as exc:
        return report(prog, CommandError(f"cannot write {args.out}: {exc.strerror or exc}"))
    except CommandError as exc:
        return report(prog, exc)
    print(
        f"wrote {args.out}: {quality.documents} documents, {quality.discrepancies} "
        f"discrepancies in {quality.fields} fields ({100 * quality.discrepancy_rate:.2f} %)"
    )
    return 0
