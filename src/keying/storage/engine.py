"""Engines, sessions and schema upgrades for the central database (SQLite or PostgreSQL).

- SQLite: every connection gets `foreign_keys=ON`, `journal_mode=WAL`, `synchronous=FULL`
  and a busy timeout; the folder of the file is created if missing.
- PostgreSQL: through psycopg 3 (`postgresql://` URLs are read as `postgresql+psycopg://`),
  with the `Timeouts` given (by default a 10 s connect timeout, a 30 s `statement_timeout` and
  a 10 s `lock_timeout` on every session), so an unreachable or stuck server makes a call fail
  instead of hang; a URL that sets `connect_timeout` or `options` keeps its own.
- Any other database, or another driver (`+psycopg2`, `+aiosqlite` ...), is refused with
  `UnsupportedDatabase`; a SQLite folder that cannot be created with `DatabaseLocationError`.
- An upgrade refuses a database holding tables keying did not make (`ForeignSchema`).
- `upgrade(url)` runs the Alembic migrations in `keying/storage/migrations` to head; no
  alembic.ini is needed. `upgrade_revisions(url)` also tells the revision it started from.
- `session_at(url)`: one session on an engine of its own, for a short command.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.orm import Session, sessionmaker

from keying.config import CONNECT_TIMEOUT_S, LOCK_TIMEOUT_S, STATEMENT_TIMEOUT_S

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 15_000
# Any fixed number: two processes upgrading one PostgreSQL database take turns on it.
_UPGRADE_LOCK_KEY = 0x6B6579696E67  # "keying"

_POSTGRES_ALIASES = ("postgres", "postgresql", "postgresql+psycopg")
_BACKENDS = ("sqlite", "postgresql")
_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")
# The defaults, which are also the settings' defaults (keying.config).
POSTGRES_CONNECT_TIMEOUT_S = CONNECT_TIMEOUT_S
POSTGRES_STATEMENT_TIMEOUT_S = STATEMENT_TIMEOUT_S
POSTGRES_LOCK_TIMEOUT_S = LOCK_TIMEOUT_S


@dataclass(frozen=True)
class Timeouts:
    """How long a PostgreSQL connection waits (seconds; 0 = no limit; SQLite ignores them).

    - `connect_s`: to connect (psycopg's `connect_timeout`, at least 2 s as libpq rounds it);
    - `statement_s`: for any one statement (the session's `statement_timeout`);
    - `lock_s`: for a lock (the session's `lock_timeout`), so nothing waits forever behind
      another transaction.
    """

    connect_s: int = POSTGRES_CONNECT_TIMEOUT_S
    statement_s: float = POSTGRES_STATEMENT_TIMEOUT_S
    lock_s: float = POSTGRES_LOCK_TIMEOUT_S

    def connect_args(self) -> dict[str, Any]:
        """psycopg connect arguments that apply these timeouts."""
        options = (
            f"-c statement_timeout={round(self.statement_s * 1000)} "
            f"-c lock_timeout={round(self.lock_s * 1000)}"
        )
        args: dict[str, Any] = {"options": options}
        if self.connect_s > 0:
            args["connect_timeout"] = max(2, int(self.connect_s))
        return args


# `keying db upgrade`: a migration may run long, and waits for another upgrade's lock.
UPGRADE_TIMEOUTS = Timeouts(statement_s=0, lock_s=300)


class UnsupportedDatabase(ValueError):
    """The URL names a database keying does not run on (only SQLite and PostgreSQL)."""


class DatabaseLocationError(ValueError):
    """The folder of a SQLite database file cannot be created."""


class ForeignSchema(ValueError):
    """The database holds tables keying did not make (another application's)."""


class SchemaMismatch(ValueError):
    """The database's schema is not at the revision this keying knows: the app does not
    upgrade it itself (only `keying db upgrade`, run by the owner)."""


def check_schema(connection: Connection) -> None:
    """SchemaMismatch, in one sentence, unless the schema at `connection` is at the head."""
    revision = MigrationContext.configure(connection).get_current_revision()
    head = head_revision()
    if revision == head:
        return
    if revision is None:
        raise SchemaMismatch(
            "the database holds no keying schema (not keying's database, or never upgraded): "
            "run keying db upgrade"
        )
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        known = False
    if not known:
        raise SchemaMismatch(
            f"the database's schema is at revision {revision}, newer than this keying knows "
            f"({head}): update keying on this PC"
        )
    raise SchemaMismatch(
        f"the database's schema is at revision {revision}, older than this keying's ({head}): "
        "run keying db upgrade"
    )


def signs_in_as_role(url: str | URL) -> bool:
    """Whether accounts sign in as PostgreSQL login roles: a PostgreSQL URL without a user
    (host, port and database only; the login and password come from the sign-in)."""
    parsed = normalize_url(url)
    return parsed.get_backend_name() == "postgresql" and not parsed.username


def normalize_url(url: str | URL) -> URL:
    """Parse a database URL; PostgreSQL URLs without a driver use psycopg 3."""
    parsed = make_url(url)
    if parsed.drivername in _POSTGRES_ALIASES:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def display_url(url: str | URL) -> str:
    """The URL as it may be shown to a person: the password is masked."""
    return normalize_url(url).render_as_string(hide_password=True)


def _sqlite_file(url: URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def make_engine(url: str | URL, timeouts: Timeouts | None = None, **kwargs: Any) -> Engine:
    """An engine for the central database at `url` (extra keywords go to create_engine).

    On PostgreSQL every connection gets `timeouts` (default: `Timeouts()`), except what the URL
    sets itself (`connect_timeout`, `options`)."""
    parsed = normalize_url(url)
    backend = parsed.get_backend_name()
    if backend not in _BACKENDS:
        raise UnsupportedDatabase(f"the central database is SQLite or PostgreSQL, not {backend!r}")
    if parsed.drivername not in _DRIVERS:
        raise UnsupportedDatabase(
            f"keying reaches {backend} through "
            f"{'psycopg 3' if backend == 'postgresql' else 'Python sqlite3'}, "
            f"not {parsed.get_driver_name()!r}: write {backend}://..."
        )
    if backend == "sqlite":
        path = _sqlite_file(parsed)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseLocationError(
                    f"cannot create the folder {path.parent} for the SQLite database: "
                    f"{exc.strerror or exc}"
                ) from exc
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    connect_args = dict(kwargs.pop("connect_args", {}))
    for key, value in (timeouts or Timeouts()).connect_args().items():
        if key not in parsed.query:  # an unreachable or stuck server fails, not hangs
            connect_args.setdefault(key, value)
    kwargs["connect_args"] = connect_args
    return create_engine(parsed, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for one user action each; objects stay readable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_at(url: str | URL, timeouts: Timeouts | None = None) -> Iterator[Session]:
    """A session on an engine of its own for `url`, disposed of on leaving (one short command)."""
    engine = make_engine(url, timeouts)
    try:
        with session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code. env.py uses `connection` when given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision the migrations know."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_current(engine: Engine) -> bool:
    """Whether the database's schema is at the newest revision."""
    return current_revision(engine) == head_revision()


def _take_upgrade_lock(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        # Take the write lock before reading the revision, so two processes cannot both
        # decide to create the tables.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK_KEY})")


def _refuse_foreign_tables(connection: Connection) -> None:
    """An unversioned database must be empty: keying never mixes its tables with another's."""
    tables = sorted(set(inspect(connection).get_table_names()) - {"alembic_version"})
    if tables:
        listed = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        raise ForeignSchema(
            f"the database holds tables keying did not make ({listed}): "
            "give keying an empty database of its own"
        )


def upgrade_revisions(url: str | URL, revision: str = "head") -> tuple[str | None, str]:
    """Create or upgrade the schema at `url` in one transaction.

    Returns (the revision before, None for an empty database; the revision reached), both read
    under the upgrade lock, so a concurrent upgrade cannot come in between.
    """
    engine = make_engine(url, UPGRADE_TIMEOUTS)
    try:
        with engine.begin() as connection:
            _take_upgrade_lock(connection)
            before = MigrationContext.configure(connection).get_current_revision()
            if before is None:
                _refuse_foreign_tables(connection)
            command.upgrade(alembic_config(connection), revision)
            reached = MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
    if reached is None:  # pragma: no cover - upgrade to a revision always records one
        raise RuntimeError("the upgrade recorded no revision")
    return before, reached


def upgrade(url: str | URL, revision: str = "head") -> str:
    """Create or upgrade the schema at `url` in one transaction; return the revision reached."""
    return upgrade_revisions(url, revision)[1]
