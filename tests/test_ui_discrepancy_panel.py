"""The passes' values as the supervisor sees them: differing characters marked from the
reconciler's spans, invisible characters as code points (never blanks)."""

from __future__ import annotations

from keying.ui.discrepancy_panel import NOTHING, marked_html
from keying.ui.theme import NORMAL


def test_the_differing_characters_are_marked() -> None:
    html = marked_html("Odhiambo", [[3, 4]], NORMAL)
    assert html.startswith("Odh<span") and ">i</span>ambo" in html
    assert NORMAL.error_bg in html


def test_invisible_characters_are_shown_as_code_points() -> None:
    zwsp = marked_html("Sok\u200bha", [[3, 4]], NORMAL)
    assert "\u200b" not in zwsp and ">⟨U+200B⟩</span>" in zwsp  # the mark covers it
    nbsp = marked_html("12\u00a0500", [], NORMAL)
    assert "⟨U+00A0⟩" in nbsp


def test_a_place_where_the_other_pass_has_more_and_nothing_keyed() -> None:
    assert "|</span>" in marked_html("3.90", [[1, 1]], NORMAL)  # B lacks what A has here
    assert NOTHING in marked_html("", [], NORMAL)
    assert "&lt;b&gt;" in marked_html("<b>", [], NORMAL)  # keyed text is never markup
