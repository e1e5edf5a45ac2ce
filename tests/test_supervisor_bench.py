"""The supervisor benchmark's workspace and figures (the timing itself runs in `keying bench
--only supervisor`; tests never assert times)."""

from __future__ import annotations

import random
from pathlib import Path

from keying.bench.supervisor import figures
from keying.bench.supervisor_workspace import (
    FORM,
    PASSWORD,
    SUPERVISOR,
    build_workspace,
    with_errors,
)
from keying.demo.values import generate_values
from keying.forms import load_form
from keying.paths import shipped_forms
from keying.reconcile import reconcile
from keying.services import Services
from keying.services.adjudication import SupervisorDesk


def test_the_workspace_holds_the_discrepancies_asked_for(tmp_path: Path) -> None:
    workspace, found = build_workspace(tmp_path / "ws", 6)
    assert found >= 6  # 3 documents, 2 wrong fields each (a field another depends on adds one)
    services = Services(workspace)
    try:
        cases = SupervisorDesk(services, services.sign_in(SUPERVISOR, PASSWORD)).claim(10)
        assert len(cases) == 3 and sum(len(c.issues) for c in cases) == found
    finally:
        services.close()


def test_figures_from_raw_samples() -> None:
    data = {
        "adjudication_next_ms": [float(i) for i in range(1, 101)],
        "decided": 100,
        "elapsed_s": 30.0,
        "final_records": 50,
        "not_saved": 0,
    }
    out = {f.name: f for f in figures(data)}
    assert out["adjudication_next_ms_p50"].value == 50
    assert out["adjudication_next_ms_p95"].value == 95 and out["adjudication_next_ms_p95"].goal
    assert out["adjudication_decisions_per_min"].value == 200.0


def test_minor_variants_give_minor_flags_and_errors_stay_material() -> None:
    """`--minor` (a demo supervisor's bulk decisions to try): the fields written in another
    form are flagged minor; the wrong ones stay material."""
    loaded = load_form(next(p for p in shipped_forms() if p.stem == FORM))
    form = loaded.definition
    rng = random.Random(3)
    minor_seen = material_seen = 0
    for _ in range(20):
        gold = generate_values(form, rng)
        keyed = with_errors(form, gold, 1, rng, minor=1)
        flags = [d for d in reconcile(form, gold, keyed).discrepancies if d.row_a is None]
        minor_seen += sum(d.severity == "minor" for d in flags)
        material_seen += sum(d.severity == "material" for d in flags)
        assert all(d.minor_kind in (None, "case_only", "punctuation_only") for d in flags)
    assert minor_seen >= 15 and material_seen >= 20


def test_no_minor_variants_by_default() -> None:
    loaded = load_form(next(p for p in shipped_forms() if p.stem == FORM))
    rng = random.Random(5)
    gold = generate_values(loaded.definition, rng)
    flags = reconcile(loaded.definition, gold, with_errors(loaded.definition, gold, 2, rng))
    assert flags.discrepancies and all(d.severity == "material" for d in flags.discrepancies)
