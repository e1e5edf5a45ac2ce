"""Verification sampling in the window (issue 17, item 4): the dashboard's Sampling tab
(Alt+M) shows a batch's settings, which documents were verified and which keyed once, and the
estimated residual error (the report's figures); an admin sets the rate and the accuracy
threshold there by keyboard alone, a supervisor only reads them. Readable at 1024×768 and at
200 % text."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from keying.config import Settings
from keying.services.dashboard import Dashboard
from keying.services.report import batch_report, batch_sampling
from keying.services.supervision import SupervisionRefused
from keying.storage.models import AuditEvent, BatchSampling
from keying.storage.users import add_user, find_user
from keying.ui.dashboard_sampling import DrawsModel
from keying.ui.dashboard_view import DashboardView, ExportDialog
from keying.ui.theme import apply_theme
from tests.support.ui import focused, open_window, press, type_text
from tests.support.world import PASSWORD, World
from tests.test_sampling import SAMPLED, add_batch, draws, history, key_pass_one, world_options

__all__ = ["history", "world_options"]  # the fixtures, shared


@pytest.fixture
def sampled(history: World) -> World:
    """op1's 20 passes 1 in a batch sampled at 25 % (seed 7), with an admin account."""
    refs = add_batch(history, 20)
    Dashboard(history.services, _admin(history)).set_sampling(SAMPLED, 0.25, 97.5)
    with history.services.sessions() as session:  # the test's seed, and op1 measured enough
        row = session.scalar(select(BatchSampling))
        assert row is not None
        row.seed, row.min_fields = 7, 24
        session.commit()
    key_pass_one(history, refs)
    return history


def _admin(world: World) -> Any:
    with world.services.sessions() as session:
        if find_user(session, "admin") is None:
            add_user(session, login="admin", display_name="Admin", role="admin", password=PASSWORD)
            session.commit()
    return world.sign_in("admin")


def test_the_dashboard_figures_list_the_draws_and_only_an_admin_sets_sampling(
    sampled: World, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    sup = Dashboard(sampled.services, sampled.sign_in("sup"))
    figures = sup.figures(SAMPLED)
    stored = draws(sampled)
    assert [d.reference for d in figures.draws] == sorted(stored)
    assert {d.reference: d.verified for d in figures.draws} == {
        r: d.verified for r, d in stored.items()
    }
    assert figures.sampling is not None and figures.sampling.drawn == 20
    assert figures.sampling_settings is not None
    assert figures.sampling_settings.rate == 0.25 and not figures.may_set_sampling
    model = DrawsModel(figures.draws)
    qtmodeltester.check(model)
    once = [r for r, d in stored.items() if not d.verified]
    assert 0 < len(once) < 20
    shown = {model.index(i, 0).data(): model.index(i, 2).data() for i in range(20)}
    assert {r for r, text in shown.items() if text == "no: keyed once"} == set(once)
    with pytest.raises(SupervisionRefused, match="admins set sampling"):
        sup.set_sampling(SAMPLED, 0.5, 99.0)
    with pytest.raises(SupervisionRefused, match="admins set sampling"):
        sup.clear_sampling(SAMPLED)
    admin = Dashboard(sampled.services, _admin(sampled))
    assert admin.figures(SAMPLED).may_set_sampling
    with pytest.raises(SupervisionRefused, match="rate must be between 0 and 1"):
        admin.set_sampling(SAMPLED, 1.5, 99.0)
    assert admin.clear_sampling(SAMPLED)
    assert admin.figures(SAMPLED).sampling_settings is None
    with sampled.services.sessions() as session:
        kinds = [
            (e.kind, e.actor_id)
            for e in session.scalars(select(AuditEvent).where(AuditEvent.kind.like("sampling_%")))
        ]
    admin_id = _admin(sampled).operator_id
    assert ("sampling_set", admin_id) in kinds and ("sampling_cleared", admin_id) in kinds


def _wait(qtbot, view: DashboardView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.figures is not None and not view.background.busy, timeout=30_000)
    QApplication.processEvents()


def _open_sampled_batch(qtbot, world: World, login: str) -> DashboardView:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, world, login)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 768)
    press(Qt.Key.Key_F10)
    view = window.views["dashboard"]
    _wait(qtbot, view)
    view.batch.setCurrentText(SAMPLED)
    view.refresh()
    _wait(qtbot, view)
    qtbot.waitUntil(lambda: view.figures is not None and view.figures.batch == SAMPLED)
    press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # the Sampling tab
    assert view.tabs.currentWidget() is view.sampling
    return view


