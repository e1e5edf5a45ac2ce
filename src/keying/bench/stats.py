"""The statistics' speed: `keying stats` on a keyed batch of 10,000 documents (500 with
--quick), made by `keying.bench.stats_batch` in a temporary SQLite central database.

`stats_batch_s` is the median of three runs of everything `keying stats` computes (the facts
read in one session; the batch, keyer, day and field figures), on an engine already open.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from keying.bench import Figure
from keying.bench.stats_batch import build, sqlite_url
from keying.services.stats import load_facts
from keying.stats.fields import field_figures
from keying.stats.keyers import keyer_figures
from keying.stats.quality import batch_quality
from keying.storage.engine import make_engine, session_factory


def run(quick: bool) -> list[Figure]:
    documents = 500 if quick else 10_000
    with tempfile.TemporaryDirectory(prefix="keying-stats-bench-") as tmp:
        url = sqlite_url(Path(tmp))
        t0 = time.perf_counter()
        name = build(url, documents)
        built = time.perf_counter() - t0
        engine = make_engine(url)
        try:
            sessions = session_factory(engine)
            samples, read = [], []
            for _ in range(3):
                t0 = time.perf_counter()
                facts, _ = load_facts(sessions, name)
                read.append(time.perf_counter() - t0)
                q = batch_quality(facts)
                days = keyer_figures(facts, by_day=True)
                fields = field_figures(facts)
                samples.append(time.perf_counter() - t0)
        finally:
            engine.dispose()
    return [
        Figure(
            "stats_batch_s",
            round(statistics.median(samples), 3),
            "s",
            goal="< 2 s",
            note=f"{documents:,} documents, {q.discrepancies:,} discrepancies, "
            f"{len(q.keyers)} keyers, {len(days)} keyer-days, {len(fields)} fields (median of 3; "
            f"batch made in {built:.0f} s)",
        ),
        Figure(
            "stats_facts_read_s",
            round(statistics.median(read), 3),
            "s",
            note="of which: reading the facts (storage/stats_facts.py, SQLite)",
        ),
    ]
