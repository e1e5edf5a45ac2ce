"""The import of scans on PostgreSQL as the signed-in account's own role (migration 0017): a
supervisor's import dialog stores the batch under its role; an operator's role may not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from keying.paths import FORMS_DIR
from keying.services.ingest import ImportRequest, import_batch
from keying.storage.models import AuditEvent, Batch, Document, Task
from keying.ui.import_dialog import ImportDialog
from tests import scans
from tests.support.ui import show_active
from tests.support.world import PASSWORD, World
from tests.test_pg_gatekeeper import shop, workstation  # noqa: F401 (shop: a fixture)


def _scans(folder: Path) -> Path:
    folder.mkdir()
    scans.png(folder / "r1.png", "one")
    scans.png(folder / "r2.png", "two")
    scans.pdf(folder / "r3.pdf", ["three"])
    return folder


def test_a_supervisor_imports_by_the_dialog_as_its_own_role(
    qtbot,  # type: ignore[no-untyped-def]
    shop: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    pc = workstation(shop, tmp_path, "desk")
    try:
        pc.sign_in("sup", PASSWORD)
        with pc.sessions() as session:
            assert session.execute(text("SELECT current_user")).scalar() == "sup"
        dialog = ImportDialog(pc)
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        dialog.form.setCurrentText(str(FORMS_DIR / "receipt.yaml"))  # a form new to the database
        dialog.name.setText("Imported by sup")
        dialog.add_path(str(_scans(tmp_path / "scans")))
        dialog.name.setFocus()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
        assert dialog.report is not None, dialog.state.text() + dialog.summary.toPlainText()
        assert (dialog.report.documents, dialog.report.pages) == (3, 3)
        dialog.close()
    finally:
        pc.close()
    with shop.services.sessions() as session:
        batch = session.scalars(select(Batch).where(Batch.name == "Imported by sup")).one()
        refs = session.scalars(
            select(Document.external_id).where(Document.batch_id == batch.id).order_by(Document.seq)
        ).all()
        assert refs == ["r1", "r2", "r3"]
        tasks = session.scalar(
            select(func.count())
            .select_from(Task)
            .join(Document)
            .where(Document.batch_id == batch.id)
        )
        assert tasks == 6
        event = session.scalars(select(AuditEvent).where(AuditEvent.kind == "batch_imported"))
        assert event.one().detail["documents"] == 3


def test_an_operators_role_may_not_import(shop: World, tmp_path: Path) -> None:  # noqa: F811
    pc = workstation(shop, tmp_path, "pc1")
    try:
        pc.sign_in("op1", PASSWORD)
        request = ImportRequest("household_census", "By op1", [str(_scans(tmp_path / "scans"))])
        with pytest.raises(DBAPIError, match="permission denied"):
            import_batch(pc.sessions, request)
    finally:
        pc.close()
    with shop.services.sessions() as session:
        assert session.scalars(select(Batch).where(Batch.name == "By op1")).first() is None
