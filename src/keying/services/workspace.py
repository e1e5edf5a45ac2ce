"""Where one workstation's data lives (`Workspace`) and `Services`, everything the windows
and commands call: one per process, built by the composition root (`keying.ui.app` or a
command) and passed on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from keying.config import Settings, resolve_database_url
from keying.services.closing import close_document_if_ready, close_ready_documents
from keying.services.document_record import DocumentRecord, read_document_record
from keying.services.keying import OperatorStation
from keying.services.send_back import settle_third_pass
from keying.services.sign_in import (
    WRONG,
    SignedIn,
    SignInError,
    sign_in,
    sign_in_as_role,
    unreachable,
)
from keying.services.startup import cache_notice
from keying.services.stored_forms import StoredFormRefused
from keying.services.throttle import MemoryAttempts, refusal, refusal_for
from keying.services.training import TrainingDesk
from keying.storage import repo, sign_in_gate
from keying.storage.engine import (
    Timeouts,
    check_schema,
    make_engine,
    session_factory,
    signs_in_as_role,
    upgrade,
)
from keying.storage.models import Keying
from keying.storage.sign_in_gate import GateState, GateUnavailable
from keying.storage.vocabulary import Role
from keying.storage.waiting import third_passes_waiting
from keying.sync.cache import WorkstationCache
from keying.sync.identity import workstation_uuid
from keying.sync.protocol import CentralUnavailable, SyncClient

__all__ = ["Services", "Timeouts", "Workspace", "timeouts_from"]

log = logging.getLogger(__name__)


def make_url_backend(url: str) -> str:
    from keying.storage.engine import normalize_url

    return str(normalize_url(url).get_backend_name())


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
    # The workstation's UUID (None: the one kept with the cache, keying.sync.identity); tests
    # name workstations themselves. The host name is only shown.
    workstation: str | None = None
    timeouts: Timeouts = field(default_factory=Timeouts)  # PostgreSQL's connect/statement/lock

    @classmethod
    def from_dir(cls, directory: str | Path) -> Workspace:
        d = Path(directory)
        return cls(f"sqlite:///{(d / 'central.sqlite').as_posix()}", d / "cache.sqlite")

    @classmethod
    def default(cls, database_url: str | None, data_dir: Path) -> Workspace:
        return cls(resolve_database_url(database_url), data_dir / "cache.sqlite")

    @property
    def signs_in_as_role(self) -> bool:
        """Accounts connect as their own PostgreSQL role (a URL without a user)."""
        return signs_in_as_role(self.database_url)


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
        self.workstation = workspace.workstation or workstation_uuid(self.cache)
        self.sync = SyncClient(
            self.sessions,
            self.cache,
            self.workstation,
            on_keying_stored=self.close_document_if_ready,
            clock=self.clock,
            hook_acts=self._closes_on_push,
        )
        self.cache_notice = self._recover_lost_cache()
        self.signed_in: SignedIn | None = None  # who these services talk to the database as
        self._attempts = MemoryAttempts()  # signing in as a role while the gate is unreachable

    def _recover_lost_cache(self) -> str | None:
        """A cache created now (none was there, or a damaged one was set aside) knows none of
        the claims this workstation holds: release them, and say what was lost (None: nothing).
        Before anyone signs in as their own role nothing can be released: the claims stay
        until their leases expire."""
        if not self.cache.fresh:
            return None
        if self.workspace.signs_in_as_role:
            return cache_notice(self.cache.path, self.cache.set_aside, None)
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
        """The services of a workstation. The embedded SQLite file (one PC) is created or
        upgraded here; a PostgreSQL database never is (only `keying db upgrade`, by its
        owner): its revision is checked (SchemaMismatch), at once with a URL that names its
        user, at sign-in when each account connects as its own role."""
        if workspace.signs_in_as_role:
            return cls(workspace)
        if make_url_backend(workspace.database_url) == "sqlite":
            upgrade(workspace.database_url)
            return cls(workspace)
        services = cls(workspace)
        try:
            with services.engine.connect() as connection:
                check_schema(connection)
        except Exception:
            services.close()
            raise
        return services

    def for_thread(self) -> Services:
        """Services for another thread: the same engine (thread-safe, one pool), but its own
        cache connection and sync client (a sqlite3 connection or a session never crosses
        threads). Build it in the thread that uses it; `close()` it there."""
        services = Services(self.workspace, self.clock, engine=self.engine)
        services.signed_in = self.signed_in
        services.sync.only_operator = self.sync.only_operator
        return services

    def close(self) -> None:
        self.cache.close()
        if self._owns_engine:
            self.engine.dispose()

    def sign_in(self, login: str, password: str) -> SignedIn:
        """Sign in; with `signs_in_as_role`, the services then talk to the central database
        as that account's role (its own engine; the one before is disposed of)."""
        if not self.workspace.signs_in_as_role:
            self.signed_in = sign_in(self.sessions, self.workstation, login, password, self.clock())
            return self.signed_in
        engine, signed = self._sign_in_as_role(login.strip(), password)
        if self._owns_engine:
            self.engine.dispose()
        self.engine, self._owns_engine = engine, True
        self.sessions = session_factory(engine)
        self.sync.sessions = self.sessions
        self.sync.only_operator = signed.operator_id
        self.signed_in = signed
        if self.closes_documents:
            with suppress(CentralUnavailable):  # the next overview or sync round tries again
                self.close_ready()
        return signed

    def _sign_in_as_role(self, login: str, password: str) -> tuple[Engine, SignedIn]:
        """PostgreSQL checks the password; the server's sign-in gate counts the wrong ones per
        login for every PC and locks the role after 20 (keying.storage.sign_in_gate). Without
        the gate this process counts them (keying.services.throttle)."""
        url, timeouts = self.workspace.database_url, self.workspace.timeouts
        state = lambda: sign_in_gate.state(url, timeouts, login)  # noqa: E731
        gate = self._gate(state, first=True) if login else None
        if gate is not None:
            stop = refusal_for(gate.wait_s, gate.locked)
        else:
            stop = refusal(*self._attempts.failures(login), self.clock())
        if stop is not None:
            log.warning("sign-in refused for login %r: %s", login, stop)
            raise SignInError(stop)
        try:
            found = sign_in_as_role(url, timeouts, self.workstation, login, password)
        except SignInError as exc:
            if str(exc) == WRONG and login:
                counted = self._gate(
                    lambda: sign_in_gate.record_failure(url, timeouts, login, self.workstation)
                )
                if counted is None:
                    self._attempts.failed(login, self.clock())
            raise
        self._attempts.succeeded(login)
        return found

    def _gate(self, call: Callable[[], GateState], first: bool = False) -> GateState | None:
        """What the sign-in gate answers; None (logged) when it cannot be used. The `first`
        call of a sign-in: SignInError at once when no server answered it (the account's own
        connection would wait as long again, and fail the same way)."""
        try:
            return call()
        except GateUnavailable as exc:
            if first and exc.unreachable:
                raise unreachable(self.workspace.database_url, str(exc)) from exc
            log.warning("sign-in gate unavailable, counting in this process: %s", exc)
            return None

    @property
    def closes_documents(self) -> bool:
        """Whether this connection closes the documents operators' roles could not: a
        supervisor or admin signed in as their own PostgreSQL role."""
        return (
            self.workspace.signs_in_as_role
            and self.signed_in is not None
            and self.signed_in.role in (Role.SUPERVISOR, Role.ADMIN)
        )

    def station(self, operator: SignedIn, prefetch: int = 2) -> OperatorStation:
        return OperatorStation(self, operator, prefetch)

    def training(self, operator: SignedIn) -> TrainingDesk:
        """One trainee's training on gold documents (docs/training.md)."""
        return TrainingDesk(self, operator)

    def _closes_on_push(self) -> bool:
        """Whether a push closes documents (an operator's own role cannot read the others'
        passes: its documents wait for `close_ready`)."""
        return not self.workspace.signs_in_as_role or self.closes_documents

    def close_document_if_ready(self, session: Session, keying: Keying) -> None:
        """When pass 1 and pass 2 are both in, reconcile and store the result; a pass 3 from
        a send-back settles what it can 2 of 3. An operator signed in as its own role cannot
        read the other passes: the document waits for `close_ready`."""
        if not self._closes_on_push():
            return
        try:
            if keying.pass_no == 3:
                settle_third_pass(session, keying)
            else:
                close_document_if_ready(session, keying)
        except StoredFormRefused as exc:  # read before anything is written: the keying is kept
            log.error("keying stored, document %s not closed: %s", keying.document_id, exc)

    def close_ready(self) -> int:
        """Close the documents whose two passes are in and that wait for it (an operator's
        own role cannot read the other pass): a supervisor's or admin's connection."""
        try:
            with self.sessions() as session:
                closed = close_ready_documents(session)
                for keying in third_passes_waiting(session):
                    settle_third_pass(session, keying)
                    closed += 1
                session.commit()
        except (OperationalError, DBAPIError) as exc:
            raise CentralUnavailable(str(exc.orig or exc)) from exc
        return closed

    def document_record(self, document_id: int) -> DocumentRecord:
        """A document's final record, provenance, errors charged and history (read-only)."""
        return read_document_record(self.sessions, document_id)

    def overview(self) -> list[tuple[str, str, str, int]]:
        """(batch, document, status, discrepancies) for every document (a supervisor's or
        admin's role first closes the documents that wait for it)."""
        if self.closes_documents:
            self.close_ready()
        with self.sessions() as session:
            return repo.batch_overview(session)
