"""The operator station's figures (issue: operator station), from a process of its own.

The measuring runs in `keying.ui.benchmark` (it needs Qt, which nothing outside keying.ui
imports), offscreen, keying a batch of 1,000 one-page documents (100 with --quick) through the
real station; this module turns its raw samples into figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from keying.bench import Figure, percentiles


def _measure(pages: int) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "keying.ui.benchmark", "--pages", str(pages)],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the station benchmark failed:\n{done.stderr[-3000:]}")
    data: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


def _pct(data: dict[str, object], key: str) -> dict[int, float]:
    samples = data[key]
    assert isinstance(samples, list)
    return percentiles([float(s) for s in samples])


def run(quick: bool) -> list[Figure]:
    data = _measure(100 if quick else 1000)
    pages = data["pages"]
    figures: list[Figure] = []
    for key, goal_point, goal in (
        ("keystroke_ms", 99, "p99 < 4 ms"),
        ("field_commit_ms", 99, "p99 < 10 ms"),
        ("field_change_shown_ms", 99, ""),
        ("next_document_ms", 95, "p95 < 30 ms"),
        ("sync_after_finish_ms", 95, ""),
        ("open_document_cold_ms", 95, "p95 < 150 ms"),
    ):
        pct = _pct(data, key)
        samples = data[key]
        assert isinstance(samples, list)
        for point in (50, 95, 99):
            figures.append(
                Figure(
                    f"{key.removesuffix('_ms')}_ms_p{point}",
                    round(pct[point], 2),
                    "ms",
                    goal=goal if point == goal_point else "",
                    note=f"{len(samples)} samples" if point == 50 else "",
                )
            )
    figures.append(
        Figure(
            "rss_mb_1000_pages" if pages == 1000 else f"rss_mb_{pages}_pages",
            round(float(data["rss_mb_after"]), 1),  # type: ignore[arg-type]
            "MB",
            goal="< 400 MB",
            note=f"after keying {data['documents_keyed']} documents; "
            f"peak {float(data['rss_mb_peak']):.0f} MB",  # type: ignore[arg-type]
        )
    )
    return figures
