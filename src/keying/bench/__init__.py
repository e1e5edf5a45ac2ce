"""`keying bench`: the product's own benchmarks, so any operator PC can be measured.

Each benchmark is a module in this package with `run(quick: bool) -> list[Figure]`;
`BENCHMARKS` maps its name (for `--only`) to the module. Benchmarks measure; tests never
assert wall-clock times.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass

# name → module under keying.bench, in the order they run.
BENCHMARKS: dict[str, str] = {
    "forms": "forms",
    "startup": "startup",
    "demo": "demo",
    "reconcile": "reconcile",
    "station": "station",
    "station_limits": "station_limits",
    "supervisor": "supervisor",
    "ingest": "ingest",
    "stats": "stats",
    "dashboard": "dashboard",
    "training": "training",
    # starts a PostgreSQL server of its own (initdb/pg_ctl): only with --only central
    "central": "central",
    "central_push": "central_push",  # central's push figures alone
    "training_central": "training_central",
}
# Not run without --only: they need more than this PC (a PostgreSQL server's binaries).
ON_REQUEST = frozenset({"central", "central_push", "training_central"})


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    goal: str = ""
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def run(only: Iterable[str] | None = None, quick: bool = False) -> list[Figure]:
    names = list(only) if only else [n for n in BENCHMARKS if n not in ON_REQUEST]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        raise KeyError(
            f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}"
        )
    figures: list[Figure] = []
    for name in names:
        module = importlib.import_module(f"keying.bench.{BENCHMARKS[name]}")
        figures.extend(module.run(quick))
    return figures


def percentiles(samples: list[float], points: Iterable[int] = (50, 95, 99)) -> dict[int, float]:
    """Nearest-rank percentiles of a list of samples."""
    ordered = sorted(samples)
    out = {}
    for p in points:
        rank = max(1, -(-p * len(ordered) // 100))  # ceil(p/100 * n)
        out[p] = ordered[min(rank, len(ordered)) - 1]
    return out
