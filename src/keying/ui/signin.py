"""The sign-in dialog: login and password, keyboard only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from keying.services import SignedIn, SignInError
from keying.ui.language import translate


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


class SignInDialog(QDialog):
    """Asks for a login and password and signs in through `sign_in` (the service call)."""

    def __init__(
        self,
        sign_in: Callable[[str, str], SignedIn],
        last_login: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(translate("keying", "keying — sign in"))
        self.setAccessibleName("Sign in")
        self.setMinimumWidth(420)

        title = QLabel("<h2>" + translate("keying", "Sign in to keying") + "</h2>")
        title.setAccessibleName("Sign in to keying")
        self.login = QLineEdit(last_login or "")
        self.login.setAccessibleName("Login")
        self.login.setPlaceholderText(translate("keying", "your login, e.g. op1"))
        self.password = QLineEdit()
        self.password.setAccessibleName("Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = GrowingMessage()
        self.error.setAccessibleName("Sign-in message")
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
        ok.setAccessibleName("Sign in")
        quit_ = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_.setText(translate("keying", "Quit"))
        quit_.setAccessibleName("Quit")
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if last_login else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    def _try(self) -> None:
        if not self.login.text().strip():
            self.error.setText(translate("keying", "Type your login."))
            self.login.setFocus()
            return
        try:
            self.signed_in = self._sign_in(self.login.text(), self.password.text())
        except SignInError as exc:
            self.error.setText(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
