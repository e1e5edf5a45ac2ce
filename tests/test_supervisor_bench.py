"""The supervisor benchmark's workspace and figures (the timing itself runs in `keying bench
--only supervisor`; tests never assert times)."""

from __future__ import annotations

from pathlib import Path

from keying.bench.supervisor import figures
from keying.bench.supervisor_workspace import PASSWORD, SUPERVISOR, build_workspace
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
