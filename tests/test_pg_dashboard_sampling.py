"""The dashboard's Sampling tab on PostgreSQL, each account its own role (migration 0009): an
admin sets a batch's sampling from the window's service under its own role (the pass 1
already in is drawn then, under that role); a supervisor's role reads the draws but may not
write the settings, by the app or by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from keying.services.dashboard import Dashboard
from keying.services.supervision import SupervisionRefused
from keying.storage.models import AuditEvent, BatchSampling, SamplingDraw
from keying.storage.pg_roles import create_login_role
from keying.storage.users import add_user
from tests.support.world import PASSWORD, World
from tests.test_pg_gatekeeper import key_one, psql, refused, shop, workstation

pytestmark = pytest.mark.postgres
__all__ = ["shop"]  # the fixture, shared


def test_an_admin_sets_sampling_as_its_own_role_and_a_supervisor_cannot(
    shop: World, tmp_path: Path
) -> None:
    with shop.services.sessions() as session:
        add_user(session, login="boss", display_name="Boss", role="admin", password=PASSWORD)
        create_login_role(session, "boss", PASSWORD, "admin")
        session.commit()
    pc = workstation(shop, tmp_path, "pc1")
    try:
        keyed = key_one(pc, "op1")  # pass 1 in, pushed by op1's role: its draw waits
        boss = pc.sign_in("boss", PASSWORD)
        with pc.sessions() as session:
            assert session.execute(text("SELECT current_user")).scalar() == "boss"
        done = Dashboard(pc, boss).set_sampling(shop.batch_name, 0.2, 99.5)
        assert done.drawn_now == 1  # op1 is measured on nothing: always verified
        figures = Dashboard(pc, boss).figures(shop.batch_name)
        assert [(d.reference, d.verified, d.reason) for d in figures.draws] == [
            (keyed, True, "too_few_fields")
        ]
        sup = pc.sign_in("sup", PASSWORD)
        seen = Dashboard(pc, sup).figures(shop.batch_name)
        assert seen.sampling is not None and seen.sampling.drawn == 1
        assert not seen.may_set_sampling
        with pytest.raises(SupervisionRefused, match="admins set sampling"):
            Dashboard(pc, sup).set_sampling(shop.batch_name, 0.5, 99.0)
    finally:
        pc.close()
    refused(shop, "sup", "UPDATE batch_sampling SET rate = 1", "permission denied")
    assert psql(shop, "sup", "SELECT count(*) FROM sampling_draws").stdout.strip() == "1"
    with shop.services.sessions() as session:
        row = session.scalar(select(BatchSampling))
        assert row is not None and (row.rate, row.min_accuracy) == (0.2, 99.5)
        assert session.scalar(select(SamplingDraw.verified)) is True
        event = session.scalar(select(AuditEvent).where(AuditEvent.kind == "sampling_set"))
        assert event is not None and event.actor_id == boss.operator_id
