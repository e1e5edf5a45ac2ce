"""`keying bench --only station_limits`: how long the station takes to open a document of a
form at the limits of `keying.forms.limits` (1,000 fields, a choice of 5,000 codes), from a
process of its own (the measuring half is `keying.ui.benchmark_limits`, offscreen)."""

from __future__ import annotations

from keying.bench import Figure, percentiles
from keying.bench.qt_process import run_qt_module


def _measure(rounds: int) -> dict[str, list[float]]:
    data: dict[str, list[float]] = run_qt_module(
        "keying.ui.benchmark_limits", ["--rounds", str(rounds)], "station limits"
    )
    return data


def run(quick: bool) -> list[Figure]:
    data = _measure(2 if quick else 5)
    opened, parsed = data["open_ms"], data["parse_ms"]
    cpu = percentiles(data["open_cpu_ms"])[50]
    note = (
        f"{len(opened)} rounds, each a fresh station view: definition read and checked, draft "
        f"opened, 1,000 editors built, shown and painted; max {max(opened):.0f} ms; "
        f"p50 {cpu:.0f} ms of CPU"
    )
    return [
        Figure("station_open_limits_ms", round(percentiles(opened)[50], 1), "ms", note=note),
        Figure(
            "form_parse_limits_ms",
            round(percentiles(parsed)[50], 1),
            "ms",
            note="parse_stored of the same definition (230 KB of YAML), part of the open",
        ),
    ]
