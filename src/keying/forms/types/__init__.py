"""The registry of field types: one module per type, found by name.

Every module of this package whose name does not start with `_` defines `FIELD_TYPE`, an
instance of `FieldType` (see `_base.py`) whose `name` is the module's name; the `type:` of a
field definition is looked up here. Adding a type is adding a module (docs/architecture.md).
"""

from __future__ import annotations

import importlib
import pkgutil

from keying.forms.types._base import TYPED_KEYS, FieldType


def _discover() -> dict[str, FieldType]:
    found: dict[str, FieldType] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        kind = module.FIELD_TYPE
        if not isinstance(kind, FieldType) or kind.name != info.name:
            raise TypeError(f"{module.__name__}.FIELD_TYPE must be a FieldType named {info.name}")
        found[kind.name] = kind
    return found


TYPES: dict[str, FieldType] = _discover()


def field_type(name: str) -> FieldType:
    """The field type called `name`; KeyError if there is none."""
    return TYPES[name]


__all__ = ["TYPED_KEYS", "TYPES", "FieldType", "field_type"]
