"""The passes' values as the supervisor sees them: differing characters marked from the
reconciler's spans, invisible characters as code points (never blanks)."""

from __future__ import annotations

from keying.ui.discrepancy_panel import NOTHING, marked_html
from keying.ui.theme import NORMAL


def test_the_differing_characters_are_marked() -> None:
    html = marked_html("Odhiambo", [[3, 4]], NORMAL)
    assert html.startswith("Odh<span") and ">i</span>ambo" in html
    assert NORMAL.error_bg in html


def test_invisible_characters_are_shown_by_name_or_code_point() -> None:
    zwsp = marked_html("Sok\u200bha", [[3, 4]], NORMAL)
    assert "\u200b" not in zwsp and ">⟨ZWSP⟩</span>" in zwsp  # the mark covers it
    nbsp = marked_html("12\u00a0500", [], NORMAL)
    assert "⟨NBSP⟩" in nbsp and "U+00A0" not in nbsp
    tab = marked_html("a\tb", [[1, 2]], NORMAL)
    assert ">⟨TAB⟩</span>b" in tab
    em = marked_html("a\u2003b", [], NORMAL)  # an em space has no short name
    assert "a⟨U+2003⟩b" in em


def test_an_explanation_stored_with_code_points_is_shown_with_names() -> None:
    from keying.reconcile import named_marks

    old = "B has ⟨U+00A0⟩ where A has ' '; Sokh\u0430⟨U+0430⟩; ⟨U+2003⟩ ⟨U+110000⟩"
    assert named_marks(old) == (
        "B has ⟨NBSP⟩ where A has ' '; Sokh\u0430⟨U+0430⟩; ⟨U+2003⟩ ⟨U+110000⟩"
    )


def test_a_place_where_the_other_pass_has_more_and_nothing_keyed() -> None:
    assert "|</span>" in marked_html("3.90", [[1, 1]], NORMAL)  # B lacks what A has here
    assert NOTHING in marked_html("", [], NORMAL)
    assert "&lt;b&gt;" in marked_html("<b>", [], NORMAL)  # keyed text is never markup


def test_the_top_line_never_wraps_it_takes_the_variant_that_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    from keying.ui.discrepancy_panel import FittedLine

    line = FittedLine()
    qtbot.addWidget(line)
    line.show()  # a hidden widget hears of its new size only when shown
    long, short = (
        "D-001 · A long batch name · discrepancy 1 of 2 · 3 documents waiting",
        "D-001 · 1 of 2",
    )
    chars = line.fontMetrics().horizontalAdvance
    line.resize(chars(long) + 20, 30)
    line.set_variants([long, short])
    assert line.text() == long and not line.wordWrap()
    line.resize(chars(short) + 20, 30)  # narrower (large text): the shorter words
    assert line.text() == short
    line.resize(chars("D-001") + 4, 30)  # narrower still: the last one, elided at its end
    assert line.text().endswith("…") and line.text().startswith("D")
    assert line.accessibleDescription() == long  # read whole by a screen reader