def test_an_admin_sets_a_batchs_sampling_by_keyboard_and_sees_what_was_drawn(
    qtbot, sampled: World, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _admin(sampled)
    view = _open_sampled_batch(qtbot, sampled, "admin")
    panel = view.sampling
    figures = batch_sampling(sampled.services.sessions, SAMPLED)
    assert figures is not None
    html, quality = batch_report(sampled.services.sessions, SAMPLED)
    residual = figures.whole_batch_per_1000(quality.residual_fields, quality.fields)
    text = panel.summary.toPlainText()
    assert "verified at a rate of 25 % (seed 7)" in text
    assert f"{figures.unverified:,} of 20 documents drawn were keyed once" in text
    assert f"{residual:.3f} per 1,000 fields" in text and f"{residual:.3f} per 1,000" in html
    assert panel.model.rowCount() == 20
    assert panel.set_button.isEnabled() and panel.rate.value() == 25.0

    # Alt+R: the rate; Alt+U: the threshold; Alt+E sets them
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focused() is panel.rate.lineEdit() or focused() is panel.rate
    panel.rate.selectAll()
    type_text("50")
    press(Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    panel.accuracy.selectAll()
    type_text("99")
    press(Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Sampling set: 50 % verified" in panel.note_text(), timeout=30_000)
    assert "at 99 % or better (seed 7)" in panel.note_text()
    _wait(qtbot, view)
    with sampled.services.sessions() as session:
        row = session.scalar(select(BatchSampling))
        assert row is not None and (row.rate, row.min_accuracy) == (0.5, 99.0)
        assert (row.seed, row.min_fields) == (7, 24)  # kept as they were set
    qtbot.waitUntil(
        lambda: "verified at a rate of 50 %" in panel.summary.toPlainText(), timeout=30_000
    )

    # the draws export as CSV from this tab
    out = tmp_path / "draws.csv"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, name: str(out)))
    view.export_csv()
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 20 and {r["verified"] for r in rows} == {"True", "False"}

    # Alt+W keys the batch twice in full again
    press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Keyed twice in full" in panel.note_text(), timeout=30_000)
    _wait(qtbot, view)
    qtbot.waitUntil(
        lambda: "keyed twice in full now" in panel.summary.toPlainText(), timeout=30_000
    )
    with sampled.services.sessions() as session:
        assert session.scalar(select(BatchSampling)) is None


def test_a_supervisor_reads_the_sampling_and_cannot_set_it(qtbot, sampled: World) -> None:  # type: ignore[no-untyped-def]
    view = _open_sampled_batch(qtbot, sampled, "sup")
    panel = view.sampling
    assert panel.model.rowCount() == 20
    assert not panel.set_button.isEnabled() and not panel.rate.isEnabled()
    assert "An admin sets the sampling" in panel.note_text()
    assert "keyed once" in panel.summary.toPlainText()


@pytest.fixture
def big_text() -> Any:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    Settings(font_scale=2.0).save()
    apply_theme(app, False, 2.0)
    yield
    apply_theme(app, False, 1.0)


def test_the_sampling_tab_fits_1024_by_768_at_200_percent_text(
    qtbot, sampled: World, big_text: Any
) -> None:  # type: ignore[no-untyped-def]
    _admin(sampled)
    view = _open_sampled_batch(qtbot, sampled, "admin")
    window = view.window()
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 768))
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint.toTuple()
    panel = view.sampling
    box = window.rect()
    for widget in (panel.rate, panel.accuracy, panel.set_button, panel.off_button, panel.table):
        inside = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        assert box.contains(inside), (widget.accessibleName(), inside)
    # the summary scrolls where it has no room (Tab reaches it, the arrows scroll): at least
    # two lines of it are on screen, and so are the table's header and a row
    assert panel.summary.viewport().height() >= 2 * panel.summary.fontMetrics().height()
    assert panel.table.viewport().height() >= panel.table.fontMetrics().height()


