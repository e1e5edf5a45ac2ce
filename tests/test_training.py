"""Training on gold documents (issue 17, item 3): scoring against the true values with the
reconciler's normalization, the qualification rule on known scores, and the claim that
hands no live work to a trainee below its form's threshold. docs/training.md."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from keying.cli import main
from keying.forms import load_form
from keying.services.training import TrainingRefused, grant, set_threshold, training_status
from keying.services.training_score import (
    ScoreFact,
    Threshold,
    keystrokes_and_seconds,
    score,
    standing,
)
from keying.storage import training as training_store
from keying.storage.models import Document, Qualification, TrainingScore
from tests.support.world import EXAMPLE_FORM, World

FORM = load_form(EXAMPLE_FORM).definition
GOLD: dict[str, Any] = {
    "form_no": "AB-123456",
    "head_name": "Chan Sokha",
    "visit_date": "03/04/2021",
    "household_size": "4",
    "monthly_income": "120.50",
    "has_electricity": "Y",
    "remarks": "",
    "members": [
        {"name": "Chan Sokha", "age": "41", "sex": "M"},
        {"name": "Srey Mom", "age": "38", "sex": "F"},
    ],
}


def keyed_with(**changes: Any) -> dict[str, Any]:
    values = {k: (list(map(dict, v)) if isinstance(v, list) else v) for k, v in GOLD.items()}
    values.update(changes)
    return values


def figures(keystrokes: int, seconds: float) -> dict[str, Any]:
    """The station's per-field figures, all on one field."""
    return {"head_name": {"keystrokes": keystrokes, "time_ms": int(seconds * 1000)}}


# --- scoring -----------------------------------------------------------------------------------


def test_normalization_only_differences_are_not_mistakes() -> None:
    members = [
        {"name": unicodedata.normalize("NFD", "Chân  Sokha "), "age": "041", "sex": "M"},
        {"name": "Srey Mom", "age": "38", "sex": "F"},
    ]
    gold = {**GOLD, "members": [{**GOLD["members"][0], "name": "Chân Sokha"}, GOLD["members"][1]]}
    keyed = keyed_with(
        head_name="  Chan   Sokha",  # spaces: the name policy
        household_size="04",  # zero padding: the number policy
        monthly_income="120.5",
        visit_date="3/4/2021",
        members=members,
    )
    result = score(FORM, keyed, gold)
    assert result.mistakes == []
    assert result.errors == 0 and result.accuracy == 100.0
    assert result.fields == 7 + 2 * 3  # every field, and each cell of the two rows


def test_two_mistakes_are_exactly_the_two_wrong_values_with_their_reasons() -> None:
    members = [dict(GOLD["members"][0]), {**GOLD["members"][1], "age": "83"}]
    keyed = keyed_with(head_name="Chan Sohka", members=members)
    result = score(FORM, keyed, GOLD)
    assert [(m.path, m.keyed, m.right, m.kind) for m in result.mistakes] == [
        ("head_name", "Chan Sohka", "Chan Sokha", "transposition"),
        ("members[2].age", "83", "38", "transposition"),
    ]
    assert result.mistakes[0].label == "Head of household"
    assert result.mistakes[1].label == "Household members, row 2, Age"
    assert result.mistakes[1].field == "members" and result.mistakes[1].row == 1
    assert all(m.reason.startswith("Two characters swapped") for m in result.mistakes)
    assert result.errors == 2 and result.fields == 13
    assert result.accuracy == pytest.approx(100 * 11 / 13)
    # every other field is shown as right, with what was keyed
    right = {o.path: o for o in result.outcomes if o.ok}
    assert right["form_no"].keyed == right["form_no"].right == "AB-123456"


def test_a_value_left_out_is_told_in_the_trainees_words() -> None:
    result = score(FORM, keyed_with(form_no=""), GOLD)
    (mistake,) = result.mistakes
    assert mistake.kind == "missing_value"
    assert (
        "you keyed nothing" in mistake.reason and "the document has 'AB-123456'" in mistake.reason
    )


