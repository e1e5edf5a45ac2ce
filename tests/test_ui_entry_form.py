"""The entry form keyed by keyboard only: every shipped form, tables, checks, markers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from keying.forms import BLANK_ON_PAPER, ILLEGIBLE, load_form
from tests.support.ui import ROOT, enter, focused, key_field, make_form, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
GENERIC_SURVEY = ROOT / "tests" / "data" / "generic_survey.yaml"


def test_receipt_keyed_by_keyboard(qtbot) -> None:
    form = make_form(qtbot, "receipt")
    committed = []
    form.field_committed.connect(lambda path, raw, figures: committed.append((path, raw)))
    assert form.current_editor().path == "company"
    key_field("MR D.I.Y. (M) SDN BHD")
    key_field("LOT 1851-A, JALAN KPB 6, 43300 SERI KEMBANGAN")
    key_field("12-01-2019")
    key_field("30.90")
    key_field("14:05")  # the time of sale, printed beside the date; optional, keyed last
    with qtbot.waitSignal(form.finish_requested) as finished:
        press(Qt.Key.Key_F12)
    values, failures = finished.args
    assert values == {
        "company": "MR D.I.Y. (M) SDN BHD",
        "address": "LOT 1851-A, JALAN KPB 6, 43300 SERI KEMBANGAN",
        "date": "12-01-2019",
        "total": "30.90",
        "time": "14:05",
    }
    assert failures == []
    assert [p for p, _ in committed] == ["company", "address", "date", "total", "time"]


KHMER_NAME = "សុខា ចាន់"
LAO_VILLAGE = "ບ້ານ ໂພນສະຫວັນ"


def test_household_census_keyed_by_keyboard(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    key_field("KA-004512")
    key_field("12/03/2023")
    key_field("E012")
    key_field(KHMER_NAME)
    key_field(LAO_VILLAGE)
    key_field("3")
    key_field("250.50")
    assert form.editor("electricity_source").isHidden()
    key_field("y")  # code type-ahead: y is the code Y
    assert not form.editor("electricity_source").isHidden()  # show_if now holds
    assert focused() is form.editor("electricity_source")
    type_text("sol")
    assert "Solar panel" in form.row("electricity_source").hint.text()
    enter()
    key_field("PIPE")
    enter()  # phone: optional, left empty
    assert form.current_editor().path == "members[0].name"
    for name, age, sex in [(KHMER_NAME, "45", "M"), ("Dara", "40", "f"), ("Sok", "7", "M")]:
        key_field(name)
        key_field(age)
        key_field(sex)
    assert form.current_editor().path == "members[3].name"
    enter()  # an empty new row ends the table
    assert form.current_editor().path == "remarks"
    key_field("")
    with qtbot.waitSignal(form.finish_requested) as finished:
        press(Qt.Key.Key_F12)
    values, failures = finished.args
    assert values == {
        "form_no": "KA-004512",
        "visit_date": "12/03/2023",
        "enumerator_id": "E012",
        "head_name": KHMER_NAME,
        "village": LAO_VILLAGE,
        "household_size": "3",
        "monthly_income": "250.50",
        "has_electricity": "Y",
        "electricity_source": "SOLAR",
        "water_source": "PIPE",
        "phone": "",
        "members": [
            {"name": KHMER_NAME, "age": "45", "sex": "M"},
            {"name": "Dara", "age": "40", "sex": "F"},
            {"name": "Sok", "age": "7", "sex": "M"},
        ],
        "remarks": "",
    }
    assert failures == []
    assert form.editor("head_name").text() == KHMER_NAME  # shown back as keyed
    assert form.editor("village").displayText() == LAO_VILLAGE


def test_herbarium_label_keyed_by_keyboard(qtbot) -> None:
    form = make_form(qtbot, "herbarium_label")
    key_field("NAI004127")
    key_field("Fabaceae")
    key_field("Acacia tortilis")
    key_field("Kenya")
    key_field("Tsavo East, near Voi")
    key_field("-3.3961")
    key_field("38.5561")
    key_field("560")
    key_field("J. B. Gillett")
    key_field("18224")
    key_field("12 Mar 1987")
    enter()  # habitat: optional
    assert form.editor("det_year").isHidden()
    key_field("P. J. Greenway")
    assert focused() is form.editor("det_year")
    key_field("1990")
    with qtbot.waitSignal(form.finish_requested) as finished:
        press(Qt.Key.Key_Return, CTRL)
    values, failures = finished.args
    assert values["catalog_no"] == "NAI004127"
    assert values["collection_date"] == "12 Mar 1987"
    assert values["determiner"] == "P. J. Greenway"
    assert values["det_year"] == "1990"
    assert values["habitat"] == ""
    assert len(values) == 14
    assert failures == []


def test_hidden_field_is_not_in_values(qtbot) -> None:
    form = make_form(qtbot, "herbarium_label")
    assert "det_year" not in form.values()
    form.load({"determiner": "X"}, "determiner")
    assert "det_year" in form.values()


def _cell(form, row: int, column: str):  # type: ignore[no-untyped-def]
    return form.editor(f"members[{row}].{column}")


def test_table_rows_added_removed_and_cells_moved_by_keys(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({}, "members[0].name")
    assert focused() is _cell(form, 0, "name")
    key_field("Ana")
    assert focused() is _cell(form, 0, "age")
    press(Qt.Key.Key_Insert, CTRL)  # add a row below
    assert focused() is _cell(form, 1, "name")
    key_field("Bo")
    assert focused() is _cell(form, 1, "age")
    press(Qt.Key.Key_Up)  # Up and Down keep the column
    assert focused() is _cell(form, 0, "age")
    press(Qt.Key.Key_Down)
    assert focused() is _cell(form, 1, "age")
    press(Qt.Key.Key_Tab)
    assert focused() is _cell(form, 1, "sex")
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is _cell(form, 1, "name")
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # wraps to the row above
    assert focused() is _cell(form, 0, "sex")
    press(Qt.Key.Key_Insert, CTRL)
    key_field("Cy")
    assert [r["name"] for r in form.values()["members"]] == ["Ana", "Cy", "Bo"]
    press(Qt.Key.Key_Up)
    assert focused() is _cell(form, 0, "age")
    press(Qt.Key.Key_Delete, CTRL)  # remove Ana's row
    assert [r["name"] for r in form.values()["members"]] == ["Cy", "Bo"]
    assert focused() is _cell(form, 0, "age")
    assert form.current_editor().path == "members[0].age"
    press(Qt.Key.Key_Delete, CTRL)
    press(Qt.Key.Key_Delete, CTRL)  # the last row is emptied, never removed
    assert form.values()["members"] == []
    assert len(form.row("members").table.rows) == 1
    assert "members[removed]" in form.figures()


def test_tab_past_last_cell_opens_a_row_and_down_leaves_the_table(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({"members": [{"name": "A", "age": "30", "sex": "F"}]}, "members[0].sex")
    press(Qt.Key.Key_Tab)
    assert form.current_editor().path == "members[1].name"
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)  # below the last row: the next field
    assert form.current_editor().path == "remarks"


def test_resume_goes_on_from_the_field_after_the_last_committed_one(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({"form_no": "KH-000001", "head_name": "Chan Sokha"}, "head_name", resume=True)
    order = [e.path for e in form.editors()]
    assert form.focused_path() == order[order.index("head_name") + 1]
    assert form.editor("head_name").text() == "Chan Sokha"
    row = {"name": "A", "age": "30", "sex": "F"}
    form.load({"members": [row]}, "members[0].sex", resume=True)
    assert form.focused_path() == "members[1].name"  # as Enter on the last cell would
    form.load({}, "remarks", resume=True)  # committed blank: nothing to go on from
    assert form.focused_path() == "remarks"


def test_bad_date_keeps_focus_with_an_inline_error(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({}, "visit_date")
    committed = []
    form.field_committed.connect(lambda path, raw, figures: committed.append(path))
    key_field("31/02/2023")
    assert focused() is form.editor("visit_date")
    assert form.editor("visit_date").state == "error"
    assert "DD/MM/YYYY" in form.message.text()
    assert committed == []
    press(Qt.Key.Key_A, CTRL)
    key_field("28/02/2023")
    assert form.current_editor().path == "enumerator_id"
    assert form.editor("visit_date").state == ""
    assert committed == ["visit_date"]


def test_type_and_pattern_errors_are_hard(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    key_field("ka4512")  # form_no pattern
    assert form.current_editor().path == "form_no"
    form.load({}, "household_size")
    key_field("three")
    assert form.current_editor().path == "household_size"
    assert "whole number" in form.message.text()


def test_out_of_range_is_accepted_with_a_recorded_warning(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({}, "household_size")
    figures = []
    form.field_committed.connect(lambda path, raw, f: figures.append(f))
    key_field("45")  # max 30: soft
    assert form.current_editor().path == "monthly_income"
    assert form.editor("household_size").state == "warning"
    assert "above the maximum 30" in form.message.text()
    assert figures[-1]["warnings"] == ["Persons in household: above the maximum 30"]
    assert form.figures()["household_size"]["warnings"]


def test_cross_field_checks_are_shown_recorded_and_not_blocking(qtbot) -> None:
    form = make_form(qtbot, "receipt")
    finished = []
    form.finish_requested.connect(lambda values, failures: finished.append(failures))
    key_field("SHOP")
    key_field("STREET 1")
    key_field("01/01/2019")
    key_field("0")
    press(Qt.Key.Key_F12)
    assert finished == []  # shown first
    assert form.check_list.isVisible()
    assert "zero or less" in form.check_list.item(0).text()
    press(Qt.Key.Key_F12)  # finish as keyed
    assert len(finished) == 1
    assert [f.name for f in finished[0]] == ["total_positive"]


def test_finish_goes_to_a_required_empty_field(qtbot) -> None:
    form = make_form(qtbot, "receipt")
    key_field("SHOP")
    press(Qt.Key.Key_F12)
    assert form.current_editor().path == "address"
    assert "required" in form.message.text()


def test_f2_and_f3_key_the_markers_and_move_on(qtbot) -> None:
    form = make_form(qtbot, "receipt")
    press(Qt.Key.Key_F2)
    assert form.current_editor().path == "address"
    press(Qt.Key.Key_F3)
    assert form.values()["company"] == ILLEGIBLE
    assert form.values()["address"] == BLANK_ON_PAPER
    assert form.editor("company").property("marker") is True
    press(Qt.Key.Key_F2)  # a date can be illegible too
    assert form.values()["date"] == ILLEGIBLE
    # Going back and typing replaces a marker as a whole.
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.editor("date")
    form.editor("date").end(False)
    type_text("1")
    assert form.editor("date").text() == "1"


def test_marker_in_a_table_cell_keeps_the_row(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({}, "members[0].name")
    press(Qt.Key.Key_F2)
    key_field("30")
    key_field("M")
    assert form.values()["members"] == [{"name": ILLEGIBLE, "age": "30", "sex": "M"}]


def test_auto_advance_at_max_length(qtbot) -> None:
    from keying.config import Settings
    from keying.forms import FormDefinition

    d = FormDefinition.model_validate(
        {
            "form": "t",
            "title": "T",
            "version": 1,
            "fields": [
                {"name": "code", "label": "Code", "type": "text", "max_length": 3},
                {"name": "next", "label": "Next", "type": "text"},
            ],
        }
    )
    form = make_form(qtbot, d)
    type_text("ABC")
    assert form.current_editor().path == "next"
    assert form.values()["code"] == "ABC"
    off = make_form(qtbot, d, Settings(auto_advance=False))
    type_text("ABC")
    assert off.current_editor().path == "code"


def test_instructions_of_the_focused_field_are_shown(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    assert "KA-004512" in form.guide_text.text()
    assert form.guide_title.text() == "Form number"
    form.load({}, "members[0].age")
    assert "row 1" in form.guide_title.text()
    assert "whole years" in form.guide_text.text()


def test_focus_emits_the_zone_of_the_field_or_table(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    seen = []
    form.field_focused.connect(lambda path, zone: seen.append((path, zone)))
    enter_path = "members[0].sex"
    form.load({}, enter_path)
    path, zone = seen[-1]
    assert path == enter_path
    assert zone == form.definition.field("members").zone


def test_figures_count_keys_corrections_time_and_pauses(qtbot, monkeypatch) -> None:
    from keying.config import Settings

    form = make_form(qtbot, "receipt", Settings(pause_threshold_s=5))
    clock = [100.0]
    for editor in form.editors():
        monkeypatch.setattr(editor, "clock", lambda: clock[0])
    form.load({}, None)
    type_text("AB")
    clock[0] += 6.0  # a pause
    type_text("X")
    press(Qt.Key.Key_Backspace)
    clock[0] += 1.0
    type_text("C")
    enter()
    f = form.figures()["company"]
    assert f["keystrokes"] == 5
    assert f["corrections"] == 1
    assert f["pauses"] == 1
    assert f["time_ms"] == 7000
    assert form.values()["company"] == "ABC"


def test_dependent_verification_asks_to_rekey_a_differing_value(qtbot) -> None:
    form = make_form(qtbot, "receipt")
    form.set_reference(
        {"company": "SHOP  ONE", "address": "X", "date": "01/02/2019", "total": "30.9"}
    )
    form.load({}, None)
    key_field(" SHOP ONE")  # the same after normalization (spaces): no question
    assert form.current_editor().path == "address"
    key_field("Y")  # differs from pass 1: asked to key it again
    assert form.current_editor().path == "address"
    assert form.editor("address").text() == ""
    assert "differs" in form.message.text()
    key_field("Y")  # keyed again: accepted, both values recorded
    assert form.current_editor().path == "date"
    assert form.figures()["address"]["verification"] == {
        "reference": "X",
        "first": "Y",
        "confirmed": "Y",
    }
    key_field("1/2/2019")  # the same date written differently
    assert form.current_editor().path == "total"
    key_field("30.90")  # the same number
    assert "verification" not in form.figures().get("total", {})
    assert form.values()["address"] == "Y"


def test_dependent_verification_in_table_cells_and_off_by_default(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({}, "members[0].name")
    key_field("Ana")
    assert form.current_editor().path == "members[0].age"  # no reference: blind
    form.set_reference({"members": [{"name": "Anna", "age": "3", "sex": "F"}]})
    form.load({}, "members[0].name")
    key_field("Ana")
    assert form.current_editor().path == "members[0].name"
    key_field("Ana")
    assert form.current_editor().path == "members[0].age"
    form.set_reference(None)
    form.load({}, "members[0].name")
    key_field("Ana")
    assert form.current_editor().path == "members[0].age"


def test_khmer_and_lao_typed_one_key_event_per_character(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({}, "head_name")
    committed = []
    form.field_committed.connect(lambda path, raw, f: committed.append((path, raw, f)))
    khmer = "ស្រីមុំ កែវ"  # with a coeng (subscript) sign
    type_text(khmer)
    assert form.editor("head_name").text() == khmer
    enter()
    lao = "ສົມພອນ ແກ້ວມະນີ"  # with tone marks
    type_text(lao)
    enter()
    assert form.values()["head_name"] == khmer
    assert form.values()["village"] == lao
    assert committed[0][:2] == ("head_name", khmer)
    assert committed[0][2]["keystrokes"] == len(khmer)
    assert form.editor("village").displayText() == lao


def test_yes_no_hint_reads_every_word_the_check_takes(qtbot) -> None:
    """The codes hint and the commit read a yes/no field alike: `1` shows Yes and keys Y."""
    form = make_form(qtbot, load_form(GENERIC_SURVEY).definition)
    form.load({}, "licensed")
    editor = form.editor("licensed")
    hint = form.row("licensed").hint
    for typed, shown in [("1", "= Yes"), ("true", "= Yes"), ("y", "= Yes"), ("0", "= No")]:
        editor.clear()
        type_text(typed)
        assert hint.text() == shown, typed
    editor.clear()
    type_text("x")
    assert hint.text().startswith("no such code")
    editor.clear()
    key_field("1")
    assert form.values()["licensed"] == "Y"


def _grid_rows(table) -> list[tuple[str, list[int]]]:  # type: ignore[no-untyped-def]
    """Per row label: its text and the grid rows of the label and of that row's editors."""
    grid = table.layout()
    numbers = [  # the row numbers in the grid (removed ones wait for deletion outside it)
        w
        for w in table.findChildren(QLabel)
        if w.accessibleName().startswith("Row ") and grid.indexOf(w) >= 0
    ]
    numbers.sort(key=lambda w: int(w.accessibleName().split()[1]))
    out = []
    for r, label in enumerate(numbers):
        widgets = [label, *table.rows[r]]
        out.append((label.text(), [grid.getItemPosition(grid.indexOf(w))[0] for w in widgets]))
    return out


