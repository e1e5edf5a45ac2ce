"""The adjudication screen's modes over many documents (a mixin of `AdjudicationView`): F,
the same field across the batch (`SameFieldList`); M, minor flags of one field and kind
decided in bulk — in that list, or from a minor flag of the one-at-a-time screen, which
opens the list of its field and asks there (so Ctrl+Z right after takes the bulk back and
Esc goes back); Ctrl+M, the minor flags apart: first on the one-at-a-time screen, only them
in the list (docs/supervisor.md, "Minor flags in bulk")."""

from __future__ import annotations

from typing import Any


class SameFieldMode:
    """Needs the view's `shown`, `same_field`, `flow`, `link`, `settings`, `prefetcher`,
    `stack`, `tell`, `_refresh`, `_set_keys`, `_notice`, `status_changed`."""

    shown: Any
    same_field: Any
    flow: Any
    # The host's (declared for the type checker only: no attribute is made here).
    link: Any
    settings: Any
    prefetcher: Any
    stack: Any
    status_changed: Any
    tell: Any
    setFocus: Any
    _refresh: Any
    _set_keys: Any
    _notice: Any

    def bulk_minor(self) -> None:
        """M: open minor flags of one field and kind, decided in bulk after a confirmation
        that lists them (docs/supervisor.md). On a minor flag of the one-at-a-time screen it
        opens the same-field list of that field and asks there, for that flag's kind."""
        if self.same_field is not None:
            self.tell(self.same_field.bulk_minor())
            return
        if self.shown is None:
            return
        issue = self.shown[1]
        if issue.severity != "minor" or not issue.minor_kind:
            self.tell(
                "This discrepancy is not minor: M decides minor flags in bulk (Ctrl+M: "
                "minor flags first)."
            )
            return
        self.toggle_same_field()
        same: Any = self.same_field  # made by toggle_same_field
        same.after_load = lambda: self.tell(same.bulk_minor(issue.minor_kind, issue.id))

    def minor(self) -> None:
        """Ctrl+M: the minor flags apart — first on this screen; only them in the list."""
        if self.same_field is not None:
            self.same_field.toggle_minor_only()
            return
        self.flow.minor_first = not self.flow.minor_first
        self.shown = None
        self._refresh()
        left = self.flow.minor_count()
        self.tell(
            f"Minor flags first: {left} held." if self.flow.minor_first else "In document order."
        )

    def toggle_same_field(self) -> None:
        from keying.ui.same_field_view import SameFieldList

        if self.same_field is not None:
            self.close_same_field()
            return
        if self.shown is None:
            return
        case, issue = self.shown
        host: Any = self  # the view (a QWidget), the list's parent
        self.same_field = SameFieldList(
            self.link, case, issue, self.settings, self.prefetcher, host
        )
        self.same_field.closed.connect(self.close_same_field)
        self.same_field.editing_done.connect(lambda: self._set_keys(True))
        self.same_field.status_changed.connect(self.status_changed)
        self.same_field.flow.told.connect(self.tell)  # its send-backs, refusals, retries
        self.same_field.flow.notice.connect(self._notice)
        self.stack.addWidget(self.same_field)
        self.stack.setCurrentWidget(self.same_field)
        self.same_field.start()

    def close_same_field(self) -> None:
        if self.same_field is None:
            return
        self.same_field.shut_down()
        self.flow.finished += self.same_field.flow.finished
        self.stack.removeWidget(self.same_field)
        self.same_field.deleteLater()
        self.same_field = None
        self.shown = None
        self.flow.reload()  # the same-field mode decided some of these documents' fields
        self.setFocus()
