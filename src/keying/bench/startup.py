"""Cold start: process start → the first field of the first document keyable.

A demo workspace is made once in a temporary folder (`keying.services.demo.create_demo`, what
`keying demo` runs); then `keying app` is started in a fresh
process again and again, offscreen, signed in through the bench hook (`KEYING_BENCH_SIGNIN`,
see keying.ui.app), and reports `keying-first-field <seconds since process start>` once the
station has opened a document and focused its first field. Each run starts a new Python, so
imports, the database, the cache and the first page's decode are all counted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from keying.bench import Figure, percentiles
from keying.services.demo import create_demo

MARKER = "keying-first-field"


def _keying(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "keying", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def first_field_seconds(workspace: Path, login: str, password: str, env: dict[str, str]) -> float:
    """Start the app once on `workspace`; seconds from process start to the first field."""
    run_env = dict(env, KEYING_BENCH_SIGNIN=f"{login}:{password}", QT_QPA_PLATFORM="offscreen")
    done = _keying("app", "--workspace", str(workspace), env=run_env)
    for line in done.stdout.splitlines():
        if line.startswith(MARKER + " "):
            return float(line.split()[1])
    raise RuntimeError(
        f"keying app did not report its first field (exit {done.returncode}):\n"
        f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    )


def run(quick: bool) -> list[Figure]:
    rounds = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="keying-bench-startup-") as tmp:
        base = Path(tmp)
        env = dict(
            os.environ,
            KEYING_CONFIG_DIR=str(base / "config"),
            KEYING_DATA_DIR=str(base / "data"),
        )
        env.pop("KEYING_DATABASE_URL", None)
        workspace = base / "demo"
        demo = create_demo(workspace, documents_per_batch=rounds + 2)
        login, password = next((a[0], a[2]) for a in demo.accounts if a[0] == "op1")
        samples = [first_field_seconds(workspace, login, password, env) for _ in range(rounds)]
    pct = percentiles(samples)
    return [
        Figure(
            "startup_to_first_field_s",
            round(pct[50], 3),
            "s",
            goal="< 1.5 s",
            note=f"p50 of {rounds} cold starts, offscreen; max {max(samples):.3f} s",
        ),
    ]
