"""The dashboard's Sampling tab (Alt+M): a batch's verification sampling — its settings, which
documents were verified and which were keyed once, the errors expected in those and the
estimated residual error of the whole batch (the report's figures, docs/statistics.md) — and,
for an admin, the settings themselves (`keying batch set-sampling`'s rule: a rate and the
keyer's accuracy threshold; Alt+E sets them, Alt+W keys the batch twice in full again).
Keyboard only; the calls to the central database run off the GUI thread (`Background`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from keying.services.dashboard import Dashboard, DashboardFigures
from keying.services.report import DrawRow
from keying.stats.sampling import REASON_WORDS
from keying.ui.background import Background
from keying.ui.dashboard_models import Column, FiguresModel

DEFAULT_RATE = 20.0  # percent, what the fields show for a batch keyed twice in full
DEFAULT_ACCURACY = 99.5
HOW = (
    "A keyer whose measured accuracy on the form reaches the threshold has a document "
    "verified by a second pass only when it is drawn at the rate; other keyers, gold documents "
    "and keyers measured on too few fields are always verified. A document keyed once is final "
    "as pass 1 keyed it. Alt+R: the rate, Alt+Y: the threshold, Alt+E: set them (admins), "
    "Alt+W: key twice in full again."
)


class DrawsModel(FiguresModel):
    """Each document's draw: verified or keyed once, and why."""

    columns = (
        Column("Document", lambda d: d.reference),
        Column("Keyer", lambda d: d.keyer),
        Column("Verified", lambda d: "yes" if d.verified else "no: keyed once"),
        Column("Draw", lambda d: d.draw, 3),
        Column("Why", lambda d: REASON_WORDS.get(d.reason, d.reason)),
    )


def draw_rows(draws: Sequence[DrawRow]) -> list[dict[str, Any]]:
    """The draws as the CSV export writes them (columns by name)."""
    return [
        {
            "document": d.reference,
            "keyer": d.keyer,
            "verified": d.verified,
            "reason": d.reason,
            "draw": "" if d.draw is None else round(d.draw, 6),
        }
        for d in draws
    ]


