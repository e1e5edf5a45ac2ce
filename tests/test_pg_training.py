"""Training on PostgreSQL (issue 17, item 3): a trainee below its form's threshold is handed
no live work by the claim, and the database itself refuses it when the trainee tries by hand
(`psql` with its own credentials): no key task held, no keying added, no qualification
written; the qualification is recorded by the database from the stored scores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from keying.services.training import set_threshold
from keying.services.training_gold import prepare_gold_keys
from keying.storage.models import Document, Qualification
from keying.storage.pg_roles import create_login_role
from tests.support.world import PASSWORD, World, make_world
from tests.test_pg_gatekeeper import psql, refused, workstation
from tests.test_training import GOLD, figures, keyed_with

pytestmark = pytest.mark.postgres


@pytest.fixture
def shop(tmp_path: Path, postgres_migrated_url: str) -> Iterator[World]:
    world = make_world(tmp_path / "admin", documents=3, database_url=postgres_migrated_url)
    with world.services.sessions() as session:
        for login in ("op1", "op2"):
            create_login_role(session, login, PASSWORD, "operator")
        for doc in session.scalars(select(Document).where(Document.external_id == "D-001")):
            doc.gold_values = dict(GOLD)
        session.commit()
    prepare_gold_keys(world.services.sessions)  # as `keying db upgrade` does
    try:
        yield world
    finally:
        world.services.close()


def ids(world: World) -> tuple[int, int]:
    """op1's id and the id of document D-002 (live, not gold)."""
    with world.services.sessions() as session:
        op1 = session.scalar(text("SELECT id FROM operators WHERE login = 'op1'"))
        doc = session.scalar(text("SELECT id FROM documents WHERE external_id = 'D-002'"))
    return int(op1), int(doc)


def test_a_trainee_gets_no_live_work_from_the_database_and_qualifies_through_it(
    shop: World, tmp_path: Path
) -> None:
    set_threshold(shop.services.sessions, "household_census", 90, 1000, 1)
    op1, doc = ids(shop)
    pc = workstation(shop, tmp_path, "pc1")
    try:
        station = pc.station(pc.sign_in("op1", PASSWORD), prefetch=0)
        assert station.next_task() is None  # the claim hands a trainee nothing live
        # by hand, as its own role: the database refuses to let it hold or key live work
        claim = (
            "UPDATE tasks SET status = 'claimed', claimed_by = {me}, workstation = 'psql', "
            "lease_until = now() + interval '1 hour' "
            f"WHERE document_id = {doc} AND kind = 'key' AND pass_no = 1"
        )
        refused(shop, "op1", claim.format(me=op1), "row-level security")
        keying = (
            'INSERT INTO keyings (uuid, document_id, pass_no, operator_id, "values", figures, '
            "check_failures, finished_at, received_at, superseded) VALUES "
            f"('00000000-0000-0000-0000-000000000001', {doc}, 1, {op1}, '{{}}', '{{}}', '[]', "
            "now(), now(), false)"
        )
        refused(shop, "op1", keying, "row-level security")
        refused(
            shop,
            "op1",
            "INSERT INTO qualifications (operator_id, form_name, qualified_at) "
            f"VALUES ({op1}, 'household_census', now())",
            "permission denied",
        )
        # with no scores the database records no qualification
        done = psql(shop, "op1", "SELECT keying_record_qualification('household_census')")
        assert done.returncode == 0 and done.stdout.strip() == "", done.stderr
        # training as its own role: the score is its own, the database qualifies it
        desk = pc.training(pc.signed_in)  # type: ignore[arg-type]
        gold = desk.next_document()
        assert gold is not None and gold.external_id == "D-001"
        feedback = desk.finish(gold, keyed_with(head_name="Chan Sohka"), figures(50, 15))
        assert [m.path for m in feedback.mistakes] == ["head_name"]
        assert feedback.newly_qualified and feedback.qualified_at is not None
        # op2 sees neither op1's scores nor its qualification, and cannot add a score for it
        assert psql(shop, "op2", "SELECT count(*) FROM training_scores").stdout.strip() == "0"
        assert psql(shop, "op2", "SELECT count(*) FROM qualifications").stdout.strip() == "0"
        assert psql(shop, "op1", "SELECT count(*) FROM training_scores").stdout.strip() == "1"
        refused(
            shop,
            "op2",
            "INSERT INTO training_scores (uuid, operator_id, document_id, form_name, fields, "
            'errors, keystrokes, seconds, "values", mistakes, finished_at, received_at) VALUES '
            f"('00000000-0000-0000-0000-000000000002', {op1}, {doc}, 'household_census', "
            "13, 0, 9999, 1, '{}', '[]', now(), now())",
            "permission denied",
        )
        # qualified: live work, never the gold document it trained on
        task = station.next_task()
        assert task is not None and task.task.external_id == "D-002"
    finally:
        pc.close()
    with shop.services.sessions() as session:
        (q,) = session.scalars(select(Qualification)).all()
        assert q.documents == 1 and q.accuracy == pytest.approx(100 * 12 / 13)
        assert q.kph == pytest.approx(12000)


def test_an_unqualified_operator_below_a_threshold_cannot_take_a_task_by_hand_but_others_can(
    shop: World, tmp_path: Path
) -> None:
    op1, doc = ids(shop)
    claim = (
        f"UPDATE tasks SET status = 'claimed', claimed_by = {op1}, workstation = 'psql', "
        "lease_until = now() + interval '1 hour' "
        f"WHERE document_id = {doc} AND kind = 'key' AND pass_no = 1"
    )
    done = psql(shop, "op1", claim)  # no threshold: the database lets it hold the task
    assert done.returncode == 0, done.stderr
