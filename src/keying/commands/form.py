"""`keying form check FILE...`: load definitions, print `file:line: message` for bad ones."""

from __future__ import annotations

import argparse
import sys

from keying.forms import FormDefinitionError, load_form


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="form_command", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check",
        help="check form definition files",
        description="Load each file; exit 1 and print file:line: message for any bad one.",
    )
    check.add_argument("files", nargs="+", metavar="FILE")
    check.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        try:
            loaded = load_form(path)
        except FormDefinitionError as exc:
            print(exc, file=sys.stderr)
            failed += 1
            continue
        d = loaded.definition
        print(f"{path}: ok ({d.key}, {len(d.fields)} fields, {len(d.checks)} checks)")
    return 1 if failed else 0