def test_keystrokes_and_seconds_come_from_the_per_field_figures() -> None:
    per_field = {
        "a": {"keystrokes": 10, "time_ms": 1500},
        "b": {"keystrokes": 5, "time_ms": 500},
        "members[0].age": {"keystrokes": 2, "time_ms": 0},
    }
    assert keystrokes_and_seconds(per_field) == (17, 2.0)


# --- the qualification rule --------------------------------------------------------------------


def test_standing_over_the_last_n_from_known_scores() -> None:
    threshold = Threshold(accuracy=99.5, kph=4000, last_n=3)
    newest_first = [
        ScoreFact(fields=200, errors=1, keystrokes=1500, seconds=900),
        ScoreFact(fields=200, errors=0, keystrokes=1500, seconds=900),
        ScoreFact(fields=200, errors=2, keystrokes=1800, seconds=900),
        ScoreFact(fields=200, errors=50, keystrokes=10, seconds=9000),  # older than the last 3
    ]
    now = standing(newest_first, threshold)
    assert now.documents == 3
    assert now.accuracy == pytest.approx(100 * 597 / 600)  # 99.5 %: reached, not beaten
    assert now.kph == pytest.approx(3600 * 4800 / 2700)  # 6,400 an hour
    assert now.qualifies
    slower = Threshold(accuracy=99.5, kph=6500, last_n=3)
    assert not standing(newest_first, slower).qualifies
    stricter = Threshold(accuracy=99.6, kph=4000, last_n=3)
    assert not standing(newest_first, stricter).qualifies
    assert not standing(newest_first[:2], threshold).qualifies  # not enough documents yet
    no_speed = Threshold(accuracy=90, kph=0, last_n=1)
    assert standing([ScoreFact(10, 1, 0, 0)], no_speed).qualifies


# --- the service: training serves gold documents, live work waits for the qualification --------


def make_gold(world: World, names: tuple[str, ...]) -> None:
    with world.services.sessions() as session:
        for doc in session.scalars(select(Document).where(Document.external_id.in_(names))):
            doc.gold_values = dict(GOLD)
        session.commit()


def test_a_trainee_below_the_threshold_gets_no_live_work(world: World) -> None:
    make_gold(world, ("D-001", "D-002"))
    set_threshold(world.services.sessions, "household_census", 99.5, 4000, 20)
    trainee = world.station("op1", prefetch=0)
    assert trainee.next_task() is None  # three live documents, none for a trainee
    desk = world.services.training(world.sign_in("op1"))
    assert desk.forms_to_qualify() == ["household_census"]
    doc = desk.next_document()
    assert doc is not None and doc.external_id == "D-001"
    assert not hasattr(doc, "gold")  # the true values come only with the feedback
    assert doc.pages and doc.form.form == "household_census"
    # an account granted the qualification keys live at once
    grant(world.services.sessions, "op2", "household_census")
    live = world.station("op2", prefetch=0).next_task()
    assert live is not None and live.task.external_id == "D-001"
    assert world.services.training(world.sign_in("op2")).next_document() is None


