"""The tasks view (supervisors and admins): every task held, by operator, PC, when it was
claimed and its lease; Delete
releases the selected one (its draft stays in that PC's cache, the task returns to the
queue). Reads and releases run off the GUI thread (`Background`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keying.forms.wording import say
from keying.services import TaskKind
from keying.services.supervision import HeldTaskRow, Supervision
from keying.ui.background import Background
from keying.ui.column_share import ColumnShare
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, heading, speak, translate
from keying.ui.reading_view import ReadingView
from keying.ui.rows_model import RowsModel
from keying.ui.views import ViewContext

COL_OPERATOR, COL_PC, COL_DOCUMENT, COL_BATCH, COL_TASK, COL_CLAIMED, COL_LEASE = range(7)
# Shown translated by RowsModel; marked here for lupdate.
HEADERS: tuple[str, ...] = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("keying", "Operator"),
        QT_TRANSLATE_NOOP("keying", "PC"),
        QT_TRANSLATE_NOOP("keying", "Document"),
        QT_TRANSLATE_NOOP("keying", "Batch"),
        QT_TRANSLATE_NOOP("keying", "Task"),
        QT_TRANSLATE_NOOP("keying", "Claimed"),
        QT_TRANSLATE_NOOP("keying", "Lease"),
    )
)
RowRole = Qt.ItemDataRole.UserRole + 1  # the HeldTaskRow itself
SortRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def lease_text(lease_until: datetime, now: datetime) -> str:
    """`expired 12 min ago` or `ends in 25 min` (whole minutes; under one: `now`), in the
    interface's language."""
    minutes = int((lease_until - now).total_seconds() // 60)
    if lease_until <= now:
        late = int((now - lease_until).total_seconds() // 60)
        if not late:
            return translate("keying", "expired just now")
        return translate("keying", "expired {0} ago").format(_span(late))
    if not minutes:
        return translate("keying", "ends in under a minute")
    return translate("keying", "ends in {0}").format(_span(minutes))


def claimed_text(claimed_at: datetime | None, now: datetime) -> str:
    """`35 min ago (10:42)`: how long it has been held, and when it was claimed (this PC's
    time; a day and month when not today)."""
    if claimed_at is None:
        return "—"
    minutes = max(0, int((now - claimed_at).total_seconds() // 60))
    local, today = claimed_at.astimezone(), now.astimezone()
    when = local.strftime("%H:%M" if local.date() == today.date() else "%d %b %H:%M")
    if minutes:
        ago = translate("keying", "{0} ago").format(_span(minutes))
    else:
        ago = translate("keying", "just now")
    return translate("keying", "{0} ({1})").format(ago, when)


def _span(minutes: int) -> str:
    if minutes < 120:
        return translate("keying", "{0} min").format(minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("keying", "{0} h").format(hours)
    return translate("keying", "{0} days").format(hours // 24)


KIND_WORDS: dict[str, str] = {
    TaskKind.ADJUDICATE: QT_TRANSLATE_NOOP("keying", "adjudicate"),
    TaskKind.TRAIN: QT_TRANSLATE_NOOP("keying", "train"),
}


def task_text(row: HeldTaskRow) -> str:
    if row.kind == TaskKind.KEY:
        return translate("keying", "key pass {0}").format(row.pass_no)
    return translate("keying", KIND_WORDS.get(row.kind, row.kind))


class HeldTasksModel(RowsModel):
    """Adapts the list of held tasks from `Supervision.held_tasks()`; stores nothing else."""

    headers = HEADERS

    def __init__(
        self,
        rows: Sequence[HeldTaskRow] = (),
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(rows, parent)
        self.clock = clock or (lambda: datetime.now(UTC))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # cut: whole
            return (
                f"{row.operator} ({row.login})",
                row.workstation or "—",
                row.document,
                row.batch,
                task_text(row),
                claimed_text(row.claimed_at, self.clock()),
                lease_text(row.lease_until, self.clock()),
            )[col]
        if role == SortRole:
            return (
                row.login,
                row.workstation,
                row.document,
                row.batch,
                task_text(row),
                row.claimed_at.isoformat() if row.claimed_at else "",
                row.lease_until.isoformat(),
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_LEASE:
            return Qt.GlobalColor.darkRed if row.lease_until <= self.clock() else None
        return None


class ReleaseDialog:
    """Asks for the reason of a release (may be empty); None: cancelled. Tests monkeypatch."""

    @classmethod
    def ask(cls, parent: QWidget, row: HeldTaskRow) -> str | None:
        question = translate(
            "keying",
            "Release {0} of {1}, held by {2} on {3}?\nIts draft stays on that PC. "
            "Reason (optional):",
        )
        text, ok = QInputDialog.getText(
            parent,
            translate("keying", "Release this task"),
            question.format(task_text(row), row.document, row.operator, row.workstation or "?"),
        )
        return text if ok else None


class TasksView(ReadingView):
    """The tasks held; F5 reads them again, Delete releases the selected one."""

    reading = QT_TRANSLATE_NOOP("keying", "Reading the tasks held…")

    def __init__(
        self, supervision: Supervision, background: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(background, parent)
        self.supervision = supervision
        accessible(self, translate("keying", "Tasks held"))
        title = QLabel()
        speak(title, heading(QT_TRANSLATE_NOOP("keying", "Tasks held")))
        self.hint = QLabel()
        speak(
            self.hint,
            translate("keying", "F5 reads them again · Delete releases the selected task"),
        )
        self.hint.setWordWrap(True)
        self.model = HeldTasksModel(clock=supervision.services.clock, parent=self)
        self.table = QTableView()
        accessible(self.table, translate("keying", "Tasks held, by operator, PC, claim and lease"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.columns = ColumnShare(self.table)  # within the view, wrapped: never scrolled
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel("")
        accessible(self.message, translate("keying", "Tasks view message"))
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.add_key(translate("keying", "Read the tasks held again"), "F5", self.refresh)
        self.add_key(
            translate("keying", "Release the selected task"), "Delete", self.release_selected
        )

    def read_rows(self) -> list[HeldTaskRow]:
        return self.supervision.held_tasks()

    def _read(self, rows: Any, error: str) -> None:
        if error:
            said = say(QT_TRANSLATE_NOOP("keying", "The tasks held could not be read: {0}"), error)
            speak(self.message, said)
            return
        selected = self.selected()
        self.model.set_rows(list(rows))
        if rows:
            speak(self.message, say(QT_TRANSLATE_NOOP("keying", "{0} tasks held"), len(rows)))
        else:
            speak(self.message, translate("keying", "No task is held."))
        self._select(selected.task_id if selected else None)

    def _select(self, task_id: int | None) -> None:
        if self.model.rowCount() == 0:
            return
        row = 0
        for i in range(self.model.rowCount()):
            found = self.model.row_at(i)
            if found is not None and found.task_id == task_id:
                row = i
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> HeldTaskRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def release_selected(self) -> None:
        row = self.selected()
        if row is None:
            speak(self.message, translate("keying", "Select a task to release."))
            return
        reason = ReleaseDialog.ask(self, row)
        if reason is None:
            return
        task = say(QT_TRANSLATE_NOOP("keying", "key pass {0}"), row.pass_no)
        if row.kind != TaskKind.KEY:
            task = say(KIND_WORDS.get(row.kind, row.kind))
        releasing = QT_TRANSLATE_NOOP("keying", "Releasing {0} of {1}…")
        speak(self.message, say(releasing, task, row.document))

        def done(_: Any, error: str) -> None:
            if error:
                speak(self.message, say(QT_TRANSLATE_NOOP("keying", "Not released: {0}"), error))
            else:
                released = QT_TRANSLATE_NOOP(
                    "keying",
                    "Released {0} of {1}: it is back in the queue; the draft stays on {2}.",
                )
                pc = row.workstation or say(QT_TRANSLATE_NOOP("keying", "its PC"))
                speak(self.message, say(released, task, row.document, pc))
            self.background.run(self.supervision.held_tasks, self._reread)

        self.background.run(lambda: self.supervision.release(row, reason), done)

    def _reread(self, rows: Any, error: str) -> None:
        if error:
            return  # the message of the release stays
        selected = self.selected()
        self.model.set_rows(list(rows))
        self._select(selected.task_id if selected else None)


def make(context: ViewContext) -> TasksView:
    """The view for the main window's registry (`keying.ui.views`)."""
    return TasksView(Supervision(context.services, context.operator), Background())
