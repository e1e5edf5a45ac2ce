"""The dashboard's table models: each adapts a list of figures from `DashboardFigures` (no
data of its own) through a tuple of columns; `ValueRole` gives a cell's number (what the
charts draw and the tests read), DisplayRole its text. Every chart of the dashboard has one
of these as its table view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from keying.services.dashboard import DashboardFigures
from keying.stats.fields import FieldFigures
from keying.stats.keyers import KeyerFigures
from keying.ui.language import QT_TRANSLATE_NOOP, translate
from keying.ui.rows_model import Index, RowsModel

ValueRole = Qt.ItemDataRole.UserRole + 1  # the cell's number (None: none), or its text
RowRole = Qt.ItemDataRole.UserRole + 2  # the row object


@dataclass(frozen=True)
class Column:
    header: str  # marked with QT_TRANSLATE_NOOP, shown translated (RowsModel)
    value: Callable[[Any], Any]
    digits: int = 0  # for floats
    words: bool = False  # the value is a marked English word: shown translated


def _text(value: Any, digits: int) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


class FiguresModel(RowsModel):
    columns: tuple[Column, ...] = ()

    def __init__(self, rows: Sequence[Any] = (), parent: QObject | None = None) -> None:
        super().__init__(rows, parent)
        self.headers = tuple(c.header for c in self.columns)

    def value(self, row: int, column: int) -> Any:
        return self.columns[column].value(self._rows[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == RowRole:
            return self._rows[index.row()]
        if role == ValueRole:
            return column.value(self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(self._rows[index.row()])
            if column.words and isinstance(value, str):
                return translate("keying", value)
            return _text(value, column.digits)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            value = column.value(self._rows[index.row()])
            if isinstance(value, str | bool):  # words (a keyer, a reason) read from the left
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _low(k: KeyerFigures) -> float:
    return k.errors_interval[0]


def _high(k: KeyerFigures) -> float:
    return k.errors_interval[1]


class ThroughputModel(FiguresModel):
    """Per keyer in the period: speed and work (the throughput chart)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("keying", "Keyer"), lambda k: k.login),
        Column(QT_TRANSLATE_NOOP("keying", "Keystrokes / hour"), lambda k: k.keystrokes_per_hour),
        Column(QT_TRANSLATE_NOOP("keying", "Fields / hour"), lambda k: k.fields_per_hour),
        Column(
            QT_TRANSLATE_NOOP("keying", "Seconds / document"), lambda k: k.seconds_per_document, 1
        ),
        Column(QT_TRANSLATE_NOOP("keying", "Documents"), lambda k: k.documents),
        Column(QT_TRANSLATE_NOOP("keying", "Hours keyed"), lambda k: k.hours, 2),
        Column(QT_TRANSLATE_NOOP("keying", "Corrections"), lambda k: k.corrections),
        Column(QT_TRANSLATE_NOOP("keying", "Fields re-entered"), lambda k: k.re_entered),
        Column(QT_TRANSLATE_NOOP("keying", "Pauses"), lambda k: k.pauses),
    )


class AccuracyModel(FiguresModel):
    """Per day and keyer: errors charged per 1,000 fields with the 95 % interval (the
    accuracy trend)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("keying", "Day"), lambda k: k.day.isoformat() if k.day else ""),
        Column(QT_TRANSLATE_NOOP("keying", "Keyer"), lambda k: k.login),
        Column(
            QT_TRANSLATE_NOOP("keying", "Errors / 1,000 fields"),
            lambda k: k.errors_per_1000 if k.fields else None,
            2,
        ),
        Column(QT_TRANSLATE_NOOP("keying", "95 % low"), _low, 2),
        Column(QT_TRANSLATE_NOOP("keying", "95 % high"), _high, 2),
        Column(QT_TRANSLATE_NOOP("keying", "Errors"), lambda k: k.errors),
        Column(QT_TRANSLATE_NOOP("keying", "Fields checked"), lambda k: k.fields),
    )


class HotSpotsModel(FiguresModel):
    """Per field of the form: where the errors are (the hot spots chart)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("keying", "Field"), lambda f: f.field),
        Column(
            QT_TRANSLATE_NOOP("keying", "Errors / 1,000 passes"), lambda f: 1000 * f.error_rate, 1
        ),
        Column(
            QT_TRANSLATE_NOOP("keying", "Discrepancy rate %"), lambda f: 100 * f.discrepancy_rate, 1
        ),
        Column(QT_TRANSLATE_NOOP("keying", "Errors"), lambda f: f.errors),
        Column(QT_TRANSLATE_NOOP("keying", "Discrepancies"), lambda f: f.discrepancies),
        Column(QT_TRANSLATE_NOOP("keying", "Minor"), lambda f: f.minor),
        Column(QT_TRANSLATE_NOOP("keying", "Material"), lambda f: f.material),
    )


@dataclass(frozen=True)
class Stage:
    name: str
    documents: int
    share: float | None  # of the batch's documents


class ProgressModel(FiguresModel):
    """The batch's documents by how far they got (the progress chart)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("keying", "Stage"), lambda s: s.name, words=True),
        Column(QT_TRANSLATE_NOOP("keying", "Documents"), lambda s: s.documents),
        Column(
            QT_TRANSLATE_NOOP("keying", "Share %"),
            lambda s: None if s.share is None else 100 * s.share,
            1,
        ),
    )


def progress_stages(figures: DashboardFigures) -> list[Stage]:
    p = figures.quality.progress
    stages = [
        (QT_TRANSLATE_NOOP("keying", "Documents"), p.documents),
        (QT_TRANSLATE_NOOP("keying", "Keyed once"), p.keyed_once),
        (QT_TRANSLATE_NOOP("keying", "Keyed twice"), p.keyed_twice),
        (QT_TRANSLATE_NOOP("keying", "Adjudicated"), p.adjudicated),
        (QT_TRANSLATE_NOOP("keying", "Final"), p.final),
    ]
    return [Stage(n, v, v / p.documents if p.documents else None) for n, v in stages]


def sorted_hot_spots(fields: Sequence[FieldFigures]) -> list[FieldFigures]:
    """The fields with most errors first (then most discrepancies, then the form's order)."""
    order = {f.field: i for i, f in enumerate(fields)}
    return sorted(fields, key=lambda f: (-f.errors, -f.discrepancies, order[f.field]))
