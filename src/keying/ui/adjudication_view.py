"""The supervisor station's adjudication screen: one discrepancy at a time, decided by key.

The page cropped to the field's zone (P: the whole page), the field's label and instructions,
the passes' values with their differences marked, the kind and the explanation; keys A, B (C)
take a pass's value (for a row: include it or leave it out), N types a new value, I marks it
illegible, Ctrl+Z takes back the last decision of this document, F decides the same field
across the batch, M minor flags in bulk and Ctrl+M puts minor flags first (`SameFieldMode`),
Ctrl+B sends the document's undecided fields back for a third keying (asked first: it cannot
be undone; `send_back_queue`). The next discrepancy shows at once; the
decision is saved by the desk worker (`AdjudicationFlow`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from keying.config import Settings
from keying.services import Decision, Services, SignedIn
from keying.services.adjudication import Case, Issue, validate_new
from keying.ui.adjudication_flow import AdjudicationFlow, describe, sign_out_refusal
from keying.ui.adjudication_keys import KEY_BAR_SHORT, key_bar, key_entries
from keying.ui.decision_editor import ILLEGIBLE, NEW, SEND_BACK, DecisionEditor
from keying.ui.desk_link import DeskLink
from keying.ui.discrepancy_panel import DiscrepancyPanel
from keying.ui.help_overlay import HelpOverlay
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, keep, local, speak, translate
from keying.ui.prefetch import PagePrefetcher
from keying.ui.same_field_mode import SameFieldMode
from keying.ui.send_back_queue import send_back_question
from keying.ui.snippet import Snippet
from keying.ui.theme import colors

log = logging.getLogger(__name__)
HELP_GROUP = QT_TRANSLATE_NOOP("keying", "Supervisor")
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "keying",
    "<h2>No discrepancies wait for you</h2><p>Every document you may adjudicate is decided. "
    "F5 asks the central database again; F9 shows the overview.</p>",
)
LOADING_TEXT = QT_TRANSLATE_NOOP("keying", "<h2>Fetching discrepancies…</h2>")
SIGN_OUT_WAIT_S = 15.0  # at sign-out: how long the decisions on their way are waited for
SHORT_SCREEN_LINES = 26  # fewer lines of text fit the screen's height: KEY_BAR_SHORT


class AdjudicationView(SameFieldMode, QWidget):
    status_changed = Signal()
    shown_issue = Signal(int)  # the discrepancy's id, once it is on screen with its snippet

    def __init__(
        self,
        services: Services,
        supervisor: SignedIn,
        settings: Settings,
        tell: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tell = tell or (lambda text: None)
        accessible(self, translate("keying", "Supervisor station: adjudication"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.link = DeskLink(services, supervisor, parent=self)
        self.flow = AdjudicationFlow(self.link, parent=self)
        self.flow.changed.connect(self._refresh)
        self.flow.notice.connect(self._notice)
        self.flow.loaded.connect(self._loaded)
        self.flow.told.connect(self.tell)
        self.prefetcher = PagePrefetcher(self._page_bytes, capacity=16)
        self.prefetcher.decoded.connect(self._page_decoded)
        self.shown: tuple[Case, Issue] | None = None
        self.started = False
        self.decided_at: float | None = None  # perf_counter of the last decision (bench)
        self.same_field: Any = None  # the SameFieldList while that mode is on

        self.notice = QLabel()
        self.notice.setObjectName("deskNotice")
        accessible(self.notice, translate("keying", "Saving problem"))
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.snippet = Snippet(QT_TRANSLATE_NOOP("keying", "Page snippet"))
        self.other_snippet = Snippet(
            QT_TRANSLATE_NOOP("keying", "The other row's snippet")
        )  # rows side by side
        self.other_snippet.hide()
        self.panel = DiscrepancyPanel()
        self.other_panel = DiscrepancyPanel()
        self.other_panel.hide()
        self.editor = DecisionEditor()
        self.editor.submitted.connect(self._submitted)
        self.editor.cancelled.connect(self._editing_done)
        self.key_bar = QLabel()
        self.key_bar.setObjectName("keyBar")
        accessible(self.key_bar, translate("keying", "Keys"))
        self.key_bar.setWordWrap(True)
        self.key_bar.setContentsMargins(8, 0, 8, 0)
        self.empty = QLabel(translate("keying", LOADING_TEXT))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)  # else at 200 % text it asks for a 1,600-pixel window
        accessible(self.empty, translate("keying", "No discrepancies"))

        content = QWidget()
        snippets = QHBoxLayout()
        snippets.addWidget(self.snippet, 1)
        snippets.addWidget(self.other_snippet, 1)
        panels = QHBoxLayout()
        panels.addWidget(self.panel, 1)
        panels.addWidget(self.other_panel, 1)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(snippets, 3)
        inner.addLayout(panels, 2)
        inner.addWidget(self.editor)
        inner.addWidget(self.key_bar)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.help = HelpOverlay(self)
        self.decision_actions = self._make_actions()
        self.stack.setCurrentWidget(self.empty)

    @classmethod
    def for_window(cls, context: Any) -> AdjudicationView:
        """Made by the main window (keying.ui.views) from its `ViewContext`."""
        return cls(context.services, context.operator, context.settings, context.tell)

    # --- keys -------------------------------------------------------------------------------

    def _make_actions(self) -> list[QAction]:
        actions = []
        for text, keys, slot in key_entries(self):
            action = keep(QAction(self), translate("keying", text), translate("keying", HELP_GROUP))
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            actions.append(action)
        return actions[:-1]  # all but F1: off while a new value or a reason is typed

    def _set_keys(self, on: bool) -> None:
        for action in self.decision_actions:
            action.setEnabled(on)
        self.key_bar.setVisible(on)  # off while typing: its room goes to the page (large text)

    # --- the main window's hooks ------------------------------------------------------------

    def activate(self) -> None:
        if not self.started:
            self.started = True
            self.flow.load()
        if self.same_field is not None:
            self.same_field.setFocus()
        elif self.editor.isHidden():
            self.setFocus()
        self._refresh()

    def status_parts(self) -> list[str]:
        if self.same_field is not None:
            queue = self.flow.minor_waiting  # the queue's minor flags, counted as decided
            in_queue = translate("keying", "{0} minor in the queue").format(queue)
            return [
                *self.same_field.status_parts(),
                *([in_queue] if queue is not None else []),
                translate("keying", "Final records written: {0}").format(self.flow.finished),
            ]
        parts = []
        if self.shown is not None:
            case, issue = self.shown
            n = case.issues.index(issue) + 1
            # the batch is on the screen's top line: the status bar stays short (large text)
            adjudicating = translate("keying", "Adjudicating {0}: {1} of {2}")
            parts.append(adjudicating.format(case.external_id, n, len(case.issues)))
        held = translate("keying", "Held: {0} open in {1} documents")
        held = held.format(self.flow.open_count(), len(self.flow.open_cases()))
        minor, queue = self.flow.minor_count(), self.flow.minor_waiting or 0
        if minor or queue:  # the minor flags apart: held, and in the whole queue
            if self.flow.minor_first:
                apart = translate("keying", "{0} ({1} minor first; {2} in the queue)")
            else:
                apart = translate("keying", "{0} ({1} minor; {2} in the queue)")
            held = apart.format(held, minor, queue)
        parts.append(held)
        parts.append(translate("keying", "Final records written: {0}").format(self.flow.finished))
        if self.flow.waiting():
            not_saved = translate("keying", "NOT SAVED: {0} (retrying)")
            parts.append(not_saved.format(len(self.flow.waiting_lines())))
        elif self.flow.pending():
            parts.append(translate("keying", "Saving {0}").format(self.flow.pending()))
        return parts

    def sync_now(self) -> None:
        """F5: send again what was not saved, and ask for more documents."""
        self.flow.retry()

    def unsaved_work(self) -> str:
        """Asked by the main window before signing out: "" when every decision (and
        send-back) is saved, else why signing out is refused (`sign_out_refusal`)."""
        flows = [self.flow] + ([self.same_field.flow] if self.same_field is not None else [])
        return sign_out_refusal(self.link, flows, SIGN_OUT_WAIT_S)

    def shut_down(self) -> None:
        if self.same_field is not None:
            self.same_field.shut_down()
        self.flow.resend()  # one last try for what the database did not take
        self.link.stop()  # decisions under way are finished first, and their answers heard
        if self.flow.unsaved:
            log.error(
                "%d decisions not saved at sign-out: the central database did not answer",
                len(self.flow.unsaved),
            )
        self.prefetcher.wait()

    # --- showing ----------------------------------------------------------------------------

    def _loaded(self) -> None:
        self.prefetcher.request([sha for c in self.flow.cases for sha in c.pages])

    def _page_bytes(self, sha: str) -> bytes:
        """A page of a document held on this screen, or in the same-field list (which claims
        documents of the whole batch, beyond the few this screen holds)."""
        flows = [self.flow] + ([self.same_field.flow] if self.same_field is not None else [])
        for flow in flows:
            for case in flow.cases:
                if sha in case.page_bytes:
                    return case.page_bytes[sha]
        raise KeyError(sha)

    def _refresh(self) -> None:
        if self.same_field is not None:  # on screen instead (its own flow): the status only
            self.status_changed.emit()
            return
        current = self.flow.current()
        if current is None:
            self.shown = None
            self.stack.setCurrentWidget(self.empty)
            speak(
                self.empty, translate("keying", LOADING_TEXT if self.flow.loading else EMPTY_TEXT)
            )
        elif (
            self.shown is None
            or current[1].id != self.shown[1].id
            or self.shown[0] is not current[0]
        ):
            self._show(*current)
        self.status_changed.emit()

    def _show(self, case: Case, issue: Issue) -> None:
        self.shown = (case, issue)
        self.stack.setCurrentWidget(self.content)
        c = colors(self.settings.high_contrast)
        self.panel.show_issue(issue, lambda: self._where(case, issue), c)
        partner = self._partner(case, issue)
        self.other_panel.setVisible(partner is not None)
        self.other_snippet.setVisible(partner is not None)
        if partner is not None:
            beside = lambda: [translate("keying", "decided next: the row beside it")]  # noqa: E731
            self.other_panel.show_issue(partner, beside, c)
        self.snippet.set_whole(False, render=False)  # the new page is drawn once, below
        self.other_snippet.set_whole(False, render=False)
        self._show_snippet(self.snippet, case, issue)
        if partner is not None:
            self._show_snippet(self.other_snippet, case, partner)
        self.key_bar.setText(self._key_text(issue.passes > 2))
        self.editor.close_editor()
        self._set_keys(True)
        self.shown_issue.emit(issue.id)

    def _where(self, case: Case, issue: Issue) -> list[str]:
        """The top line: shorter words when narrow (large text), the batch elided last."""
        n, total = case.issues.index(issue) + 1, len(case.issues)
        waiting = len(self.flow.open_cases())
        variants = (
            translate("keying", "{0} · {1} · discrepancy {2} of {3} · {4} documents waiting"),
            translate("keying", "{0} · discrepancy {2} of {3} · {4} waiting · {1}"),
            translate("keying", "{0} · {2} of {3} · {4} waiting · {1}"),
        )
        return [v.format(case.external_id, case.batch_name, n, total, waiting) for v in variants]

    def changeEvent(self, event: QEvent) -> None:
        """A language installed: the key bar in it (the panels say their discrepancy again
        themselves, the empty screen's words are `speak`'s)."""
        if event.type() == QEvent.Type.LanguageChange and self.shown is not None:
            self.key_bar.setText(self._key_text(self.shown[1].passes > 2))
        super().changeEvent(event)

    def _key_text(self, three: bool) -> str:
        """The key bar; on a screen too short for it at this text size (1024×768 at 200 %),
        one short line: F1 lists every key."""
        lines = self.screen().availableGeometry().height() / self.fontMetrics().lineSpacing()
        if lines < SHORT_SCREEN_LINES:
            return translate("keying", KEY_BAR_SHORT)
        return key_bar(three)

    def _partner(self, case: Case, issue: Issue) -> Issue | None:
        """A row discrepancy's neighbour the reconciler could not pair with it (a row only A
        keyed beside a row only B keyed): shown side by side."""
        if not issue.is_row:
            return None
        for other in case.open_issues():
            if (
                other is not issue
                and other.is_row
                and other.field == issue.field
                and (issue.rows[0] is None) != (other.rows[0] is None)
            ):
                return other
        return None

    def _show_snippet(self, snippet: Snippet, case: Case, issue: Issue) -> None:
        zone = issue.zone
        page = zone.page if zone is not None else 1
        if not case.pages or page > len(case.pages):
            snippet.show_page(None, zone, "the document has no such page")
            return
        decoded = self.prefetcher.page(case.pages[page - 1])
        if decoded is None:
            snippet.show_page(None, zone, loading=True)
        else:
            snippet.show_page(decoded.image, zone, decoded.problem)

    def _page_decoded(self, sha: str) -> None:
        if self.shown is None:
            return
        case, issue = self.shown
        page = issue.zone.page if issue.zone is not None else 1
        if page <= len(case.pages) and case.pages[page - 1] == sha:
            self._show_snippet(self.snippet, case, issue)

    def toggle_whole_page(self) -> None:
        self.snippet.set_whole(not self.snippet.whole)
        self.other_snippet.set_whole(self.snippet.whole)

    def _notice(self, state: str, text: str) -> None:
        self.notice.setText(text)
        self.notice.setProperty("state", state)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(text))
        self.status_changed.emit()

    # --- deciding ---------------------------------------------------------------------------

    def take(self, decision: Decision) -> None:
        if self.same_field is not None:
            self.same_field.take(decision)
            return
        if self.shown is None:
            return
        case, issue = self.shown
        if decision == Decision.C and issue.passes < 3:
            self.tell(translate("keying", "There is no pass C for this discrepancy."))
            return
        self._decide(case, issue, decision)

    def ask(self, kind: str) -> None:
        """N (a new value) or I (illegible): the line under the values opens (Enter decides,
        Esc goes back); the decision keys are off meanwhile."""
        if self.same_field is not None:
            self._set_keys(False)
            (self.same_field.ask_new if kind == NEW else self.same_field.ask_illegible)()
            return
        if self.shown is None:
            return
        if self.shown[1].is_row:
            self.tell(translate("keying", "A row is included or left out: A or B."))
            return
        self._set_keys(False)
        self.editor.ask(kind)

    def ask_send_back(self) -> None:
        """Ctrl+B: ask first (a send-back cannot be undone), naming the fields it sends."""
        if self.same_field is not None:  # the highlighted row's document
            why = self.same_field.ask_send_back()
            if why is None:
                self._set_keys(False)
            else:
                self.tell(why)
            return
        if self.shown is None:
            return
        case = self.shown[0]
        why = self.flow.send_back_refusal(case)
        if why is not None:
            self.tell(translate("keying", "Not sent back: {0}.").format(why))
            return
        self._set_keys(False)
        self.editor.ask(SEND_BACK, send_back_question(case))

    def _submitted(self, kind: str, raw: str, reason: str) -> None:
        if self.shown is None:
            return
        case, issue = self.shown
        if kind == SEND_BACK:
            self.flow.send_back(case)
            sending = translate("keying", "Sending {0} back for a third keying…")
            self.tell(sending.format(case.external_id))
            self._editing_done()
            return
        if kind == ILLEGIBLE:
            self._decide(case, issue, Decision.ILLEGIBLE, None, reason)
            return
        text, error = validate_new(case.form, issue, raw)
        if error is not None:
            self.editor.refuse(error)
            return
        self._decide(case, issue, Decision.NEW, text, reason)

    def _editing_done(self) -> None:
        self._set_keys(True)
        self.setFocus()

    def _decide(
        self,
        case: Case,
        issue: Issue,
        decision: Decision,
        value: str | None = None,
        reason: str = "",
    ) -> None:
        self.decided_at = time.perf_counter()
        made = self.flow.decide(case, issue, decision, value, reason)
        self.tell(f"{case.external_id} · {issue.label}: {describe(made)}")
        self._editing_done()

    def undo(self) -> None:
        if self.same_field is not None:
            self.same_field.undo()
            return
        issue = self.flow.undo()
        if issue is None:
            self.tell(translate("keying", "Nothing to undo."))
            return
        self.shown = None
        self._refresh()
        self.tell(translate("keying", "Undone: {0} is open again.").format(local(issue.label)))
