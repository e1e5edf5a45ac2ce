"""`keying demo [--workspace DIR]`: create the demo workspace (once) and open the app on it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from keying.config import data_dir


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        type=Path,
        help="where to make the demo (default: 'demo' in keying's data directory)",
    )
    parser.add_argument(
        "--documents", type=int, default=8, metavar="N", help="documents per batch (default 8)"
    )
    parser.add_argument(
        "--no-open", action="store_true", help="create the workspace and print it, no window"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from keying.services.demo import WorkspaceError, create_demo

    directory = args.workspace or data_dir() / "demo"
    try:
        info = create_demo(directory, documents_per_batch=args.documents)
    except WorkspaceError as exc:
        print(f"keying demo: error: {exc}", file=sys.stderr)
        return 1
    verb = "Created" if info.created else "Using"
    print(f"{verb} the demo workspace in {info.directory}")
    for name, count in info.batches:
        print(f"  batch {name!r}: {count} documents, each keyed in pass 1 and pass 2")
    print("Accounts (login / role / password):")
    width = max(len(login) for login, _, _ in info.accounts)
    for login, role, password in info.accounts:
        print(f"  {login:<{width}} {role:<11} {password}")
    print("Key a document as op1, sign out (Ctrl+Shift+Q), key the same as op2: the app then")
    print("lists which documents agreed and which wait for a supervisor.")
    print("trainee keys the census form's gold documents first, with feedback after each,")
    print("and gets live census work once qualified (docs/training.md).")
    if args.no_open:
        return 0
    from keying.commands.app import run as open_app  # the one command that imports keying.ui

    return open_app(argparse.Namespace(workspace=str(info.directory), database_url=None))
