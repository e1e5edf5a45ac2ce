"""Minor differences: two keyed values with the same content, written differently.

`MinorRules.kind(a, b)` takes two values that differ after the field's normalization and
returns why the difference is minor (`case_only`, `punctuation_only`, `name_separator`,
`abbreviation`, `no_value_word`), or None when it is material. A minor discrepancy is still
a discrepancy (the reconciler never picks); the kind lets a supervisor decide many alike at
once. See docs/reconcile.md, "Minor differences".

Minor never hides content. A value is read as a sequence of tokens:
- words: runs of letters (and marks, and anything that is not punctuation or a symbol);
- numbers: runs of digits with the punctuation *inside* them (`2.5`, `1/2`, `2248-31`,
  `17,494`, `59'50`), a sign right before them (`-81.27`) and the marks right after them
  (`81.27°`, `59'`, `12"`, `5%`);
- symbols: every symbol character and `?` `!` `&` `#` `@` `*` `%` `(` `)` `[` `]` `…` `†` `§`, one
  token each;
- gaps: the spaces and punctuation between tokens (a word next to a number has an empty gap:
  `BM109` reads as `BM`, `109`).
Two values can only be minor when their words, numbers and symbols are the same tokens in
the same order, up to the enabled rules: letter case (`case_only`), the gaps
(`punctuation_only`), a list separator between names (`,` `;` `&` `and`; only for `name`
fields: `name_separator`), a word and its abbreviation from the closed list
(`abbreviation`). A value that only says "nothing here" (`N/A`, `none`, `-`, ...) against
nothing or another such word is `no_value_word`.

Every function is symmetric in its two values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from keying.forms.minor_rules import MINOR_RULES
from keying.reconcile.policies import compare_policy

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike, FormLike

MINOR_KINDS: tuple[str, ...] = MINOR_RULES  # a form's `minor:` switches these
# The rules that compare two values token by token, in the order a kind is chosen: a
# discrepancy's kind is the last rule of this ladder it needed.
LADDER = ("case_only", "punctuation_only", "name_separator", "abbreviation")

# A closed default list (decision, documented in docs/forms.md): an abbreviation → the words
# it stands for. A form replaces it with its own `abbreviations:`.
DEFAULT_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "&": ("and",),
    "approx": ("approximately",),
    "ave": ("avenue",),
    "blvd": ("boulevard",),
    "ca": ("circa",),
    "co": ("county",),
    "cr": ("creek",),
    "e": ("east",),
    "ft": ("fort", "feet", "foot"),
    "hwy": ("highway",),
    "is": ("island",),
    "jct": ("junction",),
    "km": ("kilometre", "kilometres", "kilometer", "kilometers"),
    "ln": ("lane",),
    "m": ("metre", "metres", "meter", "meters"),
    "mi": ("mile", "miles"),
    "mt": ("mount", "mountain"),
    "mtn": ("mountain",),
    "n": ("north",),
    "ne": ("northeast",),
    "nr": ("near",),
    "nw": ("northwest",),
    "pt": ("point",),
    "rd": ("road",),
    "rte": ("route",),
    "s": ("south",),
    "se": ("southeast",),
    "st": ("street", "saint"),
    "sw": ("southwest",),
    "twp": ("township",),
    "vic": ("vicinity",),
    "w": ("west",),
}
# Values that say there is no value (decision, documented): a form replaces the list with its
# own `no_value_words:`. Matched ignoring letter case, spaces and punctuation (`n/a` = `NA`).
DEFAULT_NO_VALUE_WORDS: tuple[str, ...] = (
    "N/A",
    "none",
    "none given",
    "not given",
    "not shown",
    "unknown",
    "s.n.",
    "-",
)

_SIGNIFICANT = frozenset("?!&#@*%‰()[]…†‡§¶")
_SIGNS = frozenset("-+−‐")  # a sign when right before a digit and not after a word or number
_IN_NUMBER = frozenset(".,/:-'’′–")  # inside a number when between two digits
_AFTER_NUMBER = frozenset("°º'’′\"”″%‰")  # marks that belong to the number before them
_LIST_PUNCT = frozenset(",;")
LIST = "\x00list"  # a separator between names, under name_separator


def _category(ch: str) -> str:
    """'d' digit, 'g' gap (space, punctuation), 's' symbol, 'w' word character."""
    if ch.isdecimal():
        return "d"
    if ch in _SIGNIFICANT:
        return "s"
    if ch.isspace():
        return "g"
    cat = unicodedata.category(ch)
    if cat[0] == "P":
        return "g"
    if cat[0] == "S":
        return "s"
    return "w"


_ASCII = {chr(i): _category(chr(i)) for i in range(128)}

Token = tuple[str, str]  # (kind, text): kind 'w' word, 'n' number, 's' symbol, 'g' gap


def tokens(text: str) -> list[Token]:
    """The tokens of a value, gaps included (leading and trailing gaps as well)."""
    ascii_cat = _ASCII.get
    cats = [ascii_cat(ch) or _category(ch) for ch in text]
    out: list[Token] = []
    i, n = 0, len(text)
    gap_start = 0

    def close_gap(end: int) -> None:
        out.append(("g", text[gap_start:end]))

    while i < n:
        c = cats[i]
        sign = (
            text[i] in _SIGNS
            and i + 1 < n
            and cats[i + 1] == "d"
            and (i == 0 or cats[i - 1] not in ("w", "d"))
        )
        if c == "d" or sign:
            close_gap(i)
            j = i + 1
            while j < n:
                if cats[j] == "d":
                    j += 1
                elif text[j] in _IN_NUMBER and j + 1 < n and cats[j + 1] == "d":
                    j += 2
                else:
                    break
            while j < n and text[j] in _AFTER_NUMBER:
                j += 1
            out.append(("n", text[i:j]))
            i = gap_start = j
        elif c == "w":
            close_gap(i)
            j = i + 1
            while j < n and cats[j] == "w":
                j += 1
            out.append(("w", text[i:j]))
            i = gap_start = j
        elif c == "s":
            close_gap(i)
            out.append(("s", text[i]))
            i = gap_start = i + 1
        else:
            i += 1
    close_gap(n)
    return out


def _name_like(tok: Token) -> bool:
    """A token a list separator may stand beside: a word, or another separator (`&`). A
    number or a symbol is no name: `N, 100` / `N and 100` differ by a word, not a
    separator."""
    return tok[0] == "w" or tok[1] == "&"


def _canon(
    toks: list[Token], case: bool, punct: bool, names: bool, separators: bool
) -> list[Token]:
    """Tokens as the enabled rules see them.

    `case`: words in lower case. `punct`: gaps dropped. `names` (a `name` field): a gap
    between two names (words, not numbers or symbols) holding `,` or `;` is a LIST
    separator, which `punct` keeps; `separators` (the name_separator rule): the symbol `&`
    and the word `and` between two names are a LIST too. A run of separators is one LIST,
    the spaces beside it included."""
    out: list[Token] = []
    last = len(toks) - 1  # toks alternate gap, token, gap, ..., token, gap
    for k, (kind, text) in enumerate(toks):
        if (
            separators
            and 1 < k < last - 1
            and (text == "&" or (kind == "w" and text.lower() == "and"))
            and _name_like(toks[k - 2])
            and _name_like(toks[k + 2])
        ):
            kind, text = "g", LIST
        elif kind == "g":
            if (
                (punct or separators)
                and names
                and 0 < k < last
                and _LIST_PUNCT.intersection(text)
                and _name_like(toks[k - 1])
                and _name_like(toks[k + 1])
            ):
                text = LIST
            elif punct:
                continue
        elif case:
            text = text.lower()
        out.append((kind, text))
    if not names:
        return out
    merged: list[Token] = []
    for tok in out:
        if tok[1] == LIST:
            while merged and merged[-1][0] == "g" and (not merged[-1][1].strip()):
                merged.pop()  # spaces before the separator
            if merged and merged[-1][1] == LIST:
                continue
        elif tok[0] == "g" and not tok[1].strip() and merged and merged[-1][1] == LIST:
            continue  # spaces after it
        merged.append(tok)
    return merged


_NOT_ALNUM = re.compile(r"[\W_]+")
_WORDS = re.compile(r"[^\W\d_]+|\d+")


def _skeleton(text: str) -> str:
    """Letters and digits in lower case: equal for any two values that differ only in case
    and gaps (a quick test before the token ladder). Most values are words between spaces:
    without the spaces they are letters and digits already (a space is neither: `\\W`'s
    letters and digits are `str.isalnum`'s), and the pattern is not run."""
    lower = text.lower()
    joined = "".join(lower.split())
    if joined.isalnum():
        return joined
    return _NOT_ALNUM.sub("", lower)


def no_value_key(text: str) -> str:
    """How a no-value word is matched: lower case, without spaces and punctuation."""
    ascii_cat = _ASCII.get
    return "".join(ch for ch in text.lower() if (ascii_cat(ch) or _category(ch)) != "g")


@dataclass(frozen=True, slots=True)
class MinorRules:
    """The minor rules of one field, compiled once (`rules_for`)."""

    enabled: frozenset[str]
    names: bool  # compared as `name`: list separators between names count as such
    abbreviations: Mapping[str, frozenset[str]]  # lower case, both directions
    no_value_words: frozenset[str]  # `no_value_key` of each word
    no_value_skeletons: frozenset[str]  # `_skeleton` of each word: a quick first test

    def is_no_value(self, text: str) -> bool:
        """A keyed value that only says there is nothing (`N/A`): not content."""
        return (
            "no_value_word" in self.enabled
            and len(text) <= 40
            and _skeleton(text) in self.no_value_skeletons
            and no_value_key(text) in self.no_value_words
        )

    def _may_be_minor(self, a: str, b: str) -> bool:
        """False when no ladder rule can make a and b equal (most real errors): their
        letters and digits differ, and not only in words of the abbreviation list or `and`."""
        if _skeleton(a) == _skeleton(b):
            return True
        if "abbreviation" not in self.enabled and "name_separator" not in self.enabled:
            return False
        wa, wb = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
        abbr = self.abbreviations
        return all(w in abbr or w == "and" for w in wa ^ wb)

    def kind(self, a: str | None, b: str | None) -> str | None:
        """Why values a and b (None: nothing keyed) differ only in form, or None.

        The caller passes values that differ after normalization (NFC, trimmed, spaces
        collapsed); markers such as `[illegible]` are never minor and are not passed."""
        if a is None or b is None:
            other = b if a is None else a
            if other is not None and self.is_no_value(other):
                return "no_value_word"
            return None
        if a == b:
            return None
        if not self._may_be_minor(a, b):
            return "no_value_word" if self.is_no_value(a) and self.is_no_value(b) else None
        ta, tb = tokens(a), tokens(b)
        rules: set[str] = set()
        for rule in LADDER:
            if rule not in self.enabled:
                continue
            rules.add(rule)
            if self._same(ta, tb, rules):
                return rule
        if self.is_no_value(a) and self.is_no_value(b):
            return "no_value_word"
        return None

    def _same(self, ta: list[Token], tb: list[Token], rules: set[str]) -> bool:
        names = self.names
        separators = names and "name_separator" in rules
        case, punct = "case_only" in rules, "punctuation_only" in rules
        ca = _canon(ta, case, punct, names, separators)
        cb = _canon(tb, case, punct, names, separators)
        if ca == cb:
            return True
        if "abbreviation" not in rules or len(ca) != len(cb):
            return False
        abbr = self.abbreviations
        for (ka, xa), (kb, xb) in zip(ca, cb, strict=True):
            if xa == xb and ka == kb:
                continue
            if "n" in (ka, kb) or "g" in (ka, kb):
                return False
            la, lb = xa.lower(), xb.lower()
            if lb not in abbr.get(la, ()):  # an abbreviation pair, in any letter case
                return False
        return True


def compile_abbreviations(
    table: Mapping[str, str | Iterable[str]],
) -> dict[str, frozenset[str]]:
    """abbreviation → words, as a symmetric lower-case relation."""
    pairs: dict[str, set[str]] = {}
    for short, words in table.items():
        for word in [words] if isinstance(words, str) else words:
            s, w = short.lower(), word.lower()
            if s != w:
                pairs.setdefault(s, set()).add(w)
                pairs.setdefault(w, set()).add(s)
    return {k: frozenset(v) for k, v in pairs.items()}


_DEFAULT_ABBREVIATIONS = compile_abbreviations(DEFAULT_ABBREVIATIONS)


def make_rules(
    policy: str,
    enabled: Iterable[str] = MINOR_KINDS,
    abbreviations: Mapping[str, str | Iterable[str]] | None = None,
    no_value_words: Iterable[str] | None = None,
) -> MinorRules | None:
    """The rules of a field compared by `policy` (its name); None when the policy gives no
    minor kinds (codes, numbers, dates, exact) or every rule it allows is off."""
    impl = compare_policy(policy)
    on = frozenset(enabled) & impl.minor_kinds
    if not on:
        return None
    abbr = _DEFAULT_ABBREVIATIONS if abbreviations is None else compile_abbreviations(abbreviations)
    words = DEFAULT_NO_VALUE_WORDS if no_value_words is None else tuple(no_value_words)
    return MinorRules(
        on,
        impl.names,
        abbr,
        frozenset(no_value_key(w) for w in words),
        frozenset(_skeleton(w) for w in words),
    )


def rules_for(field: FieldLike, form: FormLike | None) -> MinorRules | None:
    """A field's rules: its `minor:` switches and its form's lists (or the defaults)."""
    return make_rules(
        field.compare_policy,
        [rule for rule in MINOR_KINDS if field.minor_rule_on(rule)],
        None if form is None else form.abbreviations,
        None if form is None else form.no_value_words,
    )
