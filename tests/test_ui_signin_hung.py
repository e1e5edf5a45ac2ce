"""The sign-in dialog never waits on the central database on the GUI thread: the call runs in
the sign-in worker's thread (keying.ui.signin_worker). Against a central database that
accepts connections and never answers, the dialog keeps taking keys, says it is signing in,
and when the connection gives up (the connect timeout) says so in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from keying.services import Services, Workspace
from keying.storage.engine import Timeouts
from keying.ui.signin import SignInDialog
from tests.support.silent_server import SilentServer
from tests.support.ui import show_active, type_text

WAIT_MS = 60_000  # the connect timeout is 2 s; a loaded machine may take longer to say so


@pytest.fixture
def silent() -> SilentServer:  # type: ignore[misc]
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture
def hung(tmp_path: Path, silent: SilentServer) -> Services:  # type: ignore[misc]
    services = Services(
        Workspace(silent.url, tmp_path / "cache.sqlite", timeouts=Timeouts(connect_s=2))
    )
    yield services
    services.close()


def _signing_in(qtbot, hung: Services, silent: SilentServer) -> SignInDialog:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(hung.sign_in, "op1")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    type_text("any password", dialog.password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    # The key press returned at once: the call runs in its own thread, stuck connecting.
    assert dialog.busy and dialog.signed_in is None
    assert dialog.error.text() == "Signing in…"
    qtbot.waitUntil(lambda: len(silent.accepted) >= 1)  # the event loop turns meanwhile
    assert dialog.busy
    return dialog


def test_a_central_database_that_never_answers_gives_a_timeout_message(
    qtbot, hung: Services, silent: SilentServer
) -> None:  # type: ignore[no-untyped-def]
    dialog = _signing_in(qtbot, hung, silent)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # a second Enter starts nothing more
    assert dialog.busy and dialog.error.text() == "Signing in…"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    message = dialog.error.text()
    assert message.startswith(f"The central database 127.0.0.1:{silent.port}/keying cannot be")
    assert "timeout" in message and "\n" not in message and "Traceback" not in message
    assert "secret" not in message  # the URL's password is never shown
    assert dialog.signed_in is None and dialog.isVisible()
    assert dialog.password.text() == "" and not dialog.password.isReadOnly()  # try again


def test_quit_while_signing_in_answers_at_once_and_closes_when_the_call_ends(
    qtbot, hung: Services, silent: SilentServer
) -> None:  # type: ignore[no-untyped-def]
    dialog = _signing_in(qtbot, hung, silent)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # keys are handled while the call hangs
    assert dialog.error.text() == "Quitting when the central database answers or gives up…"
    assert dialog.isVisible() and dialog.busy
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.result() == SignInDialog.DialogCode.Rejected
    assert dialog.signed_in is None and not dialog.busy


@pytest.mark.parametrize("scaled", [1.5, 2.0], indirect=True)
@pytest.mark.parametrize("code", ["en", "fr", "sw", "km", "lo"])
def test_the_login_box_shows_its_example_whole(qtbot, app, scaled, code: str) -> None:  # type: ignore[no-untyped-def]
    """The login box's grey example ("your login, e.g. op1") is not cut short: it was
    "votre identifiant, …" in French at 150 % text."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    from keying.ui.language import Language

    Language().install(app, code)
    dialog = SignInDialog(lambda login, password: None, None)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.login
    QApplication.processEvents()
    option = QStyleOptionFrame()
    box.initStyleOption(option)
    inside = box.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, box)
    room = inside.width() - 4 - box.textMargins().left() - box.textMargins().right()
    assert box.fontMetrics().horizontalAdvance(box.placeholderText()) <= room, (code, room)
