"""Where one workstation's data lives (`Workspace`) and `Services`, everything the windows
and commands call: one per process, built by the composition root (`keying.ui.app` or a
command) and passed on."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from keying.config import Settings, resolve_database_url
from keying.services.closing import close_document_if_ready
from keying.services.keying import OperatorStation
from keying.services.send_back import settle_third_pass
from keying.services.sign_in import SignedIn, sign_in
from keying.services.startup import cache_notice
from keying.storage import repo
from keying.storage.engine import Timeouts, make_engine, session_factory, upgrade
from keying.storage.models import Keying
from keying.sync.cache import WorkstationCache
from keying.sync.protocol import CentralUnavailable, SyncClient

__all__ = ["Services", "Timeouts", "Workspace", "timeouts_from"]


def timeouts_from(settings: Settings) -> Timeouts:
    """The central database's timeouts a user's settings ask for."""
    return Timeouts(
        settings.connect_timeout_s, settings.statement_timeout_s, settings.lock_timeout_s
    )


@dataclass
class Workspace:
    """Where one workstation's data lives: the central database and the local cache."""

    database_url: str
    cache_path: Path
    workstation: str = field(default_factory=socket.gethostname)
    timeouts: Timeouts = field(default_factory=Timeouts)  # PostgreSQL's connect/statement/lock

    @classmethod
    def from_dir(cls, directory: str | Path) -> Workspace:
        d = Path(directory)
        return cls(f"sqlite:///{(d / 'central.sqlite').as_posix()}", d / "cache.sqlite")

    @classmethod
    def default(cls, database_url: str | None, data_dir: Path) -> Workspace:
        return cls(resolve_database_url(database_url), data_dir / "cache.sqlite")


class Services:
    """Everything the windows call. One per process; built by the composition root."""

    def __init__(
        self,
        workspace: Workspace,
        clock: Callable[[], datetime] | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.workspace = workspace
        self.clock = clock or (lambda: datetime.now(UTC))
        self._owns_engine = engine is None
        self.engine = engine or make_engine(workspace.database_url, workspace.timeouts)
        self.sessions: sessionmaker[Session] = session_factory(self.engine)
        self.cache = WorkstationCache(workspace.cache_path)
        self.sync = SyncClient(
            self.sessions,
            self.cache,
            workspace.workstation,
            on_keying_stored=self.close_document_if_ready,
            clock=self.clock,
        )
        self.cache_notice = self._recover_lost_cache()

    def _recover_lost_cache(self) -> str | None:
        """A cache created now (none was there, or a damaged one was set aside) knows none of
        the claims this workstation holds: release them, and say what was lost (None: nothing)."""
        if not self.cache.fresh:
            return None
        aside = self.cache.set_aside
        try:
            released = self.sync.release_lost_claims(
                "the workstation cache was lost" if aside is None else aside.reason
            )
        except CentralUnavailable:
            released = None
        return cache_notice(self.cache.path, aside, released)

    @classmethod
    def open(cls, workspace: Workspace) -> Services:
        upgrade(workspace.database_url)
        return cls(workspace)

    def for_thread(self) -> Services:
        """Services for another thread: the same engine (thread-safe, one pool), but its own
        cache connection and sync client (a sqlite3 connection or a session never crosses
        threads). Build it in the thread that uses it; `close()` it there."""
        return Services(self.workspace, self.clock, engine=self.engine)

    def close(self) -> None:
        self.cache.close()
        if self._owns_engine:
            self.engine.dispose()

    def sign_in(self, login: str, password: str) -> SignedIn:
        return sign_in(self.sessions, self.workspace.workstation, login, password)

    def station(self, operator: SignedIn, prefetch: int = 2) -> OperatorStation:
        return OperatorStation(self, operator, prefetch)

    def close_document_if_ready(self, session: Session, keying: Keying) -> None:
        """When pass 1 and pass 2 are both in, reconcile and store the result; a pass 3 from
        a send-back settles what it can 2 of 3."""
        if keying.pass_no == 3:
            settle_third_pass(session, keying)
        else:
            close_document_if_ready(session, keying)

    def overview(self) -> list[tuple[str, str, str, int]]:
        """(batch, document, status, discrepancies) for every document."""
        with self.sessions() as session:
            return repo.batch_overview(session)
