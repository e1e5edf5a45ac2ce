"""One discrepancy in words: the field's label and instructions, the passes' values one above
the other in a large font with their differing characters marked (from the reconciler's
spans; invisible characters written out by the reconciler's own `visible_spans`: by name,
`⟨NBSP⟩`, `⟨ZWSP⟩`, `⟨TAB⟩`, or else as a code point, `⟨U+2003⟩`), the kind and the
explanation."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from keying.forms.wording import say
from keying.reconcile import named_marks, visible_spans
from keying.services.adjudication import Issue
from keying.services.bulk_minor import kind_words
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local, translate
from keying.ui.theme import Colors

Where = str | list[str] | Callable[[], list[str]]  # the top line (see show_issue)

PASS_NAMES = ("A", "B", "C")
NOTHING = QT_TRANSLATE_NOOP("keying", "(nothing keyed)")
# The kinds of difference in words (marked for lupdate, translated when shown: `kind_text`).
KIND_TEXT = {
    "substitution": QT_TRANSLATE_NOOP("keying", "characters substituted"),
    "transposition": QT_TRANSLATE_NOOP("keying", "two characters swapped"),
    "insertion": QT_TRANSLATE_NOOP("keying", "characters added in B"),
    "deletion": QT_TRANSLATE_NOOP("keying", "characters missing in B"),
    "word_order": QT_TRANSLATE_NOOP("keying", "the same words in another order"),
    "different": QT_TRANSLATE_NOOP("keying", "different values"),
    "missing_value": QT_TRANSLATE_NOOP("keying", "one pass keyed nothing"),
    "missing_row": QT_TRANSLATE_NOOP("keying", "a row only A keyed"),
    "extra_row": QT_TRANSLATE_NOOP("keying", "a row only B keyed"),
    "illegible": QT_TRANSLATE_NOOP("keying", "one pass marked it illegible"),
    "lone_value": QT_TRANSLATE_NOOP("keying", "only one of three passes keyed a value"),
    "not_keyed": QT_TRANSLATE_NOOP("keying", "required, and no pass keyed it"),
}
# keying.services.bulk_minor.KIND_WORDS (the minor kinds), marked here for lupdate.
MINOR_WORDS = {
    "case_only": QT_TRANSLATE_NOOP("keying", "letter case only"),
    "punctuation_only": QT_TRANSLATE_NOOP("keying", "spacing or punctuation between words"),
    "name_separator": QT_TRANSLATE_NOOP("keying", "the separator between names"),
    "abbreviation": QT_TRANSLATE_NOOP("keying", "a word and its abbreviation"),
    "no_value_word": QT_TRANSLATE_NOOP("keying", "a no-value word against nothing"),
}


def kind_text(kind: str) -> str:
    """A kind of difference in the interface's language."""
    return translate("keying", KIND_TEXT.get(kind, kind.replace("_", " ")))


def minor_text(kind: str | None) -> str:
    """A minor kind in the interface's language (services.bulk_minor.kind_words in English)."""
    return translate("keying", MINOR_WORDS.get(kind or "", kind_words(kind)))


def marked_html(text: str | None, spans: list[list[int]], c: Colors) -> str:
    """`text` as rich text: invisible characters written out, differing characters
    marked (a zero-length span, where the other pass has more, as a thin bar)."""
    if not text:
        return f"<i style='color:{c.muted}'>{escape(translate('keying', NOTHING))}</i>"
    shown, moved = visible_spans(text, spans)
    mark = f"background:{c.error_bg}; color:{c.error}; text-decoration: underline;"
    out: list[str] = []
    at = 0
    for start, end in sorted((s, e) for s, e in moved):
        if start < at:
            continue
        out.append(escape(shown[at:start]))
        if end == start:
            out.append(f"<span style='color:{c.error}; font-weight:bold'>|</span>")
        else:
            out.append(f"<span style='{mark}'>{escape(shown[start:end])}</span>")
        at = end
    out.append(escape(shown[at:]))
    return "".join(out).replace("  ", " &nbsp;")