def test_table_keeps_its_editors_across_documents_and_rows_stay_numbered(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    table = form.row("members").table
    rows = [{"name": n, "age": "1", "sex": "F"} for n in "ABC"]
    form.load({"members": rows}, "remarks")
    first = table.editors()
    assert [text for text, _ in _grid_rows(table)] == ["1", "2", "3"]
    form.load({"members": rows[:1]}, "remarks")  # the next document: fewer rows
    assert table.editors() == first[:3]  # the same editors, holding the new values
    assert [e.text() for e in table.editors()] == ["A", "1", "F"]
    assert _grid_rows(table) == [("1", [1, 1, 1, 1])]
    form.load({"members": rows}, "members[0].name")
    press(Qt.Key.Key_Insert, CTRL)  # a row between the first and the second
    assert _grid_rows(table) == [(str(r + 1), [r + 1] * 4) for r in range(4)]
    assert [e.path for e in table.rows[2]] == [f"members[2].{c}" for c in ("name", "age", "sex")]
    assert table.rows[2][0].accessibleName().endswith("row 3, Name")
    key_field("Z")
    assert [r["name"] for r in form.values()["members"]] == ["A", "Z", "B", "C"]
    press(Qt.Key.Key_Delete, CTRL)
    assert [r["name"] for r in form.values()["members"]] == ["A", "B", "C"]
    assert _grid_rows(table) == [(str(r + 1), [r + 1] * 4) for r in range(3)]


def test_a_new_document_counts_no_visit_of_the_cell_that_had_the_focus(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    form.load({}, "members[0].name")
    assert focused() is form.editor("members[0].name")
    form.load({}, None)  # F12 in a cell: the next document starts at its first field
    assert form.current_editor().path == "form_no"
    assert "members[0].name" not in form.figures()


def test_paths_that_name_no_editor_find_none(qtbot) -> None:
    form = make_form(qtbot, "household_census")
    assert form.editor("members[0].age").path == "members[0].age"
    for path in ["members[9].age", "members[0].nope", "members[x].age", "members[0]", "nope"]:
        assert form.editor(path) is None, path
    form.focus_path("members[x].age")  # a damaged draft's path: keying starts at the first field
    assert form.current_editor().path == "form_no"


def test_a_value_longer_than_its_box_shows_its_start_once_keyed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Keyed and Enter: the box left shows the value from its first letter (the operator
    checks it against the page), not its end; coming back selects it all, as before."""
    form = make_form(qtbot, "receipt")
    form.resize(420, 900)
    long = "A SHOP WHOSE NAME IS LONGER THAN ITS BOX IN THE FORM"
    first = focused()
    key_field(long)
    assert focused() is not first and first.text() == long
    assert first.cursorPosition() == 0
    press(Qt.Key.Key_Up)
    assert focused() is first and first.selectedText() == long
