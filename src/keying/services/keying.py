"""Keying, for one signed-in operator (`OperatorStation`): the queue of claimed tasks,
durable drafts, finishing a document into the outbox, flagging a page, syncing."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from keying.forms import FormDefinition
from keying.forms.subset import only_fields
from keying.forms.wording import QT_TRANSLATE_NOOP, say
from keying.services.sign_in import SignedIn
from keying.services.startup import save_failed
from keying.services.stored_forms import StoredFormRefused, parse_stored
from keying.storage.records import KeyingPayload, PageFlagPayload
from keying.storage.vocabulary import PageFlagReason
from keying.sync.cache import CachedTask, CacheWriteError, Draft, now_iso
from keying.sync.protocol import AccountDisabled, CentralUnavailable

if TYPE_CHECKING:
    from keying.services.workspace import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenTask:
    """A key task being worked on, with what the station needs to show it."""

    task: CachedTask
    form: FormDefinition
    draft: Draft

    @property
    def task_id(self) -> int:
        return self.task.task_id

    @property
    def form_view_key(self) -> str:
        """Which entry form shows this task: its definition's, or for a pass 3 from a
        send-back that definition with only the fields sent back open."""
        fields = self.task.open_fields
        return self.task.form_key if not fields else f"{self.task.form_key}|{','.join(fields)}"


@dataclass(frozen=True)
class SyncState:
    online: bool
    pending: int
    error: str | None = None
    refused: int = 0  # outbox items the central database refused for good (kept)
    disabled: bool = False  # this account was disabled: nothing more is claimed or sent

    @property
    def text(self) -> str:
        """In English, a `Said` the station shows in the operator's language."""
        if self.disabled:
            return say(
                QT_TRANSLATE_NOOP("keying", "account disabled — {0} kept — tell your supervisor"),
                self.pending,
            )
        if self.online and self.pending == 0:
            base = say(QT_TRANSLATE_NOOP("keying", "synced"))
        elif self.online:
            base = say(QT_TRANSLATE_NOOP("keying", "{0} to send"), self.pending)
        else:
            base = say(QT_TRANSLATE_NOOP("keying", "offline — {0} waiting"), self.pending)
        if self.refused:
            return say(QT_TRANSLATE_NOOP("keying", "{0} — {1} refused"), base, self.refused)
        return base


@dataclass(frozen=True)
class FinishOutcome:
    keying_uuid: str
    sync: SyncState


