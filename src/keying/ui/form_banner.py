"""The banner that says the next document is of another form, until the operator presses Enter.

Keying heads-down, an operator who has keyed six herbarium labels keys the seventh document's
first value into "Catalogue number" without looking: when the form changes, the station says
so in large words above the page and the form, and keeps the keys until Enter acknowledges it
(the form then takes the focus, in its first field).
"""

from __future__ import annotations

from html import escape

from keying.forms.wording import Said, listed, say
from keying.ui.key_notice import KeyNotice
from keying.ui.language import QT_TRANSLATE_NOOP, local, translate


def third_keying(labels: list[str]) -> Said:
    """The message of a pass 3 from a send-back: only the fields sent back are open (their
    labels, each in the operator's language)."""
    return say(
        QT_TRANSLATE_NOOP("keying", "Third keying: only the fields sent back are open ({0})."),
        listed(labels),
    )


class FormChangeBanner(KeyNotice):
    """`entered`: the operator acknowledged the new form."""

    def __init__(self) -> None:
        super().__init__("formBanner", QT_TRANSLATE_NOOP("keying", "The form changes"), "#1f5fbf")
        self._about = ("", "")  # the form's title (as its definition writes it), the batch

    def announce(self, title: str, batch: str) -> None:
        self._about = (title, batch)
        self.show_notice()

    def notice_text(self) -> str:
        title, batch = self._about
        text = translate(
            "keying",
            "<b>Another form: {0}</b> (batch {1}). Its fields are not those of the last "
            "document. <b>Press Enter</b> to start keying it.",
        )
        return text.format(escape(local(title)), escape(batch))
