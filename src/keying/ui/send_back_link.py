"""Sending a document back for a third keying from the window (issue 12, item 4): Ctrl+B on
a document of the overview that waits for a supervisor. The call runs off the GUI thread;
the window says what happened and reads the overview again. (The adjudication screen's
Ctrl+B goes through its own desk worker instead, so a send-back follows the decisions made
before it, in order: `DeskLink.send_back`.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from keying.services.send_back import SendBack
from keying.ui.background import Background
from keying.ui.language import translate
from keying.ui.overview import OverviewView
from keying.ui.views import SUPERVISORS, ViewContext


class SendBackLink(QObject):
    def __init__(self, context: ViewContext, overview: OverviewView) -> None:
        super().__init__(overview)
        self.context = context
        self.send_back = SendBack(context.services, context.operator)
        self.background = Background(self)
        overview.allow_send_back()
        overview.send_back_requested.connect(self.send_back_document)

    @classmethod
    def install(cls, context: ViewContext, overview: OverviewView) -> SendBackLink | None:
        """For supervisors and admins; None for an operator (Ctrl+B stays off)."""
        return cls(context, overview) if context.operator.role in SUPERVISORS else None

    def send_back_document(self, document_id: int) -> None:
        def done(sent: Any, error: str) -> None:
            if error:
                self.context.tell(translate("keying", "Not sent back: {0}").format(error))
            else:
                fields = ", ".join(sent.fields)
                sent_back = translate("keying", "{0} sent back for a third keying of {1}.")
                self.context.tell(sent_back.format(sent.external_id, fields))
            self.context.link.request_overview()

        self.background.run(lambda: self.send_back.send(document_id), done)

    def stop(self) -> None:
        self.background.stop()
