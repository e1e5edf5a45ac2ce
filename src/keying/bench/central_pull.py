"""The central PostgreSQL's pull and sign-in figures (issue 11), on a database of their own
on the server `keying.bench.central` starts:

- `pull_pages_per_s`: one workstation claims and pulls (`SyncClient.claim_and_pull`, 10 tasks
  a call) the pass 1 of documents whose page is a 250 KB blob of its own, the size of an A4
  page scanned at 200 dpi (grey JPEG, or text as PNG); each call one transaction, the blobs
  written durably into the workstation's cache; pages pulled per second.
- `signin_ms_p50/p95`: an account signs in on a fresh workstation as its own PostgreSQL
  login role (SCRAM-SHA-256, the schema's revision checked, the sign-in audited), then its
  station opens its first task (claim + pull of one document); one account after the other.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, make_url, select

from keying.bench import Figure, percentiles
from keying.forms import load_form
from keying.paths import shipped_forms
from keying.services import Services, Workspace
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import Document, Page, Task
from keying.storage.pg_roles import create_login_role
from keying.storage.users import add_user
from keying.sync.cache import WorkstationCache
from keying.sync.protocol import SyncClient
from keying.vocabulary import TaskStatus

PAGE_BYTES = 250_000
PASSWORD = "bench-sign-in-1"
PER_CALL = 10


def _setup(url: str, documents: int, accounts: int) -> list[tuple[int, str]]:
    """`documents` two-pass documents, each with a page of its own; `accounts` operators
    with login roles: (id, login) of each."""
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            loaded = load_form(shipped_forms()[0])
            form = repo.add_form_definition(
                session, loaded.definition.form, loaded.definition.version, loaded.text
            )
            batch = repo.add_batch(session, "Pull", form)
            session.execute(
                insert(Document),
                [
                    {"batch_id": batch.id, "external_id": f"P-{i:06d}", "seq": i}
                    for i in range(1, documents + 1)
                ],
            )
            ids = list(session.scalars(select(Document.id).where(Document.batch_id == batch.id)))
            for document_id in ids:
                sha = repo.add_blob(session, os.urandom(PAGE_BYTES), "image/jpeg")
                session.add(Page(document_id=document_id, page_no=1, blob_sha256=sha))
            session.execute(
                insert(Task),
                [
                    {"document_id": d, "kind": "key", "pass_no": p, "status": TaskStatus.OPEN}
                    for d in ids
                    for p in (1, 2)
                ],
            )
            made = []
            for n in range(accounts):
                login = f"p{n:03d}"
                account = add_user(
                    session, login=login, display_name=login, role="operator", password="-"
                )
                create_login_role(session, login, PASSWORD, "operator")
                made.append((account.id, login))
            session.commit()
            return made
    finally:
        engine.dispose()


def _pull(url: str, operator_id: int) -> Figure:
    engine = make_engine(url)
    with tempfile.TemporaryDirectory(prefix="keying-bench-pull-") as folder:
        cache = WorkstationCache(Path(folder) / "cache.sqlite")
        try:
            client = SyncClient(session_factory(engine), cache, "bench-pull", lease=timedelta(1))
            pages = 0
            start = time.perf_counter()
            while got := client.claim_and_pull(operator_id, PER_CALL):
                pages += got  # one page a document
            elapsed = time.perf_counter() - start
        finally:
            cache.close()
            engine.dispose()
    return Figure(
        "pull_pages_per_s",
        round(pages / elapsed, 1),
        "/s",
        note=f"{pages} pages of {PAGE_BYTES // 1000} KB, {PER_CALL} documents a claim, one client",
    )


def _signins(url: str, accounts: list[tuple[int, str]]) -> list[Figure]:
    central = make_url(url)
    by_role = f"postgresql://{central.host}:{central.port}/{central.database}"
    times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="keying-bench-signin-") as folder:
        for _operator_id, login in accounts:
            workspace = Workspace(by_role, Path(folder) / f"{login}.sqlite", f"pc-{login}")
            start = time.perf_counter()
            services = Services.open(workspace)
            try:
                signed = services.sign_in(login, PASSWORD)
                task = services.station(signed, prefetch=0).next_task()
                elapsed = (time.perf_counter() - start) * 1000
            finally:
                services.close()
            if task is None:
                raise RuntimeError(f"{login} signed in but was given no task")
            times.append(elapsed)
    pct = percentiles(times)
    note = f"{len(times)} accounts, each its own login role, one after the other"
    return [
        Figure("signin_ms_p50", round(pct[50], 1), "ms", note=note),
        Figure("signin_ms_p95", round(pct[95], 1), "ms", goal="< 300"),
    ]


def run(url: str, quick: bool) -> list[Figure]:
    """The figures, on the empty database at `url` (the schema at head)."""
    documents, accounts = (60, 10) if quick else (300, 30)
    made = _setup(url, documents, accounts + 1)
    # the pull takes pass 1 of every document; the sign-ins' first claims take pass 2
    return [_pull(url, made[-1][0]), *_signins(url, made[:accounts])]