def test_a_trainee_qualifies_on_gold_documents_and_only_then_gets_live_work(world: World) -> None:
    make_gold(world, ("D-001", "D-002"))
    set_threshold(world.services.sessions, "household_census", 90, 3000, 2)
    desk = world.services.training(world.sign_in("op1"))
    first = desk.next_document()
    assert first is not None
    feedback = desk.finish(first, keyed_with(head_name="Chan Sohka"), figures(50, 30))
    assert [m.path for m in feedback.mistakes] == ["head_name"]
    assert feedback.standing is not None and not feedback.standing.qualifies  # 1 of 2
    assert feedback.qualified_at is None
    assert world.station("op1", prefetch=0).next_task() is None
    second = desk.next_document()
    assert second is not None and second.external_id == "D-002"  # the one not trained on yet
    feedback = desk.finish(second, keyed_with(), figures(50, 30))
    assert feedback.mistakes == [] and feedback.accuracy == 100.0
    assert feedback.standing is not None and feedback.standing.qualifies
    assert feedback.standing.accuracy == pytest.approx(100 * 25 / 26)
    assert feedback.standing.kph == pytest.approx(6000)
    assert feedback.newly_qualified and feedback.qualified_at is not None
    # the same score sent twice is stored once
    desk.finish(second, keyed_with(), figures(50, 30))
    with world.services.sessions() as session:
        assert len(session.scalars(select(TrainingScore)).all()) == 2
        (q,) = session.scalars(select(Qualification)).all()
        assert q.documents == 2 and q.granted_by is None
    # now live work, but never a document it saw the true values of
    live = world.station("op1", prefetch=2)
    task = live.next_task()
    assert task is not None and task.task.external_id == "D-003"
    assert [t.external_id for t in live.upcoming()] == []
    assert desk.next_document() is None  # nothing left to qualify on
    (row,) = training_status(world.services.sessions, "op1")
    assert (row.login, row.form_name, row.documents) == ("op1", "household_census", 2)
    assert row.qualified_at == feedback.qualified_at


def test_a_gold_document_is_trained_on_again_and_by_many(world: World) -> None:
    make_gold(world, ("D-002",))
    set_threshold(world.services.sessions, "household_census", 99, 0, 5)
    for login in ("op1", "op2"):
        desk = world.services.training(world.sign_in(login))
        for _ in range(2):
            doc = desk.next_document()
            assert doc is not None and doc.external_id == "D-002"
            desk.finish(doc, keyed_with(), figures(10, 10))
    with world.services.sessions() as session:
        assert len(session.scalars(select(TrainingScore)).all()) == 4


def test_forms_without_a_threshold_need_no_training(world: World) -> None:
    make_gold(world, ("D-001",))
    assert world.services.training(world.sign_in("op1")).next_document() is None
    task = world.station("op1", prefetch=0).next_task()
    assert task is not None and task.task.external_id == "D-001"


def test_thresholds_out_of_range_or_for_an_unknown_form_are_refused(world: World) -> None:
    sessions = world.services.sessions
    with pytest.raises(TrainingRefused, match="no form named 'nope'"):
        set_threshold(sessions, "nope", 99, 4000, 20)
    with pytest.raises(TrainingRefused, match="at most 100"):
        set_threshold(sessions, "household_census", 101, 4000, 20)
    with pytest.raises(TrainingRefused, match="at least 1"):
        set_threshold(sessions, "household_census", 99, 4000, 0)
    with pytest.raises(TrainingRefused, match="no account named 'ghost'"):
        grant(sessions, "ghost", "household_census")


# --- the command -------------------------------------------------------------------------------


