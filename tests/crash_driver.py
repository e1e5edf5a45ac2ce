"""Keys documents in the real operator station, in its own process, until it is killed.

Run by tests/test_station_crash.py as `python -m tests.crash_driver WORKSPACE LOGIN PASSWORD`.
It builds the real `StationView` on the workspace (offscreen) and keys the top-level fields of
every document it is given, one key event per character, pressing Enter after each field and
F12 at the end of a document. After the station has durably saved a field it prints

    committed <external id> <path> <value as JSON>

so the test, which kills this process with SIGKILL at a random moment, knows which fields
must be found in the workstation cache afterwards. With `--report` it opens the station once
and prints the document and field it resumed at, then exits.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from keying.config import Settings
from keying.services import Services, Workspace
from keying.ui.station import StationView
from tests.support import ui as keys

# What an operator keys in the top-level fields of tests/data/example_census.yaml.
PLAN: dict[str, str] = {
    "form_no": "KH-004217",
    "head_name": "Chan Sokha",
    "visit_date": "03/04/2021",
    "household_size": "2",
    "monthly_income": "120.50",
    "has_electricity": "Y",
    "remarks": "roof leaks",
}


PACE_S = 0.008  # between key presses: keying goes on long enough for kills to land in it


def send_key(key: Qt.Key) -> None:
    """A key that may be a shortcut (Enter, F12), then the event loop runs."""
    keys.press(key)
    QApplication.processEvents()


def type_text(text: str) -> None:
    """The widget tests' typing (one key event per character), paced as an operator's."""
    for ch in text:
        keys.type_text(ch)
        QApplication.processEvents()
        time.sleep(PACE_S)


def settle(app: QApplication, view: StationView) -> object:
    """Wait while the station fetches work (the sync worker claims in its own thread); the
    document then open, None when there is none."""
    while view.waiting:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    return view.current


def main(argv: list[str]) -> int:
    report = "--report" in argv
    workspace_dir, login, password = [a for a in argv if not a.startswith("--")]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = Services.open(Workspace.from_dir(Path(workspace_dir)))
    operator = services.sign_in(login, password)
    settings = Settings(auto_advance=False)
    view = StationView(services.station(operator, prefetch=1), settings)
    view.resize(1400, 900)
    view.show()
    view.start()
    app.processEvents()
    settle(app, view)
    if report:
        form = view.current_form()
        focused = form.focused_path() if form is not None and view.current else None
        print(
            json.dumps(
                {
                    "document": view.current.task.external_id if view.current else None,
                    "focus": focused,
                    "values": form.values() if form is not None and view.current else None,
                }
            ),
            flush=True,
        )
        view.close()  # stops the sync worker's thread
        return 0

    def on_commit(path: str, raw: str, _figures: object) -> None:
        # Connected after the station's own slot, so this runs once the field is saved.
        assert view.current is not None
        print(f"committed {view.current.task.external_id} {path} {json.dumps(raw)}", flush=True)

    connected: set[int] = set()
    while settle(app, view) is not None:
        form = view.current_form()
        assert form is not None
        if id(form) not in connected:
            form.field_committed.connect(on_commit)
            connected.add(id(form))
        values = form.values()
        for name, value in PLAN.items():
            if values.get(name):
                continue  # committed before a crash: the station resumed after it
            form.focus_path(name)
            app.processEvents()
            type_text(value)
            send_key(Qt.Key.Key_Return)
        current = view.current
        send_key(Qt.Key.Key_F12)
        if view.current is current:  # soft check failures: a second F12 finishes anyway
            send_key(Qt.Key.Key_F12)
        if view.current is current:
            print(f"finish-blocked {current.task.external_id}", flush=True)
            return 3
        print(f"finished {current.task.external_id}", flush=True)
    print("queue-empty", flush=True)
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
