"""Labels and instructions per language (issue 14, item 6): the loader accepts a plain text or
`{en: …, km: …}` and refuses a bad mapping with file:line; the station shows the operator's
language when the definition has it, else the default text."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from keying.forms import parse_form
from keying.forms.loader import FormDefinitionError
from keying.forms.local_text import LocalText, in_language
from keying.forms.subset import only_fields
from keying.ui.language import Language
from tests.support.ui import FORMS, open_station
from tests.support.world import World

KM_NAME, KM_KEY = "ឈ្មោះហាង", "សរសេរឈ្មោះហាងដូចដែលបានបោះពុម្ព។"
LO_NAME = "ຊື່ຮ້ານ"

FORM = f"""\
form: t
title: T
version: 1
fields:
  - name: a
    label: {{en: Shop name, km: {KM_NAME}, lo: {LO_NAME}}}
    type: text
    instructions:
      en: Key the shop's name as printed.
      km: {KM_KEY}
  - name: b
    label: {{km: {KM_NAME}, en: Total}}
    type: integer
  - name: c
    label: {{lo: {LO_NAME}, km: {KM_NAME}}}
    type: text
  - name: d
    label: Plain
    type: text
    instructions: As before.
"""


def test_a_label_per_language_keeps_the_default_text_for_everything_else() -> None:
    form = parse_form(FORM, "t.yaml")
    a, b, c, d = form.fields
    assert (a.label, b.label, c.label) == ("Shop name", "Total", LO_NAME)  # en, else the first
    assert a.instructions == "Key the shop's name as printed."
    assert in_language(a.label, "km") == KM_NAME and in_language(a.label, "lo") == LO_NAME
    assert in_language(a.instructions, "km") == KM_KEY
    assert in_language(a.instructions, "lo") == "Key the shop's name as printed."  # no lo: en
    assert in_language(c.label, "en") == LO_NAME
    assert type(d.label) is str and in_language(d.label, "km") == "Plain"
    assert d.instructions == "As before."
    # a pass 3's subset (dumped and validated again) and a pickled copy keep the languages
    assert isinstance(a.label, LocalText)
    assert in_language(only_fields(form, ["a"]).fields[0].label, "km") == KM_NAME
    assert pickle.loads(pickle.dumps(a.label)).languages == a.label.languages


LABELS = [
    ("empty mapping", "    label: {}\n", 6, "fields[1].label: give the text"),
    ("code in capitals", "    label: {en: x, EN: y}\n", 6, "fields[1].label.EN: 'EN' is not a"),
    ("code as a word", "    label:\n      en: x\n      Khmer: y\n", 8, "'Khmer' is not a language"),
    ("list as text", "    label:\n      en: x\n      km: [a, b]\n", 8, "the km text is a list"),
    ("mapping as text", "    label:\n      en: {x: y}\n", 7, "the en text is a mapping"),
    ("missing text", "    label:\n      en: x\n      km:\n", 8, "the km text is missing"),
    ("empty label", "    label: {en: x, km: ''}\n", 6, "fields[1].label.km: String should have"),
]
OLD_LABEL = f"    label: {{en: Shop name, km: {KM_NAME}, lo: {LO_NAME}}}\n"
REFUSED = [(case, OLD_LABEL, new, line, fragment) for case, new, line, fragment in LABELS]
REFUSED.append(
    (
        "instructions",
        "    instructions: As before.\n",
        "    instructions: {k-m: x}\n",
        20,
        "fields[4].instructions.k-m: 'k-m' is not a language code",
    )
)


@pytest.mark.parametrize(
    ("case", "old", "new", "line", "fragment"), REFUSED, ids=[r[0] for r in REFUSED]
)
def test_a_bad_label_per_language_is_refused_with_file_and_line(
    case: str, old: str, new: str, line: int, fragment: str
) -> None:
    text = FORM.replace(old, new)
    assert text != FORM
    with pytest.raises(FormDefinitionError) as info:
        parse_form(text, "t.yaml")
    assert (info.value.path, info.value.line) == ("t.yaml", line), str(info.value)
    assert fragment in str(info.value)


def test_a_too_long_text_in_one_language_is_refused() -> None:
    text = FORM.replace(f"lo: {LO_NAME}}}", f"lo: {'ກ' * 501}}}")
    with pytest.raises(FormDefinitionError, match=r"^t.yaml:6: fields\[1\].label.lo: .*500"):
        parse_form(text, "t.yaml")


KM_COMPANY, KM_COMPANY_HELP = "ឈ្មោះក្រុមហ៊ុន", "សរសេរឈ្មោះក្រុមហ៊ុនដូចដែលបានបោះពុម្ព។"


@pytest.fixture
def khmer_receipt(tmp_path: Path) -> Path:
    """The shipped receipt form with its first field's label and instructions in Khmer too."""
    text = (FORMS / "receipt.yaml").read_text(encoding="utf-8")
    text = text.replace("    label: Company\n", f"    label: {{en: Company, km: {KM_COMPANY}}}\n")
    text = text.replace(
        "    instructions: >-\n      The seller's",
        f"    instructions:\n      km: {KM_COMPANY_HELP}\n      en: >-\n        The seller's",
    )
    text = text.replace(
        "\n      the registration number (CO. REG) under it.",
        "\n        the registration number (CO. REG) under it.",
    )
    path = tmp_path / "receipt.yaml"
    path.write_text(text, encoding="utf-8")
    assert in_language(parse_form(text).fields[0].instructions, "km") == KM_COMPANY_HELP
    return path


@pytest.mark.parametrize("code", ["km", "en"])
def test_the_station_shows_the_label_and_instructions_in_the_operator_s_language(
    qtbot, new_world: Callable[..., World], khmer_receipt: Path, code: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = Language()
    try:
        assert language.install(app, code) == code
        view = open_station(qtbot, new_world(documents=1, form_path=khmer_receipt), "op1")
        form = view.current_form()
        assert form is not None
        assert form.current_editor().path == "company"
        label = form.row("company").label.text()
        guide = form.guide_text.text()
        if code == "km":
            assert (label, guide) == (KM_COMPANY, KM_COMPANY_HELP)
            assert form.guide_title.text() == KM_COMPANY
        else:
            assert label == "Company" and guide.startswith("The seller's registered name")
            assert form.guide_title.text() == "Company"
        assert form.row("address").label.text() == "Address"  # written in English only
    finally:
        language.install(app, "en")
