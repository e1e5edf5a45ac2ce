"""keying.reconcile.minor: same content written differently, and what must stay material."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keying.reconcile.minor import (
    DEFAULT_ABBREVIATIONS,
    MINOR_KINDS,
    _skeleton,
    make_rules,
    tokens,
)

TEXT = make_rules("text")
NAME = make_rules("name")
assert TEXT is not None and NAME is not None


@pytest.mark.parametrize(
    ("policy", "a", "b", "kind"),
    [
        # The examples of same content written differently.
        ("name", "R.K. Godfrey", "R. K. Godfrey", "punctuation_only"),
        ("name", "R. K. Godfrey", "R K Godfrey", "punctuation_only"),
        ("name", "JAMES R BURKHALTER", "James R. Burkhalter", "punctuation_only"),
        ("name", "Persea Palustris", "Persea palustris", "case_only"),
        ("text", "Hobe Sound", "Hobe Sound.", "punctuation_only"),
        ("text", "BM 109", "BM-109", "punctuation_only"),
        ("text", "BM109", "BM 109", "punctuation_only"),
        ("text", "2 miles west of Salt Spring", "2 miles W of Salt Spring", "abbreviation"),
        ("text", "2 mi. W of Rd 12", "2 miles west of Road 12", "abbreviation"),
        ("text", "Polk Co.", "Polk County", "abbreviation"),
        ("text", "St. Marks", "Saint Marks", "abbreviation"),
        ("text", "Mt Dora", "Mount Dora", "abbreviation"),
        ("text", "ca. 1920", "circa 1920", "abbreviation"),
        ("text", "salt & pepper", "salt and pepper", "abbreviation"),
        ("name", "Pohlad and Poppleton", "Pohlad, Poppleton", "name_separator"),
        ("name", "Pohlad & Poppleton", "Pohlad and Poppleton", "name_separator"),
        ("name", "R. P. Wunderlin, C. H. Dodson, & M. Madison",
         "R.P. Wunderlin, C.H. Dodson and M. Madison", "name_separator"),
        ("name", "Smith, Jones", "Smith; Jones", "punctuation_only"),
        ("text", "N/A", None, "no_value_word"),
        ("text", None, "none given", "no_value_word"),
        ("text", "s.n.", None, "no_value_word"),
        ("text", "-", None, "no_value_word"),
        ("text", "Unknown", None, "no_value_word"),
        ("text", "n/a", "none", "no_value_word"),
        ("text", "NA", "N/A", "no_value_word"),
        ("text", "O'Brien", "O’Brien", "punctuation_only"),
        ("text", "Jean-Pierre", "Jean Pierre", "punctuation_only"),
    ],
)  # fmt: skip
def test_minor_examples(policy: str, a: str | None, b: str | None, kind: str) -> None:
    rules = make_rules(policy)
    assert rules is not None
    assert rules.kind(a, b) == kind
    assert rules.kind(b, a) == kind


@pytest.mark.parametrize(
    ("policy", "a", "b"),
    [
        # Punctuation inside numbers and identifiers.
        ("text", "2.5", "25"),
        ("text", "1/2", "12"),
        ("text", "1/2 mi N", "1 2 mi N"),
        ("text", "2248-31", "224831"),
        ("text", "17,494", "17.494"),
        ("text", "17494", "17,494"),
        ("text", "26,081", "26, 081"),
        # A sign before a digit.
        ("text", "81.27°", "-81.27°"),
        ("text", "W 81.27", "W -81.27"),
        ("text", "81.27°", "81.27"),
        # ?, !, & as tokens.
        ("text", "Silk Bay?", "Silk Bay"),
        ("text", "Silk Bay!", "Silk Bay"),
        ("text", "A & B", "A B"),
        ("name", "Smith &", "Smith"),
        ("name", "Pohlad Poppleton", "Pohlad, Poppleton"),
        ("name", "Pohlad Poppleton", "Pohlad and Poppleton"),
        # A list separator stands between names only: beside a number or a symbol, `and`
        # is a word and `,` `;` `&` are what they are (a draw of the property below).
        ("name", "N, 100", "n and. 100"),
        ("name", "N, 100", "N and 100"),
        ("name", "N & 100", "N, 100"),
        ("name", "5 & 6", "5, 6"),
        ("name", "5 and 6", "5; 6"),
        ("name", "Lot 5, Smith", "Lot 5 and Smith"),
        ("name", "Smith, (Jones)", "Smith and (Jones)"),
        # An apostrophe used as a minute mark.
        ("text", "59'50", "5950"),
        ("text", "59'50", "59 50"),
        ("text", "29°59'", "29°59"),
        ("text", "59'", '59"'),
        # Word order, containment, one word changed.
        ("name", "Chan Sokha", "Sokha Chan"),
        ("text", "Silk Bay", "Silk Bay Road"),
        ("text", "Silk Bay", "Bay"),
        ("text", "Street", "Saint"),
        ("text", "N of Milton", "S of Milton"),
        ("text", "Growing near lake shore", "Growing near lakeshore"),
        ("name", "José", "Jose"),
        ("name", "Straße", "STRASSE"),
        ("name", "Cassytha filiformis L.", "Cassytha filiformis (L.)"),
        ("text", "[Silk Bay]", "Silk Bay"),
        # Nothing against content, or against a word not on the list.
        ("text", "C7669", None),
        ("text", "?", None),
        ("text", "none", "nonx"),
    ],
)
def test_material_examples(policy: str, a: str | None, b: str | None) -> None:
    rules = make_rules(policy)
    assert rules is not None
    assert rules.kind(a, b) is None
    assert rules.kind(b, a) is None


def test_policies_without_minor_kinds() -> None:
    for policy in ("exact", "number", "date", "code"):
        assert make_rules(policy) is None
    assert make_rules("text", enabled=()) is None


def test_a_rule_switched_off_makes_its_differences_material() -> None:
    no_case = make_rules("name", enabled=set(MINOR_KINDS) - {"case_only"})
    assert no_case is not None
    assert no_case.kind("Persea Palustris", "Persea palustris") is None
    assert no_case.kind("JAMES R BURKHALTER", "James R. Burkhalter") is None
    assert no_case.kind("R.K. Godfrey", "R. K. Godfrey") == "punctuation_only"
    no_punct = make_rules("text", enabled=set(MINOR_KINDS) - {"punctuation_only"})
    assert no_punct is not None
    assert no_punct.kind("Hobe Sound", "Hobe Sound.") is None
    assert no_punct.kind("Hobe sound", "Hobe Sound") == "case_only"
    assert no_punct.kind("Polk Co", "Polk County") == "abbreviation"
    assert no_punct.kind("Polk Co.", "Polk County") is None  # the period is punctuation
    no_sep = make_rules("name", enabled=set(MINOR_KINDS) - {"name_separator"})
    assert no_sep is not None
    assert no_sep.kind("Pohlad and Poppleton", "Pohlad, Poppleton") is None
    no_abbr = make_rules("text", enabled=set(MINOR_KINDS) - {"abbreviation"})
    assert no_abbr is not None
    assert no_abbr.kind("2 miles west", "2 miles W") is None
    no_words = make_rules("text", enabled=set(MINOR_KINDS) - {"no_value_word"})
    assert no_words is not None
    assert no_words.kind("N/A", None) is None
    assert not no_words.is_no_value("N/A")


def test_name_separator_is_only_for_names() -> None:
    assert TEXT.kind("Pohlad and Poppleton", "Pohlad, Poppleton") is None


def test_own_lists_replace_the_defaults() -> None:
    rules = make_rules("text", abbreviations={"Bch": ["Beach"]}, no_value_words=["nil"])
    assert rules is not None
    assert rules.kind("Melbourne Bch", "Melbourne Beach") == "abbreviation"
    assert rules.kind("Polk Co", "Polk County") is None
    assert rules.kind("nil", None) == "no_value_word"
    assert rules.kind("N/A", None) is None


def test_tokens() -> None:
    assert [t for t in tokens("81.27° -5 BM-109 59'50\" x?") if t[0] != "g"] == [
        ("n", "81.27°"),
        ("n", "-5"),
        ("w", "BM"),
        ("n", "109"),
        ("n", "59'50\""),
        ("w", "x"),
        ("s", "?"),
    ]


# --- properties ---------------------------------------------------------------------------

WORDS = [
    "Silk", "Bay", "Hobe", "Sound", "Godfrey", "Persea", "palustris", "road", "near", "of",
    "Milton", "campus", "sand", "scrub", "Lake", "Claire", "pine", "island", "spring", "Key",
    "Sokha", "Chan", "José", "Ngô", "Đức", "Ярослав", "សុខា", "and", "&", "N", "S", "W",
]  # fmt: skip
NUMBERS = ["12", "2.5", "1/2", "2248-31", "17,494", "59'50", "81.27°", "7669", "0.6", "100"]
GAPS = [" ", " ", " ", ", ", ". ", "-", "; ", " (", ") "]


def _equivalent_words(w: str, v: str) -> bool:
    lw, lv = w.lower(), v.lower()
    if lw == lv:
        return True
    for short, longs in DEFAULT_ABBREVIATIONS.items():
        group = {short, *longs}
        if lw in group and lv in group:
            return True
    return {lw, lv} <= {"and", "&"}


def _value(rng: random.Random) -> list[str]:
    """Tokens (words and numbers) of a value."""
    return [
        rng.choice(NUMBERS) if rng.random() < 0.3 else rng.choice(WORDS)
        for _ in range(rng.randint(1, 6))
    ]


def _join(rng: random.Random, toks: list[str], benign: bool) -> str:
    """Write tokens with gaps; `benign` varies case and the gaps between words."""
    out = []
    for k, tok in enumerate(toks):
        if benign and rng.random() < 0.3 and not tok[0].isdigit():
            tok = tok.upper() if rng.random() < 0.5 else tok.lower()
        out.append(tok)
        if k < len(toks) - 1:
            # A hyphen before a number is its sign, not a gap ("&-81.27" is minus 81.27).
            gaps = [g for g in GAPS if not (g.endswith("-") and toks[k + 1][0].isdigit())]
            out.append(rng.choice(gaps) if benign else " ")
    return "".join(out).strip()


def _mutate(rng: random.Random, toks: list[str]) -> list[str] | None:
    """Change one digit, letter, sign or word (a material change), or None if not possible."""
    toks = list(toks)
    k = rng.randrange(len(toks))
    tok = toks[k]
    how = rng.choice(["digit", "letter", "sign", "word", "drop", "add", "swap", "inner"])
    if how == "digit":
        digits = [i for i, ch in enumerate(tok) if ch.isdigit()]
        if not digits:
            return None
        i = rng.choice(digits)
        toks[k] = tok[:i] + rng.choice([d for d in "0123456789" if d != tok[i]]) + tok[i + 1 :]
    elif how == "letter":
        letters = [i for i, ch in enumerate(tok) if ch.isalpha()]
        if not letters:
            return None
        i = rng.choice(letters)
        choices = [c for c in "abcdefghijklmnopqrstuvwxyzé" if c != tok[i].lower()]
        new = tok[:i] + rng.choice(choices) + tok[i + 1 :]
        if _equivalent_words(new, tok):
            return None
        toks[k] = new
    elif how == "sign":
        if not tok[0].isdigit():
            return None
        toks[k] = "-" + tok
    elif how == "word":
        new = rng.choice(WORDS + NUMBERS)
        if _equivalent_words(new, tok):
            return None
        toks[k] = new
    elif how == "drop":
        if len(toks) == 1:
            return None
        del toks[k]
    elif how == "add":
        toks.insert(k, rng.choice(WORDS + NUMBERS + ["?", "!", "&"]))
    elif how == "swap":
        if k + 1 >= len(toks) or _equivalent_words(toks[k], toks[k + 1]):
            return None
        toks[k], toks[k + 1] = toks[k + 1], toks[k]
    else:  # punctuation inside a number changed or removed
        inner = [i for i in range(1, len(tok) - 1) if tok[i] in ".,/-'"]
        if not inner or not tok[0].isdigit():
            return None
        i = rng.choice(inner)
        toks[k] = tok[:i] + rng.choice(["", ".", ",", " "]).replace(tok[i], "") + tok[i + 1 :]
    return toks


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 2**32), st.sampled_from(["text", "name"]))
def test_a_changed_word_or_number_is_never_minor(seed: int, policy: str) -> None:
    rng = random.Random(seed)
    rules = make_rules(policy)
    assert rules is not None
    toks = _value(rng)
    changed = _mutate(rng, toks)
    if changed is None or not changed:
        return
    a = _join(rng, toks, benign=rng.random() < 0.5)
    b = _join(rng, changed, benign=rng.random() < 0.5)
    if a == b:
        return
    assert rules.kind(a, b) is None, (a, b)
    assert rules.kind(b, a) is None, (b, a)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32), st.sampled_from(["text", "name"]))
def test_only_case_and_gaps_changed_is_minor(seed: int, policy: str) -> None:
    rng = random.Random(seed)
    rules = make_rules(policy)
    assert rules is not None
    toks = [t for t in _value(rng) if t not in ("and", "&")] or ["Bay"]
    a = " ".join(toks)
    gaps = [g for g in GAPS if "(" not in g and ")" not in g and "," not in g and ";" not in g]
    spaced = [g for g in gaps if " " in g]  # a gap before a number: no sign, no joining

    def gap(k: int) -> str:
        if k == len(toks) - 1:
            return ""
        return rng.choice(spaced if toks[k + 1][0].isdigit() else gaps)

    b = "".join(
        (t.upper() if rng.random() < 0.3 and not t[0].isdigit() else t) + gap(k)
        for k, t in enumerate(toks)
    )
    if a == b:
        return
    kind = rules.kind(a, b)
    assert kind in ("case_only", "punctuation_only"), (a, b)
    assert rules.kind(b, a) == kind


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20), st.text(max_size=20), st.sampled_from(["text", "name"]))
def test_symmetric_and_total(a: str, b: str, policy: str) -> None:
    rules = make_rules(policy)
    assert rules is not None
    kind = rules.kind(a, b)
    assert kind is None or kind in MINOR_KINDS
    assert rules.kind(b, a) == kind


def test_a_word_added_beside_a_number_is_flagged_material() -> None:
    """Issue 10: `N, 100` / `n and. 100` was `name_separator` (minor): B keyed a word A did
    not. Through `reconcile`, the discrepancy is material, with no minor kind."""
    from keying.forms import parse_form
    from keying.reconcile import reconcile

    form = parse_form(
        "form: m\ntitle: M\nversion: 1\nfields:\n"
        "  - {name: who, label: Who, type: text, compare: name}\n",
        "<minor>",
    )
    [d] = reconcile(form, {"who": "N, 100"}, {"who": "n and. 100"}).discrepancies
    assert (d.kind, d.severity, d.minor_kind) == ("different", "material", None)
    [d] = reconcile(
        form, {"who": "Pohlad, Poppleton"}, {"who": "Pohlad and Poppleton"}
    ).discrepancies
    assert (d.severity, d.minor_kind) == ("minor", "name_separator")


@settings(max_examples=500)
@given(
    st.one_of(
        st.text(max_size=24),
        st.text(alphabet=" \t\u00a0\u3000_-.,Aa1ñß\u0130\u0e01\u0e31\u17b6២", max_size=24),
    )
)
def test_the_skeleton_is_the_patterns(text: str) -> None:
    # `_skeleton` skips the pattern when the text is letters and digits between spaces
    assert _skeleton(text) == re.sub(r"[\W_]+", "", text.lower())
