"""How long loading (parsing and checking) form definitions takes: the shipped ones, and the
hostile corpus of issue 15 (each refused in one line; the slowest one is the figure to watch:
no definition may take more than a moment, on any operator PC)."""

from __future__ import annotations

import contextlib
import time

from keying.bench import Figure, percentiles
from keying.bench.hostile_forms import hostile_definitions
from keying.forms import FormDefinitionError, parse_form
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
        *_hostile(),
    ]


def _hostile() -> list[Figure]:
    corpus = hostile_definitions()
    samples = []
    for h in corpus:
        t0 = time.perf_counter()
        with contextlib.suppress(FormDefinitionError):
            parse_form(h.text, h.name)
        samples.append((time.perf_counter() - t0) * 1000)
    pct = percentiles(samples)
    note = f"{len(corpus)} malformed definitions (keying.bench.hostile_forms)"
    return [
        Figure("form_check_hostile_ms_p50", round(pct[50], 3), "ms", note=note),
        Figure("form_check_hostile_ms_max", round(max(samples), 3), "ms", goal="< 2000"),
    ]
