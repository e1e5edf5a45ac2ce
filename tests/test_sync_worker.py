"""The central database never freezes the form: sync, claims and reconciliation run in the sync
worker's thread, and PostgreSQL connections give up after their timeouts.

The hung server is a listening socket that accepts connections and never reads or answers:
what a PostgreSQL host that hangs (or a firewall that swallows packets after the handshake)
looks like to the client.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from keying.config import Settings
from keying.services import Services, SignedIn, Workspace, timeouts_from
from keying.storage.engine import Timeouts, make_engine
from keying.ui.main_window import MainWindow
from keying.ui.station import StationView
from tests.support.silent_server import SilentServer
from tests.support.ui import FORMS, enter, key_field, press, settle, show_active, type_text
from tests.support.world import PASSWORD, make_world

RECEIPT = FORMS / "receipt.yaml"


@pytest.fixture
def silent() -> SilentServer:  # type: ignore[misc]
    server = SilentServer()
    yield server
    server.close()


def test_a_hung_central_database_never_freezes_the_form(qtbot, tmp_path: Path, silent) -> None:  # type: ignore[no-untyped-def]
    # Two documents claimed into the cache from a working central database first...
    world = make_world(tmp_path / "ws", documents=2, form_path=RECEIPT)
    operator = world.services.sign_in("op1", PASSWORD)
    assert world.services.station(operator).next_task() is not None
    held = [t.task_id for t in world.services.cache.open_tasks(operator.operator_id)]
    assert len(held) == 2
    world.services.close()
    # ... then the same workstation with a central database that accepts and never answers.
    hung = Services(
        Workspace(silent.url, world.workspace.cache_path, timeouts=Timeouts(connect_s=120))
    )
    window = MainWindow(hung, operator, Settings())
    qtbot.addWidget(window)
    show_active(qtbot, window)
    try:
        window.start()
        view = window.station_view
        assert view is not None and view.current is not None  # opened from the cache
        qtbot.waitUntil(lambda: len(silent.accepted) >= 1)  # the worker is stuck connecting
        assert view.link.busy
        form = view.current_form()
        assert form is not None
        typed = "Ñandú Tiếng Việt ĐỒNG KHÁNH"
        type_text(typed)  # one key event per character, the event loop turning in between
        editor = form.current_editor()
        assert editor is not None and editor.text() == typed  # every key is in the field
        enter()
        assert form.values()["company"] == typed
        draft = hung.cache.draft(view.current.task_id)
        assert draft is not None and draft.values["company"] == typed  # durably saved
        for value in ["1 MAIN STREET", "05/06/2019", "12.50"]:
            key_field(value)
        first = view.current.task_id
        press(Qt.Key.Key_F12)  # finished while the central database hangs
        assert view.current is not None and view.current.task_id != first  # next one at once
        assert view.link.busy  # the round is still stuck: all of this ran beside it
        silent.close()  # the server goes away: the worker's connection fails
        settle(qtbot, view)
        assert view.online is False
        qtbot.waitUntil(lambda: "Sync: offline — 1 waiting" in window.status_label.text())
        assert view.current is not None  # keying goes on from the cache
    finally:
        window.close()
        hung.close()


def test_connect_timeout_ends_a_connection_to_a_server_that_never_answers(silent) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(silent.url, Timeouts(connect_s=2))
    try:
        with pytest.raises(OperationalError), engine.connect():
            pass
    finally:
        engine.dispose()
    assert silent.accepted  # it did reach the server, and gave up waiting for an answer


def test_timeouts_reach_the_psycopg_connection() -> None:
    args = Timeouts(connect_s=7, statement_s=2.5, lock_s=0).connect_args()
    assert args == {"connect_timeout": 7, "options": "-c statement_timeout=2500 -c lock_timeout=0"}
    assert Timeouts(connect_s=0).connect_args().keys() == {"options"}


@pytest.mark.postgres
def test_every_postgres_session_has_statement_and_lock_timeouts(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "30s"
            assert conn.execute(text("SHOW lock_timeout")).scalar() == "10s"
    finally:
        engine.dispose()
    short = make_engine(postgres_url, Timeouts(statement_s=0.2))
    try:
        with pytest.raises(OperationalError, match="statement timeout"), short.connect() as conn:
            conn.execute(text("SELECT pg_sleep(30)"))
    finally:
        short.dispose()


@pytest.mark.postgres
def test_a_lock_held_elsewhere_ends_in_an_error_not_a_wait(postgres_url: str) -> None:
    engine = make_engine(postgres_url, Timeouts(lock_s=0.2))
    try:
        with engine.connect() as holder, engine.connect() as waiter:
            holder.execute(text("CREATE TABLE IF NOT EXISTS lock_probe (id int)"))
            holder.commit()
            holder.execute(text("LOCK TABLE lock_probe IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(OperationalError, match="lock timeout"):
                waiter.execute(text("SELECT * FROM lock_probe"))
    finally:
        engine.dispose()


def test_settings_carry_the_timeouts() -> None:
    settings = Settings(connect_timeout_s=5, statement_timeout_s=12, lock_timeout_s=3)
    assert timeouts_from(settings) == Timeouts(5, 12, 3)
    assert timeouts_from(Settings()) == Timeouts()  # the same defaults in both places
    with pytest.raises(ValueError):
        Settings(connect_timeout_s=1)


def test_nothing_held_and_no_central_database_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    refused = "postgresql://keying:secret@127.0.0.1:9/keying"  # nothing listens on port 9
    dead = Services(Workspace(refused, tmp_path / "cache.sqlite", timeouts=Timeouts(connect_s=2)))
    view = StationView(dead.station(SignedIn(1, "op1", "OP1", "operator")), Settings())
    qtbot.addWidget(view)
    try:
        with qtbot.assertNotEmitted(view.queue_empty):
            view.start()
            assert view.waiting and "Fetching documents" in view.empty.text()
            settle(qtbot, view)
        assert view.current is None and not view.waiting
        assert "does not answer" in view.empty.text()
        assert view.sync_state().text == "offline — 0 waiting"
    finally:
        view.close()
        dead.close()


def test_an_empty_queue_is_announced_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "ws", documents=1, form_path=RECEIPT)
    view = StationView(world.services.station(world.services.sign_in("op1", PASSWORD)), Settings())
    qtbot.addWidget(view)
    announced: list[bool] = []
    view.queue_empty.connect(lambda: announced.append(True))
    try:
        show_active(qtbot, view)
        view.start()
        settle(qtbot, view)
        for value in ["SHOP ONE", "1 MAIN STREET", "05/06/2019", "12.50"]:
            key_field(value)
        press(Qt.Key.Key_F12)
        settle(qtbot, view)
        assert view.current is None and "No documents to key" in view.empty.text()
        for _ in range(2):  # the 30-second rounds find nothing more: no second announcement
            view.request_sync()
            settle(qtbot, view)
        assert announced == [True]
        assert view.sync_state().text == "synced"
    finally:
        view.close()
        world.services.close()
