"""The dashboard's figure (issue 17), from a process of its own: `python -m
keying.ui.dashboard_benchmark` (it needs Qt) opens the dashboard on a keyed batch of 1,000
documents (200 with --quick), five times; this module turns its samples into a figure."""

from __future__ import annotations

import statistics

from keying.bench import Figure
from keying.bench.qt_process import run_qt_module


def run(quick: bool) -> list[Figure]:
    documents = 200 if quick else 1000
    data = run_qt_module(
        "keying.ui.dashboard_benchmark", ["--documents", str(documents)], "dashboard"
    )
    samples = [float(s) for s in data["dashboard_open_ms"]]
    return [
        Figure(
            "dashboard_open_ms",
            round(statistics.median(samples), 1),
            "ms",
            goal="< 300 ms",
            note=f"{documents:,} documents; median of {len(samples)} opens "
            f"({min(samples):.0f}–{max(samples):.0f} ms), figures read off the GUI thread",
        )
    ]
