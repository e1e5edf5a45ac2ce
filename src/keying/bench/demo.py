"""How long generating the demo documents takes (values and rendered 200 dpi scans).

`keying demo` renders a batch per shipped form definition at first start; this measures the
milliseconds per document by form and the time for 12 documents of every shipped form.
"""

from __future__ import annotations

import random
import time

from keying.bench import Figure, percentiles
from keying.demo.fonts import FontBook
from keying.demo.render import render_document
from keying.demo.values import generate_values
from keying.forms import load_form
from keying.paths import shipped_forms


def run(quick: bool) -> list[Figure]:
    forms = [load_form(p).definition for p in shipped_forms()]
    fonts = FontBook()
    per_form = 3 if quick else 12
    figures: list[Figure] = []
    total = 0.0
    for form in forms:
        samples = []
        size = 0
        for i in range(per_form):
            t0 = time.perf_counter()
            values = generate_values(form, random.Random(i))
            pages = render_document(form, values, i, fonts)
            samples.append((time.perf_counter() - t0) * 1000)
            size += sum(len(p) for p in pages)
        total += sum(samples)
        figures.append(
            Figure(
                f"demo_{form.form}_ms_p50",
                round(percentiles(samples)[50], 1),
                "ms",
                note=f"per document; {size / per_form / 1024:.0f} KiB of PNG",
            )
        )
    figures.append(
        Figure(
            "demo_batches_s",
            round(total / 1000, 2),
            "s",
            goal="< 5 s",
            note=f"{per_form} documents of each of {len(forms)} shipped forms",
        )
    )
    return figures
