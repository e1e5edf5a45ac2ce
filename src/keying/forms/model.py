"""Pydantic models of a form definition (the YAML files in `forms/`). See docs/forms.md."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    WrapValidator,
    field_validator,
    model_validator,
)

from keying.forms import limits
from keying.forms.dates import DEFAULT_PIVOT, DateFormat, TwoDigitYears, parse_format
from keying.forms.field_reading import FieldReading
from keying.forms.local_text import per_language
from keying.forms.minor_rules import MINOR_RULES as MINOR_RULES
from keying.forms.minor_rules import MINOR_RULES_OF_POLICY as MINOR_RULES_OF_POLICY
from keying.forms.minor_rules import MinorRule as MinorRule
from keying.forms.pattern_match import FormPattern
from keying.forms.rules import KEYWORDS, Rule, RuleError, parse_rule
from keying.forms.types import TYPED_KEYS, TYPES

NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"


def _not_a_keyword(value: str) -> str:
    if value in KEYWORDS:
        raise ValueError(f"{value!r} is a word of the rule language; choose another name")
    return value


# Text of bounded length (keying.forms.limits; docs/forms.md, "Limits"). A name is never a
# word of the rule language (`and`, `or`, `not`, `true`, `false`).
Name = Annotated[
    str,
    Field(pattern=NAME_PATTERN, max_length=limits.MAX_NAME),
    AfterValidator(_not_a_keyword),
]
Label = Annotated[str, Field(min_length=1, max_length=limits.MAX_LABEL)]
LongText = Annotated[str, Field(max_length=limits.MAX_TEXT)]
# A label or instructions may be written per language, `{en: …, km: …}` (keying.forms.local_text).
LocalLabel = Annotated[Label, WrapValidator(per_language)]
LocalLongText = Annotated[LongText, WrapValidator(per_language)]
Word = Annotated[str, Field(max_length=limits.MAX_WORD)]
Code = Annotated[str, Field(max_length=limits.MAX_CODE)]
Example = Annotated[str, Field(max_length=limits.MAX_LABEL)]
# A choice's label may be written per language too (it may be empty: the code says it all).
ChoiceLabel = Annotated[Example, WrapValidator(per_language)]
Formats = Annotated[list[Word], Field(max_length=limits.MAX_FORMATS)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Zone(_Strict):
    """Where a field is printed: fractions of the page (0..1), so any resolution works."""

    page: int = Field(default=1, ge=1, le=limits.MAX_PAGES, description="1-based page number")
    x: float = Field(ge=0, le=1)
    y: float = Field(ge=0, le=1)
    w: float = Field(gt=0, le=1)
    h: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _inside_page(self) -> Zone:
        if self.x + self.w > 1.0001 or self.y + self.h > 1.0001:
            raise ValueError("zone reaches past the page: x + w and y + h must be at most 1")
        return self


class TwoDigitYear(_Strict):
    """`two_digit_year:` how a `YY` year is read: `{pivot: 30}` or `{century: 1900}`."""

    pivot: int | None = Field(default=None, ge=0, le=100)
    century: int | None = Field(default=None, ge=0, le=9900)

    @model_validator(mode="after")
    def _one_rule(self) -> TwoDigitYear:
        if (self.pivot is None) == (self.century is None):
            raise ValueError("give either pivot (0-100) or century (1900, 2000...), not both")
        if self.century is not None and self.century % 100:
            raise ValueError("century must be a multiple of 100, for example 1900")
        return self

    @property
    def rule(self) -> TwoDigitYears:
        if self.century is not None:
            return TwoDigitYears(century=self.century)
        return TwoDigitYears(pivot=DEFAULT_PIVOT if self.pivot is None else self.pivot)


class FieldDef(_Strict, FieldReading):
    name: Name
    label: LocalLabel
    type: str  # a name in keying.forms.types.TYPES
    required: bool = True
    max_length: int | None = Field(default=None, ge=1, le=limits.MAX_LENGTH)
    pattern: str | None = None
    min: Decimal | date | None = None
    max: Decimal | date | None = None
    compare: str | None = None  # a policy of keying.reconcile.policies
    format: Word | Formats | None = None
    choices: dict[Code, ChoiceLabel] | None = Field(default=None, max_length=limits.MAX_CHOICES)
    columns: list[FieldDef] | None = Field(default=None, max_length=limits.MAX_COLUMNS)
    min_rows: int | None = Field(default=None, ge=0, le=limits.MAX_ROWS)
    max_rows: int | None = Field(default=None, ge=1, le=limits.MAX_ROWS)
    zone: Zone | None = None
    instructions: LocalLongText | None = None
    show_if: str | None = None
    two_digit_year: TwoDigitYear | None = None
    minor: bool | dict[MinorRule, bool] | None = None
    example: Example | None = None  # a valid value, shown in this field's messages (≤ 500)

    @field_validator("minor", mode="before")
    @classmethod
    def _minor_names_rules(cls, value: object) -> object:
        if isinstance(value, dict):
            for key in value:
                if key not in MINOR_RULES:
                    raise ValueError(
                        f"unknown rule {key!r}; the rules are {', '.join(MINOR_RULES)}"
                    )
        return value

    @field_validator("min", "max")
    @classmethod
    def _bounded_number(cls, value: Decimal | date | None) -> Decimal | date | None:
        if isinstance(value, Decimal) and (not value.is_finite() or abs(value) > limits.MAX_BOUND):
            raise ValueError("a bound must be a number between -10^15 and 10^15")
        return value

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
            FormPattern(value)  # ValueError says what is wrong with it
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
        if self.minor is not None:
            self._check_minor()
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
        if self.example is not None:
            self._check_example()
        return self

    def _check_minor(self) -> None:
        policy = self.compare_policy
        allowed = MINOR_RULES_OF_POLICY.get(policy, frozenset())
        if self.kind.table or not allowed:
            raise ValueError(
                f"minor is only for fields compared as {_and(list(MINOR_RULES_OF_POLICY), 'or')} "
                f"(this one is compared as {'a table' if self.kind.table else policy})"
            )
        for rule in self.minor if isinstance(self.minor, dict) else ():
            if rule not in allowed:
                owners = [p for p, rules in MINOR_RULES_OF_POLICY.items() if rule in rules]
                raise ValueError(f"minor: {rule} applies only to {_and(owners)} fields")

    def _check_example(self) -> None:
        from keying.forms.values import check_value  # values is built on this module

        if self.kind.table:
            raise ValueError("example is for a field or a column, not a table")
        checked = check_value(self, self.example or "")
        problem = checked.error or checked.warning
        if problem is not None:
            raise ValueError(f"example {self.example!r} is not a good value here: {problem}")

    # --- derived -----------------------------------------------------------------------

    # kind, is_table, compare_policy, minor_rule_on: FieldReading (shared with PlainField)

    @cached_property
    def date_formats(self) -> tuple[DateFormat, ...]:
        fmts = [self.format] if isinstance(self.format, str) else self.format or []
        years = self.two_digit_year.rule if self.two_digit_year else TwoDigitYears()
        return tuple(parse_format(f, years) for f in fmts)

    @cached_property
    def compiled_pattern(self) -> FormPattern | None:
        return FormPattern(self.pattern) if self.pattern else None

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


def _and(names: list[str], word: str = "and") -> str:
    """`a`, `a and b`, `a, b and c` (or another `word`)."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {word} " + names[-1]


