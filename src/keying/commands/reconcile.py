"""`keying reconcile --form FORM.yaml A.jsonl B.jsonl [--third C.jsonl] [--out OUT.jsonl]`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from keying.forms import FormDefinitionError, load_form


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--form", required=True, metavar="FORM.yaml", help="form definition")
    parser.add_argument("a", metavar="A.jsonl", help="pass A: one JSON object per line")
    parser.add_argument("b", metavar="B.jsonl", help="pass B, matched to A by document")
    parser.add_argument("--third", metavar="C.jsonl", help="pass C, the tie-break")
    parser.add_argument("--out", metavar="OUT.jsonl", help="write results here (default stdout)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from keying.reconcile.jsonl import reconcile_files

    try:
        form = load_form(args.form).definition
    except (FormDefinitionError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 1
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    tty = sys.stderr.isatty()
    start = time.perf_counter()
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def write(obj: dict[str, Any]) -> None:
        out.write(dumps(obj))
        out.write("\n")

    def report(message: str) -> None:
        if tty:
            sys.stderr.write("\r\x1b[K")
        print(message, file=sys.stderr)

    def progress(n: int) -> None:
        rate = n / max(time.perf_counter() - start, 1e-9)
        sys.stderr.write(f"\r{n} documents, {rate:,.0f}/s")
        sys.stderr.flush()

    try:
        totals = reconcile_files(
            form, args.a, args.b, args.third, write, report, progress if tty else None
        )
    except OSError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    if tty:
        sys.stderr.write("\r\x1b[K")
        print(
            f"{totals.documents} documents: {totals.agreed} agreed, {totals.discrepant} "
            f"discrepant, {totals.missing} missing; {totals.bad_lines} malformed lines",
            file=sys.stderr,
        )
    return 1 if totals.bad_lines or totals.missing else 0
