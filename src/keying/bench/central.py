"""The central PostgreSQL's figures (issue 11): against a throwaway server this benchmark
starts itself (keying.bench.pg_server; durable commits, PostgreSQL's defaults otherwise).

- `sync_push_keyings_per_s`: one workstation pushes its outbox of finished keyings (30 fields
  each) through `SyncClient.push`: 50 keyings a transaction (each idempotent by UUID, its
  task completed, an audit event), the batch acknowledged in one cache transaction.
- `claims_per_s_<N>_clients`, `claim_ms_p50/p95`, `claim_client_cpu_ms`,
  `claim_server_cpu_ms`, `double_assignments`: N client processes (keying.bench.central_claims),
  each with its own engine and account, claim key tasks one at a time until none is left,
  timed from the moment all are connected; a task handed to two clients, or both passes of a
  document to one, would be counted.
- `pull_pages_per_s`, `signin_ms_p50/p95`: keying.bench.central_pull, on a second database.
Connections are the database owner's (no row-level security on this path); the operators'
own roles add their policies' cost, not measured here.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select, text, update
from sqlalchemy.orm import Session

from keying.bench import Figure, central_claims, central_pull
from keying.bench.pg_server import local_postgres
from keying.forms import load_form
from keying.paths import shipped_forms
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory, upgrade
from keying.storage.models import Document, FormDefinitionRow, Operator, Page, Task
from keying.storage.records import KeyingPayload
from keying.sync.cache import CachedTask, WorkstationCache, now_iso
from keying.sync.protocol import PUSH_BATCH, SyncClient
from keying.vocabulary import TaskStatus

FIELDS = 30
LEASE = timedelta(minutes=30)


def _setup(url: str, operators: int, documents: int) -> list[int]:
    """Accounts (no usable password: the benchmark connects as the owner), one batch of
    `documents` two-pass documents sharing one small page image; the accounts' ids."""
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            session.execute(
                insert(Operator),
                [
                    {"login": f"b{n:03d}", "display_name": f"B{n}", "role": "operator",
                     "password_hash": "-", "active": True}
                    for n in range(operators)
                ],
            )  # fmt: skip
            form_path = shipped_forms()[0]
            loaded = load_form(form_path)
            form = repo.add_form_definition(
                session, loaded.definition.form, loaded.definition.version, loaded.text
            )
            batch = repo.add_batch(session, "Bench", form)
            sha = repo.add_blob(session, b"\x89PNG bench page", "image/png")
            session.execute(
                insert(Document),
                [
                    {"batch_id": batch.id, "external_id": f"B-{i:06d}", "seq": i}
                    for i in range(1, documents + 1)
                ],
            )
            ids = list(session.scalars(select(Document.id).where(Document.batch_id == batch.id)))
            session.execute(
                insert(Page), [{"document_id": d, "page_no": 1, "blob_sha256": sha} for d in ids]
            )
            session.execute(
                insert(Task),
                [
                    {"document_id": d, "kind": "key", "pass_no": p, "status": TaskStatus.OPEN}
                    for d in ids
                    for p in (1, 2)
                ],
            )
            session.commit()
            return list(session.scalars(select(Operator.id).order_by(Operator.id)))
    finally:
        engine.dispose()


def _fill_outbox(session: Session, cache: WorkstationCache, operator_id: int, count: int) -> None:
    """Hold `count` pass-1 tasks for `operator_id` and finish each into the outbox."""
    lease = datetime.now(UTC) + LEASE
    tasks = list(
        session.scalars(select(Task).where(Task.pass_no == 1).order_by(Task.id).limit(count))
    )
    session.execute(
        update(Task)
        .where(Task.id.in_([t.id for t in tasks]))
        .values(
            status=TaskStatus.CLAIMED,
            claimed_by=operator_id,
            workstation="bench",
            lease_until=lease,
        )
    )
    session.commit()
    form = session.scalars(select(FormDefinitionRow)).one()
    key = f"{form.name}@{form.version}"
    cache.store_pull(
        {key: (form.text, form.sha256)},
        {},
        [
            CachedTask(t.id, operator_id, t.document_id, f"B-{t.document_id}", "Bench", count,
                       key, 1, [], None, lease.isoformat(), t.document_id, TaskStatus.CLAIMED)
            for t in tasks
        ],
    )  # fmt: skip
    values = {f"field_{n:02d}": f"value {n} of a keyed form" for n in range(FIELDS)}
    for t in tasks:
        draft = cache.start_draft(t.id)
        payload: KeyingPayload = {
            "uuid": draft.keying_uuid,
            "task_id": t.id,
            "document_id": t.document_id,
            "pass_no": 1,
            "operator_id": operator_id,
            "values": values,
            "finished_at": now_iso(),
            "workstation": "bench",
        }
        cache.finish(t.id, payload)


