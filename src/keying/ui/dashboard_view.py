"""The dashboard (F10, supervisors and admins): throughput per keyer, the accuracy trend per
keyer and day, error hot spots per field and the batch's progress, each a chart above a
table of the same numbers; filtered by batch, keyer and dates; the figures of the tab shown
exported to CSV. The figures are `keying stats`'s (docs/statistics.md), read off the GUI
thread (`Background`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
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

from keying.forms.wording import say
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
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, heading, keep, speak, translate
from keying.ui.scroll_body import ScrolledBody, ShrinkingBody
from keying.ui.views import ViewContext

ALL_KEYERS = QT_TRANSLATE_NOOP("keying", "All keyers")  # the keyer box's first line
ANY_DAY = QDate(2000, 1, 1)  # the date edits' minimum: shown as "any"
TABS = ("throughput", "accuracy", "hot spots", "progress", "sampling")
TAB_WORDS = {  # the tabs in a sentence (marked for lupdate)
    "throughput": QT_TRANSLATE_NOOP("keying", "throughput"),
    "accuracy": QT_TRANSLATE_NOOP("keying", "accuracy"),
    "hot spots": QT_TRANSLATE_NOOP("keying", "hot spots"),
    "progress": QT_TRANSLATE_NOOP("keying", "progress"),
    "sampling": QT_TRANSLATE_NOOP("keying", "sampling"),
}
TAB_TITLES = (  # marked for lupdate, shown translated
    QT_TRANSLATE_NOOP("keying", "T&hroughput"),
    QT_TRANSLATE_NOOP("keying", "&Accuracy trend"),
    QT_TRANSLATE_NOOP("keying", "Error hot &spots"),
    QT_TRANSLATE_NOOP("keying", "&Progress"),
    QT_TRANSLATE_NOOP("keying", "Sa&mpling"),
)


class ExportDialog:
    """Asks where to write the CSV; None: cancelled. Tests monkeypatch."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> str | None:
        title = translate("keying", "Export figures")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "CSV (*.csv)")
        return path or None


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    accessible(edit, name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(ANY_DAY)
    edit.setSpecialValueText(translate("keying", "any"))
    edit.setDate(ANY_DAY)
    return edit


def _table(model: FiguresModel, name: str) -> QTableView:
    table = QTableView()
    accessible(table, name)
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
        accessible(self, translate("keying", "Dashboard"))

        self.batch = QComboBox()
        accessible(self.batch, translate("keying", "Batch"))
        self.keyer = QComboBox()
        accessible(self.keyer, translate("keying", "Keyer"))
        self.keyer.addItem(translate("keying", ALL_KEYERS))
        self.since = _date_edit(translate("keying", "From day (any: no limit)"))
        self.until = _date_edit(translate("keying", "To day (any: no limit)"))
        self.export_button = QPushButton()
        speak(self.export_button, translate("keying", "Export CSV…"))
        accessible(self.export_button, translate("keying", "Export the figures of this tab to CSV"))
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
                (translate("keying", "&Batch"), self.batch),
                (translate("keying", "Ke&yer"), self.keyer),
                (translate("keying", "&From"), self.since),
                (translate("keying", "&To"), self.until),
            )
        ):
            text = QLabel()
            speak(text, label)
            text.setBuddy(widget)
            row, column = divmod(index, 2)
            filters.addWidget(text, row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
        filters.addWidget(self.export_button, 1, 4)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 1)

        self.summary = QLabel("")
        accessible(self.summary, translate("keying", "Batch summary"))
        self.summary.setWordWrap(True)
        self.throughput = ThroughputModel(parent=self)
        self.accuracy = AccuracyModel(parent=self)
        self.hot_spots = HotSpotsModel(parent=self)
        self.progress = ProgressModel(parent=self)
        self.charts: dict[str, ModelChart] = {
            "throughput": BarChart(
                self.throughput, QT_TRANSLATE_NOOP("keying", "Keystrokes per hour, per keyer"), (1,)
            ),
            "accuracy": TrendChart(
                self.accuracy,
                QT_TRANSLATE_NOOP("keying", "Errors per 1,000 fields, per keyer and day"),
                2,
            ),
            "hot spots": BarChart(
                self.hot_spots,
                QT_TRANSLATE_NOOP("keying", "Errors per 1,000 passes: the ten worst fields"),
                (1,),
                horizontal=True,
                limit=10,
            ),
            "progress": BarChart(
                self.progress, QT_TRANSLATE_NOOP("keying", "Documents by stage"), (1,)
            ),
        }
        self.tables: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        accessible(self.tabs, translate("keying", "Dashboard figures"))
        for name, title, model in (
            ("throughput", TAB_TITLES[0], self.throughput),
            ("accuracy", TAB_TITLES[1], self.accuracy),
            ("hot spots", TAB_TITLES[2], self.hot_spots),
            ("progress", TAB_TITLES[3], self.progress),
        ):
            table = _table(
                model, say(QT_TRANSLATE_NOOP("keying", "{0} (table)"), say(TAB_WORDS[name]))
            )
            self.tables[name] = table
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(self.charts[name])
            split.addWidget(table)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            self.tabs.addTab(split, translate("keying", title))
        self.sampling = SamplingPanel(dashboard, background, self.batch.currentText)
        self.sampling.changed.connect(self.refresh)
        self.tabs.addTab(self.sampling, translate("keying", TAB_TITLES[4]))
        self.message = QLabel("")
        accessible(self.message, translate("keying", "Dashboard message"))
        self.message.setWordWrap(True)
        # in Khmer at 200 % text the whole asks for more than a 768-pixel screen: it scrolls
        self.body = ShrinkingBody()
        layout = QVBoxLayout(self.body)
        top = QLabel()
        speak(top, heading(QT_TRANSLATE_NOOP("keying", "Dashboard")))
        layout.addWidget(top)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.body.fill = self.tabs
        self.scrolling = ScrolledBody(self.body)
        self.tabs.tabBar().installEventFilter(self)
        # a tab shown (by its key, F5's new figures…) comes into view when the body scrolls
        self.tabs.currentChanged.connect(lambda _: self.scrolling.show_part(self.tabs))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scrolling)

        self.batch.activated.connect(lambda _: self.refresh())
        self.keyer.activated.connect(lambda _: self.refresh())
        self.since.editingFinished.connect(self.refresh)
        self.until.editingFinished.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)
        action = keep(QAction(self), translate("keying", "Read the figures again"))
        action.setShortcut(QKeySequence("F5"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.refresh)
        self.addAction(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+H … Alt+M (the tab bar's shortcuts, the tab shown already or not): the keys go
        to the tabs, Left and Right change tab, and the tabs come into view."""
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.scrolling.show_part(self.tabs)
        return super().eventFilter(watched, event)

    # --- reading ---------------------------------------------------------------------------

    def activate(self) -> None:
        """On screen (the main window calls it): the batches, then the figures."""
        self.batch.setFocus()
        speak(self.message, translate("keying", "Reading the batches…"))
        self.background.run(self.dashboard.batches, self._batches_read)

    def shut_down(self) -> None:
        self.background.stop()

    def _batches_read(self, names: Any, error: str) -> None:
        if error:
            cannot = QT_TRANSLATE_NOOP("keying", "The batches could not be read: {0}")
            speak(self.message, say(cannot, error))
            return
        current = self.batch.currentText()
        self.batch.clear()
        self.batch.addItems(list(names))
        if current in names:
            self.batch.setCurrentText(current)
        if not names:
            speak(self.message, translate("keying", "There is no batch yet."))
            return
        self.refresh()

    def period(self) -> Period:
        def day(edit: QDateEdit) -> date | None:
            d = edit.date()
            return None if d == ANY_DAY else date(d.year(), d.month(), d.day())

        keyer = self.keyer.currentText() if self.keyer.currentIndex() > 0 else None
        return Period(day(self.since), day(self.until), keyer)

    def refresh(self) -> None:
        name = self.batch.currentText()
        if not name:
            return
        period = self.period()
        if period.since and period.until and period.since > period.until:
            after = translate("keying", "The first day is after the last: nothing to show.")
            speak(self.message, after)
            return
        self._asked += 1
        asked = self._asked
        speak(self.message, say(QT_TRANSLATE_NOOP("keying", "Reading the figures of {0}…"), name))
        self.background.run(
            lambda: self.dashboard.figures(name, period),
            lambda figures, error: self._figures_read(asked, figures, error),
        )

    def _figures_read(self, asked: int, figures: Any, error: str) -> None:
        if asked != self._asked:
            return  # the filters changed meanwhile: their answer is on its way
        if error:
            cannot = QT_TRANSLATE_NOOP("keying", "The figures could not be read: {0}")
            speak(self.message, say(cannot, error))
            return
        self.show_figures(figures)

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        keyer = self.keyer.currentText() if self.keyer.currentIndex() > 0 else None
        self.keyer.clear()
        self.keyer.addItems([translate("keying", ALL_KEYERS), *figures.logins])
        self.keyer.setCurrentIndex(
            1 + figures.logins.index(keyer) if keyer in figures.logins else 0
        )
        self.throughput.set_rows(figures.keyers)
        self.accuracy.set_rows(figures.days)
        self.hot_spots.set_rows(sorted_hot_spots(figures.fields))
        self.progress.set_rows(progress_stages(figures))
        self.sampling.show_figures(figures)
        self._summarize(figures, message=True)

    def _summarize(self, figures: DashboardFigures, message: bool) -> None:
        """The summary and the message line, in the interface's language."""
        q, p = figures.quality, figures.quality.progress
        summary = translate(
            "keying",
            "{0} (form {1}): {2} documents, {3} final; {4} discrepancies in {5} fields "
            "({6} %); residual error at most {7} per 1,000 fields",
        )
        self.summary.setText(
            summary.format(
                figures.batch,
                figures.form,
                f"{p.documents:,}",
                f"{p.final:,}",
                f"{q.discrepancies:,}",
                f"{q.fields:,}",
                f"{100 * q.discrepancy_rate:.2f}",
                f"{q.residual_per_1000:.3f}",
            )
        )
        n = len(figures.keyers)
        if n == 1:
            who = translate("keying", "1 keyer")
        else:
            who = (
                translate("keying", "{0} keyers").format(n)
                if n
                else translate("keying", "no keying")
            )
        line = translate(
            "keying", "{0} {1} · F5 reads again · hot spots and progress are the whole batch's"
        )
        if message:
            self.message.setText(line.format(who, self._period_text(figures.period)))
            self.message.keying_said = None  # type: ignore[attr-defined]  # said again here

    def changeEvent(self, event: QEvent) -> None:
        """A language installed: the tabs, the date boxes, the keyer box's first line, the
        summary in it (labels, button and messages are `speak`'s, the charts their own)."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "sampling"):
            for index, title in enumerate(TAB_TITLES):
                self.tabs.setTabText(index, translate("keying", title))
            for edit in (self.since, self.until):
                edit.setSpecialValueText(translate("keying", "any"))
            self.keyer.setItemText(0, translate("keying", ALL_KEYERS))
            if self.figures is not None:  # the message too, unless another was said since
                said = getattr(self.message, "keying_said", None)
                self._summarize(self.figures, message=said is None)
        super().changeEvent(event)

    @staticmethod
    def _period_text(period: Period) -> str:
        since = period.since.isoformat() if period.since else translate("keying", "the start")
        until = period.until.isoformat() if period.until else translate("keying", "today")
        if period.keyer:
            return translate("keying", "from {0} to {1} by {2}").format(since, until, period.keyer)
        return translate("keying", "from {0} to {1}").format(since, until)

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
            speak(self.message, translate("keying", "No figures to export yet."))
            return
        tab = TABS[self.tabs.currentIndex()]
        suggested = f"{self.figures.batch}-{tab.replace(' ', '-')}.csv"
        path = ExportDialog.ask(self, suggested)
        if path is None:
            return
        try:
            Path(path).write_text(as_csv(self.tab_rows()), encoding="utf-8")
        except OSError as exc:
            cannot = QT_TRANSLATE_NOOP("keying", "Not exported: cannot write {0}: {1}")
            speak(self.message, say(cannot, path, exc.strerror or str(exc)))
            return
        exported = QT_TRANSLATE_NOOP("keying", "Exported the {0} figures to {1}")
        speak(self.message, say(exported, say(TAB_WORDS[tab]), path))


def make(context: ViewContext) -> DashboardView:
    """The view for the main window's registry (`keying.ui.views`)."""
    return DashboardView(Dashboard(context.services, context.operator), Background())
