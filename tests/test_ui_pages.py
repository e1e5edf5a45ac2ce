"""Hostile pages: too many pixels, not a raster image, truncated. Each is refused or marked
damaged with the flag key offered, and no page is ever decoded in the UI thread."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from sqlalchemy import select

from keying.config import Settings
from keying.storage import repo
from keying.storage.models import Batch, PageFlag
from keying.ui import prefetch
from keying.ui.decode import MAX_PAGE_PIXELS, decode
from keying.ui.station import FlagDialog, StationView
from tests.support.ui import press, settle, show_active
from tests.support.world import PASSWORD, make_world

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="2000" height="2000">'
    + b'<rect width="10" height="10"/>' * 2000
    + b"</svg>"
)


def huge_png(side: int = 12_000) -> bytes:
    im = Image.new("1", (side, side), 1)  # 1-bit: 18 MB in memory here, 2 GB once decoded
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def truncated_jpeg() -> bytes:
    im = Image.new("L", (800, 1000), 255)
    ImageDraw.Draw(im).text((40, 40), "upper half", fill=0)
    buf = io.BytesIO()
    im.save(buf, format="JPEG")
    data = buf.getvalue()
    return data[: len(data) * 2 // 3]


def test_a_page_over_the_pixel_cap_is_refused_from_its_header() -> None:
    assert MAX_PAGE_PIXELS < 12_000 * 12_000
    page = decode(huge_png())
    assert page.image is None
    assert page.problem is not None and "12,000 × 12,000 pixels" in page.problem
    assert f"{MAX_PAGE_PIXELS:,}" in page.problem


def test_an_svg_is_not_a_page() -> None:
    page = decode(SVG)
    assert page.image is None
    assert page.problem == "the page is not a raster image (svg)"


@pytest.mark.qt_log_ignore("Corrupt JPEG data")  # Qt's JPEG reader says so: expected here
def test_a_truncated_jpeg_is_shown_and_marked_damaged() -> None:
    page = decode(truncated_jpeg())
    assert page.image is not None and page.image.width() == 800
    assert page.problem is not None and "incomplete" in page.problem
    whole = Image.new("L", (80, 100), 255)
    buf = io.BytesIO()
    whole.save(buf, format="JPEG")
    assert decode(buf.getvalue()).problem is None  # a sound JPEG is not


@pytest.fixture
def hostile(tmp_path: Path):  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "ws", documents=0)
    with world.services.sessions() as session:
        batch = session.scalars(select(Batch)).one()
        pages = [
            (truncated_jpeg(), "image/jpeg", 800, 1000),
            (SVG, "image/svg+xml", 2000, 2000),
            (huge_png(), "image/png", 12_000, 12_000),
        ]
        repo.add_document(session, batch, "HOSTILE", pages)
        session.commit()
    yield world
    world.services.close()


@pytest.mark.qt_log_ignore("Corrupt JPEG data")  # a truncated JPEG among the pages: expected
def test_hostile_pages_in_the_station(qtbot, hostile, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    in_ui_thread: list[bool] = []
    real_decode = prefetch.decode

    def slow_decode(data: bytes | None):  # type: ignore[no-untyped-def]
        in_ui_thread.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.3)  # a page that decodes slowly
        return real_decode(data)

    monkeypatch.setattr(prefetch, "decode", slow_decode)
    operator = hostile.services.sign_in("op1", PASSWORD)
    view = StationView(hostile.services.station(operator), Settings.load())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    show_active(qtbot, view)
    view.start()
    settle(qtbot, view)  # the first claim runs in the sync worker's thread
    assert view.current is not None and view.current.task.external_id == "HOSTILE"
    assert view.view.loading and "Loading" in view.view.placeholder_text  # not blocked on it
    qtbot.waitUntil(lambda: view.view.has_image)
    notice = view.view.damage_notice
    assert notice.isVisible()
    assert "Page damaged" in notice.text() and "incomplete" in notice.text()
    assert "F4" in notice.text()

    view.show_page(2)
    qtbot.waitUntil(lambda: "cannot be shown" in view.view.placeholder_text)
    assert "not a raster image (svg)" in view.view.placeholder_text
    assert "F4" in view.view.placeholder_text and not notice.isVisible()

    view.show_page(3)
    qtbot.waitUntil(lambda: "too large" in view.view.placeholder_text)
    assert in_ui_thread and not any(in_ui_thread)

    monkeypatch.setattr(FlagDialog, "ask", classmethod(lambda cls, parent: "needs_rescan"))
    press(Qt.Key.Key_F4)
    press(Qt.Key.Key_Return)  # confirms the flag (flag_notice.py)
    settle(qtbot, view)  # the flag is sent by the sync worker
    with hostile.services.sessions() as session:
        flags = list(session.scalars(select(PageFlag)))
    assert [(f.page_no, f.reason) for f in flags] == [(3, "needs_rescan")]