def _backends(engine: Engine) -> dict[int, float]:
    """The CPU seconds so far of each backend connected to the benchmark's database (the
    server is on this machine: /proc/<pid>/schedstat, nanoseconds)."""
    with engine.connect() as connection:
        pids = connection.scalars(
            text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND backend_type = 'client backend'"
            )
        ).all()
    cpu: dict[int, float] = {}
    for pid in pids:
        try:
            cpu[int(pid)] = int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            continue
    return cpu


def _push(url: str, operator_id: int, count: int) -> list[Figure]:
    engine = make_engine(url)
    with tempfile.TemporaryDirectory(prefix="keying-bench-cache-") as folder:
        cache = WorkstationCache(Path(folder) / "cache.sqlite")
        try:
            sessions = session_factory(engine)
            with sessions() as session:
                _fill_outbox(session, cache, operator_id, count)
            client = SyncClient(sessions, cache, "bench")
            server_before = _backends(engine)
            cpu = time.process_time()
            start = time.perf_counter()
            report = client.push()
            elapsed = time.perf_counter() - start
            client_cpu = time.process_time() - cpu
            server_after = _backends(engine)  # before the connections close
        finally:
            cache.close()
            engine.dispose()
    if report.pushed != count:
        raise RuntimeError(f"the push stored {report.pushed} of {count}: {report.error}")
    server_cpu = sum(t - server_before.get(pid, 0.0) for pid, t in server_after.items())
    return [
        Figure(
            "sync_push_keyings_per_s",
            round(count / elapsed, 1),
            "/s",
            goal=">= 5,000",
            note=f"{count} keyings of {FIELDS} fields, {PUSH_BATCH} a transaction, one client",
        ),
        Figure(
            "push_client_cpu_us",
            round(client_cpu * 1e6 / count, 1),
            "us",
            note="the pushing process's CPU (all its threads) per keying",
        ),
        Figure(
            "push_server_cpu_us",
            round(server_cpu * 1e6 / count, 1),
            "us",
            note="the PostgreSQL backends' CPU per keying (/proc schedstat)",
        ),
    ]


def _claims(url: str, operators: list[int], clients: int) -> list[Figure]:
    figures, every = central_claims.run(url, operators, clients)
    doubles = len(every) - len(set(every))
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            both = connection.scalar(
                text(
                    "SELECT count(*) FROM (SELECT document_id FROM tasks WHERE kind = 'key' "
                    "GROUP BY document_id, claimed_by HAVING count(*) > 1) AS twice"
                )
            )
    finally:
        engine.dispose()
    return [
        *figures,
        Figure("double_assignments", float(doubles), "", goal="0"),
        Figure("both_passes_one_operator", float(both or 0), "", goal="0"),
    ]


def bench_database(server: str, name: str) -> str:
    """Create database `name` on the benchmark's server (its superuser URL); its URL, migrated."""
    engine = make_engine(server)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
    finally:
        engine.dispose()
    url = server.rsplit("/", 1)[0] + "/" + name
    upgrade(url)
    return url


def sizes(quick: bool) -> tuple[int, int, int]:
    """Claiming clients, documents, keyings pushed."""
    return (10, 300, 200) if quick else (100, 5000, 1000)


def run(quick: bool) -> list[Figure]:
    clients, documents, pushes = sizes(quick)
    with local_postgres() as server:
        url = bench_database(server, "keying_bench")
        operators = _setup(url, clients + 1, documents)
        push = _push(url, operators[-1], pushes)
        # the claims run on what the push left: its tasks are done
        claims = _claims(url, operators[:clients], clients)
        pull_url = bench_database(server, "keying_bench_pull")
        return [*push, *claims, *central_pull.run(pull_url, quick)]