def test_keying_training_commands(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    url = world.workspace.database_url
    assert main(["training", "status", "--database-url", url]) == 0
    assert "no form has a threshold" in capsys.readouterr().out
    args = ["--form", "household_census", "--accuracy", "99.5", "--kph", "4000", "--last", "20"]
    assert main(["training", "set-threshold", *args, "--database-url", url]) == 0
    assert capsys.readouterr().out.strip() == (
        "form 'household_census': qualified at 99.5 % accuracy and 4000 keystrokes/hour "
        "over the last 20 training documents"
    )
    assert (
        main(
            [
                "training",
                "grant",
                "--login",
                "op2",
                "--form",
                "household_census",
                "--database-url",
                url,
            ]
        )
        == 0
    )
    assert "'op2' is qualified on 'household_census' since" in capsys.readouterr().out
    assert main(["training", "status", "--database-url", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "threshold household_census: 99.5 % at 4,000 keystrokes/hour over the last 20"
    assert out[1].split() == ["login", "form", "documents", "accuracy", "keys/hour", "qualified"]
    assert out[2].split()[:5] == ["op2", "household_census", "0", "-", "-"]
    assert out[2].endswith("(granted by None)") is False and "UTC" in out[2]
    assert (
        main(
            [
                "training",
                "set-threshold",
                "--form",
                "x",
                "--accuracy",
                "99",
                "--kph",
                "1",
                "--last",
                "2",
                "--database-url",
                url,
            ]
        )
        == 1
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no form named 'x'" in err[0]
    assert main(["training", "status", "--login", "ghost", "--database-url", url]) == 1


def test_training_status_needs_no_account_with_scores(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'c.sqlite').as_posix()}"
    assert main(["training", "status", "--database-url", url]) == 0


# --- the demo ---------------------------------------------------------------------------------


def test_a_new_trainee_reaches_qualification_on_the_demo_and_only_then_keys_census_live(
    tmp_path: Path,
) -> None:
    from keying.services import Services
    from keying.services.demo import TRAINING_FORM, TRAINING_THRESHOLD, create_demo

    info = create_demo(tmp_path / "demo", documents_per_batch=TRAINING_THRESHOLD[2] + 1)
    password = {login: pw for login, _, pw in info.accounts}
    services = Services.open(info.workspace)
    try:
        trainee = services.sign_in("trainee", password["trainee"])

        def held_batches(prefetch: int) -> set[str]:
            services.station(trainee, prefetch=prefetch).next_task()
            return {t.batch_name for t in services.cache.open_tasks(trainee.operator_id)}

        before = held_batches(20)
        assert before and not any("Census" in b for b in before)  # other forms only
        desk = services.training(trainee)
        assert desk.forms_to_qualify() == [TRAINING_FORM]
        feedback = None
        for _ in range(TRAINING_THRESHOLD[2]):
            doc = desk.next_document()
            assert doc is not None and doc.form_name == TRAINING_FORM
            with services.sessions() as session:
                gold = training_store.gold_values(session, doc.document_id)
            assert gold is not None
            feedback = desk.finish(doc, gold, figures(300, 60))
            assert feedback.mistakes == [], feedback.mistakes
        assert feedback is not None and feedback.newly_qualified
        assert desk.next_document() is None
        after = held_batches(40)
        assert any("Census" in b for b in after)  # the one census document not trained on
        # the other accounts were qualified when the demo was made
        op1 = services.training(services.sign_in("op1", password["op1"]))
        assert op1.forms_to_qualify() == []
        status = {(r.login, r.form_name): r for r in training_status(services.sessions)}
    finally:
        services.close()
    assert status[("trainee", TRAINING_FORM)].qualified_at is not None
    assert status[("op1", TRAINING_FORM)].granted_by == "admin"


TWO_MISTAKES = {
    "head_name": "Chan Sohka",
    "members": [dict(GOLD["members"][0]), {**GOLD["members"][1], "age": "83"}],
}


def assert_both_mistakes_shown(feedback: Any) -> None:
    """The feedback of a keying of GOLD with TWO_MISTAKES: both, with the reasons and the
    true values (given back only now), and every other field right."""
    assert [(m.path, m.keyed, m.right) for m in feedback.mistakes] == [
        ("head_name", "Chan Sohka", "Chan Sokha"),
        ("members[2].age", "83", "38"),
    ]
    assert all(m.reason.startswith("Two characters swapped") for m in feedback.mistakes)
    assert (feedback.fields, feedback.errors) == (13, 2)
    assert feedback.accuracy == pytest.approx(100 * 11 / 13)
    right = {o.path: o for o in feedback.outcomes if o.ok}
    assert right["form_no"].right == "AB-123456" and right["visit_date"].right == "03/04/2021"


def test_a_keyed_gold_document_with_two_mistakes_shows_both_in_the_feedback(world: World) -> None:
    make_gold(world, ("D-001",))
    set_threshold(world.services.sessions, "household_census", 99, 0, 5)
    desk = world.services.training(world.sign_in("op1"))
    doc = desk.next_document()
    assert doc is not None
    assert_both_mistakes_shown(desk.finish(doc, keyed_with(**TWO_MISTAKES), figures(50, 30)))
    with world.services.sessions() as session:
        (stored,) = session.scalars(select(TrainingScore)).all()
        assert (stored.fields, stored.errors) == (13, 2)
        assert [m["field"] for m in stored.mistakes] == ["head_name", "members"]
