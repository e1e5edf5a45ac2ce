"""What is read the same way of a field whether it comes checked from the YAML (`FieldDef`,
pydantic) or from the checked copy `keying reconcile` reads (`PlainField`, plain slots): its
type, whether it is a table, its compare policy and its minor rules. Pydantic-free, so the
copy's reader does not import pydantic."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from keying.forms.types import TYPES, FieldType


class FieldReading:
    """A mixin over the attributes `type`, `compare` and `minor` of a field."""

    __slots__ = ()

    type: str
    compare: str | None
    minor: bool | Mapping[Any, bool] | None

    @property
    def kind(self) -> FieldType:
        """The field type (keying.forms.types) this field is."""
        return TYPES[self.type]

    @property
    def is_table(self) -> bool:
        return TYPES[self.type].table

    @property
    def compare_policy(self) -> str:
        """The reconciler's policy: `compare`, else the default of the type."""
        if self.compare is not None:
            return self.compare
        return TYPES[self.type].compare_default

    def minor_rule_on(self, rule: str) -> bool:
        """Whether a minor rule applies to this field (`minor:`; every rule on by default)."""
        if self.minor is None or self.minor is True:
            return True
        if self.minor is False:
            return False
        return bool(self.minor.get(rule, True))
