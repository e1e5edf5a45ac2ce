"""The messages about a value in the operator's language (issue 14): keying.forms builds them
without Qt as `Said` texts (English, with their template and arguments); the station speaks
them in Khmer, Lao or French through the shipped translations. Every template that a wrong
value of any shipped form produces is translated in each file."""

from __future__ import annotations

import pickle
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from keying.forms import load_form, parse_form
from keying.forms.entry import FinishGate, Keyed, commit, first_problem
from keying.forms.local_text import in_language
from keying.forms.model import FieldDef
from keying.forms.values import check_value
from keying.forms.wording import Said, say, spoken
from keying.ui.language import CONTEXT, TRANSLATIONS, Language
from tests.support.ui import FORMS, key_field, open_station
from tests.support.world import World

CODES = ["km", "lo", "fr", "sw"]
CENSUS = FORMS / "household_census.yaml"
WRONG = ["abc", "12,34,5", "5 June", "ZZZZ9", "maybe", "25h", "31/02/2021", "00/13/2020", "?" * 3]


def templates(text: Any) -> Iterator[str]:
    """Every template of a message and of the messages inside it."""
    if isinstance(text, Said):
        yield text.template
        for arg in text.args:
            yield from templates(arg)


def translator(code: str) -> Callable[[str], str]:
    qm = QTranslator()
    assert qm.load(str(TRANSLATIONS / f"keying_{code}.qm"))

    def tr(source: str) -> str:
        return qm.translate(CONTEXT, source) or source

    tr.keep = qm  # type: ignore[attr-defined]
    return tr


def translated(code: str) -> set[str]:
    root = ET.parse(TRANSLATIONS / f"keying_{code}.ts").getroot()
    return {
        m.findtext("source") or ""
        for m in root.iter("message")
        if (t := m.find("translation")) is not None and t.text and t.get("type") is None
    }


def leaf_fields() -> list[FieldDef]:
    out = []
    for path in sorted(FORMS.glob("*.yaml")):
        for field in load_form(path).definition.fields:
            out.extend(field.columns or [] if field.is_table else [field])
    return out


def messages_of_shipped_forms() -> list[Any]:
    """What the station can say about any field of the shipped forms: wrong values, range
    warnings, markers, required values left empty, hints."""
    out: list[Any] = []
    for field in leaf_fields():
        out.append(field.kind.hint(field))
        for wrong in WRONG:
            outcome = commit(field, wrong)
            out.append(outcome.message.text)
        for bound in (field.min, field.max):
            if bound is not None and field.type in ("integer", "decimal"):
                far = str(bound - 1 if bound is field.min else bound + 1)
                out.append(commit(field, far).message.text)
        out.append(commit(field, "[illegible]").message.text)
        problem = first_problem([Keyed(field.name, field, "")])
        if problem is not None:
            out.append(problem.message.text)
    return out


def test_a_message_is_english_text_that_keeps_its_template_and_arguments() -> None:
    form = load_form(CENSUS).definition
    visit = next(f for f in form.fields if f.name == "visit_date")
    error = check_value(visit, "31/02/2021").error
    assert error == "February 2021 has no day 31; a date as DD/MM/YYYY, for example 01/01/2020"
    assert isinstance(error, Said) and type(str(error)) is str
    assert pickle.loads(pickle.dumps(error)) == error
    assert pickle.loads(pickle.dumps(error)).template == error.template
    words = {"{0} {1} has no day {2}": "[{2}/{1}/{0}]", "February": "FEB"}
    assert spoken(error, lambda s: words.get(s, s), "xx").startswith("[31/2021/FEB]; a date")
    # a translation that lost a placeholder does not break the message: English then
    assert spoken(say("{0} to {1}", 1, 2), lambda s: "{0} {5}", "km") == "1 to 2"


