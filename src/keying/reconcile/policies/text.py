"""`text`: NFC, trimmed, runs of spaces made one; letter case and punctuation count."""

from __future__ import annotations

from keying.reconcile.policies._base import Policy


class Text(Policy):
    name = "text"
    fuzzy = True
    description = "Unicode NFC, trimmed, runs of spaces made one"


POLICY = Text()
