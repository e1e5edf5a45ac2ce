"""How long loading (parsing and checking) the shipped form definitions takes."""

from __future__ import annotations

import time

from keying.bench import Figure, percentiles
from keying.forms import parse_form
from keying.paths import shipped_forms


def run(quick: bool) -> list[Figure]:
    texts = [(p, p.read_text(encoding="utf-8")) for p in shipped_forms()]
    rounds = 20 if quick else 200
    samples = []
    for _ in range(rounds):
        for path, text in texts:
            t0 = time.perf_counter()
            parse_form(text, str(path))
            samples.append((time.perf_counter() - t0) * 1000)
    pct = percentiles(samples)
    return [
        Figure("form_load_ms_p50", round(pct[50], 3), "ms", note=f"{len(texts)} shipped forms"),
        Figure("form_load_ms_p99", round(pct[99], 3), "ms"),
    ]
