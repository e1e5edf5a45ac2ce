"""Every view of every role fits a 1024×768 screen at 100 % and 200 % text.

The main window's pages are a stack: the window can be no smaller than the largest minimum of
any view made so far, so one view that asks for more (a long line that does not wrap, filters
in one row) pushes every other view, and the status bar, off an office PC's screen. Each view
is opened here, on an empty queue (the "nothing waits" texts) and on a keyed batch, and the
window's minimum is checked after each.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from keying.storage.models import Document
from keying.storage.users import add_user
from keying.ui.views import VIEWS
from tests.support.ui import open_window
from tests.support.world import PASSWORD, World
from tests.test_stats import key_small_batch

SCREEN = (1024, 768)


def _with_admin(world: World) -> World:
    with world.services.sessions() as session:
        add_user(session, login="admin", display_name="Admin", role="admin", password=PASSWORD)
        session.commit()
    return world


def _fits(window) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    hint = window.minimumSizeHint()
    wide, tall = hint.width(), hint.height()
    return None if wide <= SCREEN[0] and tall <= SCREEN[1] else (wide, tall)


@pytest.mark.parametrize("scaled", [1.0, 2.0], indirect=True)
@pytest.mark.parametrize("keyed", [False, True], ids=["empty queue", "keyed batch"])
def test_no_view_asks_for_more_than_the_screen(qtbot, world: World, scaled, keyed) -> None:  # type: ignore[no-untyped-def]
    if keyed:
        key_small_batch(world)
    window = open_window(qtbot, _with_admin(world), "admin")  # the admin has every view
    too_big: dict[str, tuple[int, int]] = {}
    for name in ["keying", "overview", *(spec.name for spec in VIEWS)]:
        if name == "keying":
            window.show_keying()
        elif name == "overview":
            window.show_overview()
        else:
            window.show_view(name)
        qtbot.wait(50)  # the view's first reading (off the GUI thread) may change its texts
        QApplication.processEvents()
        size = _fits(window)
        if size is not None:
            too_big[name] = size
    assert not too_big, f"at {scaled:.0%} text these views need more than 1024×768: {too_big}"


def test_the_document_dialog_fits_the_screen_it_opens_on(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    key_small_batch(world)
    window = open_window(qtbot, world, "sup")
    with world.services.sessions() as session:
        document_id = session.scalars(select(Document.id).order_by(Document.id)).first()
    assert document_id is not None
    window.opener.open(document_id)
    qtbot.waitUntil(lambda: window.opener.dialog is not None, timeout=30_000)
    dialog = window.opener.dialog
    assert dialog is not None
    screen = window.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    # on a screen larger than 1200×760 it keeps that size (a table beside the page)
    if screen.width() >= 1264 and screen.height() >= 800:
        assert dialog.size().toTuple() == (1200, 760)
