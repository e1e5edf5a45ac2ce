"""The dashboard (F10, supervisors and admins): throughput per keyer, the accuracy trend per
keyer and day, error hot spots per field and the batch's progress, each a chart above a
table of the same numbers; filtered by batch, keyer and dates; the figures of the tab shown
exported to CSV. The figures are `keying stats`'s (docs/statistics.md), read off the GUI
thread (`Background`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from keying.services.dashboard import Dashboard, DashboardFigures
from keying.stats.keyers import Period
from keying.stats.tables import as_csv, batch_rows, field_rows, keyer_rows
from keying.ui.background import Background
from keying.ui.dashboard_charts import BarChart, ModelChart, TrendChart
from keying.ui.dashboard_models import (
    AccuracyModel,
    FiguresModel,
    HotSpotsModel,
    ProgressModel,
    ThroughputModel,
    progress_stages,
    sorted_hot_spots,
)
from keying.ui.dashboard_sampling import SamplingPanel, draw_rows
from keying.ui.views import ViewContext

ALL_KEYERS = "All keyers"
ANY_DAY = QDate(2000, 1, 1)  # the date edits' minimum: shown as "any"
TABS = ("throughput", "accuracy", "hot spots", "progress", "sampling")


class ExportDialog:
    """Asks where to write the CSV; None: cancelled. Tests monkeypatch."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, "Export figures", suggested, "CSV (*.csv)")
        return path or None


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(ANY_DAY)
    edit.setSpecialValueText("any")
    edit.setDate(ANY_DAY)
    return edit


