"""One batch at a time (issue 14, item 4): the tasks held on a PC are served batch by batch —
the batch claimed first is finished first — never interleaved by document number."""

from __future__ import annotations

import time
from pathlib import Path

from keying.sync.cache import CachedTask, WorkstationCache


def held(task_id: int, batch: str, seq: int, form: str) -> CachedTask:
    return CachedTask(
        task_id=task_id,
        operator_id=1,
        document_id=task_id,
        external_id=f"{batch}-{seq}",
        batch_name=batch,
        batch_size=8,
        form_key=form,
        pass_no=1,
        pages=[],
        reference=None,
        lease_until=None,
        seq=seq,
        state="claimed",
    )


def test_held_tasks_are_served_one_batch_at_a_time(tmp_path: Path) -> None:
    cache = WorkstationCache(tmp_path / "cache.sqlite")
    forms = {"herbarium": ("form: h", "h"), "census": ("form: c", "c")}
    # Claimed first: herbarium 5 and 6; then, the herbarium batch having nothing free,
    # census 1 to 3; then herbarium 7 became free again (a claim of another PC expired).
    cache.store_pull(forms, {}, [held(105, "Herbarium", 5, "herbarium")])
    cache.store_pull(forms, {}, [held(106, "Herbarium", 6, "herbarium")])
    time.sleep(0.005)  # claimed_at has milliseconds
    cache.store_pull(forms, {}, [held(200 + s, "Census", s, "census") for s in (1, 2, 3)])
    time.sleep(0.005)
    cache.store_pull(forms, {}, [held(107, "Herbarium", 7, "herbarium")])
    order = [t.external_id for t in cache.open_tasks(1)]
    # By document number alone this was Census-1, Census-2, Census-3, Herbarium-5, ...
    assert order == [
        "Herbarium-5",
        "Herbarium-6",
        "Herbarium-7",
        "Census-1",
        "Census-2",
        "Census-3",
    ]
    # The document being keyed stays first, whatever its batch.
    cache.start_draft(202)
    assert next(t.external_id for t in cache.open_tasks(1)) == "Census-2"
    cache.close()


def test_a_change_of_form_is_said_until_enter(qtbot, new_world) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from keying.forms import load_form
    from keying.storage import repo
    from tests.support.ui import FORMS, focused, key_field, open_station, press, type_text
    from tests.support.world import page_png

    world = new_world(documents=1, form_path=FORMS / "receipt.yaml")
    loaded = load_form(FORMS / "herbarium_label.yaml")
    with world.services.sessions() as session:
        form = repo.add_form_definition(
            session, loaded.definition.form, loaded.definition.version, loaded.text
        )
        batch = repo.add_batch(session, "Herbaria", form)
        repo.add_document(session, batch, "H-001", [(page_png("H"), "image/png", 827, 1170)])
        session.commit()
    view = open_station(qtbot, world, "op1")
    assert view.current is not None and view.current.task.batch_name == "Test batch"
    assert not view.banner.isVisible()  # the first document: nothing to compare with
    for value in ["SHOP ONE", "1 MAIN STREET", "05/06/2019", "12.50"]:
        key_field(value)
    press(Qt.Key.Key_F12)
    assert view.current is not None and view.current.task.batch_name == "Herbaria"
    assert view.banner.isVisible() and focused() is view.banner
    assert "Herbarium Specimen Label" in view.banner.text()
    type_text("NAI")  # kept from the form until Enter
    form = view.current_form()
    assert form is not None and form.values()["catalog_no"] == ""
    # Signed out before Enter and in again: the first document is said to be of another form
    # than the last one finished on this PC (nothing is keyed in it yet).
    view.shut_down(final_round=True)
    view.close()
    view = open_station(qtbot, world, "op1")
    assert view.current is not None and view.current.task.batch_name == "Herbaria"
    assert view.banner.isVisible() and focused() is view.banner
    form = view.current_form()
    assert form is not None
    press(Qt.Key.Key_Return)
    assert not view.banner.isVisible()
    assert focused() is form.current_editor() and form.current_editor().path == "catalog_no"
    type_text("NAI004127")
    assert form.values()["catalog_no"] == "NAI004127"


def test_the_next_claim_keeps_to_the_batch_in_progress(tmp_path: Path) -> None:
    """The claim is told the document in progress (repo.claim_key_tasks serves its batch
    first): the first held here, else the last finished here."""
    cache = WorkstationCache(tmp_path / "cache.sqlite")
    forms = {"herbarium": ("form: h", "h"), "census": ("form: c", "c")}
    assert cache.document_in_progress(1) is None
    cache.store_pull(forms, {}, [held(105, "Herbarium", 5, "herbarium")])
    time.sleep(0.005)
    cache.store_pull(forms, {}, [held(201, "Census", 1, "census")])
    assert cache.document_in_progress(1) == 105
    for task_id in (201, 105):  # the census one first
        draft = cache.start_draft(task_id)
        payload = {
            "uuid": draft.keying_uuid,
            "document_id": task_id,
            "pass_no": 1,
            "operator_id": 1,
            "values": {},
            "finished_at": "2026-12-01T10:00:00+00:00",
        }
        cache.finish(task_id, payload)  # type: ignore[arg-type]
        # 105 while it is held; then, nothing held, the one finished last (not the first)
        assert cache.document_in_progress(1) == 105
    assert cache.document_in_progress(2) is None  # another operator of this PC
    cache.close()
