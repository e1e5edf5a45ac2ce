"""Classify and explain one discrepancy: kind, similarity (rapidfuzz), differing spans.

Called only for real discrepancies, so it may take its time. Every function is symmetric:
swapping A and B swaps the spans, turns `insertion` into `deletion` (and back) and leaves
the similarity as it is. Edit operations are computed in one canonical order of the two
strings and mirrored, so ties between equally short edit scripts cannot break the symmetry.
"""

from __future__ import annotations

import re
import unicodedata

from keying.forms.markers import ILLEGIBLE
from keying.reconcile.fuzzy import Levenshtein, fuzz
from keying.reconcile.normalize import ILLEGIBLE_STATE, NOTHING, Normalizer, state_of
from keying.reconcile.policies._base import Spans

KINDS = (
    "substitution",
    "transposition",
    "insertion",
    "deletion",
    "word_order",
    "different",
    "missing_value",
    "missing_row",
    "extra_row",
    "illegible",
    "lone_value",
    "not_keyed",
)

MIRROR_KIND = {"insertion": "deletion", "deletion": "insertion", "missing_row": "extra_row"}
MIRROR_KIND["extra_row"] = "missing_row"


def similarity(a: str, b: str) -> float:
    """rapidfuzz's normalized Indel similarity, 0..1, rounded to 3 places."""
    return round(fuzz.ratio(a, b) / 100.0, 3)


def diff_spans(a: str, b: str) -> tuple[Spans, Spans, set[str]]:
    """Spans of a and of b outside the common parts, and the edit tags used.

    A zero-length span `[i, i]` marks where the other side has characters this one lacks.
    """
    if a > b:
        rb, ra, rtags = diff_spans(b, a)
        flipped = {"insert" if t == "delete" else "delete" if t == "insert" else t for t in rtags}
        return ra, rb, flipped
    spans_a: Spans = []
    spans_b: Spans = []
    tags: set[str] = set()
    ops: list[tuple[str, int, int, int, int]] = Levenshtein.opcodes(a, b).as_list()  # type: ignore[assignment]
    for tag, a_start, a_end, b_start, b_end in ops:
        if tag == "equal":
            continue
        tags.add(tag)
        spans_a.append([a_start, a_end])
        spans_b.append([b_start, b_end])
    return spans_a, spans_b, tags


def _whole(text: str) -> Spans:
    return [[0, len(text)]] if text else []


