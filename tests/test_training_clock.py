"""The training speed is bounded by the database's clock (migration 0018, docs/training.md,
"Speed counted by the database"): a gold document's hand-out is recorded when it is given
to the trainee; the seconds counted are at least the time from the hand-out to the
submission, and the keystrokes at most the characters of the true values. A forged short
time or a forged long count of keystrokes does not qualify a trainee (SQLite, the app's
rule; PostgreSQL: tests/test_pg_training_clock.py)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from keying.services.training import TrainingRefused, set_threshold
from keying.services.training_score import counted_speed, value_characters
from keying.storage.models import Qualification, TrainingHandout, TrainingScore, utcnow
from tests.support.world import World
from tests.test_training import GOLD, figures, keyed_with, make_gold

GOLD_CHARACTERS = 61  # the characters of GOLD's texts, counted by hand below


def test_value_characters_counts_every_text_of_the_true_values() -> None:
    by_hand = (
        len("AB-123456")  # form_no 9
        + len("Chan Sokha")  # 10
        + len("03/04/2021")  # 10
        + 1  # household_size "4"
        + len("120.50")  # 6
        + 1  # "Y"
        + 0  # remarks ""
        + len("Chan Sokha")
        + 2
        + 1  # the first member: 13
        + len("Srey Mom")
        + 2
        + 1  # the second: 11
    )
    assert by_hand == GOLD_CHARACTERS == value_characters(GOLD)
    assert value_characters({"a": "ស្រី", "t": [{"x": "é"}, 7, None]}) == 5  # code points
    assert value_characters(None) == 0


def test_counted_speed_takes_the_slower_clock_and_the_fewer_keystrokes() -> None:
    # honest: the station's figures stand
    assert counted_speed(50, 30.0, GOLD, elapsed=31.5) == (50, 31.5)
    assert counted_speed(50, 30.0, GOLD, elapsed=2.0) == (50, 30.0)
    # forged: a second for a document handed out an hour ago; more keystrokes than characters
    assert counted_speed(50, 1.0, GOLD, elapsed=3600.0) == (50, 3600.0)
    assert counted_speed(99_999, 60.0, GOLD, elapsed=1.0) == (GOLD_CHARACTERS, 60.0)
    assert counted_speed(-5, -1.0, GOLD, elapsed=-3.0) == (0, 0.0)


def _age_hand_outs(world: World, seconds: float) -> None:
    """As if every hand-out had been `seconds` ago (the trainee took that long)."""
    with world.services.sessions() as session:
        session.execute(
            update(TrainingHandout).values(handed_out_at=utcnow() - timedelta(seconds=seconds))
        )
        session.commit()


def test_a_forged_short_time_does_not_qualify_the_trainee(world: World) -> None:
    make_gold(world, ("D-001", "D-002"))
    set_threshold(world.services.sessions, "household_census", 90, 3000, 2)
    desk = world.services.training(world.sign_in("op1"))
    feedback = None
    for _ in range(2):
        doc = desk.next_document()
        assert doc is not None
        _age_hand_outs(world, 600)  # ten minutes on a document of 61 characters
        # the station says 1 second: 180,000 keystrokes an hour
        feedback = desk.finish(doc, keyed_with(), figures(50, 1))
        assert feedback.accuracy == 100.0
        assert feedback.kph is not None and feedback.kph < 400  # 50 in 600 s: 300 an hour
    assert feedback is not None and feedback.standing is not None
    assert not feedback.standing.qualifies and feedback.qualified_at is None
    assert feedback.standing.kph is not None and feedback.standing.kph < 3000
    with world.services.sessions() as session:
        assert session.scalars(select(Qualification)).all() == []
        scores = session.scalars(select(TrainingScore)).all()
        assert [(s.reported_keystrokes, s.reported_seconds) for s in scores] == [(50, 1.0)] * 2
        assert all(s.seconds >= 600 and s.keystrokes == 50 for s in scores)
    assert world.station("op1", prefetch=0).next_task() is None  # still no live work


def test_forged_keystrokes_count_no_more_than_the_documents_characters(world: World) -> None:
    make_gold(world, ("D-001",))
    set_threshold(world.services.sessions, "household_census", 90, 4000, 1)
    desk = world.services.training(world.sign_in("op1"))
    doc = desk.next_document()
    assert doc is not None
    # 100,000 keystrokes in 60 seconds claimed; 61 characters in 60 s is 3,660 an hour
    feedback = desk.finish(doc, keyed_with(), figures(100_000, 60))
    assert feedback.kph == pytest.approx(3600 * GOLD_CHARACTERS / 60)
    assert feedback.qualified_at is None
    with world.services.sessions() as session:
        (stored,) = session.scalars(select(TrainingScore)).all()
        assert (stored.keystrokes, stored.reported_keystrokes) == (GOLD_CHARACTERS, 100_000)


def test_an_honest_trainee_still_qualifies_on_the_stations_figures(world: World) -> None:
    make_gold(world, ("D-001",))
    set_threshold(world.services.sessions, "household_census", 90, 3000, 1)
    desk = world.services.training(world.sign_in("op1"))
    doc = desk.next_document()
    assert doc is not None
    feedback = desk.finish(doc, keyed_with(), figures(50, 30))  # handed out just now
    assert feedback.kph == pytest.approx(6000)
    assert feedback.newly_qualified


def test_a_document_never_handed_out_is_not_scored(world: World) -> None:
    make_gold(world, ("D-001",))
    set_threshold(world.services.sessions, "household_census", 90, 3000, 1)
    desk = world.services.training(world.sign_in("op1"))
    doc = desk.next_document()
    assert doc is not None
    unknown = dataclasses.replace(doc, uuid="00000000-0000-4000-8000-000000000000")
    with pytest.raises(TrainingRefused, match="was not handed out"):
        desk.finish(unknown, keyed_with(), figures(50, 30))
    # nor one handed out to another account
    other = world.services.training(world.sign_in("op2"))
    with pytest.raises(TrainingRefused, match="was not handed out"):
        other.finish(doc, keyed_with(), figures(50, 30))
    with world.services.sessions() as session:
        assert session.scalars(select(TrainingScore)).all() == []
