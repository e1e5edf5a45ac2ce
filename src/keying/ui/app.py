"""The composition root of the window: settings, services, sign-in, main window.

Bench hook: with `KEYING_BENCH_SIGNIN=login:password` the sign-in dialog is skipped and,
once the first field of the first document is keyable, the process prints
`keying-first-field <seconds since process start>` and quits (see keying.bench.startup).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from keying import __version__
from keying.config import DATABASE_URL_ENV, Settings, data_dir
from keying.logs import mask_passwords
from keying.services import (
    Services,
    SignedIn,
    SignInError,
    Workspace,
    startup_problem,
    timeouts_from,
)
from keying.ui.language import Language, local, translate
from keying.ui.main_window import MainWindow
from keying.ui.signin import SignInDialog
from keying.ui.theme import apply_theme

BENCH_ENV = "KEYING_BENCH_SIGNIN"
log = logging.getLogger(__name__)


class StartupDialog:
    """The messages of start-up, in the operator's language (the services' sentences are
    `Said`s). Tests monkeypatch `problem` and `notice`."""

    @classmethod
    def problem(cls, text: str) -> None:
        QMessageBox.critical(None, translate("keying", "keying cannot start"), local(text))

    @classmethod
    def notice(cls, text: str) -> None:
        title = translate("keying", "keying: work was lost on this PC")
        QMessageBox.warning(None, title, local(text))


def _process_age_s() -> float:
    """Seconds since this process started (Linux: from /proc; else since import)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


_IMPORTED_AT = time.monotonic()


def workspace_from(args: argparse.Namespace, settings: Settings | None = None) -> Workspace:
    """--workspace, else --database-url, else $KEYING_DATABASE_URL, else the central server
    of the settings (host, port, database: accounts sign in as their own role), else the
    embedded SQLite file."""
    if getattr(args, "workspace", None):
        return Workspace.from_dir(Path(args.workspace))
    url = getattr(args, "database_url", None) or os.environ.get(DATABASE_URL_ENV)
    if not url and settings is not None:
        url = settings.central_url()
    return Workspace.default(url, data_dir())


def main(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("keying")
    settings = Settings.load()
    apply_theme(app, settings.high_contrast, settings.font_scale)
    language = Language()
    language.install(app, settings.language)  # before the first window: sign-in is translated
    workspace = workspace_from(args, settings)
    workspace.timeouts = timeouts_from(settings)
    log.info(
        "keying %s starting: central database %s, cache %s",
        __version__,
        mask_passwords(workspace.database_url),
        workspace.cache_path,
    )
    try:
        services = Services.open(workspace)
    except Exception as exc:  # the window must say what is wrong, not vanish
        log.exception("the central database could not be opened")
        StartupDialog.problem(startup_problem(workspace, exc))
        return 2
    if services.cache_notice is not None:
        StartupDialog.notice(services.cache_notice)
    previous_hook = sys.excepthook
    sys.excepthook = _log_unhandled(previous_hook)
    try:
        return _run(app, services, settings, language)
    finally:
        sys.excepthook = previous_hook
        services.close()


def _log_unhandled(previous: Any) -> Any:
    """An excepthook that logs an error Qt's event loop caught (a slot that raised) with its
    traceback, then does what the hook before it did."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    return hook


def _sign_in(services: Services, settings: Settings) -> SignedIn | None:
    bench = os.environ.get(BENCH_ENV)
    if bench:
        login, _, password = bench.partition(":")
        try:
            return services.sign_in(login, password)
        except SignInError:
            print("keying-bench-signin-failed", flush=True)
            return None
    dialog = SignInDialog(services.sign_in, settings.last_operator)
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.signed_in is None:
        return None
    settings.last_operator = dialog.signed_in.login
    settings.save()
    return dialog.signed_in


def _run(app: QApplication, services: Services, settings: Settings, language: Language) -> int:
    while True:
        operator = _sign_in(services, settings)
        if operator is None:
            return 0
        language.install(app, settings.language)  # a language chosen last time is used now
        window = MainWindow(services, operator, settings)
        signed_out: list[bool] = []
        window.sign_out_requested.connect(lambda flags=signed_out: (flags.append(True), app.quit()))
        window.show()
        # Ask for the keyboard: without it (no window manager, or another app in front)
        # Qt does not treat the window as active and its shortcuts (F12, F9 ...) stay dead.
        window.raise_()
        window.activateWindow()
        window.start()
        if os.environ.get(BENCH_ENV):
            QTimer.singleShot(0, lambda: _report_first_field(app))
        app.exec()
        window.close()  # stops the sync worker after a last round that sends the outbox
        window.deleteLater()
        if not signed_out or os.environ.get(BENCH_ENV):
            return 0


def _report_first_field(app: QApplication) -> None:
    app.processEvents()
    print(f"keying-first-field {_process_age_s():.4f}", flush=True)
    app.quit()
