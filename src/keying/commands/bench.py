"""`keying bench [--json] [--only NAME] [--quick]`: print keying's figures for this PC."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from keying import bench

log = logging.getLogger(__name__)


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object of figures")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        choices=list(bench.BENCHMARKS),
        help=f"run only this benchmark (repeatable): {', '.join(bench.BENCHMARKS)}",
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer rounds: a smoke run, not a measurement"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from keying.bench.pg_server import NoPostgres

    try:
        figures = bench.run(args.only, quick=args.quick)
    except NoPostgres as exc:
        print(
            f"keying bench: error: no PostgreSQL server to measure against: {exc}", file=sys.stderr
        )
        return 1
    except RuntimeError as exc:  # a benchmark failed (each says which and why)
        log.exception("keying bench failed")
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"keying bench: error: {first} (the whole message: keying.log)", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({f.name: f.value for f in figures}, indent=2))
        return 0
    width = max((len(f.name) for f in figures), default=10)
    print(f"{'figure':<{width}}  {'value':>12}  {'unit':<6}  {'goal':<12}  note")
    for f in figures:
        print(f"{f.name:<{width}}  {f.value:>12g}  {f.unit:<6}  {f.goal:<12}  {f.note}")
    sys.stdout.flush()
    return 0
