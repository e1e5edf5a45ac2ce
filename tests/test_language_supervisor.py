"""The supervisors' screens in the operator's language, set again at once when it changes
(issue 14): the discrepancy panel (the kinds of difference, the minor kinds, "nothing
keyed"), the same-field list's words, and the dashboard (tabs, labels, headings, charts,
summary). A keyed value and the reconciler's explanation stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from keying.services.adjudication import Issue
from keying.ui.dashboard_view import DashboardView
from keying.ui.discrepancy_panel import DiscrepancyPanel
from keying.ui.language import Language
from keying.ui.main_window import MainWindow
from keying.ui.theme import NORMAL
from tests.support.ui import open_window, press
from tests.support.world import World
from tests.test_stats import key_small_batch


def _issue(**changes: object) -> Issue:
    fields: dict[str, object] = dict(
        id=1,
        seq=1,
        document_id=1,
        field="name",
        column=None,
        label="Name",
        instructions=None,
        rows=(),
        row=None,
        values=("Sokha", "Sokhq"),
        spans=([[4, 5]], [[4, 5]]),
        kind="substitution",
        explanation="B has 'q' where A has 'a'",
        severity="material",
        zone=None,
    )
    fields.update(changes)
    return Issue(**fields)  # type: ignore[arg-type]


def test_the_discrepancy_panel_says_its_discrepancy_again_in_the_new_language(
    qtbot, app: QApplication
) -> None:
    panel = DiscrepancyPanel()
    qtbot.addWidget(panel)
    tops: list[str] = []

    def where() -> list[str]:
        tops.append("asked")
        return [f"D-001 · {len(tops)}"]

    panel.show_issue(_issue(), where, NORMAL)
    assert panel.kind.text() == "characters substituted — B has 'q' where A has 'a'"
    minor = DiscrepancyPanel()
    qtbot.addWidget(minor)
    minor.show_issue(
        _issue(values=("Sokha", None), severity="minor", minor_kind="case_only"), "D-002", NORMAL
    )
    assert minor.kind.text().startswith("characters substituted (minor: letter case only)")
    assert "(nothing keyed)" in minor.values[1].text()

    Language().install(app, "km")
    qtbot.waitUntil(lambda: panel.kind.text().startswith("តួអក្សរត្រូវបានជំនួស — "))
    assert panel.kind.text().endswith("B has 'q' where A has 'a'")  # as recorded
    assert "Sokh" in panel.values[0].text()  # the keyed values as they are
    assert panel.where.accessibleDescription() == "D-001 · 2"  # its top line made again
    assert minor.kind.text().startswith("តួអក្សរត្រូវបានជំនួស (តិចតួច៖ តែអក្សរធំ/តូចប៉ុណ្ណោះ)")
    assert "(គ្មានអ្វីបញ្ចូល)" in minor.values[1].text()
    # the same-field list's keys (its title, cells and status parts: translate when shown)
    from keying.ui.same_field_view import key_bar_text

    assert key_bar_text().startswith("A\u00a0/\u00a0B៖\u00a0យកតម្លៃនោះ · N៖")
    Language().install(app, "en")
    qtbot.waitUntil(lambda: panel.kind.text().startswith("characters substituted"))


def test_the_dashboard_follows_the_language_at_once(qtbot, world: World, app: QApplication) -> None:
    window = open_window(qtbot, key_small_batch(world), "sup")
    press(Qt.Key.Key_F10)
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: view.figures is not None and not view.background.busy, timeout=30_000)
    assert view.tabs.tabText(0) == "T&hroughput"
    assert view.summary.text().startswith("Test batch (form ")
    charts = view.charts["throughput"].series_values()

    Language().install(app, "lo")
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "ປະລິມານວຽກ (&H)")
    assert view.tabs.tabText(4) == "ການສຸ່ມ (&M)"
    assert view.keyer.itemText(0) == "ຜູ້ປ້ອນທັງໝົດ"
    assert view.summary.text().startswith("Test batch (ແບບຟອມ ")
    assert "F5 ອ່ານຄືນ" in view.message.text()
    labels = {w.text() for w in view.findChildren(QLabel)}
    assert {"ຊຸດ (&B)", "ຜູ້ປ້ອນ (&Y)", "<h2>ໜ້າສະຫຼຸບ</h2>"} <= labels
    assert view.export_button.text() == "ສົ່ງອອກ CSV…"
    assert view.throughput.headerData(0, Qt.Orientation.Horizontal) == "ຜູ້ປ້ອນ"
    assert view.charts["throughput"].chart().title() == "ການກົດປຸ່ມຕໍ່ຊົ່ວໂມງ, ຕາມຜູ້ປ້ອນ"
    assert view.charts["throughput"].series_values() == charts  # the same numbers
    stage = view.progress.index(1, 0).data()
    assert stage == "ປ້ອນເທື່ອດຽວ"  # "Keyed once"
    assert view.sampling.summary.toPlainText().rstrip().endswith("ອີກຄັ້ງ.")  # HOW, in Lao


@pytest.fixture
def khmer_dashboard(
    qtbot, world: World, app: QApplication
) -> Iterator[tuple[MainWindow, DashboardView]]:
    """The supervisor's window at 1024×768, in Khmer at 200 % text, on the dashboard."""
    from keying.config import Settings
    from keying.ui.theme import apply_theme

    Settings(font_scale=2.0).save()
    apply_theme(app, False, 2.0)
    try:
        Language().install(app, "km")
        window = open_window(qtbot, key_small_batch(world), "sup")
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1024, 768)
        press(Qt.Key.Key_F10)
        view = window.views["dashboard"]
        assert isinstance(view, DashboardView)
        qtbot.waitUntil(
            lambda: view.figures is not None and not view.background.busy, timeout=30_000
        )
        QApplication.processEvents()
        yield window, view
    finally:
        apply_theme(app, False, 1.0)


