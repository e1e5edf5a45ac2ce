"""Form definitions: load and check them, parse and validate keyed values.

The names below are imported on first use (PEP 562), so that importing one light module of
this package (`keying.forms.markers`, `keying.forms.dates`, `keying.forms.compiled`) does
not import pydantic and build the definition's models: `keying reconcile` starts without
them when its form's compiled copy is cached (`compiled.py`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keying.forms.loader import FormDefinitionError, LoadedForm, load_form, parse_form
    from keying.forms.model import CheckDef, FieldDef, FormDefinition, Zone
    from keying.forms.values import (
        BLANK_ON_PAPER,
        ILLEGIBLE,
        MARKERS,
        Checked,
        CheckFailure,
        check_value,
        run_checks,
        typed_values,
        visible_fields,
    )

_WHERE = {
    "FormDefinitionError": "loader",
    "LoadedForm": "loader",
    "load_form": "loader",
    "parse_form": "loader",
    "CheckDef": "model",
    "FieldDef": "model",
    "FormDefinition": "model",
    "Zone": "model",
    "BLANK_ON_PAPER": "values",
    "ILLEGIBLE": "values",
    "MARKERS": "values",
    "Checked": "values",
    "CheckFailure": "values",
    "check_value": "values",
    "run_checks": "values",
    "typed_values": "values",
    "visible_fields": "values",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "BLANK_ON_PAPER",
    "ILLEGIBLE",
    "MARKERS",
    "CheckDef",
    "CheckFailure",
    "Checked",
    "FieldDef",
    "FormDefinition",
    "FormDefinitionError",
    "LoadedForm",
    "Zone",
    "check_value",
    "load_form",
    "parse_form",
    "run_checks",
    "typed_values",
    "visible_fields",
]
