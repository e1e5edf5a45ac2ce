"""The training speed bounded by PostgreSQL's clock (migration 0018): the server records when
it hands a gold document out (`keying_training_hand_out`), and `keying_training_submit`
counts at least the seconds since then and at most the true values' characters as
keystrokes. An account with `psql` and its own password writes no hand-out time, submits no
document it was not handed, and does not qualify on a forged time."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects.postgresql import JSONB

from keying.services.training import set_threshold
from keying.services.training_keys import keyed_keys
from keying.services.training_score import value_characters
from keying.storage.models import Document, Qualification, TrainingHandout, TrainingScore, utcnow
from tests.support.world import World
from tests.test_pg_gatekeeper import psql, refused, workstation
from tests.test_pg_training import ids, shop
from tests.test_training import FORM, GOLD, figures, keyed_with

pytestmark = pytest.mark.postgres
__all__ = ["shop"]  # the fixture, shared


def test_a_forged_short_time_does_not_qualify_the_trainee(shop: World, tmp_path: Path) -> None:
    set_threshold(shop.services.sessions, "household_census", 90, 3000, 1)
    pc = workstation(shop, tmp_path, "pc1")
    try:
        desk = pc.training(pc.sign_in("op1", "correct horse"))
        doc = desk.next_document()
        assert doc is not None and doc.external_id == "D-001"
        with shop.services.sessions() as session:  # the server's time, written by the server
            (handout,) = session.scalars(select(TrainingHandout)).all()
            assert handout.uuid == doc.uuid and handout.document_id == doc.document_id
            # as if the trainee had taken ten minutes over it
            session.execute(
                update(TrainingHandout).values(handed_out_at=utcnow() - timedelta(seconds=600))
            )
            session.commit()
        feedback = desk.finish(doc, keyed_with(), figures(50, 1))  # "1 second"
        assert feedback.accuracy == 100.0
        assert feedback.kph is not None and feedback.kph < 400
        assert feedback.qualified_at is None and not feedback.newly_qualified
        station = pc.station(pc.sign_in("op1", "correct horse"), prefetch=0)
        assert station.next_task() is None  # no live work
    finally:
        pc.close()
    with shop.services.sessions() as session:
        (stored,) = session.scalars(select(TrainingScore)).all()
        assert stored.seconds >= 600 and stored.reported_seconds == 1.0
        assert session.scalars(select(Qualification)).all() == []


def _hand_out_and_submit(score_uuid: str, document: int, keystrokes: int, seconds: float) -> str:
    keys = json.dumps(keyed_keys(FORM, keyed_with()))
    return (
        f"SELECT keying_training_submit('{score_uuid}', {document}, '{{}}', '{keys}'::jsonb, "
        f"{keystrokes}, {seconds}) "
        f"FROM (SELECT keying_training_hand_out('{score_uuid}', {document})) AS handed"
    )


def test_a_trainee_by_hand_cannot_shorten_its_time_or_inflate_its_keystrokes(
    shop: World,
) -> None:
    set_threshold(shop.services.sessions, "household_census", 90, 3000, 1)
    op1, live_doc = ids(shop)
    with shop.services.sessions() as session:
        gold_doc = session.scalar(select(Document.id).where(Document.external_id == "D-001"))
        assert gold_doc is not None
        # the database counts characters as the app does
        counted = session.scalar(
            select(func.keying_value_characters(bindparam("v", type_=JSONB))), {"v": GOLD}
        )
        assert counted == value_characters(GOLD) == 61
    # the hand-out time is the server's: not written, changed or removed by hand
    refused(
        shop,
        "op1",
        "INSERT INTO training_handouts (uuid, operator_id, document_id, handed_out_at) "
        f"VALUES ('{uuid.uuid4()}', {op1}, {gold_doc}, now() - interval '1 hour')",
        "permission denied",
    )
    refused(shop, "op1", "UPDATE training_handouts SET handed_out_at = now()", "permission denied")
    refused(shop, "op1", "DELETE FROM training_handouts", "permission denied")
    refused(
        shop, "op1", f"SELECT keying_training_hand_out('{uuid.uuid4()}', {live_doc})", "not a gold"
    )
    # a document not handed out under this uuid is not scored
    keys = json.dumps(keyed_keys(FORM, keyed_with()))
    refused(
        shop,
        "op1",
        f"SELECT keying_training_submit('{uuid.uuid4()}', {gold_doc}, '{{}}', "
        f"'{keys}'::jsonb, 50, 60)",
        "was not handed out",
    )
    # handed out and submitted at once: 100,000 keystrokes in a second claimed
    done = psql(shop, "op1", _hand_out_and_submit(str(uuid.uuid4()), gold_doc, 100_000, 1))
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["errors"] == 0 and answer["keystrokes"] == 61 and answer["seconds"] == 1
    assert answer["qualified_at"] is not None  # 61 in a second: the count bounded, not the time
    # the same uuid handed out again keeps its first time; another account cannot take it
    with shop.services.sessions() as session:
        (first,) = session.scalars(select(TrainingHandout)).all()
        at = first.handed_out_at
    again = psql(shop, "op1", f"SELECT keying_training_hand_out('{first.uuid}', {gold_doc})")
    assert again.returncode == 0, again.stderr
    with shop.services.sessions() as session:
        assert session.scalars(select(TrainingHandout.handed_out_at)).all() == [at]
    refused(shop, "op2", f"SELECT keying_training_hand_out('{first.uuid}', {gold_doc})", "exists")
    with shop.services.sessions() as session:
        (stored,) = session.scalars(select(TrainingScore)).all()
        assert (stored.keystrokes, stored.reported_keystrokes) == (61, 100_000)