class CheckDef(_Strict):
    """A cross-field check: soft (shown and recorded, never blocking)."""

    name: Name
    rule: str
    message: LocalLabel

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
    form: Name
    title: LocalLabel
    version: int = Field(ge=1, le=limits.MAX_VERSION)
    pages: int = Field(default=1, ge=1, le=limits.MAX_PAGES)
    description: LongText | None = None
    instructions: LocalLongText | None = None
    two_digit_year: TwoDigitYear | None = None  # the default of every date field
    # None: the reconciler's defaults
    abbreviations: dict[Word, Word | list[Word]] | None = Field(
        default=None, max_length=limits.MAX_ABBREVIATIONS
    )
    no_value_words: list[Word] | None = Field(default=None, max_length=limits.MAX_NO_VALUE_WORDS)
    fields: list[FieldDef] = Field(min_length=1, max_length=limits.MAX_FIELDS)
    checks: list[CheckDef] = Field(default_factory=list, max_length=limits.MAX_CHECKS)

    @model_validator(mode="before")
    @classmethod
    def _date_fields_inherit_two_digit_year(cls, data: object) -> object:
        """A form-level `two_digit_year` is the default of every date field (and column)."""
        if not isinstance(data, dict) or data.get("two_digit_year") is None:
            return data
        try:
            default = TwoDigitYear.model_validate(data["two_digit_year"])
        except ValueError:
            return data  # reported at the form-level key by the normal validation
        return {**data, "fields": _inherit_years(data.get("fields"), default)}

    @field_validator("abbreviations")
    @classmethod
    def _abbreviations_are_words(
        cls, value: dict[str, str | list[str]] | None
    ) -> dict[str, str | list[str]] | None:
        for short, long in (value or {}).items():
            for word in [short, *([long] if isinstance(long, str) else long)]:
                if not word or len(word.split()) != 1:
                    raise ValueError(f"{word!r}: abbreviations and their words are single words")
        return value

    @field_validator("no_value_words")
    @classmethod
    def _no_value_words_given(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and any(not w or not w.strip() for w in value):
            raise ValueError("a no-value word cannot be empty")
        return value

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


def _inherit_years(fields: object, default: TwoDigitYear) -> object:
    if not isinstance(fields, list):
        return fields
    out: list[object] = []
    for f in fields:
        name = f.get("type") if isinstance(f, dict) else None
        kind = TYPES.get(name) if isinstance(name, str) else None
        if isinstance(f, dict) and kind is not None:
            if "two_digit_year" in kind.keys and f.get("two_digit_year") is None:
                f = {**f, "two_digit_year": default}
            elif kind.table and f.get("columns") is not None:
                f = {**f, "columns": _inherit_years(f["columns"], default)}
        out.append(f)
    return out


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
