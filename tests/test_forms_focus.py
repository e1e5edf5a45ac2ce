"""The focus order of the entry form, without Qt (keying.forms.focus)."""

from __future__ import annotations

from keying.forms.focus import DOWN, NEXT, PREV, UP, Move, Slot, order, plan_move, split_path


def members(
    rows: int = 2, last_row_empty: bool = False, min_rows: int = 0, max_rows: int = 200
) -> Slot:
    return Slot("members", ("name", "age"), rows, last_row_empty, min_rows, max_rows)


FORM = [Slot("size"), members(), Slot("remarks")]


def test_paths_in_keying_order() -> None:
    assert order(FORM) == [
        "size",
        "members[0].name",
        "members[0].age",
        "members[1].name",
        "members[1].age",
        "remarks",
    ]
    assert split_path("members[1].age") == ("members", 1, "age")
    assert split_path("size") == ("size", None, None)


def test_fields_in_order_and_the_last_one_says_so() -> None:
    assert plan_move(FORM, "size", NEXT) == Move("members[0].name")
    assert plan_move(FORM, "size", DOWN) == Move("members[0].name")
    assert plan_move(FORM, "remarks", PREV) == Move("members[1].age")
    assert plan_move(FORM, "remarks", UP) == Move("members[1].age")
    assert plan_move(FORM, "size", PREV) == Move(None)  # the first field: nowhere, quietly
    end = plan_move(FORM, "remarks", NEXT)
    assert end.target is None and end.at_end
    assert plan_move(FORM, "gone", NEXT) == Move(None)


def test_enter_goes_cell_by_cell_and_row_by_row() -> None:
    assert plan_move(FORM, "members[0].name", NEXT) == Move("members[0].age")
    assert plan_move(FORM, "members[0].age", NEXT) == Move("members[1].name")
    assert plan_move(FORM, "members[1].name", PREV) == Move("members[0].age")
    assert plan_move(FORM, "members[0].name", PREV) == Move("size")


def test_up_and_down_move_by_rows_and_leave_the_table_past_its_ends() -> None:
    assert plan_move(FORM, "members[0].age", DOWN) == Move("members[1].age")
    assert plan_move(FORM, "members[1].age", UP) == Move("members[0].age")
    assert plan_move(FORM, "members[1].name", DOWN) == Move("remarks")
    assert plan_move(FORM, "members[0].age", UP) == Move("size")


def test_enter_in_the_last_cell_of_a_keyed_row_opens_a_row() -> None:
    move = plan_move(FORM, "members[1].age", NEXT)
    assert move == Move("members[2].name", insert_row=("members", 2))
    full = [Slot("size"), members(rows=2, max_rows=2), Slot("remarks")]
    assert plan_move(full, "members[1].age", NEXT) == Move("remarks")  # at the maximum


def test_enter_on_an_empty_last_row_leaves_the_table_and_drops_the_row() -> None:
    form = [Slot("size"), members(rows=3, last_row_empty=True), Slot("remarks")]
    assert plan_move(form, "members[2].name", NEXT) == Move("remarks", drop_row=("members", 2))
    assert plan_move(form, "members[2].age", NEXT) == Move("remarks", drop_row=("members", 2))
    # Not the last row, or not Enter: no drop.
    assert plan_move(form, "members[2].name", DOWN) == Move("remarks")
    assert plan_move(form, "members[1].age", NEXT) == Move("members[2].name")


def test_the_empty_row_stays_when_the_table_would_fall_below_its_minimum() -> None:
    one = [Slot("size"), members(rows=1, last_row_empty=True)]
    move = plan_move(one, "members[0].name", NEXT)
    assert move == Move(None, at_end=True)  # the only row stays; the last field says so
    two = [members(rows=2, last_row_empty=True, min_rows=2), Slot("remarks")]
    assert plan_move(two, "members[1].name", NEXT) == Move("remarks")
    three = [members(rows=3, last_row_empty=True, min_rows=2), Slot("remarks")]
    assert plan_move(three, "members[2].name", NEXT).drop_row == ("members", 2)
