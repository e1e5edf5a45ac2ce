"""The training score's rule on compare keys (`services/training_keys.py`, docs/training.md):
key texts are equal exactly when the reconciler's keys are, and the score counts the values a
second keyer would disagree on. The database's copy of the rule is checked against this one
in tests/test_pg_training_server.py."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

from keying.reconcile.normalize import Normalizer
from keying.services.training_keys import (
    NOTHING_TEXT,
    compare_keys,
    key_text,
    keyed_keys,
    score_keys,
)
from tests.test_training import FORM, GOLD, keyed_with


def test_key_texts_are_equal_exactly_when_the_keys_are() -> None:
    keys = [
        Decimal("1.0"),
        Decimal("1"),
        1,
        Decimal("-0"),
        Decimal("0.00"),
        Decimal("10"),
        Decimal("1E+1"),
        "1",
        "1.0",
        "a\\0b",
        "a\x00b",
        date(2021, 4, 3),
        "2021-04-03",
        ("code", "1"),
        ("code", Decimal("1")),
        ("\x00nothing",),
    ]
    for x in keys:
        for y in keys:
            assert (key_text(x) == key_text(y)) == (x == y), (x, y)


def test_nothing_keyed_has_the_text_the_database_reads_for_a_value_not_sent() -> None:
    for field in FORM.fields:
        for f in field.columns or [field]:
            for raw in ("", "   ", "[blank]"):
                assert key_text(Normalizer(f).key(raw)) == NOTHING_TEXT


def test_a_row_left_out_is_one_mistake_and_the_other_rows_meet_their_partners() -> None:
    third = {"name": "Dara", "age": "12", "sex": "M"}
    gold = {**GOLD, "members": [*GOLD["members"], third]}
    keyed = keyed_with(members=[GOLD["members"][0], {**third, "age": "21"}])
    result = score_keys(compare_keys(FORM, gold), keyed_keys(FORM, keyed))
    assert result.fields == 7 + 3 * 3
    assert result.wrong == [
        {"field": "members", "row": 1, "keyed_row": None, "column": None},  # left out
        {"field": "members", "row": 2, "keyed_row": 1, "column": "age"},
    ]
    assert result.errors == 2


def test_normalization_markers_and_fields_not_sent() -> None:
    gold = {**GOLD, "remarks": "[illegible]"}
    keyed = keyed_with(
        head_name=unicodedata.normalize("NFD", " Chan  Sokha"),
        household_size="004",
        remarks="[illegible]",
    )
    keys = keyed_keys(FORM, keyed)
    assert score_keys(compare_keys(FORM, gold), keys).wrong == []
    del keys["form_no"]  # not sent: read as nothing keyed
    keys["remarks"] = 7  # not a key text: nothing keyed
    result = score_keys(compare_keys(FORM, gold), keys)
    assert [w["field"] for w in result.wrong] == ["form_no", "remarks"]
