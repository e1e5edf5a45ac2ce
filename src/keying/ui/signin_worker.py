"""The sign-in's call to the central database, in a thread of its own: the dialog asks
(`SignInWorker.ask`) and gets the answer later as a signal, so a central database that does
not answer never freezes the dialog (its connection gives up after the connect timeout).

The sign-in touches only the central database (never the workstation cache's sqlite3
connection), so the GUI's `Services` may run it in this thread: the dialog is modal and
nothing else uses them until the answer is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from keying.services import SignedIn, SignInError
from keying.ui.language import translate

log = logging.getLogger(__name__)


class _Call(QObject):
    """Lives in the sign-in thread; `run` runs there."""

    answered = Signal(object, object)  # SignedIn or None, the message ("" when signed in)

    def __init__(self, sign_in: Callable[[str, str], SignedIn]) -> None:
        super().__init__()
        self._sign_in = sign_in

    @Slot(str, str)
    def run(self, login: str, password: str) -> None:
        try:
            signed, message = self._sign_in(login, password), ""
        except SignInError as exc:
            said = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            signed, message = None, said  # a `Said` stays one: shown in the dialog's language
        except Exception as exc:
            log.exception("sign-in failed")
            signed = None
            line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            message = translate("keying", "The sign-in failed: {0}").format(line)
        self.answered.emit(signed, message)


class SignInWorker(QObject):
    """One sign-in at a time, in a QThread that runs only while a call is under way (started
    by `ask`, ended when the answer is in), so an idle dialog holds no running thread."""

    answered = Signal(object, object)  # on the GUI thread: SignedIn or None, the message
    _asked = Signal(str, str)

    def __init__(self, sign_in: Callable[[str, str], SignedIn], parent: QObject | None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("keying-sign-in")
        self._call = _Call(sign_in)
        self._call.moveToThread(self._thread)
        self._asked.connect(self._call.run)
        self._call.answered.connect(self._answered)
        self.busy = False

    def ask(self, login: str, password: str) -> None:
        if self.busy:
            return
        if not self._thread.isRunning():
            self._thread.start()
        self.busy = True
        self._asked.emit(login, password)

    @Slot(object, str)
    def _answered(self, signed: SignedIn | None, message: str) -> None:
        self.stop()  # the call has returned: its thread ends at once
        self.busy = False
        self.answered.emit(signed, message)

    def stop(self) -> None:
        """End the thread when no call is under way (a running call is never cut short)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
