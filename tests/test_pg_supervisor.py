"""The supervisor station end to end as a supervisor's own PostgreSQL role (issue 12 on the
gatekeeper of issue 11): the account is made by `keying user add` (a SCRAM login role), two
operators key through their own roles, and the supervisor's window — signed in as that role
only, its desk worker on the same engine — decides the discrepancies by keyboard; the final
record, its provenance, the errors charged and the audit trail are written under that role,
and undo after the final record (which deletes it) works with the role's grants too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, text

from keying.config import Settings
from keying.storage import adjudications as store
from keying.storage.models import Adjudication, AuditEvent, Document, Operator
from keying.ui.adjudication_view import AdjudicationView
from keying.ui.main_window import MainWindow
from tests.support.ui import press, show_active
from tests.support.world import PASSWORD, World
from tests.test_pg_gatekeeper import shop, workstation  # noqa: F401 (shop: a fixture)
from tests.test_send_back import B_VALUES
from tests.test_services import VALUES, key_document

pytestmark = pytest.mark.postgres
CARLA = "carla's password"


def _final(world: World, doc_id: int):  # type: ignore[no-untyped-def]
    with world.services.sessions() as session:
        return store.final_record(session, doc_id)


def test_a_supervisor_decides_by_keyboard_as_its_own_role(
    qtbot,  # type: ignore[no-untyped-def]
    shop: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    from tests.test_cli_db_user import keying

    db = ["--database-url", shop.workspace.database_url]
    added = keying(
        "user", "add", "carla", "--name", "Carla", "--role", "supervisor", "--password-stdin",
        *db, stdin=f"{CARLA}\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    pcs = [workstation(shop, tmp_path, f"pc{n}") for n in (1, 2, 3)]
    window: MainWindow | None = None
    try:
        for pc, login, values in ((pcs[0], "op1", VALUES), (pcs[1], "op2", B_VALUES)):
            key_document(pc.station(pc.sign_in(login, PASSWORD), prefetch=0), values)
        desk = pcs[2]
        carla = desk.sign_in("carla", CARLA)  # its connection closes the document: discrepant
        assert desk.engine.url.username == "carla"  # the window and its desk worker share it
        with desk.sessions() as session:
            assert session.execute(text("SELECT current_user")).scalar() == "carla"
            doc = session.scalars(select(Document).where(Document.external_id == "D-001")).one()
            assert doc.status == "discrepant"
        window = MainWindow(desk, carla, Settings.load())
        qtbot.addWidget(window)
        show_active(qtbot, window)
        window.start()
        view = window.views["adjudication"]
        assert isinstance(view, AdjudicationView)
        qtbot.waitUntil(lambda: view.shown is not None, timeout=30_000)
        assert view.shown is not None and view.shown[1].path == "monthly_income"
        press(Qt.Key.Key_A)  # 120.50
        assert view.shown is not None and view.shown[1].path == "members[0].age"
        press(Qt.Key.Key_B)  # 43: the last one, the final record is written
        qtbot.waitUntil(lambda: not view.link.busy and not view.flow.unsaved, timeout=30_000)
        assert not view.notice.isVisible(), view.notice.text()
        record = _final(shop, doc.id)
        assert record is not None and record.values["monthly_income"] == "120.50"
        assert record.values["members"][0]["age"] == "43"
        assert record.provenance["monthly_income"]["by"] == "carla"
        assert record.provenance["members[0].age"]["how"] == "b"
        with shop.services.sessions() as session:
            carla_id = session.scalar(select(Operator.id).where(Operator.login == "carla"))
            charged = {(e.path, e.pass_no) for e in store.keyer_errors(session, doc.id)}
            assert charged == {("monthly_income", 2), ("members[0].age", 1)}
            actors = {
                e.kind: e.actor_id
                for e in session.scalars(
                    select(AuditEvent).where(
                        AuditEvent.document_id == doc.id,
                        AuditEvent.kind.in_(("adjudicated", "final_record_written")),
                    )
                )
            }
            assert actors == {"adjudicated": carla_id, "final_record_written": carla_id}
            assert {a.supervisor_id for a in session.scalars(select(Adjudication))} == {carla_id}
        # undo after the final record: the role deletes it, its errors and the decision
        press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not view.link.busy, timeout=30_000)
        assert not view.notice.isVisible(), view.notice.text()
        assert _final(shop, doc.id) is None
        press(Qt.Key.Key_A)  # 34 this time
        qtbot.waitUntil(lambda: not view.link.busy and not view.flow.unsaved, timeout=30_000)
        record = _final(shop, doc.id)
        assert record is not None and record.values["members"][0]["age"] == "34"
    finally:
        if window is not None:
            window.close()
        for pc in pcs:
            pc.close()
