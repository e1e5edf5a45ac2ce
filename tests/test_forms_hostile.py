"""Form definitions that used to hang or crash (issue 15, items 4-8), one test each.

Each is refused at load with `file:line: message` naming the problem, or (a pattern that
backtracks in Python's `re`) accepted and matched in linear time by RE2. Cases that hung the
old code run in a child process with a hang guard, so a regression fails instead of hanging.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from keying.forms import FormDefinitionError, check_value, limits, load_form, parse_form, rules
from keying.forms.entry import commit
from keying.forms.pattern_match import FormPattern
from keying.forms.rules import RuleError, Token, parse_rule, tokenize
from keying.reconcile import same_value

BASE = """\
form: t
title: T
version: 1
fields:
  - name: a
    label: A
    type: integer
  - name: b
    label: B
    type: text
"""

HANG_GUARD_S = 120  # a child that has not finished by then is hung (it takes well under 1 s)


def _refused(text: str) -> FormDefinitionError:
    with pytest.raises(FormDefinitionError) as info:
        parse_form(text, "bad.yaml")
    err = info.value
    assert "\n" not in str(err)
    assert str(err).startswith(f"bad.yaml:{err.line}: ")
    return err


def _run_child(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
        check=False,
    )


# --- item 4: patterns --------------------------------------------------------------------

REDOS = BASE + "    pattern: '^(a+)+$'\n  - {name: c, label: C, type: text, show_if: b == 'x'}\n"


def test_a_backtracking_pattern_is_matched_in_linear_time_by_station_and_reconciler() -> None:
    # Python's re needs minutes for 33 characters; RE2 answers at once, even for 200,000.
    child = _run_child(
        f"""
        from keying.forms import parse_form, check_value
        from keying.reconcile import reconcile
        form = parse_form({REDOS!r})
        b = form.field("b")
        for n in (33, 200_000):
            hostile = "a" * n + "!"
            assert check_value(b, hostile).error is not None
            assert check_value(b, "a" * n).ok
            result = reconcile(form, {{"a": "1", "b": hostile}}, {{"a": "1", "b": hostile}})
            assert result.status == "agreed", result.status
        print("done")
        """
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "done"
    assert child.stderr == ""  # RE2 logs nothing


COUNTS_ONLY = "^" + "\\d*" * 25 + "$x"  # no group, yet Python's re backtracks for hours


def test_a_pattern_error_in_words_never_runs_python_re_on_the_pattern() -> None:
    # The error names the pattern in words with an example made from it; the example is
    # checked against the pattern by RE2 (Python's re never finished on this one).
    good = BASE + f"    pattern: '{COUNTS_ONLY}'\n"
    text = good + "    example: '1x'\n"
    child = _run_child(
        f"""
        from keying.forms import FormDefinitionError, parse_form
        try:
            parse_form({text!r}, "bad.yaml")
        except FormDefinitionError as exc:
            print(exc)
        form = parse_form({good!r})
        from keying.forms import check_value
        print(check_value(form.field("b"), "123x").error is not None)
        """
    )
    assert child.returncode == 0, child.stderr
    first, second = child.stdout.splitlines()
    assert first.startswith("bad.yaml:8: fields[2]: example '1x' is not a good value here")
    assert second == "True"


def test_patterns_are_compiled_by_re2() -> None:
    form = parse_form(REDOS)
    assert isinstance(form.field("b").compiled_pattern, FormPattern)
    assert form.field("a").compiled_pattern is None
    assert not commit(form.field("b"), "a" * 50 + "!").accepted
    assert commit(form.field("b"), "a" * 50).accepted
    assert same_value(form.field("b"), "aaa", "aaa")


@pytest.mark.parametrize(
    ("pattern", "fragment"),
    [
        (r"(a)\1", "backreferences"),
        ("(?=a)b", "lookahead"),
        ("(?<=a)b", "lookbehind"),
        ("a++", "possessive"),
        ("a{1001}", "at most to 1000"),
        ("a{99999999999}", "at most to 1000"),  # RE2 would take it as literal text
        ("a{2,99999}", "at most to 1000"),
        ("[a-", "not a valid regular expression"),
        ("(a)" * 200, f"at most {limits.MAX_PATTERN}"),
        ("x" * (limits.MAX_PATTERN + 1), f"at most {limits.MAX_PATTERN}"),
    ],
)
def test_patterns_re2_cannot_match_in_linear_time_are_refused(pattern: str, fragment: str) -> None:
    err = _refused(BASE + f"    pattern: '{pattern}'\n")
    assert err.line == 11
    assert fragment in err.message
    assert "RE2" in err.message or "characters" in err.message


def test_re2_pattern_semantics_documented_in_forms_md() -> None:
    # \d is ASCII in RE2; \p{N} and \pL are the Unicode classes (docs/forms.md, "Patterns").
    assert FormPattern(r"^\d+$").search("2024")
    assert not FormPattern(r"^\d+$").search("٢٠٢٤")
    assert FormPattern(r"^\p{N}+$").search("٢٠٢٤")
    assert FormPattern(r"^\pL+$").search("Sokhā")
    assert FormPattern("^(?i)abc$").search("ABC")


# --- item 5: YAML bombs, cycles, depth, size ------------------------------------------------

BOMB = "\n".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(
            f"{k}: &{k} [{','.join([f'*{p}'] * 9)}]"
            for p, k in zip("abcdefgh", "bcdefghi", strict=True)
        ),
    ]
)


def test_an_alias_bomb_is_refused_at_its_first_anchor() -> None:
    child = _run_child(
        f"""
        from keying.forms import FormDefinitionError, parse_form
        try:
            parse_form({BOMB!r}, "bomb.yaml")
        except FormDefinitionError as exc:
            print(exc)
        """
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout == "bomb.yaml:1: anchors (&a) are not allowed\n"


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("a: &x [*x]\n", 1, "anchors (&x)"),
        ("form: t\ntitle: *t\n", 2, "aliases (*t)"),
        (BASE.replace("    label: B\n", "    label: &l B\n"), 9, "anchors (&l)"),
        ("a: " + "[" * 1000 + "]" * 1000 + "\n", 1, "YAML syntax"),
        ("a: " + "[" * 40 + "]" * 40 + "\n", 1, f"deeper than {limits.MAX_YAML_DEPTH}"),
        ("".join("  " * i + f"k{i}:\n" for i in range(100)), 17, "deeper than"),
        (BASE + "---\n" + BASE, 11, "one YAML document"),
        ("form: t\ntitle: T\x07\n", 2, "U+0007"),
        ('form: t\ntitle: "T\\x1b[2J"\n', 2, "control character U+001B"),
        ('form: t\ntitle: "\\ud800"\n', 2, "invalid Unicode character escape"),
        ("form: t\n[a]: b\n", 2, "a key must be a plain word"),
        ("form: t\n~: b\n", 2, "a key must be a plain word"),
    ],
)
def test_yaml_that_would_exhaust_the_loader_is_refused(text: str, line: int, fragment: str) -> None:
    err = _refused(text)
    assert err.line == line, str(err)
    assert fragment in err.message


def test_nodes_are_counted() -> None:
    text = "a: [" + ",".join(["1"] * (limits.MAX_YAML_NODES + 10)) + "]\n"
    assert f"more than {limits.MAX_YAML_NODES} YAML nodes" in _refused(text).message


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text(BASE + "# " + "x" * limits.MAX_FILE_BYTES + "\n", encoding="utf-8")
    with pytest.raises(FormDefinitionError) as info:
        load_form(path)
    assert info.value.line == 1
    assert f"at most {limits.MAX_FILE_BYTES:,}" in info.value.message


def test_special_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FormDefinitionError, match="not a regular file"):
        load_form("/dev/zero")
    with pytest.raises(FormDefinitionError, match="not a regular file"):
        load_form(tmp_path)


# --- item 6: numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (BASE + "    max_length: 99999999999\n", 11, "max_length: Input should be less than"),
        (BASE + "    max_length: -1\n", 11, "max_length: Input should be greater than"),
        (BASE.replace("version: 1", "version: 99999999999999999999"), 3, "version"),
        (BASE.replace("version: 1", "version: 1\npages: 99999999"), 4, "pages"),
        (BASE + "    zone: {page: 1000, x: 0, y: 0, w: 1, h: 1}\n", 11, "page"),
        (BASE.replace("type: integer", "type: integer\n    min: 1e999"), 8, "10^15"),
        (BASE.replace("type: integer", "type: integer\n    max: -1e16"), 8, "10^15"),
        (BASE.replace("type: integer", "type: integer\n    min: NaN"), 8, "finite"),
        (BASE.replace("type: integer", "type: integer\n    min: 5\n    max: 2"), 5, "min is"),
    ],
)
def test_absurd_numbers_are_refused(text: str, line: int, fragment: str) -> None:
    err = _refused(text)
    assert err.line == line, str(err)
    assert fragment in err.message


TABLE = BASE + "  - {name: t, label: T, type: table, columns: [{name: c, label: C, type: text}]"


@pytest.mark.parametrize("key", ["min_rows", "max_rows"])
def test_huge_table_rows_are_refused(key: str) -> None:
    err = _refused(TABLE + f", {key}: 99999999}}\n")
    assert err.line == 11
    assert f"{key}: Input should be less than or equal to {limits.MAX_ROWS}" in err.message


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        ("    label: " + "x" * (limits.MAX_LABEL + 1) + "\n", "at most 500 characters"),
        (
            "    label: B\n    instructions: " + "x" * (limits.MAX_TEXT + 1) + "\n",
            "at most 20000 characters",
        ),
    ],
)
def test_long_text_is_refused(extra: str, fragment: str) -> None:
    err = _refused(BASE.replace("    label: B\n", extra))
    assert fragment in err.message


def test_too_many_date_formats_are_refused_as_a_list() -> None:
    formats = ", ".join(["DD/MM/YYYY"] * (limits.MAX_FORMATS + 1))
    err = _refused(BASE.replace("type: text", f"type: date\n    format: [{formats}]"))
    assert err.line == 11
    assert (
        err.message
        == "fields[2].format: List should have at most 10 items after validation, not 11"
    )


def test_too_many_fields_are_refused() -> None:
    fields = "".join(
        f"  - {{name: f{i}, label: F, type: text}}\n" for i in range(limits.MAX_FIELDS + 1)
    )
    err = _refused("form: t\ntitle: T\nversion: 1\nfields:\n" + fields)
    assert f"at most {limits.MAX_FIELDS} items" in err.message


def test_the_station_can_take_the_largest_max_length() -> None:
    # Qt's line edit takes at most 32,767 characters; anything above crashed the station.
    assert limits.MAX_LENGTH < 32_767
    form = parse_form(BASE + f"    max_length: {limits.MAX_LENGTH}\n")
    assert check_value(form.field("b"), "x" * (limits.MAX_LENGTH + 1)).error is not None


# --- item 7: rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "fragment"),
    [
        ("(" * 500 + "a" + ")" * 500 + " == 1", "more than"),
        ("(" * 40 + "a" + ")" * 40 + " == 1", f"nested more than {limits.MAX_RULE_NESTING}"),
        ("not " * 40 + "a == 1", "nested more than"),
        ("- " * 40 + "a == 1", "nested more than"),
        ("+".join(["a"] * 1000) + " == 1", f"more than {limits.MAX_RULE_TOKENS}"),
        ("a == 1 or " * 500 + "a == 1", f"at most {limits.MAX_RULE}"),
    ],
)
def test_rules_beyond_the_limits_are_refused_in_one_line(rule: str, fragment: str) -> None:
    with pytest.raises(RuleError, match="at column"):
        parse_rule(rule)
    err = _refused(BASE + f"checks:\n  - {{name: c, rule: '{rule}', message: m}}\n")
    assert err.line == 12
    assert fragment in err.message


def test_rules_within_the_limits_still_work() -> None:
    parse_rule("(" * limits.MAX_RULE_NESTING + "a" + ")" * limits.MAX_RULE_NESTING + " == 1")
    long_sum = " + ".join(["a"] * 200) + " == 200"
    form = parse_form(BASE + f"checks:\n  - {{name: c, rule: '{long_sum}', message: m}}\n")
    assert form.checks[0].compiled.evaluate({"a": 1}) is True


def test_the_tokenizer_is_linear() -> None:
    # The old tokenizer copied the rest of the text at every token (text[pos:]): quadratic.
    # Counted, not timed: the tokenizer may look at each character a bounded number of times.
    text = "  a   ==   1   or" * 100 + "   a == 1   "
    tokens = tokenize(text)
    assert len(tokens) == 4 * 100 + 3 + 1
    assert [t.text for t in tokens[:4]] == ["a", "==", "1", "or"]
    assert [t.column for t in tokens[:2]] == [3, 7]
    assert tokens[-1] == Token("end", "", len(text) + 1)
    calls = 0
    real = rules._SPACE

    class Counting:
        def match(self, text: str, pos: int) -> re.Match[str] | None:
            nonlocal calls
            calls += 1
            return real.match(text, pos)

    rules._SPACE = Counting()  # type: ignore[assignment]
    try:
        tokenize(text)
    finally:
        rules._SPACE = real
    assert calls == len(tokens)  # once at the start and once after each token


def test_an_880kb_rule_is_refused_at_once() -> None:
    child = _run_child(
        """
        from keying.forms.rules import RuleError, parse_rule
        try:
            parse_rule("a == 1 or " * 88_000)
        except RuleError as exc:
            print(exc)
        """
    )
    assert child.returncode == 0, child.stderr
    assert "the rule has 880000 characters; at most 4000" in child.stdout


# --- item 8: definitions that cannot work ---------------------------------------------------

COLS = "columns: [{name: c, label: C, type: text"


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (BASE.replace("type: text", "type: date\n    format: []"), 8, "needs a format"),
        (TABLE + ", min_rows: 5, max_rows: 2}\n", 11, "min_rows (5) is greater than max_rows"),
        (
            BASE + f"  - {{name: t, label: T, type: table, {COLS}, show_if: zz == 1}}]}}\n",
            11,
            "show_if is not for columns",
        ),
        (
            BASE + f"  - {{name: t, label: T, type: table, {COLS}, show_if: c == 'x'}}]}}\n",
            11,
            "show_if is not for columns",
        ),
        (TABLE + ", pattern: x}\n", 11, "pattern is not for a table"),
        (TABLE + ", max_length: 3}\n", 11, "max_length is not for a table"),
        (BASE.replace("type: text", "type: choice\n    choices: {'': x, Y: y}"), 8, "empty"),
        (BASE.replace("type: text", "type: choice\n    choices: {' Y': x}"), 8, "spaces"),
        (BASE.replace("type: text", "type: choice\n    choices: {'[blank]': x}"), 8, "marker"),
        (BASE.replace("type: text", "type: choice\n    choices: {'[ILLEGIBLE]': x}"), 8, "marker"),
        (
            BASE.replace("type: text", "type: choice\n    max_length: 1\n    choices: {10: x}"),
            8,
            "longer than max_length 1",
        ),
        (
            BASE.replace("type: text", "type: choice\n    pattern: '^[A-Z]$'\n    choices: {a: x}"),
            8,
            "does not match the field's pattern",
        ),
        (BASE.replace("name: b", "name: and"), 8, "'and' is a word of the rule language"),
        (BASE.replace("name: b", "name: 'true'"), 8, "'true' is a word of the rule language"),
        (TABLE.replace("name: c", "name: not") + "}\n", 11, "'not' is a word"),
    ],
)
def test_definitions_that_cannot_work_are_refused(text: str, line: int, fragment: str) -> None:
    err = _refused(text)
    assert err.line == line, str(err)
    assert fragment in err.message


def test_messages_stay_on_one_line_and_short() -> None:
    err = _refused(BASE + '    "x\\ny' + "z" * 1000 + '": 1\n')
    assert "\n" not in str(err)
    assert "x\\ny" in err.message
    assert len(err.message) <= 300
    err = _refused(BASE.replace("label: B", 'label: "\\e[31mred"'))
    assert "\x1b" not in str(err)


def test_a_file_name_with_a_line_break_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.yaml"
    path.write_text(BASE.replace("version: 1", "version: 0"), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as info:
        load_form(path)
    assert "\n" not in str(info.value)
    assert "two\\nlines.yaml:3: version" in str(info.value)
