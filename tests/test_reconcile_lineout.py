"""The lines `keying reconcile` writes (keying.reconcile.lineout): the fast path writes what
the plain path writes, byte for byte, on the simulated batch (two and three passes, memos
cold, warm and emptied) and on the hostile-input set; the default output is `to_json` less
the explanations of fields keyed identically, `--explain-all` is `to_json` exactly; random tables
with odd cells are written the same by both paths (hypothesis)."""

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
from keying.reconcile import reconcile
from keying.reconcile.lineout import LineWriter
from keying.reconcile.lines import LineError, parse_line
from tests.test_reconcile_cli_hostile import hostile_lines
from tests.test_reconcile_fast_paths import FORM as FAST_FORM
from tests.test_reconcile_fast_paths import _tables

SURVEY = sim.survey_form()
TABLES = frozenset(f.name for f in SURVEY.fields if f.is_table)
# What an identically keyed field's explanation can be (docs/reconcile.md, Explanations).
IDENTICAL = (
    "identical",
    *(
        f"{every} {what}"
        for every in ("both", "all")
        for what in ("empty (not keyed)", "illegible", "blank on paper")
    ),
)


def _keyings(n: int, seed: int) -> list[tuple[str, tuple[dict[str, Any], ...]]]:
    docs = sim.simulate(n, seed=seed)
    third = sim.simulate(n, seed=seed + 1)  # another keying of other truths: C disagrees
    out = []
    for d, t in zip(docs, third, strict=True):
        out.append((d.document, (d.a.values, d.b.values)))
        out.append((d.document, (d.a.values, d.b.values, t.b.values)))
        out.append((d.document, (d.a.values, d.a.values)))  # every field identical
    return out


def _check_same(writer: LineWriter, document: str, keyings: tuple[dict[str, Any], ...]) -> None:
    fast = writer.line(document, reconcile(SURVEY, *keyings))
    slow = writer.slow_line(document, reconcile(SURVEY, *keyings))
    assert fast == slow


@pytest.mark.parametrize("memo_size", [1024, 3])
def test_the_fast_path_writes_what_the_plain_path_writes(memo_size: int) -> None:
    writer = LineWriter(SURVEY, memo_size=memo_size)  # 3: memos emptied again and again
    docs = _keyings(150, seed=31)
    for _ in range(2):  # memos cold, then warm
        for document, keyings in docs:
            _check_same(writer, document, keyings)


def test_hostile_lines_are_written_the_same_by_both_paths() -> None:
    """Every hostile line the reader takes (odd values: numbers, true/false, null, controls,
    invisible characters, unknown fields, empty values) against itself, a clean line and
    another such line."""
    writer = LineWriter(SURVEY)
    taken = []
    for line in hostile_lines():
        data = line if isinstance(line, bytes) else line.encode("utf-8", "surrogatepass")
        try:
            taken.append(parse_line(data, TABLES))
        except LineError:
            continue
    assert len(taken) > 50
    clean = sim.simulate(1, seed=3)[0].a.values
    for k, (document, values) in enumerate(taken):
        other = taken[(k * 7 + 1) % len(taken)][1]
        for keyings in ((values, values), (values, clean), (clean, values), (values, other)):
            _check_same(writer, document, keyings)
        _check_same(writer, document, (values, clean, other))


def test_only_identically_keyed_fields_lose_their_explanation() -> None:
    writer = LineWriter(SURVEY)
    seen = set()
    for document, keyings in _keyings(60, seed=5):
        result = reconcile(SURVEY, *keyings)
        full = result.to_json(document)
        line = json.loads(writer.line(document, result))
        assert line["values"] == json.loads(json.dumps(full["values"]))  # every value written
        for key, why in full["explanations"].items():
            if key in line["explanations"]:
                assert line["explanations"][key] == why
            else:
                assert why in IDENTICAL or why.startswith("identical ("), (key, why)
                seen.add(why)
        assert line["explanations"].keys() <= full["explanations"].keys()
    assert {"identical", "both empty (not keyed)"} <= seen


def test_explain_all_is_to_json_exactly() -> None:
    writer = LineWriter(SURVEY, explain_all=True)
    encode = msgspec.json.Encoder().encode
    for document, keyings in _keyings(40, seed=9):
        got = writer.line(document, reconcile(SURVEY, *keyings))
        assert got == encode(reconcile(SURVEY, *keyings).to_json(document))


def test_the_cli_writes_both_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = sim.simulate(120, seed=13)
    a, b, form = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "form.yaml"
    sim.write_jsonl(docs, str(a), str(b))
    sim.write_form(str(form))
    short, every = tmp_path / "short.jsonl", tmp_path / "every.jsonl"
    base = ["reconcile", "--form", str(form), str(a), str(b), "--out"]
    assert main([*base, str(short)]) == 0
    assert main([*base, str(every), "--explain-all"]) == 0
    assert capsys.readouterr().err == ""
    encode = msgspec.json.Encoder().encode
    writer = LineWriter(SURVEY)
    want_short, want_every = [], []
    for d in docs:
        want_short.append(writer.slow_line(d.document, reconcile(SURVEY, d.a.values, d.b.values)))
        want_every.append(encode(reconcile(SURVEY, d.a.values, d.b.values).to_json(d.document)))
    assert short.read_bytes() == b"".join(x + b"\n" for x in want_short)
    assert every.read_bytes() == b"".join(x + b"\n" for x in want_every)
    assert len(short.read_bytes()) < 0.8 * len(every.read_bytes())


# the second with memos emptied again and again
_TABLE_WRITERS = (LineWriter(FAST_FORM), LineWriter(FAST_FORM, memo_size=3))


@settings(max_examples=300, deadline=None)
@given(_tables(["name", "age", "sex"]), _tables(["code", "qty", "note"]), st.booleans())
def test_tables_are_encoded_row_by_row_as_the_plain_path_encodes_them(
    members: Any, items: Any, three: bool
) -> None:
    """Tables keyed identically and differing, with odd cells (numbers, true/false, null,
    markers, cells missing), two and three passes: the fast path writes what the plain path
    writes."""
    a = {"members": members[0], "items": items[0]}
    b = {"members": members[1], "items": items[1]}
    keyings = (a, b, a) if three else (a, b)
    for writer in _TABLE_WRITERS:
        for ks in (keyings, (a, a), (b, b)):
            fast = writer.line("D-1", reconcile(FAST_FORM, *ks))
            assert fast == writer.slow_line("D-1", reconcile(FAST_FORM, *ks))
