"""`claims_per_s_<N>_clients` (issue 11): N client processes, as N workstations are, each with
its own interpreter, engine, connection and account, claim key tasks one per transaction
(one call of the server's `keying_claim_key_tasks`, migrations 0019, 0022 and 0025) until
none is left. Since stop 25 that transaction is the one statement, committed by the server as
it ends (autocommit): one round trip instead of two, and the task handed out is not held
locked, in front of the other claims, while the commit waits for its client to be scheduled
again (on a 2-core machine running 100 clients, for milliseconds).

Since stop 24 a client calls the function through `storage.claim_call.claim_rows` on the
DBAPI cursor of its pooled connection, prepared once, rather than through the ORM session of
`repo.claim_key_tasks` (which the app keeps: it pulls what the tasks need in the same
transaction): the server does the same work, the client 0.4–0.7 ms of CPU per claim instead
of 2.1–2.9. Since stop 30 the timed claims, in autocommit, go through
`claim_rows_autocommit`, the same statement by libpq's one call (85 k → 58 k of the client's
instructions a claim). This matters here only because the clients share the server's cores;
in a shop each station's CPU is its own.

The clients are started (spawned), connected and warmed up (one claim each, rolled back)
before the clock starts; the figure is the key tasks every client claimed divided by the
time from the start line to the last client's last claim. Until stop 23 the clients were
threads of the benchmark's one Python process: they measured its interpreter lock more than
the server.

Where the time goes is reported with it: the clients' CPU per claim (their
`time.process_time` over the timed loop) and, when the server runs on this machine, its
backends' CPU per claim (`/proc/<backend pid>/stat` of the clients' connections, read at the
start line and after the last claim, before any client disconnects; the server's background
processes — WAL writer, checkpointer, autovacuum — are not in it).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from datetime import UTC, datetime, timedelta
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from keying.bench import Figure, percentiles

LEASE = timedelta(minutes=30)
_START_TIMEOUT = 600.0  # s: spawning and connecting 100 interpreters on a loaded machine


def _client(url: str, operator_id: int, n: int, ready: Barrier, done: Barrier, out: Any) -> None:
    """One workstation: connect, wait at the start line, claim one task a transaction until
    none is left, report, wait until the server's CPU is read, disconnect."""
    from keying.storage.claim_call import claim_rows, claim_rows_autocommit
    from keying.storage.engine import make_engine

    engine = make_engine(url, pool_size=1, max_overflow=0)
    claimed: list[int] = []
    latencies: list[float] = []
    workstation = f"ws{n}"
    try:
        connection = engine.raw_connection()
        cursor = connection.cursor()
        # connect before the start line, and warm up as a station that has been running:
        # one claim, rolled back (the statement prepared, the function compiled and planned
        # in its backend)
        cursor.execute("SELECT pg_backend_pid()")
        (backend,) = cursor.fetchone() or (0,)
        connection.rollback()
        claim_rows(cursor, operator_id, workstation, 1, LEASE, datetime.now(UTC))
        connection.rollback()
        # then each claim is one statement in its own transaction, committed by the server
        # as the statement ends (autocommit): one round trip, and the task's lock is not
        # held while the commit waits for this process to be scheduled again
        driver = connection.driver_connection
        assert driver is not None  # a pooled connection, checked out
        driver.autocommit = True
        # the autocommit call's statement prepared (a claim of no task hands out nothing)
        claim_rows_autocommit(driver, operator_id, workstation, 0, LEASE, datetime.now(UTC))
        out.put(("connected", n, backend))
        ready.wait(_START_TIMEOUT)
        cpu = time.process_time()
        while True:
            start = time.perf_counter()
            got = claim_rows_autocommit(
                driver, operator_id, workstation, 1, LEASE, datetime.now(UTC)
            )
            if not got:
                break
            latencies.append((time.perf_counter() - start) * 1000)
            claimed.extend(row.id for row in got)
        finished = time.perf_counter()
        out.put(("claimed", n, claimed, latencies, time.process_time() - cpu, finished))
        done.wait(_START_TIMEOUT)
        connection.close()
    except BaseException as exc:  # reported by the parent
        out.put(("failed", n, repr(exc)))
        ready.abort()
        done.abort()
    finally:
        engine.dispose()


def _cpu_seconds(pids: list[int]) -> float | None:
    """utime + stime of these processes (None when one is not on this machine)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / ticks


def run(url: str, operators: list[int], clients: int) -> tuple[list[Figure], list[int]]:
    """Run the clients; their figures, and every task id claimed (for the checks)."""
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(clients + 1)
    done = context.Barrier(clients + 1)
    out = context.Queue()
    processes = [
        context.Process(target=_client, args=(url, operators[n], n, ready, done, out))
        for n in range(clients)
    ]
    for process in processes:
        process.start()
    backends: list[int] = []
    reports: list[tuple[Any, ...]] = []
    failed: list[str] = []
    server: list[float | None] = []
    start = 0.0

    def receive(kind: str) -> None:
        message = out.get(timeout=_START_TIMEOUT)
        if message[0] == "failed":
            failed.append(message[2])
        elif message[0] == kind == "connected":
            backends.append(message[2])
        elif message[0] == kind == "claimed":
            reports.append(message)

    try:
        while len(backends) < clients and not failed:
            receive("connected")
        if not failed:
            server.append(_cpu_seconds(backends))  # the backends' CPU at the start line
            ready.wait(_START_TIMEOUT)
            start = time.perf_counter()
            while len(reports) < clients and not failed:
                receive("claimed")
            server.append(_cpu_seconds(backends))  # before any client disconnects
            done.wait(_START_TIMEOUT)
    except Exception as exc:  # a barrier broken by a failed client, or a client silent
        if not failed:
            failed.append(repr(exc))
    finally:
        for process in processes:
            process.join(60)
            if process.is_alive():
                process.kill()
    if failed:
        raise RuntimeError(f"a claiming client failed: {failed[0]}")
    elapsed = max(r[5] for r in reports) - start
    every = [task for r in reports for task in r[2]]
    latencies = [ms for r in reports for ms in r[3]]
    client_cpu = sum(r[4] for r in reports)
    pct = percentiles(latencies) if latencies else {50: 0.0, 95: 0.0}
    claims = max(len(every), 1)
    figures = [
        Figure(
            f"claims_per_s_{clients}_clients",
            round(len(every) / elapsed, 1),
            "/s",
            goal=">= 2,000" if clients >= 100 else "",
            note=f"{len(every)} key tasks, one per claim transaction, {clients} processes",
        ),
        Figure("claim_ms_p50", round(pct[50], 2), "ms"),
        Figure("claim_ms_p95", round(pct[95], 2), "ms"),
        Figure(
            "claim_client_cpu_ms",
            round(client_cpu * 1000 / claims, 3),
            "ms",
            note="the clients' CPU per claim (Python, SQLAlchemy, psycopg)",
        ),
    ]
    before, after = server
    if before is not None and after is not None:
        figures.append(
            Figure(
                "claim_server_cpu_ms",
                round((after - before) * 1000 / claims, 3),
                "ms",
                note="the clients' backends' CPU per claim (background processes not in it)",
            )
        )
    return figures, every