def _table(model: FiguresModel, name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class DashboardView(QWidget):
    def __init__(
        self, dashboard: Dashboard, background: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.dashboard = dashboard
        self.background = background
        if background.parent() is None:
            background.setParent(self)
        self.figures: DashboardFigures | None = None
        self._asked = 0  # the figures asked for last (an older answer is dropped)
        self.setAccessibleName("Dashboard")

        self.batch = QComboBox()
        self.batch.setAccessibleName("Batch")
        self.keyer = QComboBox()
        self.keyer.setAccessibleName("Keyer")
        self.keyer.addItem(ALL_KEYERS)
        self.since = _date_edit("From day (any: no limit)")
        self.until = _date_edit("To day (any: no limit)")
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setAccessibleName("Export the figures of this tab to CSV")
        for combo in (self.batch, self.keyer):
            # a long batch name or login must not widen the window past a 1024-pixel screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        # two rows, so that the filters fit 1024 pixels at 200 % text
        filters = QGridLayout()
        for index, (label, widget) in enumerate(
            (
                ("&Batch", self.batch),
                ("&Keyer", self.keyer),
                ("&From", self.since),
                ("&To", self.until),
            )
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            row, column = divmod(index, 2)
            filters.addWidget(text, row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
        filters.addWidget(self.export_button, 1, 4)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 1)

        self.summary = QLabel("")
        self.summary.setAccessibleName("Batch summary")
        self.summary.setWordWrap(True)
        self.throughput = ThroughputModel(parent=self)
        self.accuracy = AccuracyModel(parent=self)
        self.hot_spots = HotSpotsModel(parent=self)
        self.progress = ProgressModel(parent=self)
        self.charts: dict[str, ModelChart] = {
            "throughput": BarChart(self.throughput, "Keystrokes per hour, per keyer", (1,)),
            "accuracy": TrendChart(self.accuracy, "Errors per 1,000 fields, per keyer and day", 2),
            "hot spots": BarChart(
                self.hot_spots,
                "Errors per 1,000 passes: the ten worst fields",
                (1,),
                horizontal=True,
                limit=10,
            ),
            "progress": BarChart(self.progress, "Documents by stage", (1,)),
        }
        self.tables: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Dashboard figures")
        for name, title, model in (
            ("throughput", "T&hroughput", self.throughput),
            ("accuracy", "&Accuracy trend", self.accuracy),
            ("hot spots", "Error hot &spots", self.hot_spots),
            ("progress", "&Progress", self.progress),
        ):
            table = _table(model, f"{title.replace('&', '')} (table)")
            self.tables[name] = table
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(self.charts[name])
            split.addWidget(table)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            self.tabs.addTab(split, title)
        self.sampling = SamplingPanel(dashboard, background, self.batch.currentText)
        self.sampling.changed.connect(self.refresh)
        self.tabs.addTab(self.sampling, "Sa&mpling")
        self.message = QLabel("")
        self.message.setAccessibleName("Dashboard message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Dashboard</h2>"))
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        self.batch.activated.connect(lambda _: self.refresh())
        self.keyer.activated.connect(lambda _: self.refresh())
        self.since.editingFinished.connect(self.refresh)
        self.until.editingFinished.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)
        action = QAction("Read the figures again", self)
        action.setShortcut(QKeySequence("F5"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.refresh)
        self.addAction(action)

    # --- reading ---------------------------------------------------------------------------

    def activate(self) -> None:
        """On screen (the main window calls it): the batches, then the figures."""
        self.batch.setFocus()
        self.message.setText("Reading the batches…")
        self.background.run(self.dashboard.batches, self._batches_read)

    def shut_down(self) -> None:
        self.background.stop()

    def _batches_read(self, names: Any, error: str) -> None:
        if error:
            self.message.setText(f"The batches could not be read: {error}")
            return
        current = self.batch.currentText()
        self.batch.clear()
        self.batch.addItems(list(names))
        if current in names:
            self.batch.setCurrentText(current)
        if not names:
            self.message.setText("There is no batch yet.")
            return
        self.refresh()

    def period(self) -> Period:
        def day(edit: QDateEdit) -> date | None:
            d = edit.date()
            return None if d == ANY_DAY else date(d.year(), d.month(), d.day())

        keyer = self.keyer.currentText()
        return Period(day(self.since), day(self.until), None if keyer == ALL_KEYERS else keyer)

    def refresh(self) -> None:
        name = self.batch.currentText()
        if not name:
            return
        period = self.period()
        if period.since and period.until and period.since > period.until:
            self.message.setText("The first day is after the last: nothing to show.")
            return
        self._asked += 1
        asked = self._asked
        self.message.setText(f"Reading the figures of {name}…")
        self.background.run(
            lambda: self.dashboard.figures(name, period),
            lambda figures, error: self._figures_read(asked, figures, error),
        )

    def _figures_read(self, asked: int, figures: Any, error: str) -> None:
        if asked != self._asked:
            return  # the filters changed meanwhile: their answer is on its way
        if error:
            self.message.setText(f"The figures could not be read: {error}")
            return
        self.show_figures(figures)

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        keyer = self.keyer.currentText()
        self.keyer.clear()
        self.keyer.addItems([ALL_KEYERS, *figures.logins])
        self.keyer.setCurrentText(keyer if keyer in figures.logins else ALL_KEYERS)
        self.throughput.set_rows(figures.keyers)
        self.accuracy.set_rows(figures.days)
        self.hot_spots.set_rows(sorted_hot_spots(figures.fields))
        self.progress.set_rows(progress_stages(figures))
        self.sampling.show_figures(figures)
        q, p = figures.quality, figures.quality.progress
        self.summary.setText(
            f"{figures.batch} (form {figures.form}): {p.documents:,} documents, "
            f"{p.final:,} final; {q.discrepancies:,} discrepancies in {q.fields:,} fields "
            f"({100 * q.discrepancy_rate:.2f} %); residual error at most "
            f"{q.residual_per_1000:.3f} per 1,000 fields"
        )
        n = len(figures.keyers)
        who = f"{n} keyer{'' if n == 1 else 's'}" if n else "no keying"
        self.message.setText(
            f"{who} {self._period_text(figures.period)} · F5 reads again · "
            "hot spots and progress are the whole batch's"
        )

    @staticmethod
    def _period_text(period: Period) -> str:
        since = period.since.isoformat() if period.since else "the start"
        until = period.until.isoformat() if period.until else "today"
        who = f" by {period.keyer}" if period.keyer else ""
        return f"from {since} to {until}{who}"

    # --- export ------------------------------------------------------------------------------

    def tab_rows(self) -> list[dict[str, Any]]:
        """The figures of the tab shown, as `keying stats` writes them (columns by name)."""
        f = self.figures
        if f is None:
            return []
        tab = TABS[self.tabs.currentIndex()]
        if tab == "throughput":
            return keyer_rows(f.keyers)
        if tab == "accuracy":
            return keyer_rows(f.days, by_day=True)
        if tab == "hot spots":
            return field_rows(f.fields)
        if tab == "sampling":
            return draw_rows(f.draws)
        return batch_rows(f.quality)

    def export_csv(self) -> None:
        if self.figures is None:
            self.message.setText("No figures to export yet.")
            return
        tab = TABS[self.tabs.currentIndex()]
        suggested = f"{self.figures.batch}-{tab.replace(' ', '-')}.csv"
        path = ExportDialog.ask(self, suggested)
        if path is None:
            return
        try:
            Path(path).write_text(as_csv(self.tab_rows()), encoding="utf-8")
        except OSError as exc:
            self.message.setText(f"Not exported: cannot write {path}: {exc.strerror or exc}")
            return
        self.message.setText(f"Exported the {tab} figures to {path}")


def make(context: ViewContext) -> DashboardView:
    """The view for the main window's registry (`keying.ui.views`)."""
    return DashboardView(Dashboard(context.services, context.operator), Background())
