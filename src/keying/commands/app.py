"""`keying app`: open the keying window (the default when no command is given)."""

from __future__ import annotations

import argparse


def add_database_url(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="central database (default: $KEYING_DATABASE_URL, else the embedded SQLite file)",
    )


def register(parser: argparse.ArgumentParser) -> None:
    add_database_url(parser)
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        help="a workspace folder made by `keying demo` (its central database and cache)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from keying.ui.app import main  # Qt is imported only when the window opens

    return main(args)
