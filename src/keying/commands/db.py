"""`keying db upgrade [--database-url URL]`: create or upgrade the central database's schema.

Also the small helpers the other database commands share (`run_command`): upgrade the schema
first, and turn database errors (and the ValueError of a refused request) into one clear line
instead of a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from keying.commands.app import add_database_url
from keying.forms.wording import english

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")


class CommandError(Exception):
    """A failure to report as one line on stderr, exit status 1."""


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = sub.add_parser(
        "upgrade",
        help="create or upgrade the schema to the newest revision",
        description=(
            "Create the central database's tables, constraints and triggers, or upgrade them "
            "to the newest revision. Safe to run again: an up-to-date database is left as it "
            "is. The database is --database-url, else $KEYING_DATABASE_URL, else the embedded "
            "SQLite file in keying's data directory."
        ),
    )
    add_database_url(up)
    up.set_defaults(run=run_upgrade)


def shown(url: str) -> str:
    """The URL for messages: the password masked; a URL that does not parse as it was given."""
    from keying.storage.errors import shown_url

    return shown_url(url)


def guarded(url: str, action: Callable[[], T]) -> T:
    """Run `action`; raise CommandError with one clear line for the usual database failures
    (keying.storage.errors.describe) and with the message of a refused request (ValueError)."""
    from keying.storage.errors import describe

    try:
        return action()
    except Exception as exc:
        message = describe(url, exc)
        if message is None:
            raise
        raise CommandError(message) from exc


def report(prog: str, error: CommandError) -> int:
    print(f"{prog}: error: {error}", file=sys.stderr)
    return 1


def upgrade_schema(url: str) -> tuple[str | None, str]:
    """Upgrade the schema at `url`; return (revision before, revision reached)."""
    from keying.storage.engine import upgrade_revisions

    return guarded(url, lambda: upgrade_revisions(url))


def run_use_case(url: str, use_case: Callable[[sessionmaker[Session]], T]) -> T:
    """Upgrade the schema at `url`, then run `use_case` with a session factory on an engine of
    its own, disposed of after; database failures become one-line CommandErrors."""
    from keying.storage.engine import make_engine, session_factory

    upgrade_schema(url)
    engine = guarded(url, lambda: make_engine(url))
    try:
        return guarded(url, lambda: use_case(session_factory(engine)))
    finally:
        engine.dispose()


def in_session(action: Callable[[Session], T]) -> Callable[[sessionmaker[Session]], T]:
    """A use case of one session (what a short command does) for `run_command`."""

    def use_case(sessions: sessionmaker[Session]) -> T:
        with sessions() as session:
            return action(session)

    return use_case


def run_command(
    prog: str,
    args: argparse.Namespace,
    use_case: Callable[[sessionmaker[Session]], T],
    show: Callable[[T], int | None],
    refused: tuple[type[Exception], ...] = (),
    writes: str | None = None,
) -> int:
    """What every database command does: `use_case` on `--database-url` (else the configured
    database; `run_use_case`), then `show` prints its result and says the exit status (None:
    0). A CommandError, a `refused` exception (the service's refusal: its message) and, when
    the command `writes` a file, an OSError are one line on stderr and exit status 1."""
    from keying.config import resolve_database_url

    url = resolve_database_url(args.database_url)
    try:
        result = run_use_case(url, use_case)
    except CommandError as exc:
        return report(prog, exc)
    except refused as exc:
        return report(prog, CommandError(str(exc)))
    except OSError as exc:
        if writes is None:
            raise
        return report(prog, CommandError(f"cannot write {writes}: {exc.strerror or exc}"))
    code = show(result)
    return 0 if code is None else code


def run_upgrade(args: argparse.Namespace) -> int:
    from keying.config import resolve_database_url
    from keying.services.training_gold import prepare_gold_keys

    url = resolve_database_url(args.database_url)
    try:
        before, reached = upgrade_schema(url)
    except CommandError as exc:
        return report("keying db upgrade", exc)
    try:
        made = run_use_case(url, prepare_gold_keys)
    except CommandError as exc:
        return report("keying db upgrade", exc)
    if before == reached:
        print(f"{shown(url)}: already at revision {reached} (the newest)")
    else:
        print(f"{shown(url)}: upgraded from {before or 'an empty database'} to revision {reached}")
    if made:
        print(english("%n gold document(s): scoring keys made for training", made))
    return 0
