"""The supervisor station's figures (issue 12), from a process of its own.

The measuring runs in `keying.ui.supervisor_benchmark` (it needs Qt), offscreen: a scripted
supervisor decides 500 discrepancies (50 with --quick) by key through the real adjudication
view; this module turns its raw samples into figures.
"""

from __future__ import annotations

from keying.bench import Figure, percentiles
from keying.bench.qt_process import run_qt_module


def _measure(discrepancies: int) -> dict[str, object]:
    data: dict[str, object] = run_qt_module(
        "keying.ui.supervisor_benchmark",
        ["--discrepancies", str(discrepancies)],
        "supervisor",
        timeout=3600,
    )
    return data


def figures(data: dict[str, object]) -> list[Figure]:
    samples = data["adjudication_next_ms"]
    assert isinstance(samples, list) and samples
    pct = percentiles([float(s) for s in samples])
    out = [
        Figure(
            f"adjudication_next_ms_p{point}",
            round(pct[point], 2),
            "ms",
            goal="p95 < 30 ms" if point == 95 else "",
            note=f"{len(samples)} decisions" if point == 50 else "",
        )
        for point in (50, 95, 99)
    ]
    elapsed = float(data["elapsed_s"])  # type: ignore[arg-type]
    decided = int(data["decided"])  # type: ignore[call-overload]
    out.append(
        Figure(
            "adjudication_decisions_per_min",
            round(decided / elapsed * 60, 1),
            "/min",
            note=f"{decided} decided by key, {data['final_records']} final records written, "
            f"{data['not_saved']} not saved, in {elapsed:.1f} s",
        )
    )
    return out


def run(quick: bool) -> list[Figure]:
    return figures(_measure(50 if quick else 500))
