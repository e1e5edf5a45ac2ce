"""The protocol between a workstation cache and the central database: claim, pull, push, renew.

Idempotent by client UUIDs: pushing the same outbox item twice stores it once. When the
central database cannot be reached, `CentralUnavailable` is raised by claim/renew, and push
leaves items in the outbox with a backoff: keying goes on from the cache.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, cast

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from keying.storage import repo
from keying.storage.blind import reference_values
from keying.storage.keying_batch import record_keyings
from keying.storage.keying_push import push_keyings
from keying.storage.models import Keying, Task
from keying.storage.refused_items import record_refusal
from keying.sync.cache import CachedTask, OutboxItem, WorkstationCache
from keying.sync.push_ahead import Ahead
from keying.sync.push_due import Due, documents
from keying.sync.push_line import PushLine
from keying.sync.refusals import (
    DISABLED,
    AccountDisabled,
    CentralUnavailable,
    ItemRefused,
    ensure_active,
    login_refused,
    reason,
    refused_for_good,
)

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(minutes=30)
MAX_BACKOFF_S = 300
# Outbox items sent in one transaction (issue 11, Performance: batches of 50).
PUSH_BATCH = 50
# Batches stored at once on PostgreSQL (sync/push_ahead.py): the server stores one while the
# other's commit waits for its disk.
PUSH_LANES = 2
_NOT = frozenset({"refused", "disabled"})  # outcomes of items not acknowledged


__all__ = ["AccountDisabled", "CentralUnavailable", "PushReport", "SyncClient"]


OnKeyingStored = Callable[[Session, Keying], None]
# What one outbox item of a batch became: acknowledged (inserted, superseded, duplicate,
# stored), refused for good (refused: with the reason) or its account disabled (disabled).
Outcome = tuple[str, str | None]


@dataclass
class _Tally:
    """What one push did so far."""

    pushed: int = 0
    failed: int = 0
    refused: int = 0
    error: str | None = None
    disabled: bool = False


@dataclass(frozen=True)
class PushReport:
    pushed: int
    failed: int
    pending: int
    error: str | None = None
    refused: int = 0  # items refused for good, just now
    disabled: bool = False  # the signed-in account was disabled


def _utcnow() -> datetime:
    return datetime.now(UTC)


class SyncClient:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        cache: WorkstationCache,
        workstation: str,
        on_keying_stored: OnKeyingStored | None = None,
        lease: timedelta = DEFAULT_LEASE,
        clock: Callable[[], datetime] = _utcnow,
        hook_acts: Callable[[], bool] = lambda: True,
    ) -> None:
        self.sessions = sessions
        # Whether `on_keying_stored` does anything now (an operator's own role closes no
        # document): when it does not, the stored keyings are not read back for it.
        self.hook_acts = hook_acts
        self.cache = cache
        self.workstation = workstation
        self.on_keying_stored = on_keying_stored
        self.lease = lease
        self.clock = clock
        # Signed in as its own PostgreSQL role: only this account's items can be sent (the
        # others wait in the outbox for their own operator to sign in on this PC).
        self.only_operator: int | None = None

    def claim_and_pull(self, operator_id: int, want: int) -> int:
        """Claim up to `want` key tasks and copy what keying them needs into the cache."""
        # The pull is stored in the cache before the claim is committed: when the cache cannot
        # take it (full disk: CacheWriteError), the claim is rolled back with the session, and
        # when the commit fails, the tasks just stored are forgotten. No claim is orphaned.
        try:
            with self.sessions() as session:
                repo.begin_claim(session)
                ensure_active(session, operator_id)
                tasks = repo.claim_key_tasks(
                    session,
                    operator_id,
                    self.workstation,
                    want,
                    self.lease,
                    self.clock(),
                    in_progress=self.cache.document_in_progress(operator_id),
                )
                forms, blobs, cached = self._pull(session, tasks, operator_id)
                held = set(self.cache.task_ids())
                self.cache.store_pull(forms, blobs, cached)
                try:
                    session.commit()
                except (OperationalError, DBAPIError):
                    self.cache.forget_unstarted(
                        [t.task_id for t in cached if t.task_id not in held]
                    )
                    raise
        except (OperationalError, DBAPIError) as exc:
            raise _unavailable(exc) from exc
        if cached:
            log.info(
                "claimed %d of %d tasks for operator %d: %s (%d page images pulled)",
                len(cached),
                want,
                operator_id,
                ", ".join(f"{t.external_id} pass {t.pass_no}" for t in cached),
                len(blobs),
            )
        else:
            log.info("claimed nothing for operator %d: no open task for them", operator_id)
        return len(cached)

    def release_lost_claims(self, reason: str) -> list[tuple[str, str]]:
        """Release the claims of this workstation that its cache does not hold (after the
        cache was lost or set aside): (document, operator login) of each, for the message."""
        try:
            with self.sessions() as session:
                released = repo.release_lost_claims(
                    session, self.workstation, self.cache.task_ids(), reason
                )
                session.commit()
        except (OperationalError, DBAPIError) as exc:
            raise CentralUnavailable(str(exc.orig or exc)) from exc
        return released

    def _pull(
        self, session: Session, tasks: list[Task], operator_id: int
    ) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, bytes]], list[CachedTask]]:
        forms: dict[str, tuple[str, str]] = {}
        blobs: dict[str, tuple[str, bytes]] = {}
        cached: list[CachedTask] = []
        batch_sizes: dict[int, int] = {}
        for task in tasks:
            doc = repo.document(session, task.document_id)
            assert doc is not None
            batch = repo.batch_of(session, doc)
            form = repo.form_definition_of(session, doc)
            key = f"{form.name}@{form.version}"
            forms[key] = (form.text, form.sha256)
            shas = repo.page_blobs(session, doc.id)
            for sha in self.cache.missing_blobs(shas):
                if sha not in blobs:
                    blob = repo.blob(session, sha)
                    blobs[sha] = (blob.media_type, blob.data)
            if batch.id not in batch_sizes:
                batch_sizes[batch.id] = repo.batch_size(session, batch.id)
            reference = None
            if batch.dependent_verification and task.pass_no == 2:
                # Dependent verification is the one case a pass sees another's values.
                reference = reference_values(session, task)
            cached.append(
                CachedTask(
                    task_id=task.id,
                    operator_id=operator_id,
                    document_id=doc.id,
                    external_id=doc.external_id,
                    batch_name=batch.name,
                    batch_size=batch_sizes[batch.id],
                    form_key=key,
                    pass_no=task.pass_no,
                    pages=shas,
                    reference=reference,
                    lease_until=task.lease_until.isoformat() if task.lease_until else None,
                    seq=doc.seq,
                    state="claimed",
                    open_fields=list(task.open_fields) if task.open_fields else None,
                )
            )
        return forms, blobs, cached

    def renew(self, operator_id: int, task_ids: list[int]) -> list[int]:
        """Extend the leases of tasks still being worked on; returns those still held."""
        if not task_ids:
            return []
        until = self.clock() + self.lease
        try:
            with self.sessions() as session:
                ensure_active(session, operator_id)
                held = repo.renew_leases(session, operator_id, task_ids, until)
                session.commit()
        except (OperationalError, DBAPIError) as exc:
            raise _unavailable(exc) from exc
        for task_id in held:
            self.cache.set_lease(task_id, until.isoformat())
        if len(held) < len(task_ids):
            log.warning(
                "leases not renewed (no longer held): tasks %s",
                sorted(set(task_ids) - set(held)),
            )
        return held

    def push(self) -> PushReport:
        """Send due outbox items, up to `PUSH_BATCH` in one transaction: acknowledged (the
        batch in one cache transaction), refused for good (kept with the reason, never sent
        again), or failed (sent again with backoff). When the central database says no to
        something in a batch, the batch is rolled back and its items are sent one by one, each
        in its own transaction, so a refusal lands on that item only."""
        tally = _Tally()
        batches = Due(
            self.cache.pending_batches(PUSH_BATCH, self.clock().isoformat(), self.only_operator)
        )
        # On PostgreSQL the batches are stored by Ahead's threads, two at once when they
        # name no document in common (each once the one it depends on is committed), while
        # this one reads the next from the cache and acknowledges the last in it; each a call
        # in autocommit on its thread's connection (PushLine), when no hook acts.
        bind = self._bind()
        postgres = bind.dialect.name == "postgresql"
        lanes = PUSH_LANES if postgres and not (self.on_keying_stored and self.hook_acts()) else 1
        with (
            PushLine(bind) as line,
            Ahead(
                partial(self._store_together, line=line if postgres else None),
                postgres,
                lanes,
                documents,
            ) as ahead,
        ):
            given: deque[list[OutboxItem]] = deque()  # read and handed to `ahead`, not taken

            def give() -> None:  # one more than the lanes: a free lane never waits for us
                while len(given) <= ahead.lanes:
                    following = batches.next()
                    if following is None:
                        return
                    ahead.start(following)  # not if a batch before it failed
                    given.append(following)

            give()
            while given:
                batch = given.popleft()
                try:
                    outcomes = ahead.take(batch)
                except (ItemRefused, AccountDisabled):
                    outcomes = None  # one by one, below: the refusal lands on its item
                    self._settle_beside(ahead, given, tally)
                except (OperationalError, DBAPIError) as exc:
                    self._settle_beside(ahead, given, tally)
                    if login_refused(exc) or isinstance(exc, OperationalError):
                        # the role may no longer log in, or the connection is down: as the
                        # first item alone would fare (the rest would fail the same way)
                        self._push_each(batch[:1], batches.rest(batch, *given), tally)
                        break
                    outcomes = None
                give()
                if outcomes is None:
                    if not self._push_each(batch, batches.rest(batch, *given), tally):
                        break
                else:
                    self._settle(batch, outcomes, tally)
        report = PushReport(
            tally.pushed,
            tally.failed,
            self.cache.pending_count(),
            tally.error,
            tally.refused,
            tally.disabled,
        )
        if tally.failed:
            log.warning(
                "push: %d sent, %d failed, %d waiting: %s",
                tally.pushed,
                tally.failed,
                report.pending,
                tally.error,
            )
        return report

    def _settle_beside(
        self,
        ahead: Ahead[list[OutboxItem], list[Outcome]],
        given: deque[list[OutboxItem]],
        tally: _Tally,
    ) -> None:
        """A batch failed: acknowledge the batches stored beside it (sent before the failure
        was known), so that none of them is counted with the items the push leaves."""
        for stored, outcomes in ahead.stored_beside():
            del given[next(i for i, b in enumerate(given) if b is stored)]
            self._settle(stored, outcomes, tally)

    def _bind(self) -> Engine:
        with self.sessions() as session:  # no connection is made for this
            return cast(Engine, session.get_bind())

    def _settle(self, batch: list[OutboxItem], outcomes: list[Outcome], tally: _Tally) -> None:
        """After the batch's commit: acknowledge what the central database took (one cache
        transaction), keep what it refused for good with the reason."""
        self.cache.acknowledge(
            [item for item, (o, _why) in zip(batch, outcomes, strict=True) if o not in _NOT]
        )
        pushed: list[str] = []
        for item, (outcome, why) in zip(batch, outcomes, strict=True):
            if outcome == "disabled":
                tally.refused += self._refuse(item, DISABLED)
                tally.disabled = True
            elif outcome == "refused":
                tally.refused += self._refuse(item, why or "refused")
            else:
                pushed.append(_pushed_line(item, outcome))
                tally.pushed += 1
        if pushed:  # one record for the batch (one a keying cost as much as the push itself)
            log.info("%s", "; ".join(pushed))

    def _store_together(
        self, batch: list[OutboxItem], line: PushLine | None = None
    ) -> list[Outcome]:
        """Store `batch` in one transaction (each item idempotent by its UUID); the outcome
        of each. On PostgreSQL a batch of keyings is one call (`keying_push_keyings`), which
        refuses an item alone (on `line` when no hook must join its transaction); otherwise
        this raises as the first item that fails would: nothing of the batch is stored."""
        keyings = all(item.kind == "keying" for item in batch)
        if line is not None and keyings and not (self.on_keying_stored and self.hook_acts()):
            pushed = line.push([item.keying for item in batch], [i.text for i in batch])
            return [(p.outcome, p.reason) for p in pushed]
        with self.sessions() as session:
            if session.get_bind().dialect.name == "postgresql" and keyings:
                return self._push_call(session, batch)
            outcomes: list[str] = []
            owners = {i.payload.get("operator_id") for i in batch}
            for owner in sorted(int(o) for o in owners if o is not None):
                ensure_active(session, owner)
            together = None
            if all(item.kind == "keying" for item in batch):
                together = record_keyings(session, [item.keying for item in batch])
            if together is None:  # page flags, or two keyings of one pass: in their order
                outcomes = [self._store(session, item) for item in batch]
            else:
                for outcome, keying in together:
                    if outcome == "inserted" and self.on_keying_stored:
                        self.on_keying_stored(session, keying)
                    outcomes.append(outcome)
            session.commit()
        return [(outcome, None) for outcome in outcomes]

    def _push_call(self, session: Session, batch: list[OutboxItem]) -> list[Outcome]:
        """The batch in one call of `keying_push_keyings` (PostgreSQL), then the hook on the
        keyings inserted, in the same transaction, committed."""
        pushed = push_keyings(session, [item.keying for item in batch], [i.text for i in batch])
        inserted = [p.keying_id for p in pushed if p.outcome == "inserted" and p.keying_id]
        if inserted and self.on_keying_stored and self.hook_acts():
            stored = {
                k.id: k for k in session.scalars(select(Keying).where(Keying.id.in_(inserted)))
            }
            for keying_id in inserted:
                self.on_keying_stored(session, stored[keying_id])
        session.commit()
        return [(p.outcome, p.reason) for p in pushed]

    def _store(self, session: Session, item: OutboxItem) -> str:
        if item.kind == "keying":
            outcome, keying = repo.record_keying(session, item.keying)
            if outcome == "inserted" and keying and self.on_keying_stored:
                self.on_keying_stored(session, keying)
            return outcome
        repo.record_page_flag(session, item.page_flag)
        return "stored"

    def _push_each(self, batch: list[OutboxItem], rest: list[OutboxItem], tally: _Tally) -> bool:
        """Send `batch` one item per transaction (`rest`: the items due from the batch's
        first on). False when the push must stop (the connection is down, or the account
        may no longer log in)."""
        for index, item in enumerate(batch):
            try:
                with self.sessions() as session:
                    owner = item.payload.get("operator_id")
                    if owner is not None:
                        try:
                            ensure_active(session, int(owner))
                        except AccountDisabled as exc:
                            raise ItemRefused(DISABLED) from exc
                    outcome = self._store(session, item)
                    session.commit()
            except ItemRefused as exc:
                tally.refused += self._refuse(item, str(exc))
                tally.disabled = tally.disabled or str(exc) == DISABLED
                continue
            except (OperationalError, DBAPIError) as exc:
                if login_refused(exc):  # the role may no longer log in: disabled
                    tally.refused += sum(self._refuse(i, DISABLED) for i in rest[index:])
                    tally.error, tally.disabled = DISABLED, True
                    return False
                if refused_for_good(exc):
                    tally.refused += self._refuse(item, reason(exc))
                    continue
                tally.failed += 1
                tally.error = str(exc.orig or exc).strip().splitlines()[0]
                delay = min(MAX_BACKOFF_S, 2 ** min(item.attempts, 10))
                retry_at = self.clock() + timedelta(seconds=delay)
                self.cache.mark_failed(item.id, tally.error, retry_at.isoformat())
                if isinstance(exc, OperationalError):
                    return False  # the connection is down: the rest would fail the same way
                continue
            self.cache.acknowledge([item])
            self._log_pushed(item, outcome)
            tally.pushed += 1
        return True

    def _log_pushed(self, item: OutboxItem, outcome: str) -> None:
        log.info("%s", _pushed_line(item, outcome))

    def _refuse(self, item: OutboxItem, why: str) -> int:
        self.cache.mark_refused(item.id, why)
        if why != DISABLED:  # a disabled account's role may no longer write anything
            self._report_refusal(item, why)
        log.warning(
            "refused for good: %s %s (document %s): %s",
            item.kind,
            item.id,
            item.payload.get("document_id"),
            why,
        )
        return 1

    def _report_refusal(self, item: OutboxItem, why: str) -> None:
        """Tell the central database, for supervisors (`keying sync refused`); the item stays
        refused in the cache whether or not this succeeds."""
        payload: dict[str, Any] = dict(item.payload)
        owner, document, pass_no = (
            payload.get(k) for k in ("operator_id", "document_id", "pass_no")
        )
        try:
            with self.sessions() as session:
                record_refusal(
                    session,
                    int(owner) if owner is not None else None,
                    item=item.id,
                    kind=item.kind,
                    document_id=int(document) if document is not None else None,
                    pass_no=int(pass_no) if pass_no is not None else None,
                    workstation=self.workstation,
                    reason=why,
                )
                session.commit()
        except (OperationalError, DBAPIError) as exc:
            log.warning("refusal of %s not reported to the central database: %s", item.id, exc)


def _pushed_line(item: OutboxItem, outcome: str) -> str:
    payload = item.payload
    return (
        f"pushed {item.kind} {item.id} (document {payload.get('document_id')}, "
        f"task {payload.get('task_id')}): {outcome}"
    )


def _unavailable(exc: DBAPIError) -> CentralUnavailable:
    if login_refused(exc):
        return AccountDisabled(DISABLED)
    return CentralUnavailable(str(exc.orig or exc))
