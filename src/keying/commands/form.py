"""`keying form check FILE...`: load definitions, print `file:line: message` for bad ones.

One line per file, always: a definition that is refused prints its `FormDefinitionError`;
anything else going wrong while checking one file (a bug: the fuzz tests look for them) is
logged with its traceback to keying.log and printed as one line too, and the next file is
checked. Exit 1 when any file failed.
"""

from __future__ import annotations

import argparse
import logging
import sys

from keying.forms import FormDefinitionError, load_form
from keying.forms.loader import MAX_MESSAGE, one_line

log = logging.getLogger(__name__)


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
        except Exception as exc:
            log.exception("checking %s failed", path)
            problem = one_line(f"{type(exc).__name__}: {exc}", MAX_MESSAGE)
            where = one_line(path)
            print(f"{where}: cannot be checked ({problem}; see keying.log)", file=sys.stderr)
            failed += 1
            continue
        d = loaded.definition
        print(f"{one_line(path)}: ok ({d.key}, {len(d.fields)} fields, {len(d.checks)} checks)")
    return 1 if failed else 0
