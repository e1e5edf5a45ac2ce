"""Fuzz of the form loader and `keying form check` (issue 15): one line per bad definition.

- A corpus of several hundred malformed definitions (`keying.bench.hostile_forms`: the
  issue's classes, bad edits and text damage of the shipped forms) through `keying form
  check` in a child process limited to 500 MB of address space and bounded CPU time: one
  line per file, `file:line: message` for each bad one, exit 1, never a traceback.
- Hypothesis: random definitions built from the schema and then mutated, and random text,
  through `parse_form`: a definition or a one-line FormDefinitionError, nothing else.

The hypothesis runs are bounded for CI (`KEYING_FUZZ_EXAMPLES`, default 150 per test);
README ("Tests") says how to run them longer.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keying.bench.hostile_forms import Hostile, hostile_definitions
from keying.forms import FormDefinitionError, load_form, parse_form
from keying.forms.types import TYPES

EXAMPLES = int(os.environ.get("KEYING_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # no wall-clock asserts; hangs are caught by the corpus's CPU limit
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MEMORY_LIMIT = 500 * 1024 * 1024
CPU_LIMIT_S = 300  # for the whole corpus; it needs a few seconds
HANG_GUARD_S = 600


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT_S, CPU_LIMIT_S))


def _check_in_child(files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "keying", "form", "check", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
        preexec_fn=_limits,
        check=False,
    )


@pytest.fixture(scope="module")
def corpus() -> list[Hostile]:
    return hostile_definitions()


def test_the_corpus_is_several_hundred_mostly_bad_definitions(corpus: list[Hostile]) -> None:
    assert len(corpus) >= 400
    assert len({h.name for h in corpus}) == len(corpus)
    assert sum(h.bad for h in corpus) >= 300


def test_keying_form_check_gives_one_line_per_bad_definition(
    tmp_path: Path, corpus: list[Hostile]
) -> None:
    files = []
    for h in corpus:
        path = tmp_path / h.name
        path.write_bytes(h.text.encode("utf-8", "surrogatepass"))
        files.append(path)
    child = _check_in_child(files)
    assert child.returncode == 1, child.stderr[-2000:]
    assert "Traceback" not in child.stderr
    assert "cannot be checked" not in child.stderr  # the catch-all is for bugs only
    errors = child.stderr.splitlines()
    oks = child.stdout.splitlines()
    assert len(errors) + len(oks) == len(corpus)  # one line per file, nothing else
    by_file: dict[str, str] = {}
    for line in errors:
        m = re.match(r"^(.+?\.yaml):(\d+): (\S.*)$", line)
        assert m is not None, line
        assert int(m[2]) >= 1
        assert len(m[3]) <= 300
        by_file[Path(m[1]).name] = m[3]
    for line in oks:
        assert re.match(r"^.+?\.yaml: ok \(", line), line
    for h in corpus:
        if h.bad:
            assert h.name in by_file, f"{h.name} was accepted"
    # The issue's examples, by what the line says.
    assert by_file["issue-004.yaml"] == "anchors (&a) are not allowed"
    assert "nesting depth" in by_file["issue-006.yaml"] or "deeper" in by_file["issue-006.yaml"]
    assert "max_length" in by_file["issue-000.yaml"]


def test_each_issue_case_alone_exits_1_with_one_line(tmp_path: Path, corpus: list[Hostile]) -> None:
    # A few of the issue's cases one by one, as an author would run them.
    for h in corpus[:6]:
        path = tmp_path / h.name
        path.write_text(h.text, encoding="utf-8")
        child = _check_in_child([path])
        assert child.returncode == 1
        assert child.stdout == ""
        assert child.stderr.count("\n") == 1
        assert child.stderr.startswith(f"{path}:")


# --- hypothesis: random definitions from the schema, mutated ----------------------------

_WORDS = st.sampled_from(
    ["a", "b", "c", "x1", "and", "true", "", " Y", "[blank]", "é", "1abc", "A" * 70]
)
_SCALARS = st.one_of(
    _WORDS,
    st.integers(-(10**20), 10**20).map(str),
    st.sampled_from(["1e999", "NaN", "-0", "0.5", "2020-02-30", "2021-03-04", "~", "yes"]),
    st.sampled_from(["^(a+)+$", "(a)\\1", "[a-", "a{1001}", "(?=x)", "^[A-Z]{2}$"]),
    st.sampled_from(["a == 1", "((a)", "count(t) > 1", "sum(t.c) >", "not not a", "a.b"]),
    st.text(max_size=12),
)
_FIELD_KEYS = [
    "name", "label", "type", "required", "max_length", "pattern", "min", "max", "compare",
    "format", "choices", "min_rows", "max_rows", "zone", "instructions", "show_if",
    "two_digit_year", "minor", "colour",
]  # fmt: skip


@st.composite
def _field(draw: st.DrawFn, depth: int = 0) -> dict[str, Any]:
    kind = draw(st.sampled_from([*TYPES, "tabel"]))
    field: dict[str, Any] = {"name": draw(_WORDS), "label": draw(_WORDS), "type": kind}
    for key in draw(st.lists(st.sampled_from(_FIELD_KEYS), max_size=4, unique=True)):
        field[key] = draw(_value(key))
    if kind == "table" and depth == 0:
        field["columns"] = draw(st.lists(_field(depth=1), max_size=3))
    if kind == "date" and draw(st.booleans()):
        field["format"] = draw(st.sampled_from(["DD/MM/YYYY", [], ["YY"], "MMM D YYYY"]))
    if kind == "choice" and draw(st.booleans()):
        field["choices"] = draw(st.dictionaries(_WORDS, _WORDS, max_size=4))
    return field


def _value(key: str) -> st.SearchStrategy[Any]:
    if key == "zone":
        return st.dictionaries(st.sampled_from(["page", "x", "y", "w", "h", "z"]), _SCALARS)
    if key in ("choices", "minor", "two_digit_year"):
        return st.dictionaries(_WORDS, _SCALARS, max_size=3)
    return st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3))


@st.composite
def _definition(draw: st.DrawFn) -> dict[str, Any]:
    form: dict[str, Any] = {
        "form": draw(_WORDS),
        "title": draw(_WORDS),
        "version": draw(_SCALARS),
        "fields": draw(st.lists(_field(), min_size=0, max_size=5)),
    }
    if draw(st.booleans()):
        form["checks"] = [
            {"name": draw(_WORDS), "rule": draw(_SCALARS), "message": draw(_WORDS)}
            for _ in range(draw(st.integers(0, 3)))
        ]
    for key in draw(st.lists(st.sampled_from(["pages", "two_digit_year", "zz"]), max_size=2)):
        form[key] = draw(_SCALARS)
    return form


def _one_line_or_definition(text: str) -> None:
    try:
        parse_form(text, "fuzz.yaml")
    except FormDefinitionError as exc:
        message = str(exc)
        assert "\n" not in message and "\r" not in message
        assert message.startswith(f"fuzz.yaml:{exc.line}: ")
        assert exc.line >= 1
        assert len(exc.message) <= 300


@FUZZ
@given(_definition())
def test_random_definitions_load_or_give_one_line(tree: dict[str, Any]) -> None:
    _one_line_or_definition(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False))


@FUZZ
@given(_definition(), st.data())
def test_mutated_definitions_load_or_give_one_line(tree: dict[str, Any], data: Any) -> None:
    text = yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)
    if text:
        at = data.draw(st.integers(0, len(text) - 1))
        cut = data.draw(st.integers(0, 8))
        insert = data.draw(
            st.sampled_from(["&x ", "*x", "[", "{", ": ", "\t", "\x00", "---\n", ""])
        )
        text = text[:at] + insert + text[at + cut :]
    _one_line_or_definition(text)


@FUZZ
@given(st.text(max_size=300))
def test_random_text_loads_or_gives_one_line(text: str) -> None:
    _one_line_or_definition(text)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_load_or_give_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.yaml"
    path.write_bytes(data)
    try:
        load_form(path)
    except FormDefinitionError as exc:
        assert "\n" not in str(exc)


# --- hypothesis: what loads also works, up to the limits -------------------------------------

_PATTERNS = ["^[A-Z]{2}$", "^(a+)+$", "(x|xx)*y", "^\\p{L}+$", "[0-9]{1,1000}", "^.*$"]
_RULES = [
    "f0 == 'x'",
    "filled(f1)",
    "not blank(f0) and f1 != 3",
    "count(t) >= 1",
    "len(f0) > 2 or f1 == -3",
]


@st.composite
def _working_field(draw: st.DrawFn, i: int, column: bool = False) -> dict[str, Any]:
    kinds = [k for k in TYPES if not (column and k == "table")]
    kind = draw(st.sampled_from(kinds))
    field: dict[str, Any] = {"name": f"f{i}" if not column else f"c{i}", "label": "L"}
    field["type"] = kind
    field["required"] = draw(st.sampled_from(["true", "false"]))
    if kind != "table" and draw(st.booleans()):
        field["max_length"] = str(draw(st.sampled_from([1, 3, 10_000])))
    if kind in ("text",) and draw(st.booleans()):
        field["pattern"] = draw(st.sampled_from(_PATTERNS))
    if kind in ("integer", "decimal") and draw(st.booleans()):
        low = draw(st.sampled_from(["-1e15", "0", "1e15", "0.001"]))
        field["min"] = low
        field["max"] = "1e15"
    if kind == "date":
        field["format"] = draw(st.sampled_from(["DD/MM/YYYY", ["YY-M-D", "DD MMM YYYY"]]))
        if draw(st.booleans()):
            field["min"], field["max"] = "0001-01-01", "9999-12-31"
    if kind == "choice":
        field["choices"] = draw(
            st.dictionaries(
                st.sampled_from(["A", "b", "10", "é", "Y", "N"]), st.just("x"), min_size=1
            )
        )
        field.pop("max_length", None)
    if kind == "table":
        field["columns"] = [
            draw(_working_field(j, column=True)) for j in range(draw(st.integers(1, 3)))
        ]
        field["max_rows"] = str(draw(st.sampled_from([1, 5, 1000])))
        field["min_rows"] = str(draw(st.sampled_from([0, 1])))
    if not column and i > 1 and draw(st.booleans()):
        field["show_if"] = draw(st.sampled_from(_RULES[:3]))
    return field


@st.composite
def _working_definition(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(2, 6))
    fields = [draw(_working_field(i)) for i in range(n)]
    fields[0] = {"name": "f0", "label": "L", "type": "text", "required": "false"}
    fields[1] = {"name": "f1", "label": "L", "type": "integer", "required": "false"}
    rules = [r for r in _RULES if "count(t)" not in r]
    if draw(st.booleans()):
        rules = _RULES
        fields.append(
            {"name": "t", "label": "T", "type": "table", "columns": [fields[1] | {"name": "c"}]}
        )
    return {
        "form": "fuzz",
        "title": "T",
        "version": draw(st.sampled_from(["1", "1000000"])),
        "pages": draw(st.sampled_from(["1", "100"])),
        "fields": fields,
        "checks": [{"name": f"k{j}", "rule": r, "message": "m"} for j, r in enumerate(rules)],
    }


_HOSTILE_VALUES = ["a" * 50 + "!", "x" * 20_000, "[blank]", "[illegible]", "", " 1,000 ", "١٢"]


@FUZZ
@given(_working_definition(), st.randoms(use_true_random=False))
def test_definitions_that_load_work_in_the_demo_the_checks_and_the_reconciler(
    tree: dict[str, Any], rng: Any
) -> None:
    from keying.demo.values import generate_values
    from keying.forms import check_value, run_checks, visible_fields
    from keying.reconcile import reconcile

    text = yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)
    try:
        form = parse_form(text, "fuzz.yaml")
    except FormDefinitionError as exc:
        assert "\n" not in str(exc)
        return
    a = generate_values(form, rng)
    b = dict(a)
    for field in form.fields:
        if field.is_table:
            for col in field.columns or []:
                for raw in _HOSTILE_VALUES:
                    check_value(col, raw)
            b[field.name] = [{c.name: rng.choice(_HOSTILE_VALUES) for c in field.columns or []}]
        else:
            for raw in _HOSTILE_VALUES:
                check_value(field, raw)
            b[field.name] = rng.choice(_HOSTILE_VALUES)
    for values in (a, b):
        run_checks(form, values)
        visible_fields(form, values)
    assert reconcile(form, a, b).status in ("agreed", "discrepant")
    assert not reconcile(form, a, dict(a)).discrepancies
