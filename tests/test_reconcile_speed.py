"""The reconciler's speed paths (issue 10, Speed) change no result.

- each policy's `canonical` pattern matches only keyed texts that are their own normalized
  value (`display([raw]) == raw`), whatever the field's formats;
- the CLI's output on a simulated batch, two and three passes, is byte for byte what a
  reference path written here gives: agreed values and explanations of identically keyed
  fields made one by one by the plain functions (`Normalizer.display`, the explanation
  rules of docs/reconcile.md), no memo, no pattern, no C-loop lookup.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keying.bench import simulator as sim
from keying.cli import main
from keying.forms import BLANK_ON_PAPER, ILLEGIBLE, parse_form
from keying.reconcile import reconcile
from keying.reconcile.fields import Cell
from keying.reconcile.normalize import as_text
from keying.reconcile.tables import Table, as_rows

FORM = parse_form(
    """
form: speed
title: Speed paths
version: 1
two_digit_year: {pivot: 30}
fields:
  - {name: ref, label: Ref, type: text, compare: exact}
  - {name: note, label: Note, type: text, required: false}
  - {name: who, label: Who, type: text, compare: name}
  - {name: qty, label: Qty, type: integer}
  - {name: amount, label: Amount, type: decimal}
  - {name: dmy, label: Day, type: date, format: [DD/MM/YYYY, DD-MMM-YY]}
  - {name: mdy, label: Day US, type: date, format: [MM/DD/YYYY, D/M/YYYY, M/D/YY]}
  - {name: iso, label: Day ISO, type: date, format: [YYYY-MM-DD, DDMMYY, D.M.YYYY]}
  - {name: old, label: Old day, type: date, format: [D/M/YY],
     two_digit_year: {century: 1800}}
  - {name: odd, label: Odd century, type: date, format: [DD/MM/YY, DD/MM/YYYY],
     two_digit_year: {century: 100}}
  - {name: at, label: At, type: time}
  - {name: sex, label: Sex, type: choice, choices: {M: Male, F: Female}}
