"""The two markers: keyed values of their own, valid in every field (see docs/forms.md)."""

ILLEGIBLE = "[illegible]"  # the operator cannot read what is written
BLANK_ON_PAPER = "[blank]"  # nothing is written on the paper
MARKERS = (ILLEGIBLE, BLANK_ON_PAPER)
