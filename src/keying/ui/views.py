"""The views the main window can show besides the keying station and the overview, by role.

This is the hook for new supervisor and admin views (the adjudication queue, same field
across documents, flagged pages, tasks …): a view is one `ViewSpec` in `VIEWS`. The main
window makes each view the signed-in role may use the first time it is shown (so a view
costs nothing until it is opened), puts it in its stack, and gives it a menu entry with its
keys under *View*. A view is a plain `QWidget`; it may also have, and the window then calls:

- `activate()` — each time it comes on screen: read what it shows again, take the focus;
- `status_parts() -> list[str]` — what it adds to the status bar while it is on screen;
- `unsaved_work() -> str` — before signing out: why it would lose work ("" when it would
  not); the window then stays signed in and says so;
- `shut_down()` — when the window closes (stop its threads, say what is unsaved);
- a `status_changed` signal — the window redraws the status bar.

A view gets what it needs from the `ViewContext` and nothing else (no global window).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from keying.config import Settings
from keying.services import Role, Services, SignedIn
from keying.ui.sync_worker import CentralLink

SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class ViewContext:
    """What a view is built from: the process's services, who signed in, their settings,
    the window's sync worker and a way to tell the user something (the status bar)."""

    services: Services
    operator: SignedIn
    settings: Settings
    link: CentralLink
    tell: Callable[[str], None]


@dataclass(frozen=True)
class ViewSpec:
    name: str  # stable id: "adjudication", "tasks" …
    title: str  # the menu entry
    keys: str  # its shortcut, e.g. "Ctrl+2"
    roles: frozenset[Role]
    make: Callable[[ViewContext], QWidget]  # imports its module only when called


def _adjudication(context: ViewContext) -> QWidget:
    from keying.ui.adjudication_view import AdjudicationView

    return AdjudicationView.for_window(context)


def _flagged(context: ViewContext) -> QWidget:
    from keying.ui.flagged_view import make

    return make(context)


def _tasks(context: ViewContext) -> QWidget:
    from keying.ui.tasks_view import make

    return make(context)


def _refused(context: ViewContext) -> QWidget:
    from keying.ui.refused_view import make

    return make(context)


def _training(context: ViewContext) -> QWidget:
    from keying.ui.training_view import TrainingView

    return TrainingView(context.services.training(context.operator), context.settings)


def _training_status(context: ViewContext) -> QWidget:
    from keying.ui.training_status_view import TrainingStatusView

    return TrainingStatusView(context)


def _dashboard(context: ViewContext) -> QWidget:
    from keying.ui.dashboard_view import make

    return make(context)


# In menu order. The keying station is Ctrl+1 and the overview F9 (the window's own).
VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("adjudication", "Adjudicate discrepancies", "Ctrl+2", SUPERVISORS, _adjudication),
    ViewSpec("flagged", "Flagged pages", "Ctrl+3", SUPERVISORS, _flagged),
    ViewSpec("tasks", "Tasks held", "Ctrl+4", SUPERVISORS, _tasks),
    ViewSpec("refused", "Refused items", "Ctrl+5", SUPERVISORS, _refused),
    # every role: a trainee is any account not qualified on a form with a threshold
    ViewSpec("training", "Train on gold documents", "Ctrl+T", EVERYONE, _training),
    ViewSpec(
        "training_status",
        "Trainees and qualifications",
        "Ctrl+Shift+T",
        SUPERVISORS,
        _training_status,
    ),
    ViewSpec("dashboard", "Dashboard of keyer figures", "F10", SUPERVISORS, _dashboard),
)


# The titles marked for lupdate (the window's menu shows `translate("keying", spec.title)`);
# tests/test_language.py fails when a view's title is missing here.
TITLES = (
    QT_TRANSLATE_NOOP("keying", "Adjudicate discrepancies"),
    QT_TRANSLATE_NOOP("keying", "Flagged pages"),
    QT_TRANSLATE_NOOP("keying", "Tasks held"),
    QT_TRANSLATE_NOOP("keying", "Refused items"),
    QT_TRANSLATE_NOOP("keying", "Train on gold documents"),
    QT_TRANSLATE_NOOP("keying", "Trainees and qualifications"),
    QT_TRANSLATE_NOOP("keying", "Dashboard of keyer figures"),
)


def views_for(role: Role, views: tuple[ViewSpec, ...] | None = None) -> list[ViewSpec]:
    """The views `role` may open, in menu order."""
    return [spec for spec in (VIEWS if views is None else views) if role in spec.roles]
