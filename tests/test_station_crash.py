"""Autosave under SIGKILL: the real station keys in a subprocess that is killed at random
moments; no field it reported as committed may be lost and the cache must stay sound."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from keying.sync.cache import WorkstationCache
from tests.crash_driver import PLAN
from tests.support.world import PASSWORD, ROOT, make_world, value_at

ROUNDS = 10


def _driver(workspace: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash_driver", str(workspace), "op1", PASSWORD, *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The driver's first line of output (empty if it ends first), waiting at most `timeout`."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the crash driver printed nothing in time"
    return proc.stdout.readline().rstrip("\n")


def _stored(cache_path: Path, external_id: str) -> list[dict[str, Any]]:
    """Every record of the document's values: its drafts and finished keyings in the cache,
    and a keying the central database acknowledged (whose values then left the cache: the
    outbox keeps a receipt) from the central database beside it."""
    db = sqlite3.connect(cache_path)
    try:
        task_ids = {
            t
            for (t,) in db.execute(
                "SELECT task_id FROM tasks WHERE external_id = ?", (external_id,)
            )
        }
        drafts = [
            json.loads(v)
            for (t, v) in db.execute("SELECT task_id, keyed_values FROM drafts")
            if t in task_ids
        ]
        payloads = [
            json.loads(v) for (v,) in db.execute("SELECT payload FROM outbox WHERE kind = 'keying'")
        ]
    finally:
        db.close()
    mine = [p for p in payloads if p["task_id"] in task_ids]
    finished = [p["values"] for p in mine if "values" in p]
    acknowledged = [p["uuid"] for p in mine if "values" not in p]
    if acknowledged:
        central = sqlite3.connect(cache_path.with_name("central.sqlite"))
        try:
            for uuid in acknowledged:
                row = central.execute('SELECT "values" FROM keyings WHERE uuid = ?', (uuid,))
                finished.extend(json.loads(v) for (v,) in row)
        finally:
            central.close()
    return drafts + finished


def test_no_committed_field_is_lost_when_the_station_is_killed(tmp_path: Path) -> None:
    world = make_world(tmp_path / "ws", documents=80, logins=("op1",))
    world.services.close()
    cache_path = world.workspace.cache_path
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    committed: list[tuple[str, str, str]] = []
    killed_mid_keying = 0
    for round_no in range(ROUNDS):
        proc = _driver(tmp_path / "ws")
        # The random kill is timed from the first committed field, not from the start of the
        # process: on a loaded machine start-up alone can outlast a fixed window.
        first = _first_line(proc, timeout=120)
        time.sleep(rng.uniform(0.0, 2.2))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode in (-signal.SIGKILL, 0), f"seed {seed}, round {round_no}: {err}"
        lines = [first, *out.splitlines()] if first else out.splitlines()
        if proc.returncode == -signal.SIGKILL and lines and lines[-1].startswith("committed"):
            killed_mid_keying += 1
        for line in lines:
            if line.startswith("committed "):
                _, external_id, path, raw = line.split(" ", 3)
                committed.append((external_id, path, json.loads(raw)))

        cache = WorkstationCache(cache_path)  # opening runs the integrity check
        try:
            assert cache.integrity_ok(), f"seed {seed}: cache corrupt after round {round_no}"
        finally:
            cache.close()
        latest: dict[tuple[str, str], str] = {}
        for external_id, path, raw in committed:
            latest[(external_id, path)] = raw
        for (external_id, path), raw in latest.items():
            records = _stored(cache_path, external_id)
            assert any(value_at(r, path) == raw for r in records), (
                f"seed {seed}, round {round_no}: {external_id} {path}={raw!r} was committed "
                f"but the cache holds {records}"
            )

    assert committed, f"seed {seed}: the driver never committed a field"
    assert killed_mid_keying >= 1, f"seed {seed}: no kill landed while keying"

    # Reopening resumes the document in progress with everything committed so far.
    proc = _driver(tmp_path / "ws", "--report")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    report = json.loads(out.splitlines()[-1])
    # 80 documents are more than ten short rounds can key: one is always in progress here.
    assert report["document"] is not None, f"seed {seed}: nothing to resume"
    for (external_id, path), raw in latest.items():
        if external_id == report["document"]:
            assert value_at(report["values"], path) == raw
    # ... at the field the operator was in: the one after the draft's last committed field.
    last = _draft_focus(cache_path, report["document"])
    if last is not None and last not in PLAN:
        # Killed after F12 committed the table's first cell (the field Enter leads to from
        # the plan's last) and before the document was stored: every planned field is
        # committed, so keying resumes after them (in the table, or past it), never back in one.
        assert last.startswith("members["), f"seed {seed}: draft at {last}"
        assert report["focus"] not in PLAN, f"seed {seed}: draft at {last}, resumed at {report}"
        return
    order = [*PLAN, "members[0].name"]
    expected = order[order.index(last) + 1] if last is not None else order[0]
    assert report["focus"] == expected, f"seed {seed}: draft at {last}, resumed at {report}"


def _draft_focus(cache_path: Path, external_id: str) -> str | None:
    db = sqlite3.connect(cache_path)
    try:
        row = db.execute(
            "SELECT d.focus_path FROM drafts d JOIN tasks t ON t.task_id = d.task_id"
            " WHERE t.external_id = ?",
            (external_id,),
        ).fetchone()
    finally:
        db.close()
    return row[0] if row is not None else None  # opened, nothing committed yet