def test_a_range_warning_is_recorded_in_english_and_shown_in_the_operator_s_language() -> None:
    field = next(f for f in load_form(CENSUS).definition.fields if f.name == "household_size")
    outcome = commit(field, "31")
    assert outcome.warning == "Persons in household: above the maximum 30"
    assert type(outcome.warning) is str  # what is recorded is plain English text
    km = spoken(outcome.message.text, translator("km"), "km")
    assert km.startswith("ចំនួនសមាជិកគ្រួសារ៖ លើសអតិបរមា 30 ឧទាហរណ៍ ")  # the km label too
    assert "recorded" not in km and "above" not in km


@pytest.mark.parametrize("code", CODES)
def test_every_message_of_the_shipped_forms_is_translated(code: str) -> None:
    said = messages_of_shipped_forms()
    used = {t for text in said for t in templates(text)}
    assert len(used) > 30
    assert used <= translated(code), sorted(used - translated(code))
    tr = translator(code)
    for text in said:
        spoken_text = spoken(text, tr, code)
        assert (spoken_text and spoken_text != str(text)) or not isinstance(text, Said), text
    # the finish gate's words too
    gate = FinishGate(load_form(CENSUS).definition)
    attempt = gate.attempt({"household_size": "3", "members": []})
    assert set(templates(attempt.message.text)) <= translated(code)


def test_the_code_list_and_title_follow_the_language_where_the_form_writes_them() -> None:
    form = parse_form(
        "form: t\ntitle: {en: Census, km: ជំរឿន}\nversion: 1\nfields:\n"
        "  - name: w\n    label: Water\n    type: choice\n"
        "    choices: {PIPE: {en: Piped water, lo: ນ້ຳປະປາ}, RAIN: Rain water}\n",
        "t.yaml",
    )
    assert form.title == "Census" and in_language(form.title, "km") == "ជំរឿន"
    choices = form.fields[0].choices or {}
    assert choices == {"PIPE": "Piped water", "RAIN": "Rain water"}  # exports, dictionaries
    assert in_language(choices["PIPE"], "lo") == "ນ້ຳປະປາ"
    assert in_language(choices["RAIN"], "lo") == "Rain water"
    assert form.fields[0].kind.dictionary_codes(form.fields[0], False) == (
        "PIPE=Piped water; RAIN=Rain water"
    )


def test_a_bad_choice_label_per_language_is_refused_with_its_line() -> None:
    from keying.forms.loader import FormDefinitionError

    text = (
        "form: t\ntitle: T\nversion: 1\nfields:\n  - name: w\n    label: W\n    type: choice\n"
        "    choices:\n      PIPE:\n        en: Piped\n        Khmer: x\n"
    )
    with pytest.raises(FormDefinitionError, match=r"^t.yaml:11: .*'Khmer' is not a language"):
        parse_form(text, "t.yaml")


def test_a_khmer_operator_sees_the_census_and_its_messages_in_khmer(
    qtbot, new_world: Callable[..., World]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = Language()
    try:
        assert language.install(app, "km") == "km"
        view = open_station(qtbot, new_world(documents=1, form_path=CENSUS), "op1")
        form = view.current_form()
        assert form is not None
        assert form._layout.title.text() == "ទម្រង់ជំរឿនគ្រួសារ"
        assert form.row("form_no").label.text() == "លេខទម្រង់"
        key_field("KA-004512")
        assert form.current_editor().path == "visit_date"
        key_field("31/02/2021")
        said = form.message.text()
        assert said == (
            "កាលបរិច្ឆេទចុះសួរ៖ ខែកុម្ភៈ ឆ្នាំ 2021 គ្មានថ្ងៃទី 31 ទេ; "
            "កាលបរិច្ឆេទជាទម្រង់ DD/MM/YYYY ឧទាហរណ៍ 01/01/2020។ កែវា ឬចុច F2 / F3។"
        )
        hint = form.row("has_electricity").hint
        assert hint is not None and "មាន" in hint.text() and "Yes" not in hint.text()
    finally:
        language.install(app, "en")
