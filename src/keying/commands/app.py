"""`keying app`: open the keying window (the default when no command is given)."""

from __future__ import annotations

import argparse


def database_url(text: str) -> str:
    """An argparse type: a URL given must not be empty (it would silently mean the default)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "is empty: give a URL, or leave the option out for the default"
        )
    return text


def add_database_url(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        type=database_url,
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
