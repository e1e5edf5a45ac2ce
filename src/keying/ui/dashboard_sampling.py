"""The dashboard's Sampling tab (Alt+M): a batch's verification sampling — its settings, which
documents were verified and which were keyed once, the errors expected in those and the
estimated residual error of the whole batch (the report's figures, docs/statistics.md) — and,
for an admin, the settings themselves (`keying batch set-sampling`'s rule: a rate and the
keyer's accuracy threshold; Alt+E sets them, Alt+W keys the batch twice in full again).
Keyboard only; the calls to the central database run off the GUI thread (`Background`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from keying.forms.wording import counted, plural, say
from keying.services.dashboard import Dashboard, DashboardFigures
from keying.services.report import DrawRow
from keying.stats.sampling import REASON_WORDS
from keying.ui.background import Background
from keying.ui.dashboard_models import Column, FiguresModel
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local, speak, translate
from keying.ui.long_list import LongList

DEFAULT_RATE = 20.0  # percent, what the fields show for a batch keyed twice in full
DEFAULT_ACCURACY = 99.5
HOW = QT_TRANSLATE_NOOP(
    "keying",
    "A keyer whose measured accuracy on the form reaches the threshold has a document "
    "verified by a second pass only when it is drawn at the rate; other keyers, gold documents "
    "and keyers measured on too few fields are always verified. A document keyed once is final "
    "as pass 1 keyed it. {0}: the rate, {1}: the threshold, {2}: set them (admins), "
    "{3}: key twice in full again.",
)  # the keys: the Alt+letters of the labels and buttons in the language shown (`keys`)
# keying.stats.sampling.REASON_WORDS, marked here for lupdate (shown translated)
REASONS = {
    "sampled": QT_TRANSLATE_NOOP("keying", "drawn for verification"),
    "not_sampled": QT_TRANSLATE_NOOP("keying", "not drawn: keyed once, not verified"),
    "below_threshold": QT_TRANSLATE_NOOP(
        "keying", "keyer's accuracy below the threshold: verified"
    ),
    "too_few_fields": QT_TRANSLATE_NOOP("keying", "keyer measured on too few fields: verified"),
    "gold": QT_TRANSLATE_NOOP("keying", "gold document: verified"),
    "pass_2_started": QT_TRANSLATE_NOOP("keying", "pass 2 under way before the draw: verified"),
}
YES, NO = QT_TRANSLATE_NOOP("keying", "yes"), QT_TRANSLATE_NOOP("keying", "no: keyed once")


class DrawsModel(FiguresModel):
    """Each document's draw: verified or keyed once, and why."""

    columns = (
        Column(QT_TRANSLATE_NOOP("keying", "Document"), lambda d: d.reference),
        Column(QT_TRANSLATE_NOOP("keying", "Keyer"), lambda d: d.keyer),
        Column(
            QT_TRANSLATE_NOOP("keying", "Verified"), lambda d: YES if d.verified else NO, 0, True
        ),
        Column(QT_TRANSLATE_NOOP("keying", "Draw"), lambda d: d.draw, 3),
        Column(
            QT_TRANSLATE_NOOP("keying", "Why"),
            lambda d: REASONS.get(d.reason) or REASON_WORDS.get(d.reason, d.reason),
            0,
            True,
        ),
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
    accessible(box, name)
    box.setRange(0.0, 100.0)
    box.setDecimals(decimals)
    box.setSuffix(" %")
    box.setValue(value)
    return box


def sampling_text(figures: DashboardFigures) -> str:
    """The tab's summary: the settings, the draws, the errors expected and the residual (in
    English, a `Said` shown in the interface's language)."""
    s, q = figures.sampling, figures.quality
    settings = figures.sampling_settings
    if s is None:
        full = QT_TRANSLATE_NOOP(
            "keying",
            "{0} is keyed twice in full (no verification sampling): residual error at most "
            "{1} per 1,000 fields.",
        )
        return say(full, figures.batch, f"{q.residual_per_1000:.3f}")
    if settings is None:
        was = QT_TRANSLATE_NOOP(
            "keying",
            "{0} was verified by sampling at {1} % (seed {2}); it is keyed twice in full now.",
        )
        head = say(was, figures.batch, f"{100 * s.rate:g}", s.seed)
    else:
        rule = QT_TRANSLATE_NOOP(
            "keying",
            "{0}: keyers at {1} % or better on the form are verified at a rate of {2} % "
            "(seed {3}); the others are keyed twice.",
        )
        head = say(
            rule,
            figures.batch,
            f"{settings.min_accuracy:g}",
            f"{100 * settings.rate:g}",
            settings.seed,
        )
    tail = QT_TRANSLATE_NOOP(
        "keying",
        "{0} {1} of {2} documents drawn were keyed once, not verified; expected errors in them "
        "{3} fields ({4} per 1,000), at most {5} with 95 % confidence. Estimated residual error "
        "of the whole batch: {6} per 1,000 fields.",
    )
    return say(
        tail,
        head,
        f"{s.unverified:,}",
        f"{s.drawn:,}",
        f"{s.unverified_errors:.3f}",
        f"{s.unverified_per_1000:.3f}",
        f"{s.unverified_errors_upper:.3f}",
        f"{s.whole_batch_per_1000(q.residual_fields, q.fields):.3f}",
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
        accessible(self, translate("keying", "Sampling"))
        # read-only text that scrolls (and takes the focus to be read): at 200 % text the
        # figures take more lines than the tab has room for
        self.summary = QTextBrowser()
        accessible(self.summary, translate("keying", "Sampling summary"))
        self.summary.setTabChangesFocus(True)
        self.rate = _percent(
            translate("keying", "Share of documents verified, percent"), 1, DEFAULT_RATE
        )
        self.accuracy = _percent(
            translate("keying", "Keyer accuracy threshold, percent"), 2, DEFAULT_ACCURACY
        )
        self.set_button = QPushButton()
        speak(self.set_button, translate("keying", "S&et sampling"))
        accessible(self.set_button, translate("keying", "Set this batch's verification sampling"))
        self.off_button = QPushButton()
        speak(self.off_button, translate("keying", "Key t&wice in full"))
        accessible(
            self.off_button, translate("keying", "Stop sampling: key this batch twice in full")
        )
        self._note = ""  # what was done last, shown first in the summary
        self._figures = ""
        self.model = DrawsModel(parent=self)
        self.table = QTableView()
        accessible(self.table, translate("keying", "Documents drawn (table)"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # 10,000 draws: one line each, columns sized from a sample, a cut reason whole under it
        self.columns = LongList(self.table, elastic=(1, len(DrawsModel.columns) - 1), ids=(0,))

        controls = QGridLayout()
        self.labels: list[QLabel] = []  # the rate's and the threshold's
        for column, (text, widget) in enumerate(
            (
                (translate("keying", "&Rate verified"), self.rate),
                (translate("keying", "Acc&uracy at least"), self.accuracy),
            )
        ):
            label = QLabel()
            speak(label, text)
            label.setWordWrap(True)  # a longer language at 200 %: two lines, not wider
            label.setBuddy(widget)
            self.labels.append(label)
            controls.addWidget(label, 0, 2 * column)
            controls.addWidget(widget, 0, 2 * column + 1)
        # each button under its label and box, not under the box alone: narrower
        controls.addWidget(self.set_button, 1, 0, 1, 2)
        controls.addWidget(self.off_button, 1, 2, 1, 2)
        controls.setColumnStretch(4, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.summary)
        draws = QWidget()  # the table with its line under it: the current row's cut texts
        under = QVBoxLayout(draws)
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.table, 1)
        under.addWidget(self.columns.line)
        split.addWidget(draws)
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
            self._note = say(
                QT_TRANSLATE_NOOP(
                    "keying", "An admin sets the sampling (keying batch set-sampling)."
                )
            )
        self._figures = sampling_text(figures)
        self._show()
        self.model.set_rows(figures.draws)

    def keys(self) -> list[str]:
        """The Alt+letters of the rate, the threshold, Set sampling and Key twice in full, as
        their texts in the language shown underline them (the help names them)."""
        texts = [w.text() for w in self.labels] + [self.set_button.text(), self.off_button.text()]
        native = QKeySequence.SequenceFormat.NativeText
        return [QKeySequence.mnemonic(text).toString(native) for text in texts]

    def note_text(self) -> str:
        return self._note

    def _say(self, text: str) -> None:
        self._note = text
        self._show()

    def _show(self) -> None:
        parts = [local(p) for p in (self._note, self._figures, say(HOW, *self.keys())) if p]
        self.summary.setPlainText("\n\n".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        """A language installed: the summary said again in it."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self._show()
        super().changeEvent(event)

    # --- an admin's settings ---------------------------------------------------------------

    def set_sampling(self) -> None:
        name, rate, accuracy = self.batch(), self.rate.value() / 100, self.accuracy.value()
        if not name:
            return
        self._busy(say(QT_TRANSLATE_NOOP("keying", "Setting the sampling of {0}…"), name))
        self.background.run(
            lambda: self.dashboard.set_sampling(name, rate, accuracy), self._set_done
        )

    def clear_sampling(self) -> None:
        name = self.batch()
        if not name:
            return
        self._busy(say(QT_TRANSLATE_NOOP("keying", "Keying {0} twice in full again…"), name))
        self.background.run(lambda: self.dashboard.clear_sampling(name), self._cleared)

    def _busy(self, text: str) -> None:
        self._say(text)
        if self.set_button.hasFocus() or self.off_button.hasFocus():
            # before the buttons go grey: else Qt hands the focus to the tab bar, and the
            # dashboard, following it, scrolls back to its top; the rate box is beside them
            self.rate.setFocus(Qt.FocusReason.OtherFocusReason)
        self.set_button.setEnabled(False)
        self.off_button.setEnabled(False)

    def _set_done(self, done: Any, error: str) -> None:
        if error:
            self._failed(error)
            return
        done_text = plural.translate(
            "keying",
            "Sampling set: {0} % verified for keyers at {1} % or better (seed {2}); %n "
            "document(s) drawn now.",
            None,
            1,
        )
        rate, accuracy = f"{100 * done.rate:g}", f"{done.min_accuracy:g}"
        self._say(counted(done_text, done.drawn_now, rate, accuracy, done.seed))
        self.changed.emit()

    def _cleared(self, changed: Any, error: str) -> None:
        if error:
            self._failed(error)
            return
        if changed:
            self._say(
                say(
                    QT_TRANSLATE_NOOP(
                        "keying",
                        "Keyed twice in full from now on; documents drawn already keep their draw.",
                    )
                )
            )
        else:
            self._say(say(QT_TRANSLATE_NOOP("keying", "It was not sampled.")))
        self.changed.emit()

    def _failed(self, error: str) -> None:
        self._say(say(QT_TRANSLATE_NOOP("keying", "Not changed: {0}"), error))
        self.set_button.setEnabled(True)
        self.off_button.setEnabled(True)
