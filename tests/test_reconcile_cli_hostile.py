"""Several hundred hostile inputs for `keying reconcile`, generated here: none may raise
(print a traceback), hang or destroy a file. Each malformed line is one `file:line:` line on
stderr; every well-formed document still gets exactly one result; an existing output file is
either replaced by a complete output or left as it was; inputs are never touched.

Sizes are kept small enough for CI (the large cases of issue 10 are in
test_reconcile_cli_input.py)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from keying.bench import simulator as sim
from keying.cli import main
from keying.reconcile.lines import MAX_DOCUMENT_CHARS, MAX_ROWS, MAX_VALUE_CHARS

VALID = json.dumps(
    {
        "document": "V",
        "values": {
            "head_name": "Sokha Chan",
            "household_size": "4",
            "visit_date": "03/04/2021",
            "members": [{"name": "Dara", "age": "30", "sex": "F"}],
        },
    }
)


def _doc(doc: Any, values: Any) -> str:
    return json.dumps({"document": doc, "values": values}, ensure_ascii=False)


def hostile_lines() -> Iterator[str | bytes]:
    """Lines that are each wrong (or odd but valid) in their own way."""
    raw = VALID.encode()
    # Every truncation of a valid line, and random byte damage.
    for cut in range(1, len(raw)):
        yield raw[:cut]
    rng = random.Random(10)
    for _ in range(80):
        damaged = bytearray(raw)
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(len(damaged))
            damaged[pos] = rng.choice(b'\x00\xff\xfe\x80\xc3"{}[],:\\\t\r 0aZ\x1b')
        yield bytes(damaged.replace(b"\n", b" "))
    # Not objects, odd documents.
    yield from ("[]", "[1, 2]", '"text"', "42", "null", "true", "{}", '{"values": {}}')
    for doc in ("", "   ", None, 7, ["D"], {"id": 1}, "x" * (MAX_DOCUMENT_CHARS + 1), "\x1b[2J"):
        yield _doc(doc, {})
    yield _doc("tab\there\nnewline", {})
    yield '{"document": "\\ud83d", "values": {}}'  # lone high surrogate in the id
    # Values of every wrong kind, in a scalar field, a table and a cell.
    wrong: list[str] = [
        "{}",
        '{"a": 1}',
        "[]",
        '["SHOP"]',
        "[[1]]",
        "NaN",
        "-NaN",
        "Infinity",
        "-Infinity",
        "1e400",
        "-1e400",
        "1e-999",
        "-0",
        "-0.0",
        "0",
        "1.0",
        "12345678901234567890.55",
        "9" * 5000,
        "true",
        "false",
        "null",
        '"\\ud800"',
        '"\\udc00"',
        '"\\udc00\\ud800"',
        '"a\\u0000b"',
        '"\\u202e\\u200b\\u00ad"',
        '"' + "a" * (MAX_VALUE_CHARS + 1) + '"',
        '"' + "\\u00e9" * (MAX_VALUE_CHARS // 6 + 2) + '"',
    ]
    templates = [
        '{"document": "W", "values": {"head_name": @}}',
        '{"document": "W", "values": {"members": @}}',
        '{"document": "W", "values": {"members": [@]}}',
        '{"document": "W", "values": {"members": [{"name": @}]}}',
        '{"document": "W", "values": @}',
        '{"document": @, "values": {}}',
    ]
    for w in wrong:
        for template in templates:
            yield template.replace("@", w)
    # Nesting, at many depths, in ignored keys and in values.
    for depth in (2, 10, 100, 500, 999, 1000, 1001, 3000):
        nest = "[" * depth + "]" * depth
        yield '{"document": "N", "ignored": ' + nest + ', "values": {}}'
        nest = '{"a":' * depth + "1" + "}" * depth
        yield '{"document": "N", "values": {"remarks": ' + nest + "}}"
    # Tables: too many rows, rows of the wrong shape.
    rows = [{"name": f"P{i}", "age": "1", "sex": "M"} for i in range(MAX_ROWS + 1)]
    yield _doc("T", {"members": rows})
    yield _doc("T", {"members": [None, {"name": "A"}]})
    yield _doc("T", {"members": [{"name": "A", "age": {"v": 1}}]})
    yield _doc("T", {"members": {"0": {"name": "A"}}})
    # Odd but valid: many fields, duplicate keys, unknown fields, BOM inside a line.
    yield _doc("M", {f"f{i}": str(i) for i in range(5000)})
    yield '{"document": "K", "values": {"head_name": "A", "head_name": "B"}}'
    yield "\ufeff" + VALID
    yield VALID + " trailing"
    yield VALID.replace("{", "{\r", 1)


def _lines_with_ids() -> list[bytes]:
    out = []
    for k, line in enumerate(hostile_lines()):
        data = line if isinstance(line, bytes) else line.encode("utf-8", "surrogatepass")
        # Give each line its own document id where the id is plain, so results can be counted.
        data = data.replace(b'"document": "V"', f'"document": "H{k}"'.encode(), 1)
        out.append(data.replace(b"\n", b"\\n"))
    return out


LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): (?P<message>.+)$")


def _check_run(
    tmp_path: Path, a_lines: list[bytes], b_lines: list[bytes], hostile: Path
) -> tuple[list[dict[str, Any]], list[str]]:
    form, a, b = tmp_path / "form.yaml", tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    sim.write_form(str(form))
    a.write_bytes(b"".join(x + b"\n" for x in a_lines))
    b.write_bytes(b"".join(x + b"\n" for x in b_lines))
    before = {p: p.read_bytes() for p in (a, b, form)}
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    code = main(["reconcile", "--form", str(form), str(a), str(b), "--out", str(out)])
    assert code in (0, 1)
    assert {p: p.read_bytes() for p in (a, b, form)} == before  # inputs untouched
    results = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return results, [str(hostile)]


@pytest.mark.parametrize("hostile_side", ["a", "b"])
def test_hundreds_of_hostile_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], hostile_side: str
) -> None:
    lines = _lines_with_ids()
    assert len(lines) > 400
    clean = [f'{{"document": "C{k}", "values": {{}}}}'.encode() for k in range(len(lines))]
    # Hostile lines interleaved with clean ones; the other file has the clean ones only.
    mixed = [x for pair in zip(clean, lines, strict=True) for x in pair]
    a_lines, b_lines = (mixed, clean) if hostile_side == "a" else (clean, mixed)
    results, _ = _check_run(tmp_path, a_lines, b_lines, tmp_path / f"{hostile_side}.jsonl")
    err = capsys.readouterr().err
    hostile_path = str(tmp_path / f"{hostile_side}.jsonl")
    per_line: dict[int, int] = {}
    for message in err.splitlines():
        assert "Traceback" not in message
        m = LINE.match(message)
        if m is None or m["path"] != hostile_path:
            # Only documents reported missing or not in A (hostile lines that were valid).
            assert " is missing" in message or " is not in " in message, message
            continue
        n = int(m["line"])
        per_line[n] = per_line.get(n, 0) + 1
        assert n % 2 == 0, message  # only hostile lines (even line numbers) are reported
    assert all(count == 1 for count in per_line.values())  # one line each
    assert len(per_line) > 300  # most of them are refused
    # Every clean document has exactly one result (nothing lost, nothing twice).
    docs = [r["document"] for r in results]
    for k in range(len(lines)):
        assert docs.count(f"C{k}") == 1
    # Results are whole JSON objects with the documented shape.
    for r in results:
        assert r["status"] in ("agreed", "discrepant", "missing")


CASES: dict[str, tuple[bytes, bytes]] = {
    "both empty": (b"", b""),
    "blank lines only": (b"\n\n  \n\t\n", b"\n"),
    "no final newline": (VALID.encode(), VALID.encode() + b"\n"),
    "CRLF": ((VALID + "\r\n").encode(), (VALID + "\r\n").encode()),
    "BOM": (b"\xef\xbb\xbf" + VALID.encode() + b"\n", VALID.encode() + b"\n"),
    "BOM out of order": (
        (VALID + "\n" + _doc("Z", {}) + "\n").encode(),
        b"\xef\xbb\xbf" + (_doc("Z", {}) + "\n" + VALID + "\n").encode(),
    ),
    "one document 200 times": (((VALID + "\n") * 200).encode(), (VALID + "\n").encode()),
    "repeats on both sides": (
        "".join(_doc(f"D{k % 7}", {}) + "\n" for k in range(50)).encode(),
        "".join(_doc(f"D{(k * 3) % 7}", {}) + "\n" for k in range(50)).encode(),
    ),
    "B reversed with repeats": (
        "".join(_doc(f"D{k}", {}) + "\n" for k in range(40)).encode(),
        "".join(_doc(f"D{k}", {}) + "\n" for k in [*range(39, -1, -1), 5, 5, 39]).encode(),
    ),
    "B lacks everything": ("".join(_doc(f"D{k}", {}) + "\n" for k in range(30)).encode(), b""),
    "only garbage": (bytes(range(256)) * 4, b"\x00" * 1000),
    "NUL bytes": (b"\x00\n" * 10, b"\x00" * 10),
    "binary": (random.Random(3).randbytes(20000), random.Random(4).randbytes(20000)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    a_data, b_data = CASES[case]
    results, _ = _check_run(tmp_path, [a_data], [b_data], tmp_path)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    docs = [r["document"] for r in results]
    a_docs = [r["document"] for r in results if r.get("missing") != ["a"]]
    assert len(a_docs) == len(set(a_docs))  # one result per document of A
    assert len(docs) == len(set(docs))
    for message in err.splitlines():
        assert LINE.match(message) or message.endswith(("is missing", ".jsonl")), message
