"""The rules of committing a value and finishing a document, without Qt (keying.forms.entry)."""

from __future__ import annotations

from functools import partial

from keying.forms import BLANK_ON_PAPER, ILLEGIBLE, FieldDef, load_form
from keying.forms.entry import (
    CLEAR,
    ERROR,
    INFO,
    WARNING,
    FinishGate,
    Keyed,
    Message,
    commit,
    complete_code,
    first_problem,
    reference_value,
    type_hint,
)
from keying.reconcile import same_value
from tests.support.world import ROOT

SEX = FieldDef(name="sex", label="Sex", type="choice", choices={"M": "Male", "F": "Female"})
SOURCE = FieldDef(
    name="source",
    label="Source",
    type="choice",
    choices={"SOLAR": "Solar panel", "SHS": "Solar home system", "GRID": "Grid"},
)
YES_NO = FieldDef(name="ok", label="Licensed", type="boolean")
AGE = FieldDef(name="age", label="Age", type="integer", min=0, max=120)
TOTAL = FieldDef(name="total", label="Total", type="decimal")
NAME = FieldDef(name="name", label="Name", type="text")


def test_a_code_completes_from_its_case_or_its_unique_beginning() -> None:
    assert complete_code(SEX, "f") == "F"
    assert complete_code(SOURCE, "so") == "SOLAR"
    assert complete_code(SOURCE, "s") == "s"  # SOLAR or SHS: left as typed
    assert complete_code(SOURCE, "x") == "x"
    assert complete_code(SOURCE, ILLEGIBLE) == ILLEGIBLE
    assert complete_code(NAME, "f") == "f"  # only code fields complete
    out = commit(SOURCE, "gr")
    assert (out.text, out.accepted, out.state, out.message) == ("GRID", True, "", CLEAR)


def test_yes_no_is_written_y_or_n_whatever_word_was_keyed() -> None:
    assert commit(YES_NO, "yes").text == "Y"
    assert commit(YES_NO, "0").text == "N"
    assert commit(YES_NO, "Y").text == "Y"


def test_an_error_keeps_the_operator_in_the_field() -> None:
    out = commit(AGE, "4x", pending="41")
    assert not out.accepted and out.state == ERROR
    assert out.text == "4x"  # nothing the operator keyed is lost
    assert out.message.state == ERROR and out.message.text.startswith("Age: a whole number")
    assert out.pending == "41"  # carried over unchanged


def test_a_range_warning_is_recorded_and_keying_goes_on() -> None:
    out = commit(AGE, "130")
    assert out.accepted and out.state == WARNING
    assert out.warning == "Age: above the maximum 120"
    assert out.message.state == WARNING and "recorded" in out.message.text


def test_a_marker_is_said_in_words() -> None:
    out = commit(AGE, BLANK_ON_PAPER)
    assert out.accepted and out.message.state == INFO
    assert out.message.text == "Age: keyed as blank on paper."


def test_dependent_verification_asks_once_then_keeps_the_second_keying() -> None:
    same = partial(same_value, TOTAL)
    agreed = commit(TOTAL, "30.9", reference="30.90", same=same)
    assert agreed.accepted and agreed.verification is None and agreed.pending is None
    asked = commit(TOTAL, "31.90", reference="30.90", same=same)
    assert not asked.accepted and asked.text == "" and asked.pending == "31.90"
    assert asked.state == WARNING and "differs from the other keying" in asked.message.text
    kept = commit(TOTAL, "32.00", reference="30.90", pending=asked.pending, same=same)
    assert kept.accepted and kept.text == "32.00" and kept.pending is None
    assert kept.verification == {"reference": "30.90", "first": "31.90", "confirmed": "32.00"}


def test_without_a_reference_nothing_is_verified() -> None:
    out = commit(TOTAL, "31.90", reference=None, pending="31.00")
    assert out.accepted and out.verification is None and out.pending == "31.00"


def test_the_exact_rule_is_the_default_comparison() -> None:
    assert not commit(TOTAL, "30.9", reference="30.90").accepted


def test_reference_value_at_a_field_and_a_table_cell() -> None:
    reference = {"name": "A", "members": [{"age": "4"}, {"age": 5}], "n": 3}
    assert reference_value(reference, "name") == "A"
    assert reference_value(reference, "n") is None  # not a keyed string
    assert reference_value(reference, "members[0].age") == "4"
    assert reference_value(reference, "members[1].age") is None
    assert reference_value(reference, "members[2].age") is None  # no such row
    assert reference_value(reference, "missing[0].age") is None


def test_first_problem_in_keying_order() -> None:
    keyed = [
        Keyed("name", NAME, "Sok"),
        Keyed("members[1].age", AGE, "", required=False),  # a row with nothing keyed
        Keyed("age", AGE, ""),
        Keyed("total", TOTAL, "abc"),
    ]
    problem = first_problem(keyed)
    assert problem is not None and problem.path == "age"
    assert problem.message.state == ERROR and "Age is required" in problem.message.text
    problem = first_problem(keyed[:2] + keyed[3:])
    assert problem is not None and problem.path == "total"
    assert problem.message.text == "Total: a number, for example 1250.50."
    assert first_problem(keyed[:2]) is None
    assert first_problem([Keyed("age", AGE, ILLEGIBLE)]) is None


CENSUS = load_form(ROOT / "forms" / "household_census.yaml").definition
# Household size 5 but one member keyed: the check size_matches_members fails.
SIZE_WRONG = {"household_size": "5", "members": [{"name": "A", "age": "30", "sex": "M"}]}


def test_failed_checks_hold_the_document_once_then_finish_it_as_keyed() -> None:
    gate = FinishGate(CENSUS)
    first = gate.attempt(SIZE_WRONG)
    assert not first.done and [f.name for f in first.failures] == ["size_matches_members"]
    assert first.message.state == WARNING and "press F12 again" in first.message.text
    second = gate.attempt(SIZE_WRONG)
    assert second.done and [f.name for f in second.failures] == ["size_matches_members"]
    assert second.message == Message(INFO, "Document finished.")


def test_other_failures_or_a_new_document_hold_it_again() -> None:
    gate = FinishGate(CENSUS)
    assert not gate.attempt(SIZE_WRONG).done
    young = {**SIZE_WRONG, "members": [{"name": "A", "age": "3", "sex": "M"}]}
    assert not gate.attempt(young).done  # a failure more: shown before finishing
    assert gate.attempt(young).done
    assert not gate.attempt(SIZE_WRONG).done
    gate.reset()
    assert not gate.attempt(SIZE_WRONG).done
    fine = {"household_size": "1", "members": [{"name": "A", "age": "30", "sex": "M"}]}
    assert gate.attempt(fine) == gate.attempt(fine)  # no failures: finished at once
    assert gate.attempt(fine).done and gate.attempt(fine).failures == []


def test_the_guide_names_the_type_when_a_field_has_no_instructions() -> None:
    assert type_hint(AGE) == "A whole number."
    assert type_hint(SEX).startswith("Type the code")
    assert type_hint(NAME) == "Key exactly what is written."
