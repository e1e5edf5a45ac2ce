"""The page image: placeholder, fit, zoom, pan, rotate, adjustments, pages, zones."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

from keying.forms import Zone
from keying.ui.decode import decode_page
from keying.ui.image_view import PageView
from tests.support.ui import make_form, press, show_active

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
A4 = (2480, 3508)


def page_image(size: tuple[int, int] = A4, grey: int = 200) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(grey, grey, grey))
    return image


def png_bytes(size: tuple[int, int] = (300, 400)) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 128).save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """A page view beside a line edit that has the focus, as in the station."""
    host = QWidget()
    layout = QHBoxLayout(host)
    view = PageView()
    edit = QLineEdit()
    edit.setAccessibleName("A field")
    layout.addWidget(view, 3)
    layout.addWidget(edit, 1)
    qtbot.addWidget(host)
    host.resize(1000, 800)
    show_active(qtbot, host)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    yield view, edit
    host.close()  # the host owns both; it lives as long as the test


def contains(outer, inner) -> bool:  # type: ignore[no-untyped-def]
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner)


def test_undecodable_page_shows_a_placeholder_with_the_flag_key(qtbot, window) -> None:
    view, _ = window
    image = decode_page(b"this is not an image")
    assert image is None
    view.set_page(image, 1, 2)
    assert not view.has_image
    text = view.placeholder_text
    assert "cannot be shown" in text
    assert "F4" in text and "flag" in text
    with qtbot.waitSignal(view.flag_requested):
        press(Qt.Key.Key_F4)
    view.set_page(decode_page(png_bytes()), 1, 2)
    assert view.has_image
    assert view.placeholder_text == ""


def test_decode_page(qtbot) -> None:
    assert decode_page(None) is None
    assert decode_page(b"") is None
    image = decode_page(png_bytes((30, 40)))
    assert image is not None
    assert (image.width(), image.height()) == (30, 40)
    # A format Qt has no reader for is decoded by Pillow.
    buf = io.BytesIO()
    Image.new("RGB", (21, 13), (10, 200, 30)).save(buf, format="PCX")
    image = decode_page(buf.getvalue())
    assert image is not None
    assert (image.width(), image.height()) == (21, 13)
    assert QColor(image.pixel(5, 5)).green() == 200


def test_fit_page_fit_width_and_zoom_keys(qtbot, window) -> None:
    view, edit = window
    view.set_page(page_image(), 1, 1)
    page = view.page_rect()
    assert contains(view.visible_scene_rect(), page)  # fit page by default
    before = view.scale_factor
    press(Qt.Key.Key_Equal, ALT)  # zoom in, the focus stays in the field
    assert edit.hasFocus()
    assert view.scale_factor == pytest.approx(before * 1.25)
    press(Qt.Key.Key_Minus, ALT)
    press(Qt.Key.Key_Minus, ALT)
    assert view.scale_factor == pytest.approx(before / 1.25)
    press(Qt.Key.Key_W, ALT)  # fit width
    visible = view.visible_scene_rect()
    assert visible.width() == pytest.approx(page.width(), rel=0.02)
    assert visible.top() == pytest.approx(page.top(), abs=2)
    assert not contains(visible, page)  # A4 is taller than wide
    press(Qt.Key.Key_P, ALT)
    assert contains(view.visible_scene_rect(), page)


def test_ctrl_wheel_zooms_and_keys_pan(qtbot, window) -> None:
    view, _ = window
    view.set_page(page_image(), 1, 1)
    before = view.scale_factor
    pos = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        pos,
        view.viewport().mapToGlobal(pos),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_factor > before
    for _ in range(4):
        press(Qt.Key.Key_Equal, ALT)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    x, y = h.value(), v.value()
    press(Qt.Key.Key_Right, ALT)
    press(Qt.Key.Key_Down, ALT)
    assert h.value() > x and v.value() > y
    press(Qt.Key.Key_Left, ALT)
    assert h.value() == x


def test_rotate_turns_the_page(qtbot, window) -> None:
    view, _ = window
    view.set_page(page_image((400, 600)), 1, 1)
    press(Qt.Key.Key_R, ALT)
    assert view.rotation == 90
    rect = view.page_rect()
    assert (round(rect.width()), round(rect.height())) == (600, 400)
    assert contains(view.visible_scene_rect(), rect)
    for _ in range(3):
        press(Qt.Key.Key_R, ALT)
    assert view.rotation == 0


def test_brightness_contrast_invert(qtbot, window) -> None:
    view, _ = window
    view.set_page(page_image((50, 40), grey=100), 1, 1)

    def shown() -> int:
        return QColor(view.shown_image().pixel(10, 10)).red()

    assert shown() == 100
    press(Qt.Key.Key_I, ALT)
    assert shown() == 155
    press(Qt.Key.Key_I, ALT)
    press(Qt.Key.Key_B, ALT)  # brighter by a tenth of white
    assert shown() == 126
    press(Qt.Key.Key_N, ALT)
    press(Qt.Key.Key_C, ALT)  # more contrast: darker than mid-grey gets darker
    assert shown() < 100
    press(Qt.Key.Key_N, ALT)
    assert shown() == 100
    assert view.adjustments.identity


def test_page_navigation_keys(qtbot, window) -> None:
    view, _ = window
    asked = []
    view.page_requested.connect(asked.append)
    view.set_page(page_image((100, 100)), 1, 2)
    assert view.page_info.isVisible()
    assert "Page 1 of 2" in view.page_info.text()
    press(Qt.Key.Key_PageUp, CTRL)  # no page before the first
    press(Qt.Key.Key_PageDown, CTRL)
    view.set_page(page_image((100, 100)), 2, 2)
    press(Qt.Key.Key_PageDown, CTRL)  # none after the last
    press(Qt.Key.Key_PageUp, CTRL)
    assert asked == [2, 1]


def test_show_zone_zooms_to_it_and_outlines_it(qtbot, window) -> None:
    view, _ = window
    view.set_page(page_image(), 1, 1)
    fit_scale = view.scale_factor
    for zone in [
        Zone(x=0.05, y=0.15, w=0.36, h=0.075),
        Zone(x=0.06, y=0.39, w=0.88, h=0.42),
        Zone(x=0.9, y=0.95, w=0.1, h=0.05),  # in a corner
    ]:
        view.show_zone(zone)
        rect = view.zone_rect(zone)
        assert view.zone_outline() == rect
        assert contains(view.visible_scene_rect(), rect)
    assert view.scale_factor > fit_scale
    visible = view.visible_scene_rect()
    view.show_zone(None)  # the view stays
    assert view.visible_scene_rect() == visible
    assert view.zone_outline() is None


def test_zone_follows_rotation(qtbot, window) -> None:
    view, _ = window
    view.set_page(page_image((1000, 2000)), 1, 1)
    press(Qt.Key.Key_R, ALT)
    zone = Zone(x=0.0, y=0.0, w=0.5, h=0.1)
    view.show_zone(zone)
    rect = view.zone_rect(zone)
    assert rect.width() == pytest.approx(200) and rect.height() == pytest.approx(500)
    assert contains(view.visible_scene_rect(), rect)


def test_zones_on_a_real_receipt_scan(qtbot, window, receipts_dir) -> None:
    view, _ = window
    scan = sorted((receipts_dir / "img").glob("*.jpg"))[0]
    image = decode_page(scan.read_bytes())
    assert image is not None
    view.set_page(image, 1, 1)
    form = make_form(qtbot, "receipt")
    for field in form.definition.fields:
        view.show_zone(field.zone)
        assert contains(view.visible_scene_rect(), view.zone_rect(field.zone))


def test_the_zone_is_fitted_again_when_the_view_is_resized(qtbot, window) -> None:
    """Issue 14, item 7: after the window or the splitter changes the view's size, the zone
    is zoomed again for the new size, whole in view."""
    view, _ = window
    view.set_page(page_image(), 1, 1)
    zone = Zone(x=0.05, y=0.15, w=0.88, h=0.075)
    view.show_zone(zone)
    rect = view.zone_rect(zone)
    wide = view.scale_factor
    host = view.window()
    host.resize(500, 800)  # the view is about half as wide
    qtbot.waitUntil(lambda: view.scale_factor < wide * 0.8)
    assert contains(view.visible_scene_rect(), rect)
    assert view.zone_outline() == rect


def test_high_contrast_changes_the_zone_outline_at_once(qtbot, window) -> None:
    """Issue 14, item 7: the outline takes the high-contrast colour on the first toggle."""
    from keying.ui.theme import apply_theme, colors

    view, _ = window
    view.set_page(page_image(), 1, 1)
    view.show_zone(Zone(x=0.05, y=0.15, w=0.36, h=0.075))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QColor(colors(False).zone)
    high = QColor(colors(True).zone)
    assert normal != high
    try:
        apply_theme(app, True, 1.0)
        QApplication.processEvents()
        assert view._zone_item.pen().color() == high
    finally:
        apply_theme(app, False, 1.0)
        QApplication.processEvents()
    assert view._zone_item.pen().color() == normal
