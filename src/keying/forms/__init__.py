"""Form definitions: load and check them, parse and validate keyed values."""

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
