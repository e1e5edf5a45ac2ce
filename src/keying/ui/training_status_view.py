"""Trainees and qualifications (supervisors and admins): per account and form, the training
documents keyed, accuracy and keystrokes per hour over the threshold's last N, and who
qualified when (`keying training status` in a window). Read off the GUI thread each time the
view comes on screen (and on F5)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from keying.services.training import TraineeStatus, thresholds, training_status
from keying.ui.background import Background
from keying.ui.language import accessible, translate
from keying.ui.rows_model import Index, RowsModel
from keying.ui.views import ViewContext

HEADERS = ("Account", "Form", "Training documents", "Accuracy", "Keystrokes/hour", "Qualified")


def row_cells(r: TraineeStatus) -> tuple[str, ...]:
    now = r.standing
    last = f" (last {now.documents})" if now is not None else ""
    accuracy = "—" if now is None or now.accuracy is None else f"{now.accuracy:.2f} %"
    kph = "—" if now is None or now.kph is None else f"{now.kph:,.0f}"
    if r.qualified_at is None:
        when = "not yet"
    else:
        when = f"{r.qualified_at:%Y-%m-%d %H:%M} UTC"
        when += f" (granted by {r.granted_by})" if r.granted_by else ""
    return (r.login, r.form_name, f"{r.documents}{last}", accuracy, kph, when)


class TraineesModel(RowsModel):
    """Adapts the list from `training_status`; stores nothing else."""

    headers = HEADERS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_cells(row)[index.column()]
        return None


class TrainingStatusView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        accessible(self, translate("keying", "Trainees and qualifications"))
        self.limits = QLabel()
        self.limits.setWordWrap(True)
        accessible(self.limits, translate("keying", "Thresholds"))
        self.model = TraineesModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        accessible(self.table, translate("keying", "Trainees: documents, figures, qualified when"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.limits)
        layout.addWidget(self.table, 1)
        self.background = Background(self)

    def activate(self) -> None:
        self.read()
        self.table.setFocus()

    def sync_now(self) -> None:
        self.read()

    def shut_down(self) -> None:
        self.background.pool.waitForDone(10_000)

    def read(self) -> None:
        sessions = self.context.services.sessions
        self.background.run(lambda: (thresholds(sessions), training_status(sessions)), self._read)

    def _read(self, result: Any, error: str) -> None:
        if error:
            self.context.tell(translate("keying", "Trainees could not be read: {0}").format(error))
            return
        limits, rows = result
        self.limits.setText(
            "; ".join(
                f"{t.form_name}: {t.accuracy:g} % at {t.kph:,} keystrokes/hour over the last "
                f"{t.last_n}"
                for t in limits
            )
            or "No form has a threshold: every account may key every form live."
        )
        self.model.set_rows(rows)
