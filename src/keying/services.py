"""The use-cases: sign in, claim, key, finish, flag a page, close a document by reconciling.

The composition root (`keying.ui.app` or `keying.cli`) builds a `Workspace` and passes it
on; nothing here is global and nothing imports Qt.
"""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from keying.config import resolve_database_url
from keying.forms import FormDefinition, parse_form
from keying.reconcile import reconcile
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory, upgrade
from keying.storage.models import Batch, Document, FormDefinitionRow, Keying, Reconciliation
from keying.storage.users import authenticate
from keying.sync.cache import CachedTask, Draft, WorkstationCache, now_iso
from keying.sync.protocol import CentralUnavailable, SyncClient


class SignInError(Exception):
    """Wrong login or password, or a disabled account."""


@dataclass(frozen=True)
class SignedIn:
    operator_id: int
    login: str
    display_name: str
    role: str


@dataclass(frozen=True)
class OpenTask:
    """A key task being worked on, with what the station needs to show it."""

    task: CachedTask
    form: FormDefinition
    draft: Draft

    @property
    def task_id(self) -> int:
        return self.task.task_id


@dataclass(frozen=True)
class SyncState:
    online: bool
    pending: int
    error: str | None = None

    @property
    def text(self) -> str:
        if self.online and self.pending == 0:
            return "synced"
        if self.online:
            return f"{self.pending} to send"
        return f"offline, {self.pending} waiting in the outbox"


@dataclass(frozen=True)
class FinishOutcome:
    keying_uuid: str
    sync: SyncState


@dataclass
class Workspace:
    """Where one workstation's data lives: the central database and the local cache."""

    database_url: str
    cache_path: Path
    workstation: str = field(default_factory=socket.gethostname)

    @classmethod
    def from_dir(cls, directory: str | Path) -> Workspace:
        d = Path(directory)
        return cls(f"sqlite:///{(d / 'central.sqlite').as_posix()}", d / "cache.sqlite")

    @classmethod
    def default(cls, database_url: str | None, data_dir: Path) -> Workspace:
        return cls(resolve_database_url(database_url), data_dir / "cache.sqlite")


class Services:
    """Everything the windows call. One per process; built by the composition root."""

    def __init__(self, workspace: Workspace, clock: Callable[[], datetime] | None = None) -> None:
        self.workspace = workspace
        self.clock = clock or (lambda: datetime.now(UTC))
        self.engine = make_engine(workspace.database_url)
        self.sessions: sessionmaker[Session] = session_factory(self.engine)
        self.cache = WorkstationCache(workspace.cache_path)
        self.sync = SyncClient(
            self.sessions,
            self.cache,
            workspace.workstation,
            on_keying_stored=self.close_document_if_ready,
            clock=self.clock,
        )

    @classmethod
    def open(cls, workspace: Workspace) -> Services:
        upgrade(workspace.database_url)
        return cls(workspace)

    def close(self) -> None:
        self.cache.close()
        self.engine.dispose()

    # --- sign in ------------------------------------------------------------------------

    def sign_in(self, login: str, password: str) -> SignedIn:
        with self.sessions() as session:
            op = authenticate(session, login.strip(), password)
            if op is None:
                raise SignInError("Wrong login or password, or the account is disabled.")
            repo.audit(session, "signed_in", op.id, workstation=self.workspace.workstation)
            session.commit()
            return SignedIn(op.id, op.login, op.display_name, op.role)

    def station(self, operator: SignedIn, prefetch: int = 2) -> OperatorStation:
        return OperatorStation(self, operator, prefetch)

    # --- closing the loop -----------------------------------------------------------------

    def close_document_if_ready(self, session: Session, keying: Keying) -> None:
        """When pass 1 and pass 2 are both in, reconcile and store the result."""
        doc = session.get(Document, keying.document_id)
        if doc is None or doc.status != "keying":
            return
        passes = [repo.live_keying(session, doc.id, n) for n in (1, 2)]
        if any(k is None for k in passes):
            return
        if session.scalar(select(Reconciliation.id).where(Reconciliation.document_id == doc.id)):
            return
        keyings = [k for k in passes if k is not None]
        form = self.form_of(session, doc)
        result = reconcile(form, keyings[0].values, keyings[1].values)
        data = result.to_json(doc.external_id)
        rows = [
            {
                "field": d["field"],
                "row_a": d.get("row_a"),
                "row_b": d.get("row_b"),
                "column": d.get("column"),
                "value_a": d.get("a"),
                "value_b": d.get("b"),
                "kind": d["kind"],
                "similarity": float(d["similarity"]),
                "explanation": d.get("explanation", ""),
                "detail": {"spans_a": d.get("spans_a"), "spans_b": d.get("spans_b")},
            }
            for d in data["discrepancies"]
        ]
        repo.record_reconciliation(session, doc.id, keyings, data["status"], data, rows)

    def form_of(self, session: Session, doc: Document) -> FormDefinition:
        batch = session.get(Batch, doc.batch_id)
        assert batch is not None
        row = session.get(FormDefinitionRow, batch.form_definition_id)
        assert row is not None
        return _parse_cached(row.text)

    def overview(self) -> list[tuple[str, str, str, int]]:
        """(batch, document, status, discrepancies) for every document."""
        with self.sessions() as session:
            return repo.batch_overview(session)