""",
    "<test>",
)
SCALARS = [f for f in FORM.fields if not f.is_table]

digit = st.sampled_from("0123456789")
two = st.builds(lambda a, b: a + b, digit, digit)
month_word = st.sampled_from(["Jan", "Feb", "Apr", "APR", "apr", "Sep", "Dec", "Foo"])
sep = st.sampled_from(["/", "-", ".", " ", ""])
# Texts near the patterns' edges: dates valid and not (31/04, 29/02, 00, 13th month),
# padded or not, in each field's formats and others; numbers canonical and not; spaces,
# markers, non-ASCII, controls.
keyed = st.one_of(
    st.builds(
        lambda d, m, y, s: f"{d}{s}{m}{s}{y}",
        two,
        two,
        st.builds("".join, st.lists(digit, min_size=2, max_size=4)),
        sep,
    ),
    st.builds(
        lambda d, m, y, s: f"{d}{s}{m}{s}{y}",
        st.integers(0, 32).map(str),
        st.integers(0, 13).map(str),
        st.integers(0, 2100).map(str),
        sep,
    ),
    st.builds(lambda d, m, y: f"{d}-{m}-{y}", two, month_word, two),
    st.builds(lambda y, m, d: f"{y}-{m}-{d}", st.integers(900, 2100).map(str), two, two),
    st.sampled_from(
        [
            "29/02/2024",
            "29/02/2023",
            "31/04/2021",
            "30/04/2021",
            "01/01/0999",
            "02/29/2024",
            "2/29/24",
            "29-Feb-24",
            "290224",
            "310421",
            "1.1.2020",
            "01.01.2020",
            "9:05",
            "09:05",
        ]
    ),
    st.sampled_from(
        [
            "0",
            "-0",
            "00",
            "007",
            "4.0",
            "4.",
            ".5",
            "0.5",
            "0.0000001",
            "0.000001",
            "0.1234567",
            "12.50",
            "1,000",
            "+3",
            "١٢",
            "１２",
            "1e3",
        ]
    ),
    st.sampled_from(["", " ", "[blank]", "[illegible]", " [blank]", "m", "M", "N/A"]),
    st.text(alphabet="aZ7- .\t\u00a0\u200b\u00ade\u0301\x1f~", max_size=8),
)


@given(st.sampled_from(SCALARS), keyed)
@settings(max_examples=1500, deadline=None)
def test_a_canonical_text_is_its_own_normalized_value(field: Any, raw: str) -> None:
    cell = Cell(field, FORM)
    if cell.norm.canonical(raw) is not None:
        assert cell.norm.display([raw]) == raw
    assert cell.identical_value(raw) == cell.norm.display([raw])


def test_the_patterns_take_the_common_canonical_values() -> None:
    """The speed paths are taken where they were meant to be (else they only cost)."""
    for name, raw in [
        ("ref", "KH-000123"),
        ("note", "Dog at gate."),
        ("who", "Sok Dara"),
        ("qty", "12"),
        ("amount", "1234.50"),
        ("amount", "0.25"),
        ("dmy", "28/02/2023"),
        ("dmy", "31-Dec-99"),
        ("mdy", "12/31/2020"),
        ("iso", "2020-04-30"),
        ("iso", "300421"),  # DDMMYY, not YYYY-MM-DD
        ("iso", "1.1.2020"),
        ("old", "1/2/03"),
    ]:
        assert Cell(FORM.field(name), FORM).norm.canonical(raw) is not None, (name, raw)
    for name, raw in [
        ("note", "Dog  at gate"),
        ("who", "José"),  # not ASCII: NFC is the policy's business
        ("qty", "012"),
        ("qty", "4.0"),
        ("amount", "0.0000001"),
        ("dmy", "29/02/2024"),  # a leap day: left to the parser
        ("dmy", "31/04/2021"),
        ("dmy", "3/4/2021"),
        ("dmy", "31-DEC-99"),
        ("mdy", "1/2/2020"),  # fits MM/DD/YYYY's pattern first
        ("mdy", "13/1/2020"),  # the same (no such month there: left to the parser)
        ("odd", "01/02/03"),  # a century before year 1000: left to the parser
        ("at", "09:05"),
        ("sex", "M"),
    ]:
        assert Cell(FORM.field(name), FORM).norm.canonical(raw) is None, (name, raw)


# --- the reference path ------------------------------------------------------------------


def _plain_value(cell: Cell, raw: Any) -> str:
    return cell.norm.display([as_text(raw)])


def _plain_reason(cell: Cell, raw: Any, passes: int) -> str:
    """docs/reconcile.md, Explanations, for a value every pass keyed the same."""
    text = as_text(raw).strip()
    every = "both" if passes == 2 else "all"
    if not text:
        if cell.required:
            return f"{every} empty: agreed on blank (nothing on paper)"
        return f"{every} empty (not keyed)"
    if text == ILLEGIBLE:
        return f"{every} illegible"
    if text == BLANK_ON_PAPER:
        return f"{every} blank on paper"
    return "identical"


def _reference(form: Any, document: str, keyings: tuple[dict[str, Any], ...]) -> dict[str, Any]:
    """`to_json` of the reconciliation, with every value and explanation the reconciler
    did not decide itself made here, field by field, by the plain functions."""
    r = reconcile(form, *keyings)
    units = {f.name: (Table(f, form) if f.is_table else Cell(f, form)) for f in form.fields}
    decided, reasons = r.decided or {}, r.reasons or {}
    passes = len(keyings)
    values: dict[str, Any] = {}
    explanations: dict[str, Any] = {}
    for name, unit in units.items():
        raw = keyings[0].get(name)
        if name in decided:
            values[name] = r.plan.finishers[name](decided[name])
        elif isinstance(unit, Table):
            values[name] = [
                {c.name: _plain_value(c, row.get(c.name)) for c in unit.cells}
                for row in as_rows(raw)
            ]
        else:
            values[name] = _plain_value(unit, raw)
        if name not in reasons:
            explanations[name] = (
                unit.identical_reason(raw, passes)
                if isinstance(unit, Table)
                else _plain_reason(unit, raw, passes)
            )
        else:
            explanations[name] = None  # its place in the form's order; filled in below
    for key, why in reasons.items():
        explanations[key] = why if isinstance(why, str) else why.reason()
    out = {
        "document": document,
        "status": r.status,
        "values": values,
        "discrepancies": [d.to_json(passes == 3) for d in r.discrepancies],
        "explanations": explanations,
    }
    if passes == 3:
        out["dissent"] = dict(r.dissent or {})
    return out


def _encode(objs: list[dict[str, Any]]) -> bytes:
    enc = msgspec.json.Encoder()
    return b"".join(enc.encode(o) + b"\n" for o in objs)


@pytest.mark.parametrize("passes", [2, 3])
def test_cli_output_is_byte_for_byte_the_reference_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], passes: int
) -> None:
    docs = sim.simulate(400, seed=23)
    third = sim.simulate(400, seed=24)  # another keying of other truths: C disagrees often
    a, b, c, form = (tmp_path / n for n in ("a.jsonl", "b.jsonl", "c.jsonl", "form.yaml"))
    sim.write_jsonl(docs, str(a), str(b))
    sim.write_jsonl(
        [sim.SimDoc(d.document, d.truth, t.b, t.a) for d, t in zip(docs, third, strict=True)],
        str(c),
        str(tmp_path / "unused.jsonl"),
    )
    sim.write_form(str(form))
    out = tmp_path / "out.jsonl"
    args = ["reconcile", "--form", str(form), str(a), str(b), "--out", str(out), "--explain-all"]
    if passes == 3:
        args += ["--third", str(c)]
    assert main(args) == 0, capsys.readouterr().err
    survey = sim.survey_form()
    want = []
    for d, t in zip(docs, third, strict=True):
        keyings = (d.a.values, d.b.values) if passes == 2 else (d.a.values, d.b.values, t.b.values)
        want.append(_reference(survey, d.document, keyings))
    got = out.read_bytes()
    assert got == _encode(want)
    assert b'"identical"' in got and b'"discrepancy: ' in got  # both kinds of fields met


@given(st.lists(st.tuples(st.sampled_from(SCALARS), keyed, keyed), max_size=6))
@settings(max_examples=200, deadline=None)
def test_any_document_is_the_reference_paths(items: list[tuple[Any, str, str]]) -> None:
    a: dict[str, Any] = {}
    b: dict[str, Any] = {}
    for field, x, y in items:
        a[field.name], b[field.name] = x, y if len(y) % 2 else x  # half keyed the same
    for keyings in ((a, b), (a, a), (a, b, a), (b, b, b)):
        got = reconcile(FORM, *keyings).to_json("d")
        assert json.dumps(got) == json.dumps(_reference(FORM, "d", keyings))


def test_the_bench_runs_the_cli_with_its_bytecode_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    """`keying bench` measures the CLI as installed: a shell's PYTHONDONTWRITEBYTECODE would
    have every run compile every module again; the rest of the environment is passed on
    (as it is when the figure is taken, not when the module was imported)."""
    from keying.bench.reconcile import _env

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("KEYING_DATA_DIR", "/nowhere/else")
    env = _env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["KEYING_DATA_DIR"] == "/nowhere/else"