def _percent(name: str, decimals: int, value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setAccessibleName(name)
    box.setRange(0.0, 100.0)
    box.setDecimals(decimals)
    box.setSuffix(" %")
    box.setValue(value)
    return box


def sampling_text(figures: DashboardFigures) -> str:
    """The tab's summary: the settings, the draws, the errors expected and the residual."""
    s, q = figures.sampling, figures.quality
    settings = figures.sampling_settings
    if s is None:
        return (
            f"{figures.batch} is keyed twice in full (no verification sampling): residual "
            f"error at most {q.residual_per_1000:.3f} per 1,000 fields."
        )
    if settings is None:
        head = (
            f"{figures.batch} was verified by sampling at {100 * s.rate:g} % (seed {s.seed}); "
            "it is keyed twice in full now."
        )
    else:
        head = (
            f"{figures.batch}: keyers at {settings.min_accuracy:g} % or better on the form are "
            f"verified at a rate of {100 * settings.rate:g} % (seed {settings.seed}); the "
            "others are keyed twice."
        )
    return (
        f"{head} {s.unverified:,} of {s.drawn:,} documents drawn were keyed once, not "
        f"verified; expected errors in them {s.unverified_errors:.3f} fields "
        f"({s.unverified_per_1000:.3f} per 1,000), at most {s.unverified_errors_upper:.3f} "
        "with 95 % confidence. Estimated residual error of the whole batch: "
        f"{s.whole_batch_per_1000(q.residual_fields, q.fields):.3f} per 1,000 fields."
    )


class SamplingPanel(QWidget):
    """The Sampling tab; `changed` after the settings were set or cleared (read again)."""

    changed = Signal()

    def __init__(
        self,
        dashboard: Dashboard,
        background: Background,
        batch: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dashboard = dashboard
        self.background = background
        self.batch = batch
        self.setAccessibleName("Sampling")
        # read-only text that scrolls (and takes the focus to be read): at 200 % text the
        # figures take more lines than the tab has room for
        self.summary = QTextBrowser()
        self.summary.setAccessibleName("Sampling summary")
        self.summary.setTabChangesFocus(True)
        self.rate = _percent("Share of documents verified, percent", 1, DEFAULT_RATE)
        self.accuracy = _percent("Keyer accuracy threshold, percent", 2, DEFAULT_ACCURACY)
        self.set_button = QPushButton("S&et sampling")
        self.set_button.setAccessibleName("Set this batch's verification sampling")
        self.off_button = QPushButton("Key t&wice in full")
        self.off_button.setAccessibleName("Stop sampling: key this batch twice in full")
        self._note = ""  # what was done last, shown first in the summary
        self._figures = ""
        self.model = DrawsModel(parent=self)
        self.table = QTableView()
        self.table.setAccessibleName("Documents drawn (table)")
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        controls = QGridLayout()
        for column, (text, widget) in enumerate(
            (("&Rate verified", self.rate), ("Accurac&y at least", self.accuracy))
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label, 0, 2 * column)
            controls.addWidget(widget, 0, 2 * column + 1)
        controls.addWidget(self.set_button, 1, 1)
        controls.addWidget(self.off_button, 1, 3)
        controls.setColumnStretch(4, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.summary)
        split.addWidget(self.table)
        split.setChildrenCollapsible(False)
        split.setSizes([1, 1])  # halves: the text and the table share what room there is
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # room for the text at 200 % on 768 pixels
        layout.addLayout(controls)
        layout.addWidget(split, 1)
        self.set_button.clicked.connect(self.set_sampling)
        self.off_button.clicked.connect(self.clear_sampling)
        self._may_set(False)

    def _may_set(self, allowed: bool) -> None:
        for widget in (self.rate, self.accuracy, self.set_button, self.off_button):
            widget.setEnabled(allowed)

    def show_figures(self, figures: DashboardFigures) -> None:
        settings = figures.sampling_settings
        if settings is not None:
            self.rate.setValue(100 * settings.rate)
            self.accuracy.setValue(settings.min_accuracy)
        self.off_button.setEnabled(settings is not None)
        self._may_set(figures.may_set_sampling)
        if not figures.may_set_sampling:
            self._note = "An admin sets the sampling (keying batch set-sampling)."
        self._figures = sampling_text(figures)
        self._show()
        self.model.set_rows(figures.draws)

    def note_text(self) -> str:
        return self._note

    def _say(self, text: str) -> None:
        self._note = text
        self._show()

    def _show(self) -> None:
        parts = [p for p in (self._note, self._figures, HOW) if p]
        self.summary.setPlainText("\n\n".join(parts))

    # --- an admin's settings ---------------------------------------------------------------

    def set_sampling(self) -> None:
        name, rate, accuracy = self.batch(), self.rate.value() / 100, self.accuracy.value()
        if not name:
            return
        self._busy(f"Setting the sampling of {name}…")
        self.background.run(
            lambda: self.dashboard.set_sampling(name, rate, accuracy), self._set_done
        )

    def clear_sampling(self) -> None:
        name = self.batch()
        if not name:
            return
        self._busy(f"Keying {name} twice in full again…")
        self.background.run(lambda: self.dashboard.clear_sampling(name), self._cleared)

    def _busy(self, text: str) -> None:
        self._say(text)
        self.set_button.setEnabled(False)
        self.off_button.setEnabled(False)

    def _set_done(self, done: Any, error: str) -> None:
        if error:
            self._failed(error)
            return
        self._say(
            f"Sampling set: {100 * done.rate:g} % verified for keyers at "
            f"{done.min_accuracy:g} % or better (seed {done.seed}); {done.drawn_now} "
            "document(s) drawn now."
        )
        self.changed.emit()

    def _cleared(self, changed: Any, error: str) -> None:
        if error:
            self._failed(error)
            return
        self._say(
            "Keyed twice in full from now on; documents drawn already keep their draw."
            if changed
            else "It was not sampled."
        )
        self.changed.emit()

    def _failed(self, error: str) -> None:
        self._say(f"Not changed: {error}")
        self.set_button.setEnabled(True)
        self.off_button.setEnabled(True)
