"""A central database with many one-pass documents, and a workstation cache whose outbox holds
a finished keying of each: what the push-interruption tests (tests/test_pg_push_faults.py) and
their driver (tests/push_driver.py) push. Built through the real claim and cache API, with
one tiny page image shared by every document so that it is quick."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, update

from keying.forms import load_form
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import AuditEvent, Document, FormDefinitionRow, Keying, Page, Task
from keying.storage.records import KeyingPayload
from keying.storage.users import add_user
from keying.sync.cache import CachedTask, WorkstationCache, now_iso
from keying.sync.protocol import SyncClient
from tests.support.world import EXAMPLE_FORM, PASSWORD, page_png

WORKSTATION = "pc-load"


def later(days: int = 1) -> Callable[[], datetime]:
    """A clock `days` ahead: every item that waits is due at once, whatever its backoff.
    An item that failed under this clock waits until its own time + up to MAX_BACKOFF_S: a
    clock a day further on (`later(2)`) sees it due at once."""
    return lambda: datetime.now(UTC) + timedelta(days=days)


def populate(url: str, documents: int) -> int:
    """`documents` documents of one pass each and the account `op1`; returns its id."""
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            op = add_user(
                session, login="op1", display_name="OP1", role="operator", password=PASSWORD
            )
            loaded = load_form(EXAMPLE_FORM)
            form = repo.add_form_definition(
                session, loaded.definition.form, loaded.definition.version, loaded.text
            )
            batch = repo.add_batch(session, "Load", form)
            sha = repo.add_blob(session, page_png("x", (40, 40)), "image/png")
            session.execute(
                insert(Document),
                [
                    {"batch_id": batch.id, "external_id": f"L-{i:05d}", "seq": i}
                    for i in range(1, documents + 1)
                ],
            )
            ids = list(session.scalars(select(Document.id).where(Document.batch_id == batch.id)))
            session.execute(
                insert(Page),
                [{"document_id": d, "page_no": 1, "blob_sha256": sha} for d in ids],
            )
            session.execute(
                insert(Task),
                [{"document_id": d, "kind": "key", "pass_no": 1, "status": "open"} for d in ids],
            )
            session.commit()
            return op.id
    finally:
        engine.dispose()


def fill_outbox(url: str, cache_path: Path, operator_id: int, documents: int) -> list[str]:
    """Hold every task for `operator_id` and copy it into the cache at `cache_path`, as a
    claim and pull would (in one statement: the claim is not what these tests are about), and
    finish each: the outbox then holds one keying per document. Returns their UUIDs."""
    engine = make_engine(url)
    cache = WorkstationCache(cache_path)
    try:
        lease = datetime.now(UTC) + timedelta(hours=1)
        with session_factory(engine)() as session:
            session.execute(
                update(Task).values(
                    status="claimed",
                    claimed_by=operator_id,
                    workstation=WORKSTATION,
                    lease_until=lease,
                )
            )
            rows = session.execute(
                select(Task.id, Document.id, Document.external_id, Document.seq, Page.blob_sha256)
                .join(Document, Document.id == Task.document_id)
                .join(Page, Page.document_id == Document.id)
            ).all()
            blob = repo.blob(session, rows[0][4])
            form = session.scalars(select(FormDefinitionRow)).one()
            key = f"{form.name}@{form.version}"
            cache.store_pull(
                {key: (form.text, form.sha256)},
                {blob.sha256: (blob.media_type, blob.data)},
                [
                    CachedTask(
                        task_id=task_id,
                        operator_id=operator_id,
                        document_id=document_id,
                        external_id=external_id,
                        batch_name="Load",
                        batch_size=documents,
                        form_key=key,
                        pass_no=1,
                        pages=[sha],
                        reference=None,
                        lease_until=lease.isoformat(),
                        seq=seq,
                        state="claimed",
                    )
                    for task_id, document_id, external_id, seq, sha in rows
                ],
            )
            session.commit()
        uuids = []
        for task in cache.open_tasks(operator_id):
            draft = cache.start_draft(task.task_id)
            payload: KeyingPayload = {
                "uuid": draft.keying_uuid,
                "task_id": task.task_id,
                "document_id": task.document_id,
                "pass_no": task.pass_no,
                "operator_id": operator_id,
                "values": {"head_name": task.external_id, "remarks": "load"},
                "finished_at": now_iso(),
                "workstation": WORKSTATION,
            }
            uuids.append(cache.finish(task.task_id, payload))
        return uuids
    finally:
        cache.close()
        engine.dispose()


def push_all(url: str, cache_path: Path, rounds: int = 20) -> int:
    """Push until the outbox is empty (the server may need a moment after a restart);
    returns how many rounds it took."""
    engine = make_engine(url)
    cache = WorkstationCache(cache_path)
    try:
        # a day beyond `later()`: the item that failed in the middle of the fault (its retry
        # time set by a `later()` clock, 1 s on) is due in the first round, not after the
        # 20 rounds have gone by in under a second on a quick machine
        client = SyncClient(session_factory(engine), cache, WORKSTATION, clock=later(2))
        for done in range(1, rounds + 1):
            client.push()
            if cache.pending_count() == 0:
                return done
        raise AssertionError(f"{cache.pending_count()} keyings still waiting after {rounds}")
    finally:
        cache.close()
        engine.dispose()


def stored(url: str) -> tuple[list[str], int]:
    """The UUIDs of the keyings in the central database, and its `keying_inserted` events."""
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            uuids = list(session.scalars(select(Keying.uuid)))
            inserted = session.scalar(
                select(func.count()).where(AuditEvent.kind == "keying_inserted")
            )
            return uuids, int(inserted or 0)
    finally:
        engine.dispose()
