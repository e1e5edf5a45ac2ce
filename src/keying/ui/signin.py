"""The sign-in dialog: login and password, keyboard only. The call to the central database
runs in a thread of its own (`keying.ui.signin_worker`): the dialog stays responsive while
it waits, and says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from keying.services import SignedIn
from keying.ui.language import accessible, local, translate
from keying.ui.signin_worker import SignInWorker


class GrowingMessage(QLabel):
    """A word-wrapped message that makes its window taller for its lines: the sign-in
    dialog's fields keep their height when an error appears (issue 14, item 7)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        window = self.window()
        layout = window.layout()
        if window is self or layout is None:
            return
        layout.activate()
        if layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(window.width())
        else:
            need = layout.totalSizeHint().height()
        if need > window.height():
            window.resize(window.width(), need)


class ExampleBox(QLineEdit):
    """A line edit at least as wide as its grey example (its placeholder), in the font it
    has now: not "votre identifiant, …" (French at 150 % text)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        margins = self.textMargins()
        text = self.fontMetrics().horizontalAdvance(self.placeholderText())
        inner = QSize(text + 4 + margins.left() + margins.right() + 2, hint.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, self)
        return QSize(max(hint.width(), size.width()), hint.height())

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.minimumSizeHint())


class SignInDialog(QDialog):
    """Asks for a login and password and signs in through `sign_in` (the service call)."""

    def __init__(
        self,
        sign_in: Callable[[str, str], SignedIn],
        last_login: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = SignInWorker(sign_in, self)
        self._worker.answered.connect(self._answered)
        self._quit_when_answered = False
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(translate("keying", "keying — sign in"))
        accessible(self, translate("keying", "Sign in"))

        title = QLabel("<h2>" + translate("keying", "Sign in to keying") + "</h2>")
        accessible(title, translate("keying", "Sign in to keying"))
        self.login = ExampleBox(last_login or "")
        accessible(self.login, translate("keying", "Login"))
        self.login.setPlaceholderText(translate("keying", "your login, e.g. op1"))
        self.password = QLineEdit()
        accessible(self.password, translate("keying", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = GrowingMessage()
        accessible(self.error, translate("keying", "Sign-in message"))
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("keying", "&Login"), self.login)
        form.addRow(translate("keying", "&Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("keying", "Sign in"))
        accessible(ok, translate("keying", "Sign in"))
        quit_ = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_.setText(translate("keying", "Quit"))
        accessible(quit_, translate("keying", "Quit"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if last_login else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    def sizeHint(self) -> QSize:
        """At least 420 pixels wide; its layout's minimum keeps its boxes whole (an
        explicit minimum width would override it: the login box was squeezed)."""
        return super().sizeHint().expandedTo(QSize(420, 0))

    @property
    def busy(self) -> bool:
        """A sign-in is under way (the central database has not answered yet)."""
        return self._worker.busy

    def _try(self) -> None:
        if self.busy:
            return
        if not self.login.text().strip():
            self.error.setText(translate("keying", "Type your login."))
            self.login.setFocus()
            return
        self._set_waiting(True)
        self.error.setText(translate("keying", "Signing in…"))
        self._worker.ask(self.login.text(), self.password.text())

    def _set_waiting(self, waiting: bool) -> None:
        self.login.setReadOnly(waiting)
        self.password.setReadOnly(waiting)
        buttons = self.findChild(QDialogButtonBox)
        if buttons is not None:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not waiting)

    def _answered(self, signed: SignedIn | None, message: str) -> None:
        self._set_waiting(False)
        if self._quit_when_answered:
            self.reject()
            return
        if signed is None:
            self.error.setText(local(message))  # a `Said` of the services, in the language
            self.password.clear()
            self.password.setFocus()
            return
        self.signed_in = signed
        self.accept()

    def done(self, result: int) -> None:
        """Closing while the central database has not answered waits for its answer (the
        connection gives up after the connect timeout), saying so, then closes."""
        if self.busy:
            self._quit_when_answered = True
            self.error.setText(
                translate("keying", "Quitting when the central database answers or gives up…")
            )
            return
        super().done(result)
