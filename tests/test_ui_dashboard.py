"""The dashboard (F10): its models under qtmodeltester, its charts holding the numbers of the
small batch of tests/test_stats.py (worked out by hand there), the filters, the CSV export,
the supervisors-only rule and the size it needs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from keying.config import Settings
from keying.services.dashboard import Dashboard
from keying.services.supervision import SupervisionRefused
from keying.stats.keyers import Period
from keying.ui.dashboard_models import (
    AccuracyModel,
    HotSpotsModel,
    ProgressModel,
    ThroughputModel,
    ValueRole,
    progress_stages,
    sorted_hot_spots,
)
from keying.ui.dashboard_view import DashboardView, ExportDialog
from keying.ui.theme import apply_theme
from tests.support.ui import open_window, press
from tests.support.world import World
from tests.test_stats import key_small_batch


@pytest.fixture
def keyed(world: World) -> World:
    """Three documents keyed by hand (tests/test_stats.py)."""
    return key_small_batch(world)


def _figures(world: World, period: Period | None = None) -> Any:
    return Dashboard(world.services, world.sign_in("sup")).figures(world.batch_name, period)


def test_the_dashboard_models_keep_qt_s_model_contract(keyed: World, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    f = _figures(keyed)
    for model in (
        ThroughputModel(f.keyers),
        AccuracyModel(f.days),
        HotSpotsModel(sorted_hot_spots(f.fields)),
        ProgressModel(progress_stages(f)),
    ):
        qtmodeltester.check(model)
        model.set_rows([])
        assert model.rowCount() == 0
    throughput = ThroughputModel(f.keyers)
    assert throughput.index(0, 0).data() == "op1"
    assert (
        throughput.index(0, 1).data() == "8,000" and throughput.index(0, 1).data(ValueRole) == 8000
    )
    assert throughput.index(1, 1).data() == "–"  # op2's passes were imported: no timing
    hot = HotSpotsModel(sorted_hot_spots(f.fields))
    assert [hot.index(r, 0).data() for r in range(2)] == ["remarks", "household_size"]
    assert hot.index(0, 1).data(ValueRole) == pytest.approx(500.0)  # 2 errors in 4 passes


def test_supervisors_only() -> None:
    from keying.services import Role, SignedIn

    with pytest.raises(SupervisionRefused, match="supervisors only"):
        Dashboard(None, SignedIn(1, "op1", "OP1", Role.OPERATOR))  # type: ignore[arg-type]


def _wait(qtbot, view: DashboardView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.figures is not None and not view.background.busy, timeout=30_000)
    QApplication.processEvents()


def test_f10_shows_the_figures_as_charts_and_tables(
    qtbot, keyed: World, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, keyed, "sup")
    window.resize(1024, 768)
    press(Qt.Key.Key_F10)
    view = window.views["dashboard"]
    assert window.pages.currentWidget() is view
    _wait(qtbot, view)
    assert view.batch.currentText() == "Test batch"
    assert "3 documents, 1 final; 6 discrepancies in 16 fields (37.50 %)" in view.summary.text()
    charts = {name: chart.series_values() for name, chart in view.charts.items()}
    assert charts["throughput"] == {"Keystrokes / hour": [8000.0, 0.0, 8000.0]}
    # op3's document is not reconciled: no field of theirs checked, no point
    assert charts["accuracy"] == {"op1": [250.0, 0.0], "op2": [250.0]}
    assert charts["progress"] == {"Documents": [3.0, 3.0, 2.0, 1.0, 1.0]}
    # the hot spots run bottom-up: the worst field at the top
    hot = charts["hot spots"]["Errors / 1,000 passes"]
    assert hot[-2:] == [250.0, 500.0] and len(hot) == 9  # the 8 fields and members.age
    assert view.tables["accuracy"].model() is view.accuracy
    # readable at 1024×768: nothing asks for more
    assert view.minimumSizeHint().width() <= 1024 and view.minimumSizeHint().height() <= 700

    # the filters: one keyer, from a day on
    view.keyer.setCurrentText("op1")
    view.since.setDate(QDate(2026, 12, 1))
    view.refresh()
    _wait(qtbot, view)
    qtbot.waitUntil(lambda: view.throughput.rowCount() == 1, timeout=30_000)
    assert view.charts["accuracy"].series_values() == {"op1": [0.0]}
    assert "1 keyer from 2026-12-01 to today by op1" in view.message.text()

    # export the tab shown
    out = tmp_path / "acc.csv"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, name: str(out)))
    view.tabs.setCurrentIndex(1)
    view.export_csv()
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["day"], r["keyer"], r["errors"]) for r in rows] == [("2026-12-01", "op1", "0")]
    assert view.message.text() == f"Exported the accuracy figures to {out}"


def test_the_dashboard_benchmark_reports_its_samples(qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    from keying.ui import dashboard_benchmark

    assert dashboard_benchmark.main(["--documents", "40", "--rounds", "2"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["documents"] == 40 and len(out["dashboard_open_ms"]) == 2
    assert all(ms > 0 for ms in out["dashboard_open_ms"])


@pytest.fixture
def text_scale() -> Iterator[Callable[[float], None]]:
    """Sets the app's text size; the next test starts at 100 % again."""

    def scale_to(scale: float) -> None:
        Settings(font_scale=scale).save()
        apply_theme(_app(), False, scale)

    yield scale_to
    apply_theme(_app(), False, 1.0)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
