"""The import dialog (Keying menu, Ctrl+Shift+I; supervisors and admins): the same use case
as `keying batch import`, in a worker thread, by keyboard; Cancel mid-way leaves nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from keying.paths import FORMS_DIR
from keying.services import ingest
from keying.storage.models import Batch, Blob, Document, Page, Task
from keying.ui import import_dialog
from keying.ui.import_dialog import ImportDialog
from keying.ui.main_window import IMPORT_KEYS
from tests import scans
from tests.support.ui import open_window, show_active

RECEIPT_FORM = str(FORMS_DIR / "receipt.yaml")


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 1}


def _dialog(qtbot, world) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(world.services)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def _key_in(qtbot, dialog: ImportDialog, form: str, name: str, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    """Fill the dialog by keyboard: the form, Tab past its file button to the name, Tab to
    *Add path*, each path and Enter."""
    assert dialog.focusWidget() is dialog.form.lineEdit() or dialog.form.hasFocus()
    dialog.form.lineEdit().selectAll()
    qtbot.keyClicks(dialog.form.lineEdit(), form)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # past "Form file…"
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.path
    for path in paths:
        qtbot.keyClicks(dialog.path, str(path))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # adds it; does not import
        assert not dialog.running
    assert [dialog.paths.item(i).text() for i in range(dialog.paths.count())] == [
        str(p) for p in paths
    ]


def _run(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter: the default button, Import
    assert dialog.running or dialog.report is not None or dialog.state.text()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)


def _counts(world) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with world.services.sessions() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in (Batch, Document, Page, Blob, Task)
        )


def test_the_real_receipts_import_by_keyboard(qtbot, world, receipts_dir: Path) -> None:
    dialog = _dialog(qtbot, world)
    _key_in(qtbot, dialog, RECEIPT_FORM, "Receipts", receipts_dir / "img")
    _run(qtbot, dialog)
    files = sorted(p.stem for p in (receipts_dir / "img").glob("*.jpg"))
    report = dialog.report
    assert report is not None and report.documents == len(files) == report.pages
    text = dialog.summary.toPlainText()
    assert f"{len(files)} documents, {len(files)} pages" in text
    assert "No file was skipped." in text
    assert dialog.progress.value() == dialog.progress.maximum() == len(files)
    with world.services.sessions() as session:
        refs = session.scalars(
            select(Document.external_id)
            .join(Batch)
            .where(Batch.name == "Receipts")
            .order_by(Document.seq)
        ).all()
    assert refs == files
    # Esc closes the dialog once the import is done.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    # The stored form is offered by name the next time.
    again = _dialog(qtbot, world)
    assert again.form.findText("receipt@1") >= 0 or any(
        again.form.itemText(i).startswith("receipt@") for i in range(again.form.count())
    )


def test_tiff_pdf_and_skipped_files_are_listed_with_their_reasons(
    qtbot, world, tmp_path: Path
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    scans.tiff(folder / "g4.tif", ["g4 p1", "g4 p2"], "1", "group4")
    scans.tiff(folder / "colour.tiff", ["c p1", "c p2"], "RGB", "tiff_lzw")
    scans.pdf(folder / "letter.pdf", ["pdf p1", "pdf p2"])
    (folder / "notes.txt").write_text("not a scan")
    (folder / "fake.png").write_text("a text file named .png")
    scans.truncated(scans.jpeg(tmp_path / "whole.jpg", "cut"), folder / "cut.jpg")
    (tmp_path / "empty").mkdir()
    dialog = _dialog(qtbot, world)
    _key_in(qtbot, dialog, RECEIPT_FORM, "Mixed", folder, tmp_path / "empty")
    dialog.pages_per_document.setValue(2)
    dialog.dpi.setValue(100)
    _run(qtbot, dialog)
    report = dialog.report
    assert report is not None
    assert (report.documents, report.pages) == (3, 6)
    text = dialog.summary.toPlainText()
    assert "3 documents, 6 pages" in text
    assert "4 skipped:" in text
    assert f"{folder / 'notes.txt'}: not a JPEG, PNG, TIFF or PDF file" in text
    assert f"{tmp_path / 'empty'}: empty folder" in text
    assert f"{folder / 'fake.png'}: " in text and f"{folder / 'cut.jpg'}: " in text
    with world.services.sessions() as session:
        sizes = session.execute(
            select(Document.external_id, func.count(Page.id))
            .join(Page)
            .join(Batch)
            .where(Batch.name == "Mixed")
            .group_by(Document.external_id)
        ).all()
    assert dict(sizes) == {"g4": 2, "colour": 2, "letter": 2}


def test_cancel_mid_way_leaves_no_half_batch(
    qtbot, world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    for i in range(4):
        scans.png(folder / f"p{i}.png", f"page {i}")
    before = _counts(world)
    # Hold the worker after its first file is stored (inside the transaction) until the
    # test has pressed Cancel: the cancel then comes mid-way, every time.
    gate = threading.Event()
    real = ingest.import_batch

    def held(sessions, request, progress, cancelled):  # type: ignore[no-untyped-def]
        def step(p: ingest.ImportProgress) -> None:
            progress(p)
            if p.files_done == 1:
                gate.wait(60)

        return real(sessions, request, step, cancelled)

    monkeypatch.setattr(import_dialog, "import_batch", held)
    dialog = _dialog(qtbot, world)
    _key_in(qtbot, dialog, RECEIPT_FORM, "Cancelled", folder)
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.progress.value() == 1, timeout=60_000)
    assert dialog.running and not dialog.import_button.isEnabled()
    assert dialog.cancel_button.hasFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Space)  # the Cancel button, by keyboard
    assert dialog.worker is not None and dialog.worker.stop.is_set()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.state.text() == "Cancelled: nothing was imported."
    assert dialog.report is None
    assert _counts(world) == before  # no batch, document, page, page image or task
    assert dialog.import_button.isEnabled()  # the same request can be run again
    gate.set()
    monkeypatch.setattr(import_dialog, "import_batch", real)
    _run(qtbot, dialog)
    assert dialog.report is not None and dialog.report.documents == 4


def test_a_refusal_is_one_sentence_with_its_cases(qtbot, world, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, world)
    _key_in(qtbot, dialog, RECEIPT_FORM, world.batch_name, tmp_path / "missing")
    _run(qtbot, dialog)
    assert dialog.state.text() == "Nothing was imported. Nothing to import."
    assert f"{tmp_path / 'missing'}: no such file or folder" in dialog.summary.toPlainText()
    # A readable file under a batch name in use: the name is refused, in one sentence.
    scans.png(tmp_path / "one.png", "one")
    dialog.paths.clear()
    dialog.add_path(str(tmp_path / "one.png"))
    before = _counts(world)
    _run(qtbot, dialog)
    assert dialog.state.text() == (
        f"Nothing was imported. A batch named {world.batch_name!r} exists already."
    )
    assert _counts(world) == before
    # Two files giving one reference: every duplicate listed, nothing written.
    (tmp_path / "b").mkdir()
    scans.png(tmp_path / "b" / "one.png", "one again")
    dialog.add_path(str(tmp_path / "b"))
    dialog.name.setText("Duplicates")
    _run(qtbot, dialog)
    assert "not unique" in dialog.state.text()
    assert dialog.summary.toPlainText().startswith("one: ")
    assert _counts(world) == before


def test_only_supervisors_and_admins_have_the_import(qtbot, world, monkeypatch) -> None:
    def entries(window) -> list[str]:  # type: ignore[no-untyped-def]
        return [a.text() for a in window.actions() if a.shortcut().toString() == IMPORT_KEYS]

    operator = open_window(qtbot, world, "op1")
    assert entries(operator) == []
    operator.close()
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    supervisor = open_window(qtbot, world, "sup")
    assert entries(supervisor) == ["Import scans as a new batch…"]
    qtbot.keyClick(
        supervisor,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(opened) == 1 and opened[0].services is world.services


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_dialog_fits_1024_by_768_at_large_text(qtbot, world, scale: float) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from keying.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, False, scale)
    try:
        dialog = _dialog(qtbot, world)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, (scale, hint.toTuple())
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    finally:
        apply_theme(app, False, 1.0)  # the next test starts at 100 %
