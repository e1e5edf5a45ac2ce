"""Where a line of Khmer or Lao may break. Both scripts write the words of a sentence without
spaces between them, and Qt, built without a dictionary for them (PySide6's wheels have no
ICU), finds no place to break such a run: a word-wrapped label is as wide as its longest
sentence. At 200 % text the Khmer census's instructions made the form's guide 604 px wide,
and the station put the page above the form on 1024×768 (one field and a half in view).

`breakable(text)` puts a zero-width space (U+200B, a break opportunity, not drawn) before a
syllable of a run once the run is `RUN` characters long, so no unbreakable piece is much
longer than that. A long run may then break inside a word: without a dictionary that is the
price of showing the whole text rather than cutting it. Short words and every other script
are left as they are."""

from __future__ import annotations

ZWSP = "\u200b"
RUN = 12  # characters of a run without a break, before one is offered
COENG = "\u17d2"  # Khmer: the next consonant is written below, in the same syllable
LAO_PREVOWELS = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")  # written before their consonant


def _khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff"


def _lao(ch: str) -> bool:
    return "\u0e80" <= ch <= "\u0eff"


def _starts_syllable(ch: str, prev: str, after: str) -> bool:
    """`ch` begins a syllable after `prev`, in the same run of Khmer or Lao (`after`: the
    next character). A Khmer consonant does when a vowel sign or a subscript follows it (a
    final consonant is followed by the next syllable instead); an independent vowel always.
    A Lao vowel written first does, and a consonant not after one with a vowel after it."""
    if _khmer(ch) and _khmer(prev):
        if "\u17a3" <= ch <= "\u17b3":
            return True
        vowel = "\u17b6" <= after <= "\u17c5" or after == COENG
        return "\u1780" <= ch <= "\u17a2" and prev != COENG and vowel
    if _lao(ch) and _lao(prev):
        if ch in LAO_PREVOWELS:
            return True
        vowel = "\u0eb0" <= after <= "\u0ebc"
        return "\u0e81" <= ch <= "\u0eae" and prev not in LAO_PREVOWELS and vowel
    return False


def breakable(text: str, run: int = RUN) -> str:
    """`text` with a break offered in each Khmer or Lao run every `run` characters or so."""
    if not any(_khmer(ch) or _lao(ch) for ch in text):
        return text
    out: list[str] = []
    since, prev = 0, ""
    for i, ch in enumerate(text):
        if ch.isspace() or ch == ZWSP:
            since = 0
        elif since >= run and _starts_syllable(ch, prev, text[i + 1 : i + 2]):
            out.append(ZWSP)
            since = 0
        out.append(ch)
        since = 0 if ch.isspace() else since + 1
        prev = ch
    return "".join(out)
