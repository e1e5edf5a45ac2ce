"""Several hundred malformed form definitions, made from the shipped ones (issue 15).

Used by `keying bench forms` (how long refusing them takes, the slowest one included) and by
tests/test_forms_fuzz.py (each gives one line from `keying form check`, exit 1, within
bounded memory). Deterministic for a seed. Kinds:

- `issue`: the classes the issue names (patterns that backtrack, alias bombs, deep nesting,
  absurd numbers, huge rules, definitions that cannot work), written out;
- `edit`: a shipped definition with one key of one mapping set to a value that is wrong
  there (wrong for the key, or a key that does not belong to that mapping);
- `text`: the text of a shipped definition truncated, with a line dropped, doubled or
  swapped, or with a few bytes damaged. These may happen to stay valid; all others are bad.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from keying.forms.limits import MAX_FIELDS, MAX_FILE_BYTES, MAX_YAML_DEPTH
from keying.forms.yaml_tree import read_tree
from keying.paths import shipped_forms

_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present


@dataclass(frozen=True)
class Hostile:
    name: str  # a file name: kind-number.yaml
    text: str
    bad: bool  # refused for sure (False: a text mutation that may still load)


_BASE = "form: f\ntitle: T\nversion: 1\nfields:\n  - {name: a, label: A, type: text}\n"
_TABLE = "  - {name: t, label: T, type: table, columns: [{name: c, label: C, type: text"
_BOMB = "".join(
    f"{k}: &{k} [{','.join([f'*{p}'] * 9)}]\n" for p, k in zip("abcdefgh", "bcdefghi", strict=True)
)


def _issue_cases() -> list[str]:
    field = "  - {name: b, label: B, type: %s}\n"
    return [
        _BASE + field % "text, pattern: '^(a+)+$', max_length: 99999999999",
        _BASE + field % "text, pattern: '(a)\\1'",
        _BASE + field % ("text, pattern: '" + "(a)" * 10_000 + "'"),
        _BASE + field % "text, pattern: 'a{99999999999}', max_length: -1",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + _BOMB,
        "a: &x [*x]\n",
        "a: " + "[" * 1000 + "]" * 1000 + "\n",
        "a: " + "{b: " * (MAX_YAML_DEPTH + 2) + "c" + "}" * (MAX_YAML_DEPTH + 2) + "\n",
        "".join("  " * i + f"k{i}:\n" for i in range(200)),
        _BASE.replace("version: 1", "version: 99999999999999999999"),
        _BASE.replace("version: 1", "version: 1\npages: 99999999"),
        _BASE + "checks:\n  - {name: c, rule: '" + "(" * 500 + "a" + ")" * 500 + "', message: m}\n",
        _BASE + "checks:\n  - {name: c, rule: '" + " + ".join(["a"] * 1000) + "', message: m}\n",
        _BASE + "checks:\n  - {name: c, rule: '" + "a == 1 or " * 2000 + "a', message: m}\n",
        _BASE + "checks:\n  - {name: c, rule: '" + "not " * 100 + "a', message: m}\n",
        _BASE + '  - {name: b, label: "B\x07", type: text}\n',
        _BASE + '  - {name: b, label: "B\\x1b[2J", type: text}\n',
        _BASE + field % "date, format: []",
        _BASE + _TABLE + "}], min_rows: 5, max_rows: 2}\n",
        _BASE + _TABLE + "}], min_rows: 99999999}\n",
        _BASE + _TABLE + ", show_if: zz == 1}]}\n",
        _BASE + _TABLE + ", show_if: c == 'x'}]}\n",
        _BASE + _TABLE + "}], pattern: '^x$'}\n",
        _BASE + field % "choice, choices: {'': x, Y: y}",
        _BASE + field % "choice, choices: {' Y': x}",
        _BASE + field % "choice, choices: {'[blank]': x}",
        _BASE.replace("name: a", "name: and"),
        _BASE.replace("name: a", "name: 'true'"),
        _BASE + field % "integer, min: 1e999",
        _BASE + field % "integer, min: NaN",
        _BASE + "---\n" + _BASE,
        "fields:\n" + "  - {name: f, label: F, type: text}\n" * (MAX_FIELDS + 1),
        "# " + "x" * MAX_FILE_BYTES + "\n",
        "",
        "\ufeff",
        "- a\n- b\n",
        "form: [\n",
        "\t form: f\n",
    ]


# (key, value) pairs that are wrong wherever they are set: a wrong value for the key where
# the key belongs, an unknown or misplaced key everywhere else.
_BAD_EDITS: tuple[tuple[str, Any], ...] = (
    ("max_length", "99999999999"),
    ("max_length", "-1"),
    ("version", "0"),
    ("version", "99999999999"),
    ("pages", "100000"),
    ("min_rows", "99999999"),
    ("max_rows", "0"),
    ("pattern", "(a)\\1"),
    ("pattern", "(?=x)y"),
    ("pattern", "x" * 600),
    ("pattern", "[a-"),
    ("show_if", "(" * 100 + "x"),
    ("show_if", "and"),
    ("show_if", "a ==="),
    ("show_if", "x" * 5000),
    ("rule", "1 +"),
    ("rule", "count(x) == 1 " * 300),
    ("type", "tabel"),
    ("min", "1e999"),
    ("min", "NaN"),
    ("max", "lots"),
    ("format", []),
    ("format", "DD/MM"),
    ("choices", {"": "x"}),
    ("choices", {" Y": "x"}),
    ("choices", {"[blank]": "x"}),
    ("choices", {"y": "a", "Y": "b"}),
    ("name", "and"),
    ("name", "true"),
    ("name", "1abc"),
    ("name", "x" * 100),
    ("label", ""),
    ("label", "x" * 600),
    ("title", "bell\x07"),
    ("required", "maybe"),
    ("zone", {"x": "2", "y": "0", "w": "0.1", "h": "0.1"}),
    ("zone", {"page": "999", "x": "0", "y": "0", "w": "0.1", "h": "0.1"}),
    ("compare", "fuzzy"),
    ("minor", {"typo": "true"}),
    ("two_digit_year", {"pivot": "500"}),
    ("columns", []),
    ("fields", []),
    ("checks", "x"),
    ("colour", "red"),
    ("instructions", "x" * 20_001),
)


def _mappings(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping of a definition but those whose keys are data (codes, abbreviations)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(v for k, v in item.items() if k not in _DATA_KEYS)
        elif isinstance(item, list):
            stack.extend(item)


_DATA_KEYS = ("choices", "abbreviations")


def _edit_cases(rng: random.Random, trees: list[Any], count: int) -> Iterator[str]:
    for _ in range(count):
        tree = copy.deepcopy(rng.choice(trees))
        mappings = list(_mappings(tree))
        named = [m for m in mappings if "name" in m or "form" in m]  # fields, checks, the form
        target = rng.choice(named if rng.random() < 0.7 else mappings)
        key, value = rng.choice(_BAD_EDITS)
        target[key] = value
        yield yaml.dump(tree, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=200)


_DAMAGE = b"\x00\x07\x1b\xff\xfe\x80\xc3\"'{}[],:&*!|>%@`#-?\t\r\n 0aZ"


def _text_cases(rng: random.Random, texts: list[str], count: int) -> Iterator[str]:
    for i in range(count):
        text = rng.choice(texts)
        lines = text.splitlines(keepends=True)
        how = i % 5
        if how == 0:
            yield text[: rng.randrange(1, len(text))]
        elif how == 1:
            del lines[rng.randrange(len(lines))]
            yield "".join(lines)
        elif how == 2:
            at = rng.randrange(len(lines))
            lines.insert(at, lines[rng.randrange(len(lines))])
            yield "".join(lines)
        elif how == 3:
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            yield "".join(lines)
        else:
            raw = bytearray(text.encode())
            for _ in range(rng.randint(1, 4)):
                raw[rng.randrange(len(raw))] = rng.choice(_DAMAGE)
            yield raw.decode("utf-8", "replace")


def hostile_definitions(seed: int = 15, edits: int = 300, texts: int = 100) -> list[Hostile]:
    """The issue's cases, `edits` bad edits and `texts` text mutations of the shipped forms."""
    rng = random.Random(seed)
    shipped = [p.read_text(encoding="utf-8") for p in shipped_forms()]
    trees = [read_tree(t.encode())[0] for t in shipped]
    out = [Hostile(f"issue-{i:03d}.yaml", t, True) for i, t in enumerate(_issue_cases())]
    out += [
        Hostile(f"edit-{i:03d}.yaml", t, True) for i, t in enumerate(_edit_cases(rng, trees, edits))
    ]
    out += [
        Hostile(f"text-{i:03d}.yaml", t, False)
        for i, t in enumerate(_text_cases(rng, shipped, texts))
    ]
    return out