class OperatorStation:
    """One signed-in operator's keying: the queue, drafts, finishing and syncing."""

    def __init__(self, services: Services, operator: SignedIn, prefetch: int = 2) -> None:
        self.services = services
        self.operator = operator
        self.prefetch = prefetch
        self.cache = services.cache
        self.sync_state = SyncState(online=True, pending=self.cache.pending_count())
        # form key → why its stored definition cannot be opened (StoredFormRefused): its
        # documents are passed over, kept in the cache as they are (drafts too)
        self.refused_forms: dict[str, str] = {}

    # --- the queue ------------------------------------------------------------------------

    def _claim(self, want: int) -> None:
        """Claim and pull; SaveFailed when the cache cannot take the pull (no claim is kept)."""
        try:
            self.services.sync.claim_and_pull(self.operator.operator_id, want)
            self.sync_state = SyncState(True, self.cache.pending_count(), None, self._refused())
        except AccountDisabled as exc:
            self.sync_state = self._disabled(str(exc))
        except CentralUnavailable as exc:
            self.sync_state = SyncState(False, self.cache.pending_count(), str(exc))
        except CacheWriteError as exc:
            raise save_failed(exc) from exc

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
        return self._first_openable(held)

    def next_held(self) -> OpenTask | None:
        """The document to key now from the tasks already in the cache, never asking the
        central database (the station's GUI thread; a sync worker claims more)."""
        return self._first_openable(self.cache.open_tasks(self.operator.operator_id))

    def _first_openable(self, held: list[CachedTask]) -> OpenTask | None:
        """The first held task whose form can be opened. A task whose stored form this
        version of keying refuses is passed over (`refused_forms` says why), never opened:
        its draft and committed fields stay in the cache as they are."""
        for task in held:
            if task.form_key in self.refused_forms:
                continue
            try:
                return self.open(task)
            except StoredFormRefused as exc:
                self.refused_forms[task.form_key] = str(exc)
                log.error("documents of form %s passed over: %s", task.form_key, exc)
        return None

    def held_count(self) -> int:
        """How many tasks this operator holds in the cache, not yet finished."""
        return len(self.cache.open_tasks(self.operator.operator_id))

    def last_form_keyed(self) -> str | None:
        """The form key of the last document this operator finished on this PC, if any."""
        return self.cache.last_form_finished(self.operator.operator_id)

    def pending_count(self) -> int:
        """Outbox items not yet acknowledged by the central database (from the cache)."""
        return self.cache.pending_count()

    def top_up(self, held: list[CachedTask] | None = None) -> None:
        """Claim tasks until `1 + prefetch` are held (when the central database answers)."""
        if held is None:
            held = self.cache.open_tasks(self.operator.operator_id)
        if len(held) < 1 + self.prefetch:
            self._claim(1 + self.prefetch - len(held))

    def open(self, task: CachedTask) -> OpenTask:
        form = self.form_for(task)
        try:
            draft = self.cache.start_draft(task.task_id)
        except CacheWriteError as exc:
            raise save_failed(exc) from exc
        return OpenTask(task, form, draft)

    def upcoming(self) -> list[CachedTask]:
        """The claimed tasks after the current one, in keying order (for prefetching)."""
        return self.cache.open_tasks(self.operator.operator_id)[1 : 1 + self.prefetch]

    def page_bytes(self, sha256: str) -> bytes:
        return self.cache.blob(sha256)

    def form_for(self, task: CachedTask) -> FormDefinition:
        """The form the task is keyed with: a pass 3 from a send-back opens only the fields
        sent back (`keying.forms.subset`)."""
        form = parse_stored(self.cache.form_text(task.form_key))
        return only_fields(form, task.open_fields) if task.open_fields else form

    # --- keying ---------------------------------------------------------------------------

    def commit_field(
        self,
        open_task: OpenTask,
        values: dict[str, Any],
        figures: dict[str, Any],
        focus_path: str | None,
    ) -> None:
        """Durably save the draft after a field is committed; SaveFailed if the cache did not
        take it (the draft stays as it was: try again)."""
        try:
            self.cache.commit_field(open_task.task_id, values, figures, focus_path)
        except CacheWriteError as exc:
            raise save_failed(exc) from exc

    def finish(
        self,
        open_task: OpenTask,
        values: dict[str, Any],
        figures: dict[str, Any],
        check_failures: list[dict[str, Any]],
        send: bool = True,
    ) -> FinishOutcome:
        """Put the keying in the outbox (durable first), then (with `send`) try to send it.
        SaveFailed when the cache did not take it: the document is not finished."""
        t = open_task.task
        payload = KeyingPayload(
            uuid=open_task.draft.keying_uuid,
            task_id=t.task_id,
            document_id=t.document_id,
            pass_no=t.pass_no,
            operator_id=self.operator.operator_id,
            values=values,
            figures=figures,
            check_failures=check_failures,
            workstation=self.services.workstation,
            started_at=open_task.draft.started_at,
            finished_at=now_iso(),
        )
        try:
            self.cache.commit_field(t.task_id, values, figures, None)
            keying_uuid = self.cache.finish(t.task_id, payload)
        except CacheWriteError as exc:
            raise save_failed(exc) from exc
        return FinishOutcome(keying_uuid, self.sync() if send else self.sync_state)

    def flag_page(
        self,
        open_task: OpenTask,
        page_no: int,
        reason: PageFlagReason | str,
        note: str = "",
        send: bool = True,
    ) -> None:
        """Flag a page for a supervisor; the document leaves this operator's queue. The flag
        waits in the outbox; with `send` it is sent at once. SaveFailed when the cache did not
        take the flag."""
        t = open_task.task
        try:
            self._flag(t, page_no, reason, note)
        except CacheWriteError as exc:
            raise save_failed(exc) from exc
        if send:
            self.sync()

    def _flag(self, t: CachedTask, page_no: int, reason: PageFlagReason | str, note: str) -> None:
        self.cache.flag(
            t.task_id,
            PageFlagPayload(
                uuid=str(uuid.uuid4()),
                task_id=t.task_id,
                document_id=t.document_id,
                page_no=page_no,
                operator_id=self.operator.operator_id,
                reason=PageFlagReason(reason),
                note=note,
            ),
        )

    def sync(self) -> SyncState:
        """Send the outbox and renew the leases of held tasks (a cache that cannot be written
        leaves the rest for the next sync: pushing is idempotent by UUID)."""
        try:
            return self._sync()
        except CacheWriteError as exc:
            self.sync_state = SyncState(False, self.cache.pending_count(), str(exc))
            return self.sync_state

    def _refused(self) -> int:
        return self.cache.refused_count()

    def _disabled(self, error: str) -> SyncState:
        return SyncState(False, self.cache.pending_count(), error, self._refused(), True)

    def _sync(self) -> SyncState:
        report = self.services.sync.push()
        if report.disabled:
            self.sync_state = self._disabled(report.error or "the account is disabled")
            return self.sync_state
        online = report.error is None
        if online and self.services.closes_documents:
            try:
                self.services.close_ready()
            except CentralUnavailable as exc:
                online, report_error = False, str(exc)
                self.sync_state = SyncState(online, report.pending, report_error)
                return self.sync_state
        if online:
            held = [t.task_id for t in self.cache.open_tasks(self.operator.operator_id)]
            try:
                self.services.sync.renew(self.operator.operator_id, held)
            except AccountDisabled as exc:
                self.sync_state = self._disabled(str(exc))
                return self.sync_state
            except CentralUnavailable as exc:
                online, report_error = False, str(exc)
                self.sync_state = SyncState(online, report.pending, report_error)
                return self.sync_state
        self.sync_state = SyncState(online, report.pending, report.error, self._refused())
        return self.sync_state

    def keyed_today(self) -> int:
        local_midnight = (
            datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        )
        since = local_midnight.astimezone(UTC).isoformat(timespec="milliseconds")
        return self.cache.finished_count_since(self.operator.operator_id, since)
