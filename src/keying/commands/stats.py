"""`keying stats --batch NAME [--by keyer|field|day] [--json|--csv] [--since DATE]
[--until DATE] [--keyer LOGIN]`: a batch's figures (docs/statistics.md)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import CommandError, report, run_command

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from keying.services.stats import BatchStats

PROG = "keying stats"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", required=True, metavar="NAME")
    parser.add_argument(
        "--by",
        choices=("keyer", "field", "day"),
        help="one table: per keyer, per field of the form, or per day and keyer "
        "(default: the batch's figures and the keyers')",
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", action="store_true", help="print CSV (default table: --by keyer)")
    parser.add_argument(
        "--since", metavar="DATE", help="keyings finished on or after (YYYY-MM-DD, UTC)"
    )
    parser.add_argument(
        "--until", metavar="DATE", help="keyings finished on or before (YYYY-MM-DD, UTC)"
    )
    parser.add_argument("--keyer", metavar="LOGIN", help="only this keyer's keyings")
    add_database_url(parser)
    parser.set_defaults(run=run)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def run(args: argparse.Namespace) -> int:
    from keying.services.stats import StatsRefused, batch_stats
    from keying.stats.keyers import Period

    try:
        period = Period(_day(args.since, "--since"), _day(args.until, "--until"), args.keyer)
        if period.since and period.until and period.since > period.until:
            raise CommandError(f"--since {period.since} is after --until {period.until}")
    except CommandError as exc:
        return report(PROG, exc)

    def read(sessions: sessionmaker[Session]) -> BatchStats:
        stats = batch_stats(sessions, args.batch, period, args.by == "day")
        if args.keyer and not stats.keyers and args.keyer not in stats.quality.keyers:
            raise CommandError(f"{args.keyer!r} keyed nothing in batch {args.batch!r}")
        return stats

    def show(stats: BatchStats) -> None:
        fmt = "json" if args.json else "csv" if args.csv else "table"
        print(render(stats, args.by, fmt), end="")

    return run_command(PROG, args, read, show, (StatsRefused,))


def render(stats: BatchStats, by: str | None, fmt: str) -> str:
    from keying.stats.tables import as_csv, as_table, batch_rows, field_rows, keyer_rows

    tables = {
        "batch": batch_rows(stats.quality),
        "keyers": keyer_rows(stats.keyers, by == "day"),
        "fields": field_rows(stats.fields),
    }
    chosen = {"keyer": "keyers", "day": "keyers", "field": "fields", None: None}[by]
    if fmt == "json":
        if chosen is not None:
            return json.dumps(tables[chosen], indent=2, ensure_ascii=False) + "\n"
        whole = {
            "batch": stats.batch,
            "form": stats.form,
            "figures": {str(r["figure"]): r["value"] for r in tables["batch"]},
            "keyers": tables["keyers"],
            "fields": tables["fields"],
        }
        return json.dumps(whole, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return as_csv(tables[chosen or "keyers"])
    if chosen is not None:
        return as_table(tables[chosen])
    return (
        f"Batch {stats.batch} (form {stats.form})\n\n{as_table(tables['batch'])}\n"
        f"Keyers\n\n{as_table(tables['keyers'])}"
    )
