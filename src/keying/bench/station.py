"""The operator station's figures (issue: operator station), from a process of its own.

The measuring runs in `keying.ui.benchmark` (it needs Qt, which nothing outside keying.ui
imports), offscreen, keying a batch of 1,000 one-page documents (100 with --quick) through the
real station; this module turns its raw samples into figures.
"""

from __future__ import annotations

from keying.bench import Figure, percentiles
from keying.bench.qt_process import run_qt_module


def _measure(pages: int) -> dict[str, object]:
    data: dict[str, object] = run_qt_module(
        "keying.ui.benchmark", ["--pages", str(pages)], "station", timeout=3600
    )
    return data


def _samples(data: dict[str, object], key: str) -> list[float]:
    samples = data[key]
    assert isinstance(samples, list)
    return [float(s) for s in samples]


def _into_table(left: str, focused: str) -> bool:
    """Enter left a field for a table's cell (paths: `name`, `table[row].column`)."""
    return "[" not in left and "[" in focused


def _field_change_split(data: dict[str, object]) -> list[Figure]:
    """field_change_shown split by where the Enter went: into a table (the form scrolls and
    the page view zooms out to the table's zone) or anywhere else (each field's p50 in the
    note)."""
    shown = _samples(data, "field_change_shown_ms")
    moves = data["field_change_shown_moves"]
    assert isinstance(moves, list) and len(moves) == len(shown)
    into: list[float] = []
    other: dict[str, list[float]] = {}
    for ms, (left, focused) in zip(shown, moves, strict=True):
        if _into_table(left, focused):
            into.append(ms)
        else:
            other.setdefault(left, []).append(ms)
    figures: list[Figure] = []
    per_field = [percentiles(v)[50] for v in other.values()]
    groups = [
        ("into_table", into, f"{len(into)} samples: Enter from a field into a table's first cell"),
        (
            "other",
            [ms for v in other.values() for ms in v],
            f"{sum(map(len, other.values()))} samples; each field's p50 "
            f"{min(per_field, default=0):.1f}–{max(per_field, default=0):.1f} ms",
        ),
    ]
    for group, samples, note in groups:
        if not samples:
            continue
        pct = percentiles(samples)
        for point in (50, 95):
            figures.append(
                Figure(
                    f"field_change_shown_{group}_ms_p{point}",
                    round(pct[point], 2),
                    "ms",
                    note=note if point == 50 else "",
                )
            )
    return figures


def figures(data: dict[str, object]) -> list[Figure]:
    """The figures of one run of `keying.ui.benchmark` (its JSON output)."""
    out: list[Figure] = []
    for key, goal_point, goal in (
        ("keystroke_ms", 99, "p99 < 4 ms"),
        ("field_commit_ms", 99, "p99 < 10 ms"),
        ("field_change_shown_ms", 99, ""),
        ("next_document_ms", 95, "p95 < 30 ms"),
        ("sync_after_finish_ms", 95, ""),
        ("sync_round_ms", 95, ""),
        ("open_document_cold_ms", 95, "p95 < 150 ms"),
    ):
        samples = _samples(data, key)
        pct = percentiles(samples)
        for point in (50, 95, 99):
            out.append(
                Figure(
                    f"{key.removesuffix('_ms')}_ms_p{point}",
                    round(pct[point], 2),
                    "ms",
                    goal=goal if point == goal_point else "",
                    note=f"{len(samples)} samples" if point == 50 else "",
                )
            )
        if key == "field_change_shown_ms":
            out.extend(_field_change_split(data))
    out.append(
        Figure(
            f"rss_mb_{data['pages']}_pages",
            round(float(data["rss_mb_after"]), 1),  # type: ignore[arg-type]
            "MB",
            goal="< 400 MB",
            note=f"after keying {data['documents_keyed']} documents; "
            f"peak {float(data['rss_mb_peak']):.0f} MB",  # type: ignore[arg-type]
        )
    )
    return out


def run(quick: bool) -> list[Figure]:
    return figures(_measure(100 if quick else 1000))
