"""The compiled, cached form definition `keying reconcile` reads (keying.forms.compiled).

- reconciling with the plain copy gives exactly what the checked definition gives (the
  simulated batch, two and three passes; the shipped forms, `show_if` rules included);
- the second run on the same bytes reads the copy and never imports pydantic or YAML;
- a copy that is corrupt, altered, of other code or of other bytes is not used: the
  definition is checked again (and a broken definition is still refused, one line);
- a cache folder that cannot be written is no error.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest

from keying.bench import simulator as sim
from keying.cli import main
from keying.forms import FormDefinitionError, compiled, load_form
from keying.forms.compiled import PlainForm, entry_path, load_compiled, plain_form
from keying.forms.values import check_value
from keying.paths import shipped_forms
from keying.reconcile import reconcile

DOCS = sim.simulate(300, seed=11)


def _sim_form(tmp_path: Path) -> Path:
    path = tmp_path / "form.yaml"
    sim.write_form(str(path))
    return path


def _sha(path: Path) -> str:
    return load_form(path).sha256


def test_plain_copy_reconciles_the_simulated_batch_as_the_definition() -> None:
    form = sim.survey_form()
    plain = plain_form(form)
    for d in DOCS:
        assert reconcile(plain, d.a.values, d.b.values).to_json(d.document) == reconcile(
            form, d.a.values, d.b.values
        ).to_json(d.document)
    for d, c in zip(DOCS, DOCS[1:] + DOCS[:1], strict=True):  # a third pass that differs
        third = c.b.values if d.document[-1] in "13579" else d.a.values
        assert reconcile(plain, d.a.values, d.b.values, third).to_json(d.document) == reconcile(
            form, d.a.values, d.b.values, third
        ).to_json(d.document)


@pytest.mark.parametrize("path", shipped_forms(), ids=lambda p: p.stem)
def test_plain_copy_of_each_shipped_form_reads_as_the_definition(path: Path) -> None:
    """The copy as written to the cache and read back (texts per language included)."""
    form = load_form(path).definition
    load_compiled(path)  # a miss: checked, written
    assert entry_path(_sha(path)).is_file()
    plain = load_compiled(path)  # read back from the cache
    rules = ("case_only", "punctuation_only", "name_separator", "abbreviation", "no_value_word")
    assert plain.abbreviations == form.abbreviations
    assert plain.no_value_words == form.no_value_words
    pairs = [(f, plain.field(f.name)) for f in form.fields]
    pairs += [(c, p.column(c.name)) for f, p in pairs for c in f.columns or []]
    for f, p in pairs:
        assert (p.name, p.type, p.required, p.compare_policy, p.is_table, p.kind) == (
            f.name,
            f.type,
            f.required,
            f.compare_policy,
            f.is_table,
            f.kind,
        )
        assert (p.choices, p.choice_lookup, p.date_formats) == (
            f.choices,
            f.choice_lookup,
            f.date_formats,
        )
        assert [p.minor_rule_on(r) for r in rules] == [f.minor_rule_on(r) for r in rules]
        assert (p.show_if, p.max_length, p.pattern, p.example, p.min, p.max) == (
            f.show_if,
            f.max_length,
            f.pattern,
            f.example,
            f.min,
            f.max,
        )
        assert (p.show_rule is None) == (f.show_rule is None)
        if f.show_rule is not None and p.show_rule is not None:
            assert p.show_rule.references == f.show_rule.references
        if not f.is_table:
            for text in ("", "12", "Y", "[illegible]", "03/04/2021", "ABC-12", "x" * 300):
                assert check_value(p, text) == check_value(f, text)  # type: ignore[arg-type]


def test_plain_copy_of_the_census_form_decides_show_if_as_the_definition() -> None:
    (path,) = [p for p in shipped_forms() if p.stem == "household_census"]
    form = load_form(path).definition
    plain = plain_form(form)
    hidden = [f for f in form.fields if f.show_if is not None]
    assert hidden, "the census form has a field shown only on a condition"
    base: dict[str, Any] = {f.name: "" for f in form.fields if not f.is_table}
    for on in ("Y", "N", ""):
        for keyed in ("", "120", "[blank]"):
            a = {**base, "has_electricity": on, **{f.name: keyed for f in hidden}}
            b = {**a, "has_electricity": "Y"}
            for pair in ((a, b), (b, a), (a, a)):
                assert reconcile(plain, *pair).to_json("d") == reconcile(form, *pair).to_json("d")


def _reconcile_in_child(form: Path, tmp_path: Path) -> tuple[list[str], bytes]:
    """Run `keying reconcile` in a fresh interpreter; (modules of note it imported, output)."""
    a, b, out = (tmp_path / n for n in ("a.jsonl", "b.jsonl", "out.jsonl"))
    sim.write_jsonl(DOCS[:20], str(a), str(b))
    script = (
        "import sys\n"
        "from keying.cli import main\n"
        f"code = main(['reconcile', '--form', {str(form)!r}, {str(a)!r}, {str(b)!r},"
        f" '--out', {str(out)!r}])\n"
        "names = ('pydantic', 'yaml', 'keying.forms.model', 'keying.forms.loader')\n"
        "print(' '.join(n for n in names if n in sys.modules))\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split(), out.read_bytes()


def test_second_run_reads_the_copy_without_pydantic(tmp_path: Path) -> None:
    form = _sim_form(tmp_path)
    first, out_first = _reconcile_in_child(form, tmp_path)
    assert "pydantic" in first  # checked in full, and the copy written
    assert entry_path(_sha(form)).is_file()
    second, out_second = _reconcile_in_child(form, tmp_path)
    assert second == [], (
        f"keying reconcile imported {second} with its form cached: keying.reconcile and "
        "keying.forms.compiled may import keying.forms.model (pydantic) for typing only; "
        "what they need at run time belongs in a module without pydantic"
    )
    assert out_second == out_first
    lines = [json.loads(x) for x in out_second.splitlines()]
    assert [x["document"] for x in lines] == [d.document for d in DOCS[:20]]


def test_a_copy_is_read_only_for_the_same_bytes(tmp_path: Path) -> None:
    form = _sim_form(tmp_path)
    first = load_compiled(form)
    assert isinstance(first, PlainForm)
    again = load_compiled(form)
    assert [f.name for f in again.fields] == [f.name for f in first.fields]
    form.write_text(form.read_text().replace("Form number", "Form no."), encoding="utf-8")
    changed = load_compiled(form)
    assert entry_path(_sha(form)).is_file()  # another copy, for the other bytes
    assert [f.name for f in changed.fields] == [f.name for f in first.fields]


def _entry(form: Path) -> dict[str, Any]:
    out: dict[str, Any] = msgspec.msgpack.decode(entry_path(_sha(form)).read_bytes())
    return out


def _write(form: Path, entry: dict[str, Any]) -> None:
    entry_path(_sha(form)).write_bytes(msgspec.msgpack.encode(entry))


def _poisoned(form: Path) -> None:
    """Make the cached copy name a field `poison` (yet keep its digest right)."""
    entry = _entry(form)
    data = msgspec.msgpack.decode(entry["payload"])
    data["fields"][0]["name"] = "poison"
    payload = msgspec.msgpack.encode(data)
    entry["payload"] = payload
    entry["digest"] = hashlib.sha256(payload).hexdigest()
    _write(form, entry)


def test_the_copy_is_used_when_everything_matches(tmp_path: Path) -> None:
    form = _sim_form(tmp_path)
    load_compiled(form)
    _poisoned(form)  # a well-formed copy: taken as it is (this shows the copy is read)
    assert load_compiled(form).fields[0].name == "poison"


@pytest.mark.parametrize(
    "spoil",
    [
        "truncated",
        "garbage",
        "payload changed, digest not",
        "another stamp",
        "another file's hash",
        "an unknown type",
        "a policy the type does not allow",
        "an unknown key",
    ],
)
def test_a_bad_copy_is_not_used_and_is_rewritten(tmp_path: Path, spoil: str) -> None:
    form = _sim_form(tmp_path)
    good = load_compiled(form)
    where = entry_path(_sha(form))
    raw = where.read_bytes()
    entry = _entry(form)
    data = msgspec.msgpack.decode(entry["payload"])
    if spoil == "truncated":
        where.write_bytes(raw[: len(raw) // 2])
    elif spoil == "garbage":
        where.write_bytes(b"\x00not msgpack at all")
    else:
        if spoil == "payload changed, digest not":
            data["fields"][0]["name"] = "poison"
        elif spoil == "another stamp":
            entry["stamp"] = "0" * 64
        elif spoil == "another file's hash":
            entry["sha256"] = "0" * 64
        elif spoil == "an unknown type":
            data["fields"][0]["type"] = "no_such_type"
        elif spoil == "a policy the type does not allow":
            data["fields"][1]["compare"] = "name"  # a date field
        elif spoil == "an unknown key":
            data["fields"][0]["extra"] = 1
        if spoil in ("an unknown type", "a policy the type does not allow", "an unknown key"):
            entry["payload"] = msgspec.msgpack.encode(data)
            entry["digest"] = hashlib.sha256(entry["payload"]).hexdigest()
        else:
            entry["payload"] = msgspec.msgpack.encode(data)
        _write(form, entry)
    again = load_compiled(form)
    names = [f.name for f in again.fields]
    assert names == [f.name for f in good.fields]
    assert [f.compare_policy for f in again.fields] == [f.compare_policy for f in good.fields]
    assert where.read_bytes() == raw  # rewritten by the full check


def test_a_copy_of_other_code_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    form = _sim_form(tmp_path)
    load_compiled(form)
    _poisoned(form)
    monkeypatch.setattr(compiled, "FORMAT", compiled.FORMAT + 1)  # the code changed
    assert load_compiled(form).fields[0].name == "form_no"


def test_a_broken_definition_is_refused_and_not_cached(tmp_path: Path) -> None:
    form = tmp_path / "form.yaml"
    form.write_text("form: x\ntitle: X\nversion: 1\nfields: []\n", encoding="utf-8")
    with pytest.raises(FormDefinitionError):
        load_compiled(form)
    assert not entry_path(hashlib.sha256(form.read_bytes()).hexdigest()).exists()


def test_the_cli_refuses_a_broken_definition_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = tmp_path / "form.yaml"
    form.write_text("form: x\ntitle: X\nversion: 1\nfields: []\n", encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert main(["reconcile", "--form", str(form), str(empty), str(empty)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{form}:") and "\n" not in err


def test_a_cache_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("KEYING_CACHE_DIR", str(blocker))
    form = _sim_form(tmp_path)
    first = load_compiled(form)
    second = load_compiled(form)
    assert [f.name for f in first.fields] == [f.name for f in second.fields]
    assert list(tmp_path.glob("**/*.part")) == []
