"""Pydantic models of a form definition (the YAML files in `forms/`). See docs/forms.md."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from keying.forms.dates import DateFormat, parse_format
from keying.forms.rules import Rule, RuleError, parse_rule
from keying.forms.types import TYPED_KEYS, TYPES, FieldType

NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Zone(_Strict):
    """Where a field is printed: fractions of the page (0..1), so any resolution works."""

    page: int = Field(default=1, ge=1, description="1-based page number")
    x: float = Field(ge=0, le=1)
    y: float = Field(ge=0, le=1)
    w: float = Field(gt=0, le=1)
    h: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _inside_page(self) -> Zone:
        if self.x + self.w > 1.0001 or self.y + self.h > 1.0001:
            raise ValueError("zone reaches past the page: x + w and y + h must be at most 1")
        return self


class FieldDef(_Strict):
    name: str = Field(pattern=NAME_PATTERN)
    label: str = Field(min_length=1)
    type: str  # a name in keying.forms.types.TYPES
    required: bool = True
    max_length: int | None = Field(default=None, ge=1)
    pattern: str | None = None
    min: Decimal | date | None = None
    max: Decimal | date | None = None
    compare: str | None = None  # a policy of keying.reconcile.policies
    format: str | list[str] | None = None
    choices: dict[str, str] | None = None
    columns: list[FieldDef] | None = None
    min_rows: int | None = Field(default=None, ge=0)
    max_rows: int | None = Field(default=None, ge=1)
    zone: Zone | None = None
    instructions: str | None = None
    show_if: str | None = None

    @field_validator("type")
    @classmethod
    def _type_known(cls, value: str) -> str:
        if value not in TYPES:
            raise ValueError(f"unknown type {value!r}: one of {', '.join(TYPES)}")
        return value

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"pattern is not a valid regular expression: {exc}") from exc
        return value

    @field_validator("format")
    @classmethod
    def _format_parses(cls, value: str | list[str] | None) -> str | list[str] | None:
        for fmt in [value] if isinstance(value, str) else value or []:
            parse_format(fmt)
        return value

    @field_validator("show_if")
    @classmethod
    def _show_if_parses(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                parse_rule(value)
            except RuleError as exc:
                raise ValueError(f"show_if: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _keys_fit_type(self) -> FieldDef:
        kind = self.kind
        for key in TYPED_KEYS:
            if getattr(self, key) is not None and key not in kind.keys:
                owners = [t.name for t in TYPES.values() if key in t.keys]
                raise ValueError(f"{key} is only for {_and(owners)} fields, not {self.type}")
        kind.check_definition(self)
        for key in ("min", "max"):
            bound = getattr(self, key)
            if bound is not None and kind.bound is not None and not isinstance(bound, kind.bound):
                raise ValueError(f"{key} of a {self.type} field must be {kind.bound_text}")
        if self.min is not None and self.max is not None and self.min > self.max:  # type: ignore[operator]
            raise ValueError("min is greater than max")
        if self.compare is not None and self.compare not in kind.compare_allowed:
            allowed = ", ".join(kind.compare_allowed) or "none"
            raise ValueError(
                f"compare: {self.compare} does not fit a {self.type} field (allowed: {allowed})"
            )
        return self

    # --- derived -----------------------------------------------------------------------

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

    @cached_property
    def date_formats(self) -> tuple[DateFormat, ...]:
        fmts = [self.format] if isinstance(self.format, str) else self.format or []
        return tuple(parse_format(f) for f in fmts)

    @cached_property
    def compiled_pattern(self) -> re.Pattern[str] | None:
        return re.compile(self.pattern) if self.pattern else None

    @cached_property
    def show_rule(self) -> Rule | None:
        return parse_rule(self.show_if) if self.show_if else None

    @cached_property
    def choice_lookup(self) -> dict[str, str]:
        """casefolded code → code as defined."""
        return {c.casefold(): c for c in self.choices or {}}

    def column(self, name: str) -> FieldDef:
        for col in self.columns or []:
            if col.name == name:
                return col
        raise KeyError(name)


def _and(names: list[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class CheckDef(_Strict):
    """A cross-field check: soft (shown and recorded, never blocking)."""

    name: str = Field(pattern=NAME_PATTERN)
    rule: str
    message: str

    @field_validator("rule")
    @classmethod
    def _rule_parses(cls, value: str) -> str:
        try:
            parse_rule(value)
        except RuleError as exc:
            raise ValueError(f"rule: {exc}") from exc
        return value

    @cached_property
    def compiled(self) -> Rule:
        return parse_rule(self.rule)


class FormDefinition(_Strict):
    form: str = Field(pattern=NAME_PATTERN)
    title: str = Field(min_length=1)
    version: int = Field(ge=1)
    pages: int = Field(default=1, ge=1)
    description: str | None = None
    instructions: str | None = None
    fields: list[FieldDef] = Field(min_length=1)
    checks: list[CheckDef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> FormDefinition:
        problems = consistency_problems(self)
        if problems:
            loc, message = problems[0]
            raise FormConsistencyError(loc, message)
        return self

    def field(self, name: str) -> FieldDef:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def key(self) -> str:
        """`form@version`, how the database and exports name a definition."""
        return f"{self.form}@{self.version}"


class FormConsistencyError(Exception):
    """A problem across fields, with the location (as pydantic's `loc`) it belongs to.

    Deliberately not a ValueError: pydantic lets it through unwrapped, so the loader can
    point at the line of the field or check at fault rather than at the top of the file.
    """

    def __init__(self, loc: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.loc = loc
        self.message = message


def consistency_problems(form: FormDefinition) -> list[tuple[tuple[str | int, ...], str]]:
    """Problems that span fields: duplicate names, zones past the pages, unknown references."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    seen: set[str] = set()
    for i, f in enumerate(form.fields):
        if f.name in seen:
            problems.append((("fields", i, "name"), f"duplicate field name {f.name!r}"))
        seen.add(f.name)
    by_name = {f.name: f for f in form.fields}
    for i, f in enumerate(form.fields):
        if f.zone is not None and f.zone.page > form.pages:
            problems.append(
                (("fields", i, "zone", "page"), f"zone page {f.zone.page} > pages {form.pages}")
            )
        if f.show_rule is not None:
            for ref in f.show_rule.references:
                if ref == f.name or not _known(ref, by_name):
                    problems.append((("fields", i, "show_if"), f"names unknown field {ref!r}"))
    seen = set()
    for i, c in enumerate(form.checks):
        if c.name in seen:
            problems.append((("checks", i, "name"), f"duplicate check name {c.name!r}"))
        seen.add(c.name)
        for ref in c.compiled.references:
            if not _known(ref, by_name):
                problems.append((("checks", i, "rule"), f"names unknown field {ref!r}"))
    return problems


def _known(ref: str, by_name: dict[str, FieldDef]) -> bool:
    name, _, column = ref.partition(".")
    field = by_name.get(name)
    if field is None:
        return False
    if not column:
        return True
    return field.is_table and any(c.name == column for c in field.columns or [])
