"""The keying station in Khmer at 200 % text on 1024×768 (the census form, whose labels are
Khmer): one field and a half were in view. Why: Khmer writes a sentence's words without
spaces, and Qt (no dictionary for Khmer in PySide6's wheels) found no place to wrap the
form's general instructions, so the guide alone was 604 px wide; the form then needed more
than the 60 % of the width the page leaves it, and the page went above the form (keeping
42 % of the height, the form its title and the guide's line naming the field). The waiting
page's sentence did the same before the first document. Now a long Khmer or Lao run is
offered breaks (`ui/script_breaks.py`), the waiting page counts only while it is on screen,
and the form sits beside the page with its labels above its fields, as in English at 200 %;
where the page must go above the form, the form is given the height for four fields."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from keying.config import Settings
from keying.ui.entry_form import EntryForm
from keying.ui.language import Language
from keying.ui.station_layout import (
    FIELDS_IN_VIEW,
    PAGE_SHARE_MIN,
    STACKED_PAGE_MIN,
    STACKED_SHARE,
)
from keying.ui.theme import apply_theme
from tests.support.ui import FORMS, open_window

SIZE = (1024, 768)


@pytest.fixture
def khmer_200(app: QApplication) -> Iterator[None]:
    Settings(font_scale=2.0, language="km").save()
    apply_theme(app, False, 2.0)
    Language().install(app, "km")
    yield
    Language().install(app, "en")
    apply_theme(app, False, 1.0)


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _station(qtbot, new_world, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    world = new_world(documents=1, form_path=FORMS / "household_census.yaml")
    window = open_window(qtbot, world, "op1")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    _settle()
    station = window.station_view
    assert station is not None
    form = station.current_form()
    assert isinstance(form, EntryForm)
    assert form.row("form_no").label.text() == "លេខទម្រង់"  # the form's Khmer labels
    return window, station, form


def _every_field_whole_in_view(window, station, form) -> None:  # type: ignore[no-untyped-def]
    """Each field, focused, whole in the fields' view with its label, its zone legible."""
    viewport = form.scroll_area.viewport()
    text_height = QFontMetrics(form.font()).height()
    for editor in form.editors():
        form.focus_path(editor.path)
        _settle()
        seen = _rect(viewport, window)
        assert seen.contains(_rect(editor, window)), editor.path
        row = form.row(editor.path.split("[", 1)[0])
        if row.editor is editor and form.labels_above:  # its label just above it
            assert seen.contains(_rect(row.label, window)), editor.path
        outline = station.view.zone_outline()
        if outline is not None:
            assert outline.height() * station.view.scale_factor >= 2 * text_height - 1
            middle = outline.topLeft() + (outline.bottomLeft() - outline.topLeft()) / 2
            assert station.view.visible_scene_rect().contains(middle), editor.path


def test_the_khmer_census_at_200_percent_sits_beside_the_page(
    qtbot, new_world, khmer_200: None
) -> None:  # type: ignore[no-untyped-def]
    window, station, form = _station(qtbot, new_world, SIZE)
    splitter = station.splitter
    assert not splitter.stacked and form.labels_above
    assert splitter.sizes()[0] >= PAGE_SHARE_MIN * sum(splitter.sizes()) - 1
    guide = form.guide_text
    assert guide.width() < 0.6 * SIZE[0]  # the instructions wrap
    assert form._layout.title.isHidden() and form.guide_title.isHidden()
    seen = _rect(form.scroll_area.viewport(), window)
    whole = [e for e in form.editors() if seen.contains(_rect(e, window))]
    assert len(whole) >= 3, [e.path for e in whole]
    _every_field_whole_in_view(window, station, form)


def test_where_the_page_goes_above_the_form_it_shows_four_fields(
    qtbot, new_world, khmer_200: None
) -> None:  # type: ignore[no-untyped-def]
    window, station, form = _station(qtbot, new_world, (800, 600))
    splitter = station.splitter
    assert splitter.stacked
    assert form._layout.title.isHidden() and form.guide_title.isHidden()
    assert not form.guide_text.isHidden()  # the instructions stay
    page, total = splitter.sizes()[0], sum(splitter.sizes())
    assert page >= STACKED_PAGE_MIN * total - 1
    assert page < STACKED_SHARE * total  # less than it kept before: the form needs it
    seen = _rect(form.scroll_area.viewport(), window)
    whole = [e for e in form.editors() if seen.contains(_rect(e, window))]
    assert len(whole) >= FIELDS_IN_VIEW or page <= STACKED_PAGE_MIN * total + 1, whole
    _every_field_whole_in_view(window, station, form)


def test_sizes_the_operator_chose_stay_when_stacked(qtbot, new_world, khmer_200: None) -> None:  # type: ignore[no-untyped-def]
    _window, station, form = _station(qtbot, new_world, (800, 600))
    splitter = station.splitter
    assert splitter.stacked
    total = sum(splitter.sizes())
    splitter.restore([total // 2, total - total // 2], stacked=True)  # a saved layout
    splitter.forms_changed()  # (another form added): the operator's sizes stay
    _settle()
    assert abs(splitter.sizes()[0] - total // 2) <= 0.02 * total  # not the form's 4 fields
    assert splitter.sizes()[0] > STACKED_SHARE * total
    assert form._layout.title.isHidden()  # stacked: no title, whichever the sizes


def test_a_long_khmer_or_lao_run_is_offered_breaks_and_other_text_is_not() -> None:
    from keying.ui.script_breaks import ZWSP, breakable

    text = "កំពុងសុំការងារពីមូលដ្ឋានទិន្នន័យកណ្តាល។"
    broken = breakable(text)
    assert broken.replace(ZWSP, "") == text
    pieces = broken.split(ZWSP)
    assert len(pieces) >= 3 and all(len(p) <= 20 for p in pieces), pieces
    assert not any(p.startswith("\u17d2") for p in pieces)  # never before a subscript
    assert breakable("ຂໍ້ຄວາມທີ່ຖືກຕັດຂອງແຖວທີ່ເລືອກ").count(ZWSP) >= 1
    assert breakable("លេខទម្រង់") == "លេខទម្រង់"  # a short word: as it is
    english = "The herbarium's acronym and six digits, no space, for example NAI004127."
    assert breakable(english) == english
