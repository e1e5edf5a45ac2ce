"""The dashboard's charts (QtCharts): each draws the numbers of one table model
(`ui/dashboard_models.py`, `ValueRole`) and draws them again when the model is reset, so a
chart never holds a number its table does not show."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from keying.forms.wording import say
from keying.ui.dashboard_models import FiguresModel, ValueRole
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, translate


def scale_values(axis: QValueAxis, top: float) -> None:
    """0 to a little above the highest value; whole numbers, but for small values (a batch
    with no timed keying draws 0 to 1: labelled 0, 1, 1, 0 in whole numbers)."""
    upper = top * 1.1 or 1.0
    axis.setRange(0, upper)
    axis.setLabelFormat("%.0f" if upper >= 10 else "%.2f")


class ModelChart(QChartView):
    """A chart over a model; `series_values()` gives what it draws (for the tests)."""

    def __init__(self, model: FiguresModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        accessible(
            self,
            say(
                QT_TRANSLATE_NOOP(
                    "keying", "{0} (chart; the table beside it has the same numbers)"
                ),
                say(title),
            ),
        )
        self.title = title  # marked with QT_TRANSLATE_NOOP: shown translated
        chart = QChart()
        chart.setTitle(translate("keying", title))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self._drawn: dict[str, list[float]] = {}
        model.modelReset.connect(self.rebuild)
        self.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        """A language installed: the title, the series and the categories in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.chart().setTitle(translate("keying", self.title))
            self.rebuild()
        super().changeEvent(event)

    def series_values(self) -> dict[str, list[float]]:
        return {name: list(values) for name, values in self._drawn.items()}

    def _number(self, row: int, column: int) -> float:
        value = self.model.data(self.model.index(row, column), ValueRole)
        return float(value) if isinstance(value, int | float) else 0.0

    def _label(self, row: int, column: int = 0) -> str:
        return str(self.model.data(self.model.index(row, column), ValueRole) or "")

    def _clear(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._drawn = {}
        return chart

    def rebuild(self) -> None:
        raise NotImplementedError


class BarChart(ModelChart):
    """Bars of the model's `columns`, one category per row (labels: `label_column`)."""

    def __init__(
        self,
        model: FiguresModel,
        title: str,
        columns: tuple[int, ...],
        label_column: int = 0,
        horizontal: bool = False,
        limit: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.columns, self.label_column = columns, label_column
        self.horizontal, self.limit = horizontal, limit
        super().__init__(model, title, parent)

    def rebuild(self) -> None:
        chart = self._clear()
        rows = range(min(self.model.rowCount(), self.limit or self.model.rowCount()))
        if self.horizontal:
            rows = range(len(rows) - 1, -1, -1)  # the first row at the top
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        top = 0.0
        for column in self.columns:
            name = self.model.headers[column]
            values = [self._number(r, column) for r in rows]
            bars = QBarSet(translate("keying", name))
            bars.append(values)
            series.append(bars)
            self._drawn[name] = values
            top = max([top, *values])
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        shown = Qt.ItemDataRole.DisplayRole  # a stage's name in the interface's language
        categories.append([str(self.model.index(r, self.label_column).data(shown)) for r in rows])
        values_axis = QValueAxis()
        scale_values(values_axis, top)
        band, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if self.horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(categories, band)
        chart.addAxis(values_axis, value_side)
        series.attachAxis(categories)
        series.attachAxis(values_axis)
        chart.legend().setVisible(len(self.columns) > 1)


class TrendChart(ModelChart):
    """One line per keyer over the days: the model's `value_column` by (day, keyer) rows."""

    def __init__(
        self,
        model: FiguresModel,
        title: str,
        value_column: int,
        day_column: int = 0,
        keyer_column: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        self.value_column, self.day_column, self.keyer_column = (
            value_column,
            day_column,
            keyer_column,
        )
        super().__init__(model, title, parent)

    def rebuild(self) -> None:
        chart = self._clear()
        points: dict[str, dict[str, float]] = {}
        days: list[str] = []
        for r in range(self.model.rowCount()):
            day = self._label(r, self.day_column)
            if day not in days:
                days.append(day)
            value = self.model.data(self.model.index(r, self.value_column), ValueRole)
            if isinstance(value, int | float):  # none: no field of that day checked yet
                keyer = self._label(r, self.keyer_column)
                points.setdefault(keyer, {})[day] = float(value)
        days.sort()
        categories = QBarCategoryAxis()
        categories.append(days)
        values_axis = QValueAxis()
        top = max((v for p in points.values() for v in p.values()), default=0.0)
        scale_values(values_axis, top)
        values_axis.setTitleText(translate("keying", self.model.headers[self.value_column]))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        for keyer in sorted(points):
            line = QLineSeries()
            line.setName(keyer)
            line.setPointsVisible(True)
            for i, day in enumerate(days):
                if day in points[keyer]:
                    line.append(i, points[keyer][day])
            chart.addSeries(line)
            line.attachAxis(categories)
            line.attachAxis(values_axis)
            self._drawn[keyer] = [points[keyer][d] for d in days if d in points[keyer]]
        chart.legend().setVisible(bool(points))