def test_the_dashboard_in_khmer_at_200_percent_is_no_wider_than_1024(
    khmer_dashboard: tuple[MainWindow, DashboardView],
) -> None:
    """Khmer words are longer than English ones and wrap only at spaces: the Sampling tab's
    labels wrap and its buttons sit under label and box, so nothing asks for more than
    1024 pixels (seen under Xvfb: 1,258 before). Khmer lines are taller too: the dashboard
    scrolls in height (tests/test_ui_dashboard_fits.py)."""
    window, view = khmer_dashboard
    assert view.tabs.tabText(4) == "ការចាប់គំរូ (&M)"
    assert window.minimumSizeHint().width() <= 1024, window.minimumSizeHint().toTuple()


def test_a_document_s_read_only_view_and_the_import_summary_speak_khmer(
    qtbot, world: World, app: QApplication
) -> None:
    """The read-only view of a document (Enter on the overview), said again at a change of
    language; the import dialog's summary."""
    from keying.services.ingest import ImportReport
    from keying.ui.import_dialog import summary_text

    report = ImportReport("B", "census@1", documents=2, pages=1, new_blobs=1)
    assert summary_text(report).startswith("Batch “B” (census@1) imported: 2 documents, 1 page (")
    window = open_window(qtbot, world, "op1")
    Language().install(app, "km")
    assert summary_text(report).startswith("បាច់ “B” (census@1) បាននាំចូល៖ ឯកសារ 2, 1 ទំព័រ")
    from sqlalchemy import select

    from keying.storage.models import Document

    with world.services.sessions() as session:
        document_id = session.scalars(select(Document.id).order_by(Document.id)).first()
    assert document_id is not None
    window.opener.open(document_id)
    qtbot.waitUntil(lambda: window.opener.dialog is not None, timeout=30_000)
    dialog = window.opener.dialog
    assert dialog is not None
    assert dialog.windowTitle().endswith("(អានតែប៉ុណ្ណោះ)")
    assert dialog.history_label.text() == "ប្រវត្តិ"
    assert dialog.values_model.headerData(0, Qt.Orientation.Horizontal) == "វាល"
    # an operator sees no values before the document is final: the reason, in Khmer
    assert dialog.values_label.text().startswith("តម្លៃបង្ហាញនៅពេលឯកសារចុងក្រោយ")
    Language().install(app, "fr")
    qtbot.waitUntil(lambda: dialog.history_label.text() == "Historique")
    assert dialog.windowTitle().endswith("(lecture seule)")
    assert dialog.values_model.headerData(1, Qt.Orientation.Horizontal) == "Valeur"
    dialog.close()
