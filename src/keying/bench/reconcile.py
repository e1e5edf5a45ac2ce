"""Reconciliation: speed of the public `reconcile`, quality on a simulated double keying,
a positional exact compare on the same data for contrast, and the CLI's speed and memory.

Field pairs of a document: its scalar fields, plus for each table the cells of the longer
keying's rows (rows × columns). The simulator is `keying.bench.simulator`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from keying import native
from keying.bench import Figure
from keying.bench import simulator as sim
from keying.reconcile import reconcile
from keying.reconcile.jobs import default_jobs


def _field_pairs(docs: list[sim.SimDoc]) -> int:
    form = sim.survey_form()
    total = 0
    for d in docs:
        for f in form.fields:
            if f.is_table:
                rows = max(len(d.a.values[f.name]), len(d.b.values[f.name]))
                total += rows * len(f.columns or [])
            else:
                total += 1
    return total


def _speed(docs: list[sim.SimDoc], rounds: int) -> tuple[float, float]:
    form = sim.survey_form()
    pairs = [(d.a.values, d.b.values) for d in docs]
    n = _field_pairs(docs)
    best = best_json = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for a, b in pairs:
            reconcile(form, a, b)
        best = min(best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for d, (a, b) in zip(docs, pairs, strict=True):
            reconcile(form, a, b).to_json(d.document)
        best_json = min(best_json, time.perf_counter() - t0)
    return n / best, n / best_json


def _quality(docs: list[sim.SimDoc]) -> dict[str, float]:
    form = sim.survey_form()
    flags = missed = false = minor = 0
    pos_flags = pos_false = pos_missed = 0
    for d in docs:
        result = reconcile(form, d.a.values, d.b.values)
        m, f = sim.score(form, d, result.discrepancies)
        flags += len(result.discrepancies)
        minor += sum(d.severity == "minor" for d in result.discrepancies)
        missed += m
        false += f
        pf, pff, pm = sim.positional_flags(form, d)
        pos_flags += pf
        pos_false += pff
        pos_missed += pm
    errors = sum(d.a.errors + d.b.errors for d in docs)
    benign = sum(d.a.benign + d.b.benign for d in docs)
    forms = sum(d.a.forms + d.b.forms for d in docs)
    return {
        "flags": flags,
        "minor_pct": 100.0 * minor / max(flags, 1),
        "forms": forms,
        "missed": missed,
        "false_pct": 100.0 * false / max(flags, 1),
        "pos_flags": pos_flags,
        "pos_false_pct": 100.0 * pos_false / max(pos_flags, 1),
        "pos_missed": pos_missed,
        "errors": errors,
        "benign": benign,
    }


def _cli(
    docs: list[sim.SimDoc],
    folder: Path,
    shuffle_b: int | None = None,
    more: tuple[str, ...] = (),
) -> tuple[float, float]:
    """(documents per second, peak RSS in MB) of `keying reconcile` on these documents; with
    `shuffle_b` (a seed) B is in another order than A, so the CLI indexes it; `more`: options
    added (`--explain-all`)."""
    a, b, form, out = (folder / n for n in ("a.jsonl", "b.jsonl", "form.yaml", "out.jsonl"))
    sim.write_jsonl(docs, str(a), str(b), shuffle_b=shuffle_b)
    sim.write_form(str(form))
    cmd = [sys.executable, "-m", "keying", "reconcile", "--form", str(form), str(a), str(b)]
    cmd += ["--out", str(out), *more]
    # A small wrapper process starts the CLI and reports its wall time and peak RSS:
    # measured directly from here, the fork would count this (large) process's pages as the
    # child's; and the time is taken in the wrapper, around the CLI's process alone (not the
    # wrapper's own interpreter starting, ~20-40 ms that are not keying's: stop 28).
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *cmd],
        capture_output=True,
        text=True,
        check=False,
        env=_env(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"keying reconcile exited {done.returncode}: {done.stderr[-500:]}")
    elapsed, rss_kb = done.stdout.split()[-2:]
    return len(docs) / float(elapsed), int(rss_kb) / 1024.0


def _startup(folder: Path, runs: int) -> float:
    """Median wall time (s) of `keying reconcile` on two empty files: the process starting,
    its imports, reading the form definition and writing nothing."""
    empty, form = folder / "empty.jsonl", folder / "form.yaml"
    empty.write_bytes(b"")
    sim.write_form(str(form))
    cmd = [sys.executable, "-m", "keying", "reconcile", "--form", str(form), str(empty), str(empty)]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, check=False, env=_env())
        times.append(time.perf_counter() - t0)
        if done.returncode != 0:
            raise RuntimeError(f"keying reconcile exited {done.returncode}: {done.stderr[-500:]!r}")
    return statistics.median(times)


# The CLI as installed: with its modules' bytecode cached (pip writes it at install). A
# shell with PYTHONDONTWRITEBYTECODE set would have every run compile every keying module
# again (about 40 % of the start-up figure on the development machine): the first run
# writes the cache, the median of the start-up runs and the runs after use it.
def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t0 = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - t0\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def run(quick: bool) -> list[Figure]:
    n = 2000 if quick else 10000
    docs = sim.simulate(n, seed=7)
    per_s, per_s_json = _speed(docs, 1 if quick else 3)
    q = _quality(docs)
    figures = [
        Figure(
            "reconcile_field_pairs_per_s",
            round(per_s),
            "/s",
            "≥ 1000000",
            f"{n} simulated documents, {_field_pairs(docs) / n:.1f} field pairs each, one core",
        ),
        Figure(
            "reconcile_to_json_field_pairs_per_s",
            round(per_s_json),
            "/s",
            note="reconcile + to_json (normalized values and explanations built)",
        ),
        Figure("reconcile_flags", q["flags"], "", note=f"{q['errors']} keying errors injected"),
        Figure("reconcile_missed", q["missed"], "", "0", "material disagreements not flagged"),
        Figure(
            "reconcile_minor_share",
            round(q["minor_pct"], 1),
            "%",
            note=f"flags marked minor; {q['forms']} values keyed in another form (case, period)",
        ),
        Figure(
            "reconcile_false_flags_pct",
            round(q["false_pct"], 3),
            "%",
            "≤ 1",
            f"flags no error explains; {q['benign']} benign variants keyed",
        ),
        Figure("positional_exact_flags", q["pos_flags"], "", note="raw strings, row i to row i"),
        Figure("positional_exact_false_flags_pct", round(q["pos_false_pct"], 1), "%"),
        Figure("positional_exact_missed", q["pos_missed"], "", note="disagreements it mislocates"),
    ]
    # compiled or pure Python (keying.native): the CLI's processes decide as this one did
    # (the same environment, build and sources), so figures of the two are never mixed up
    state = native.status()
    figures.append(
        Figure(
            "reconcile_compiled",
            1 if state == "compiled" else 0,
            "",
            note="1: the reconciler's hot modules compiled by mypyc (keying.native); "
            f"0: pure Python. {state}",
        )
    )
    sizes = (2000, 8000) if quick else (10000, 40000)
    with tempfile.TemporaryDirectory(prefix="keying-bench-") as tmp:
        runs = 3 if quick else 7
        figures.append(
            Figure(
                "reconcile_cli_startup_s",
                round(_startup(Path(tmp), runs), 3),
                "s",
                "< 0.15",
                f"keying reconcile on two empty files, median of {runs} runs",
            )
        )
        for size in sizes:
            more = (
                docs
                if size <= len(docs)
                else docs + sim.simulate(size - len(docs), seed=8, prefix="T")
            )
            batch = more[:size]
            rate, rss = _cli(batch, Path(tmp))
            label = f"{size // 1000}k"
            if size == sizes[0]:
                pairs = _field_pairs(batch) / len(batch)
                figures.append(
                    Figure(
                        "reconcile_cli_field_pairs_per_s",
                        round(rate * pairs),
                        "/s",
                        "≥ 500000",
                        f"keying reconcile end to end (start-up, reading, writing), {size} "
                        f"documents of {pairs:.1f} field pairs, --jobs by default: "
                        f"{default_jobs()} worker processes",
                    )
                )
                rate_one, _ = _cli(batch, Path(tmp), more=("--jobs", "1"))
                figures.append(
                    Figure(
                        "reconcile_cli_field_pairs_per_s_one_process",
                        round(rate_one * pairs),
                        "/s",
                        note="the same with --jobs 1 (reconciled in the reading process)",
                    )
                )
                rate_all, _ = _cli(batch, Path(tmp), more=("--explain-all",))
                figures.append(
                    Figure(
                        "reconcile_cli_field_pairs_per_s_explain_all",
                        round(rate_all * pairs),
                        "/s",
                        note="the same with --explain-all (every field's explanation written)",
                    )
                )
            figures.append(
                Figure(f"reconcile_cli_docs_per_s_{label}", round(rate), "/s", note="whole run")
            )
            figures.append(
                Figure(f"reconcile_cli_peak_rss_mb_{label}", round(rss, 1), "MB", "flat")
            )
        rate, rss = _cli(more[:size], Path(tmp), shuffle_b=1)
        figures.append(
            Figure(
                f"reconcile_cli_peak_rss_mb_{label}_b_shuffled",
                round(rss, 1),
                "MB",
                note=f"B in random order: indexed ({rate:.0f} documents/s)",
            )
        )
    return figures
