"""Form definitions as stored (central database or workstation cache), parsed once each."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from keying.forms import FormDefinition, parse_form


@lru_cache(maxsize=64)
def parse_stored(text: str) -> FormDefinition:
    return parse_form(text, f"<stored form {hashlib.sha256(text.encode()).hexdigest()[:8]}>")