def _is_transposition(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _invisible(ch: str) -> bool:
    """A character a person cannot see or tell from a space: format and control characters,
    spaces other than the plain space, unassigned and private-use code points."""
    if ch.isascii():
        return not ch.isprintable()
    return unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp", "Co", "Cn")


# Invisible characters shown by their Unicode abbreviation (NameAliases.txt) rather than
# their code point: the ones keyers meet (a tab, a no-break space from a word processor, the
# zero-width characters of Khmer and Lao typing, direction marks, a byte-order mark).
NAMED = {
    "\x00": "NUL",
    "\t": "TAB",
    "\n": "LF",
    "\r": "CR",
    "\x85": "NEL",
    "\u00a0": "NBSP",
    "\u00ad": "SHY",
    "\u034f": "CGJ",
    "\u061c": "ALM",
    "\u180e": "MVS",
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u202f": "NNBSP",
    "\u205f": "MMSP",
    "\u2060": "WJ",
    "\ufeff": "BOM",
}


def code_point(ch: str) -> str:
    """How an invisible character is written: `⟨NBSP⟩` for one `NAMED`, else `⟨U+2003⟩`."""
    name = NAMED.get(ch)
    return f"⟨{name}⟩" if name else f"⟨U+{ord(ch):04X}⟩"


_CODE_MARK = re.compile(r"⟨U\+([0-9A-F]{4,6})⟩")


def named_marks(text: str) -> str:
    """An explanation stored before `NAMED` existed, with its `⟨U+00A0⟩` written `⟨NBSP⟩`."""
    if "⟨U+" not in text:
        return text

    def name(m: re.Match[str]) -> str:
        code = int(m[1], 16)
        ch = chr(code) if code <= 0x10FFFF else ""
        return f"⟨{NAMED[ch]}⟩" if ch in NAMED else m[0]

    return _CODE_MARK.sub(name, text)


def visible(text: str) -> str:
    """The text with its invisible characters written out (`⟨ZWSP⟩`, `⟨U+2003⟩`)."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(code_point(ch) if _invisible(ch) else ch for ch in text)


def visible_spans(text: str, spans: Spans) -> tuple[str, Spans]:
    """`visible(text)` and the spans moved onto it: what a window draws for a discrepancy
    (a span over a zero-width space covers its `⟨ZWSP⟩`)."""
    ends = [0]
    for ch in text:
        ends.append(ends[-1] + (len(code_point(ch)) if _invisible(ch) else 1))
    return visible(text), [[ends[s], ends[e]] for s, e in spans]


def _spelled(chars: str) -> str:
    """Changed characters for an explanation: invisible ones written out, and letters
    outside ASCII followed by theirs (a Cyrillic `а` for a Latin `a`: `а⟨U+0430⟩`)."""
    out = []
    for ch in chars:
        if _invisible(ch):
            out.append(code_point(ch))
        elif ch.isascii():
            out.append(ch)
        else:
            out.append(ch + code_point(ch))
    return "".join(out)


def quote(text: str) -> str:
    return f"'{visible(text)}'" if text else "nothing"


def _with_label(norm: Normalizer, raw: str, text: str) -> str:
    label = norm.label(raw)
    return f"{text} ({label})" if label else text


def classify_values(
    norm: Normalizer, raw_a: str, raw_b: str
) -> tuple[str, str, str, float, Spans, Spans, str]:
    """(a, b, kind, similarity, spans_a, spans_b, explanation) of two disagreeing values."""
    a, b = norm.shown(raw_a), norm.shown(raw_b)
    sa, sb = state_of(raw_a), state_of(raw_b)
    if sa != sb and ILLEGIBLE_STATE in (sa, sb):
        other = b if sa == ILLEGIBLE_STATE else a
        who = "A" if sa == ILLEGIBLE_STATE else "B"
        other_side = "B" if who == "A" else "A"
        what = _with_label(norm, raw_b if sa == ILLEGIBLE_STATE else raw_a, quote(other))
        return (
            a,
            b,
            "illegible",
            0.0,
            _whole(a),
            _whole(b),
            f"{who} marked it {ILLEGIBLE}; {other_side} keyed {what}",
        )
    if sa != sb and NOTHING in (sa, sb):
        keyed, side = (b, "B") if sa == NOTHING else (a, "A")
        empty_side = "A" if side == "B" else "B"
        empty_how = "blank on paper" if (a if side == "B" else b) else "nothing"
        return (
            a,
            b,
            "missing_value",
            0.0,
            _whole(a),
            _whole(b),
            f"{empty_side} keyed {empty_how}; {side} keyed "
            + _with_label(norm, raw_b if side == "B" else raw_a, quote(keyed)),
        )
    # Two values.
    spans_a, spans_b, tags = diff_spans(a, b)
    sim = similarity(a, b)
    parsed_a, parsed_b = norm.parsed_text(raw_a), norm.parsed_text(raw_b)
    detail = ""
    if parsed_a is not None and parsed_b is not None:
        detail = f" ({norm.impl.noun} {parsed_a} ≠ {parsed_b})"
    special = norm.impl.classify(norm, a, b, spans_a, spans_b, sim)
    if special is not None:
        kind, sim, spans_a, spans_b, expl = special
        if kind == "different" and norm.labels:  # codes: their labels too
            shown_a = _with_label(norm, raw_a, visible(a))
            shown_b = _with_label(norm, raw_b, visible(b))
            expl = f"different codes: {shown_a} ≠ {shown_b}"
        return a, b, kind, sim, spans_a, spans_b, expl
    if _is_transposition(a, b):
        return (
            a,
            b,
            "transposition",
            sim,
            spans_a,
            spans_b,
            ("two neighbouring characters swapped" + detail),
        )
    changed = sum(e - s for s, e in spans_a)
    added = sum(e - s for s, e in spans_b)
    if tags == {"replace"} and changed <= 2:
        what = ", ".join(
            f"{_spelled(a[s:e])}→{_spelled(b[t:u])}"
            for (s, e), (t, u) in zip(spans_a, spans_b, strict=True)
        )
        return a, b, "substitution", sim, spans_a, spans_b, f"{what} substituted{detail}"
    if tags == {"insert"}:
        extra = _spelled("".join(b[s:e] for s, e in spans_b))
        return a, b, "insertion", sim, spans_a, spans_b, f"B has {quote(extra)} more{detail}"
    if tags == {"delete"}:
        lacking = _spelled("".join(a[s:e] for s, e in spans_a))
        return a, b, "deletion", sim, spans_a, spans_b, f"B lacks {quote(lacking)}{detail}"
    return a, b, "different", sim, spans_a, spans_b, _differ(spans_a, changed, added) + detail


def _differ(spans: Spans, in_a: int, in_b: int) -> str:
    """'different values in 2 places: 1 character of A, 1 of B' (the places are the marked
    spans, paired: a place may mark characters on one side only)."""
    places = len(spans)
    where = f"{places} place{'s' if places != 1 else ''}"
    return (
        f"different values in {where}: {in_a} character{'s' if in_a != 1 else ''} of A, {in_b} of B"
    )