def row_choice(issue: Issue, n: int) -> str:
    """What key A/B/C does for a row discrepancy."""
    has = n < len(issue.rows) and issue.rows[n] is not None
    if has:
        return translate("keying", "include this row")
    return translate("keying", "leave the row out")


class FittedLine(QLabel):
    """One line that never wraps: of the texts it is given (longest first), it shows the first
    that fits its width, the last one elided at its end when even that does not fit (a small
    screen with large text). Its accessible description is always the first, whole."""

    def __init__(self) -> None:
        super().__init__()
        self.variants: list[str] = [""]
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_variants(self, variants: list[str]) -> None:
        self.variants = variants or [""]
        self.setAccessibleDescription(self.variants[0])
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width()
        for text in self.variants:
            if metrics.horizontalAdvance(text) <= room:
                self.setText(text)
                return
        self.setText(metrics.elidedText(self.variants[-1], Qt.TextElideMode.ElideRight, room))


class DiscrepancyPanel(QWidget):
    """Shows one `Issue`; it holds nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible(self, translate("keying", "Discrepancy"))
        self._shown: tuple[Issue, Where, Colors] | None = None  # what show_issue shows
        self.title = QLabel()
        self.title.setObjectName("issueTitle")
        accessible(self.title, translate("keying", "Field"))
        self.where = FittedLine()  # the top line: one line at any text size
        self.where.setObjectName("issueWhere")
        accessible(self.where, translate("keying", "Document and progress"))
        self.title.setWordWrap(True)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        accessible(self.instructions, translate("keying", "Instructions"))
        self.kind = QLabel()
        self.kind.setObjectName("issueKind")
        self.kind.setWordWrap(True)
        accessible(self.kind, translate("keying", "Kind and explanation"))
        self.letters: list[QLabel] = []
        self.values: list[QLabel] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for n, name in enumerate(PASS_NAMES):
            letter = QLabel(name)
            letter.setObjectName("passLetter")
            value = QLabel()
            value.setObjectName("passValue")
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setWordWrap(True)
            accessible(value, say(QT_TRANSLATE_NOOP("keying", "Pass {0}"), name))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(letter, n, 0)
            grid.addWidget(value, n, 1)
            self.letters.append(letter)
            self.values.append(value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.where)
        layout.addWidget(self.title)
        layout.addWidget(self.instructions)
        layout.addLayout(grid)
        layout.addWidget(self.kind)
        layout.addStretch(1)

    def show_issue(self, issue: Issue, where: Where, c: Colors) -> None:
        """`where`: the top line, or its variants, longest first (`FittedLine`), or what
        makes them (made again at a change of language, as the rest)."""
        self._shown = (issue, where, c)
        variants = where() if callable(where) else where
        self.title.setText(local(issue.label))
        self.where.set_variants([variants] if isinstance(variants, str) else variants)
        self.instructions.setText(local(issue.instructions))
        self.instructions.setVisible(bool(issue.instructions))
        for n, (letter, value) in enumerate(zip(self.letters, self.values, strict=True)):
            here = n < issue.passes
            letter.setVisible(here)
            value.setVisible(here)
            if not here:
                continue
            text = issue.values[n]
            html = marked_html(text, issue.spans[n] if n < len(issue.spans) else [], c)
            if issue.is_row:
                html = f"<b>{row_choice(issue, n)}</b><br>{html}"
            value.setText(html)
            value.setAccessibleDescription(text or translate("keying", NOTHING))
        kind = kind_text(issue.kind)
        how = minor_text(issue.minor_kind) if issue.minor_kind else ""
        how = how or translate("keying", "the same content written differently")
        if issue.severity == "minor":
            kind = translate("keying", "{0} (minor: {1})").format(kind, how)
        # the reconciler's explanation stays as it wrote it (English, what is recorded)
        self.kind.setText(f"{kind} — {named_marks(issue.explanation)}")

    def changeEvent(self, event: QEvent) -> None:
        """A language installed: the discrepancy shown, said again in it."""
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.show_issue(*self._shown)
        super().changeEvent(event)
