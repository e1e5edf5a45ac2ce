"""Training scored by PostgreSQL (migration 0014, docs/training.md): the database scores a
trainee's keying by the same rule as the app (`training_keys.score_keys`), records the score
and the qualification itself, and gives the true values back only for the document just
submitted; an account's own role, by hand (`psql` with its own password), reads no true
values and writes no score or qualification."""

from __future__ import annotations

import copy
import json
import random
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from keying.forms import load_form
from keying.services.training import grant, set_threshold
from keying.services.training_gold import prepare_gold_keys
from keying.services.training_keys import compare_keys, keyed_keys, score_keys
from keying.storage.models import Document, TrainingScore
from tests.support.world import World
from tests.test_pg_gatekeeper import psql, refused, workstation
from tests.test_pg_training import ids, shop
from tests.test_training import (
    FORM,
    GOLD,
    TWO_MISTAKES,
    assert_both_mistakes_shown,
    figures,
    keyed_with,
)

pytestmark = pytest.mark.postgres
__all__ = ["shop"]  # the fixture, shared

RECEIPT = load_form(Path(__file__).resolve().parents[1] / "forms" / "receipt.yaml").definition


# --- the database and the app score alike -----------------------------------------------------


def _scalar_variant(rng: random.Random, value: Any) -> Any:
    text_value = value if isinstance(value, str) else ""
    choice = rng.randrange(12)
    if choice == 0:
        return ""
    if choice == 1:
        return "[illegible]"
    if choice == 2:
        return "[blank]"
    if choice == 3:
        return f"  {text_value}  ".replace(" ", "   ")
    if choice == 4:
        return unicodedata.normalize("NFD", text_value)
    if choice == 5:
        return text_value.upper()
    if choice == 6:
        return "0" + text_value
    if choice == 7 and len(text_value) > 1:
        return text_value[1] + text_value[0] + text_value[2:]
    if choice == 8:
        return rng.choice(["x", "12", "3/4/2021", "120.5", "Chân Sokha", "Y"])
    if choice == 9:
        return 41  # not a string
    return value


def _variant(rng: random.Random, form: Any, gold: dict[str, Any]) -> dict[str, Any]:
    values = copy.deepcopy(gold)
    for f in form.fields:
        if f.columns:
            found = values.get(f.name)
            rows = list(found) if isinstance(found, list) else []
            for _ in range(rng.randrange(3)):
                act = rng.randrange(6)
                if act == 0 and rows:
                    rows.pop(rng.randrange(len(rows)))
                elif act == 1:
                    rows.insert(
                        rng.randrange(len(rows) + 1),
                        {c.name: rng.choice(["Dara", "7", "F", ""]) for c in f.columns},
                    )
                elif act == 2 and len(rows) > 1:
                    i = rng.randrange(len(rows) - 1)
                    rows[i], rows[i + 1] = rows[i + 1], rows[i]
                elif act == 3 and rows and isinstance(rows[0], dict):
                    row = dict(rows[0])
                    column = rng.choice(f.columns).name
                    row[column] = _scalar_variant(rng, row.get(column))
                    rows[0] = row
                elif act == 4 and rows:
                    rows[rng.randrange(len(rows))] = "not a row"
            values[f.name] = rows if rng.random() > 0.05 else "not a table"
        elif rng.random() < 0.3:
            values[f.name] = _scalar_variant(rng, values.get(f.name))
        elif rng.random() < 0.05:
            values.pop(f.name, None)
    return values