def test_a_chart_of_small_values_labels_them_with_decimals(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QValueAxis

    from keying.ui.dashboard_charts import scale_values

    axis = QValueAxis()
    scale_values(axis, 0.0)  # nothing timed: 0 to 1, not "0, 0, 1, 1"
    assert (axis.min(), axis.max(), axis.labelFormat()) == (0.0, 1.0, "%.2f")
    scale_values(axis, 6000.0)
    assert axis.max() == pytest.approx(6600.0) and axis.labelFormat() == "%.0f"


def test_alt_e_keeps_the_focus_near_the_button_and_the_view_where_it_was(
    qtbot, sampled: World, big_text: Any
) -> None:  # type: ignore[no-untyped-def]
    """Alt+E at 200 % text on 1024×768: the button goes grey while the settings are set, the
    focus stays beside it (the rate box), not somewhere that scrolls the dashboard back to
    its top; the message says how many documents were drawn, in words for that number."""
    _admin(sampled)
    view = _open_sampled_batch(qtbot, sampled, "admin")
    window = view.window()
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 768))
    panel = view.sampling
    bar = view.scrolling.verticalScrollBar()
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the rate: the tab scrolled to
    qtbot.wait(50)  # the scroll area follows the focus on the next turn of the event loop
    where = bar.value()
    assert where > 0  # scrolled: the dashboard is taller than the window at 200 %
    press(Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Sampling set: 25 % verified" in panel.note_text(), timeout=30_000)
    _wait(qtbot, view)
    qtbot.wait(50)
    assert focused() in (panel.rate, panel.rate.lineEdit())
    assert bar.value() == where
    assert "document(s)" not in panel.note_text()
    assert "; 0 documents drawn now." in panel.note_text()  # all 20 were drawn before


@pytest.mark.parametrize("code", ["en", "fr", "sw", "km", "lo"])
def test_the_tab_s_help_names_its_own_keys_in_each_language(app, code: str) -> None:  # type: ignore[no-untyped-def]
    """The help under the figures names the Alt+letters the labels and buttons underline in
    the language shown (it said Alt+Y for the threshold, the keyer box's key, and in French
    the English letters of all four)."""
    from keying.ui.dashboard_sampling import SamplingPanel
    from keying.ui.language import Language, retranslate_texts

    panel = SamplingPanel(None, None, lambda: "")  # type: ignore[arg-type]
    try:
        Language().install(app, code)
        QApplication.processEvents()
        retranslate_texts(panel)  # what the main window does first at a change of language
        panel.changeEvent(QEvent(QEvent.Type.LanguageChange))  # then the panel's own
        keys = panel.keys()
        assert len(set(keys)) == 4 and all(k.startswith("Alt+") for k in keys), keys
        text = panel.summary.toPlainText()
        assert all(key in text for key in keys), (keys, text)
        if code == "en":
            assert keys == ["Alt+R", "Alt+U", "Alt+E", "Alt+W"]
            assert "Alt+U: the threshold" in text
    finally:
        panel.deleteLater()


def test_the_draws_words_read_from_the_left_and_their_numbers_from_the_right() -> None:
    """The keyer, "yes"/"no: keyed once" and the reason were right-aligned like the figures
    (a column of words with ragged left edges, seen at 200 % under Xvfb)."""
    from keying.services.report import DrawRow

    model = DrawsModel([DrawRow("R-0001", "op1", False, "not_sampled", 0.812)])
    align = [model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) for c in range(5)]
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert align == [None, left, left, right, left]