@lru_cache(maxsize=64)
def _parse_cached(text: str) -> FormDefinition:
    return parse_form(text, f"<stored form {hashlib.sha256(text.encode()).hexdigest()[:8]}>")


class OperatorStation:
    """One signed-in operator's keying: the queue, drafts, finishing and syncing."""

    def __init__(self, services: Services, operator: SignedIn, prefetch: int = 2) -> None:
        self.services = services
        self.operator = operator
        self.prefetch = prefetch
        self.cache = services.cache
        self.sync_state = SyncState(online=True, pending=self.cache.pending_count())

    # --- the queue ------------------------------------------------------------------------

    def _claim(self, want: int) -> None:
        try:
            self.services.sync.claim_and_pull(self.operator.operator_id, want)
            self.sync_state = SyncState(True, self.cache.pending_count())
        except CentralUnavailable as exc:
            self.sync_state = SyncState(False, self.cache.pending_count(), str(exc))

    def next_task(self, top_up: bool = True) -> OpenTask | None:
        """The document to key now: the one in progress (after a crash, too), else the next.

        Keeps `1 + prefetch` tasks claimed, so the next documents can be decoded ahead. With
        `top_up=False` the central database is asked only when nothing is held (the station
        opens the next document from the cache at once and tops up afterwards).
        """
        held = self.cache.open_tasks(self.operator.operator_id)
        if not held or (top_up and len(held) < 1 + self.prefetch):
            self.top_up(held)
            held = self.cache.open_tasks(self.operator.operator_id)
        if not held:
            return None
        return self.open(held[0])

    def top_up(self, held: list[CachedTask] | None = None) -> None:
        """Claim tasks until `1 + prefetch` are held (when the central database answers)."""
        if held is None:
            held = self.cache.open_tasks(self.operator.operator_id)
        if len(held) < 1 + self.prefetch:
            self._claim(1 + self.prefetch - len(held))

    def open(self, task: CachedTask) -> OpenTask:
        form = _parse_cached(self.cache.form_text(task.form_key))
        draft = self.cache.start_draft(task.task_id)
        return OpenTask(task, form, draft)

    def upcoming(self) -> list[CachedTask]:
        """The claimed tasks after the current one, in keying order (for prefetching)."""
        return self.cache.open_tasks(self.operator.operator_id)[1 : 1 + self.prefetch]

    def page_bytes(self, sha256: str) -> bytes:
        return self.cache.blob(sha256)

    def form_for(self, task: CachedTask) -> FormDefinition:
        return _parse_cached(self.cache.form_text(task.form_key))

    # --- keying ---------------------------------------------------------------------------

    def commit_field(
        self,
        open_task: OpenTask,
        values: dict[str, Any],
        figures: dict[str, Any],
        focus_path: str | None,
    ) -> None:
        """Durably save the draft after a field is committed."""
        self.cache.commit_field(open_task.task_id, values, figures, focus_path)

    def finish(
        self,
        open_task: OpenTask,
        values: dict[str, Any],
        figures: dict[str, Any],
        check_failures: list[dict[str, Any]],
        send: bool = True,
    ) -> FinishOutcome:
        """Put the keying in the outbox (durable first), then (with `send`) try to send it."""
        t = open_task.task
        payload = {
            "uuid": open_task.draft.keying_uuid,
            "task_id": t.task_id,
            "document_id": t.document_id,
            "pass_no": t.pass_no,
            "operator_id": self.operator.operator_id,
            "values": values,
            "figures": figures,
            "check_failures": check_failures,
            "workstation": self.services.workspace.workstation,
            "started_at": open_task.draft.started_at,
            "finished_at": now_iso(),
        }
        self.cache.commit_field(t.task_id, values, figures, None)
        keying_uuid = self.cache.finish(t.task_id, payload)
        return FinishOutcome(keying_uuid, self.sync() if send else self.sync_state)

    def flag_page(self, open_task: OpenTask, page_no: int, reason: str, note: str = "") -> None:
        """Flag a page for a supervisor; the document leaves this operator's queue."""
        t = open_task.task
        self.cache.flag(
            t.task_id,
            {
                "task_id": t.task_id,
                "document_id": t.document_id,
                "page_no": page_no,
                "operator_id": self.operator.operator_id,
                "reason": reason,
                "note": note,
            },
        )
        self.sync()

    def sync(self) -> SyncState:
        """Send the outbox and renew the leases of held tasks."""
        report = self.services.sync.push()
        online = report.error is None
        if online:
            held = [t.task_id for t in self.cache.open_tasks(self.operator.operator_id)]
            try:
                self.services.sync.renew(self.operator.operator_id, held)
            except CentralUnavailable as exc:
                online, report_error = False, str(exc)
                self.sync_state = SyncState(online, report.pending, report_error)
                return self.sync_state
        self.sync_state = SyncState(online, report.pending, report.error)
        return self.sync_state

    def keyed_today(self) -> int:
        local_midnight = (
            datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        )
        since = local_midnight.astimezone(UTC).isoformat(timespec="milliseconds")
        return self.cache.finished_count_since(self.operator.operator_id, since)