def _gold_variant(rng: random.Random, form: Any, gold: dict[str, Any]) -> dict[str, Any]:
    values = _variant(rng, form, gold)
    # true values are well formed: tables are lists of rows
    for f in form.fields:
        if f.columns:
            rows = values.get(f.name)
            values[f.name] = (
                [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
            )
    return values


def _attacker_keys(rng: random.Random, keys: dict[str, Any]) -> dict[str, Any]:
    """Keys no station sends: rows short or long, cells not text, fields not sent."""
    keys = copy.deepcopy(keys)
    for name, value in list(keys.items()):
        if isinstance(value, list) and value and rng.random() < 0.5:
            row = value[rng.randrange(len(value))]
            if isinstance(row, list) and row:
                row.pop() if rng.random() < 0.5 else row.append("s:extra")
            if rng.random() < 0.3:
                value.append(7)
        elif rng.random() < 0.1:
            keys[name] = None
    keys["not_a_field"] = "s:x"
    return keys


def test_the_database_scores_exactly_as_the_app(shop: World) -> None:
    rng = random.Random(17)
    receipt_gold = {
        "company": "Sokha Trading",
        "address": "12 Street 51",
        "date": "03/04/2021",
        "total": "120.50",
    }
    cases: list[tuple[Any, dict[str, Any], dict[str, Any]]] = [
        (FORM, GOLD, keyed_with(**TWO_MISTAKES)),
        (FORM, GOLD, keyed_with(members=[GOLD["members"][1]])),  # a row left out
        (FORM, GOLD, keyed_with(members=[*GOLD["members"], {"name": "Dara"}])),  # one too many
        (FORM, GOLD, keyed_with(members=list(reversed(GOLD["members"])))),
        (FORM, GOLD, keyed_with(members=[])),
        (FORM, {**GOLD, "members": []}, keyed_with()),
        (FORM, GOLD, {}),
    ]
    for _ in range(150):
        gold = _gold_variant(rng, FORM, GOLD)
        cases.append((FORM, gold, _variant(rng, FORM, gold)))
    for _ in range(30):
        gold = _gold_variant(rng, RECEIPT, receipt_gold)
        cases.append((RECEIPT, gold, _variant(rng, RECEIPT, gold)))
    checked = 0
    with shop.services.sessions() as session:
        for form, gold, keyed in cases:
            gold_keys = compare_keys(form, gold)
            for keys in (keyed_keys(form, keyed), _attacker_keys(rng, keyed_keys(form, keyed))):
                mine = score_keys(gold_keys, keys)
                theirs = session.scalar(
                    text("SELECT keying_training_score(CAST(:g AS jsonb), CAST(:k AS jsonb))"),
                    {"g": json.dumps(gold_keys), "k": json.dumps(keys)},
                )
                assert theirs == {
                    "fields": mine.fields,
                    "errors": mine.errors,
                    "wrong": mine.wrong,
                }, (gold, keyed, keys)
                checked += 1
    assert checked == 2 * len(cases)
    # and they are not all the same answer: mistakes of every shape were scored
    shapes = {
        (w["row"] is None, w["keyed_row"] is None, w["column"] is None)
        for form, gold, keyed in cases
        for w in score_keys(compare_keys(form, gold), keyed_keys(form, keyed)).wrong
    }
    assert shapes == {
        (True, True, True),  # a field
        (False, False, False),  # a cell
        (False, True, True),  # a row left out
        (True, False, True),  # a row too many
    }


# --- the feedback on PostgreSQL, as the account's own role -------------------------------------


def test_a_keyed_gold_document_with_two_mistakes_shows_both_scored_by_the_database(
    shop: World, tmp_path: Path
) -> None:
    set_threshold(shop.services.sessions, "household_census", 99, 0, 5)
    pc = workstation(shop, tmp_path, "pc1")
    try:
        desk = pc.training(pc.sign_in("op1", "correct horse"))
        doc = desk.next_document()
        assert doc is not None and doc.external_id == "D-001"
        feedback = desk.finish(doc, keyed_with(**TWO_MISTAKES), figures(50, 30))
        assert_both_mistakes_shown(feedback)
        assert feedback.standing is not None and feedback.standing.documents == 1
    finally:
        pc.close()
    with shop.services.sessions() as session:
        (stored,) = session.scalars(select(TrainingScore)).all()
        assert (stored.fields, stored.errors, stored.keystrokes) == (13, 2, 50)
        assert stored.mistakes[1] == {
            "field": "members",
            "row": 1,
            "keyed_row": 1,
            "column": "age",
        }


# --- as an attacker: psql with the trainee's own password --------------------------------------


def _submit(document: int, keys: dict[str, Any], score_uuid: str | None = None) -> str:
    """One statement: the document handed out (0018), then submitted."""
    score_uuid = score_uuid or str(uuid.uuid4())
    return (
        "SELECT keying_training_submit("
        f"'{score_uuid}', {document}, '{{}}', "
        f"'{json.dumps(keys)}'::jsonb, 100, 60) "
        f"FROM (SELECT keying_training_hand_out('{score_uuid}', {document})) AS handed"
    )


def test_a_trainee_by_hand_reads_no_true_values_and_writes_no_score(shop: World) -> None:
    set_threshold(shop.services.sessions, "household_census", 99, 0, 1)
    op1, live_doc = ids(shop)
    with shop.services.sessions() as session:
        gold_doc = session.scalar(select(Document.id).where(Document.external_id == "D-001"))
        third = session.scalar(select(Document.id).where(Document.external_id == "D-003"))
        session.get(Document, third).gold_values = {**GOLD, "form_no": "ZZ-999999"}  # type: ignore[union-attr]
        session.commit()
    prepare_gold_keys(shop.services.sessions)
    # the true values: not the column, not the keys, not the whole row
    for sql in (
        "SELECT gold_values FROM documents",
        "SELECT * FROM documents",
        "SELECT keys FROM training_gold_keys",
        "SELECT gold FROM training_gold_keys",
    ):
        refused(shop, "op1", sql, "permission denied")
    listed = psql(shop, "op1", "SELECT document_id FROM gold_documents ORDER BY 1")
    assert listed.stdout.split() == [str(gold_doc), str(third)], listed.stderr
    assert psql(shop, "op1", "SELECT count(external_id) FROM documents").stdout.strip() == "3"
    # no score and no qualification written by hand
    insert = (
        "INSERT INTO training_scores (uuid, operator_id, document_id, form_name, fields, "
        'errors, keystrokes, seconds, "values", mistakes, finished_at, received_at) VALUES '
        f"('{uuid.uuid4()}', {op1}, {gold_doc}, 'household_census', "
        "13, 0, 9999, 1, '{}', '[]', now(), now())"
    )
    refused(shop, "op1", insert, "permission denied")
    refused(
        shop,
        "op1",
        "INSERT INTO qualifications (operator_id, form_name, qualified_at) "
        f"VALUES ({op1}, 'household_census', now())",
        "permission denied",
    )
    # a live document is no gold document: nothing scored, nothing told
    refused(shop, "op1", _submit(live_doc, {}), "is not a gold document")
    # submitted: the database scores it (a guess is wrong), then tells the true values
    guess = keyed_keys(FORM, keyed_with(form_no="AB-000000"))
    score_uuid = str(uuid.uuid4())
    done = psql(shop, "op1", _submit(gold_doc, guess, score_uuid))
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["gold"]["form_no"] == "AB-123456"
    assert (answer["fields"], answer["errors"], answer["qualified_at"]) == (13, 1, None)
    refused(
        shop,
        "op1",
        f"UPDATE training_scores SET errors = 0 WHERE uuid = '{score_uuid}'",
        "permission denied",
    )
    refused(
        shop, "op1", f"DELETE FROM training_scores WHERE uuid = '{score_uuid}'", "permission denied"
    )
    # the same submission again gives the same answers, never another document's
    again = psql(shop, "op1", _submit(gold_doc, compare_keys_dict(), score_uuid))
    assert json.loads(again.stdout)["errors"] == 1, again.stderr
    refused(shop, "op1", _submit(third, {}, score_uuid), "exists")
    with shop.services.sessions() as session:
        rows = session.execute(select(TrainingScore.document_id, TrainingScore.errors)).all()
        assert rows == [(gold_doc, 1)]  # the one submission, as the database scored it
    # it trained on D-001: qualified now, it still may not hold it live
    grant(shop.services.sessions, "op1", "household_census")
    claim = (
        f"UPDATE tasks SET status = 'claimed', claimed_by = {op1}, workstation = 'psql', "
        "lease_until = now() + interval '1 hour' "
        f"WHERE document_id = {{doc}} AND kind = 'key' AND pass_no = 1"
    )
    refused(shop, "op1", claim.format(doc=gold_doc), "row-level security")
    # and a gold document it holds live is no training for it (it would learn the answers)
    held = psql(shop, "op1", claim.format(doc=third))
    assert held.returncode == 0, held.stderr
    refused(shop, "op1", _submit(third, {}), "held or keyed live")


def compare_keys_dict() -> dict[str, Any]:
    """Perfect keys, sent after the answers were told: the stored score does not change."""
    return keyed_keys(FORM, GOLD)
