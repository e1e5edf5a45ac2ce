"""A form definition checked once and cached as plain data: what `keying reconcile` reads.

Checking a definition (YAML → pydantic models, every key and rule checked: `loader.py`)
costs more than the rest of `keying reconcile`'s start-up together, most of it importing
pydantic and building the models. `load_compiled` checks a definition fully the first time
and writes what the reconciler reads of it (names, types, requiredness, compare policies,
formats, choices, columns, minor rules, the form's abbreviations and no-value words) to the
user's cache folder (`keying.dirs.cache_dir()/forms/`), under the SHA-256 of the file's
bytes. A later run on the same bytes reads that copy, without pydantic or YAML.

The copy is never trusted blindly: it is used only when its name and its own record of the
file's SHA-256 match the file read now, when it was written by the same code (a stamp of
keying's version, this format's number and the size and time of every module of
`keying.forms`), when its payload's SHA-256 matches and when msgspec decodes it into the
typed structure below with known field types and compare policies. Anything else (a missing,
truncated, altered or old copy; a cache folder that cannot be read or written) means the
definition is checked again from the YAML, and the copy rewritten when it can be. The cache
can be deleted at any time.

`PlainForm` and `PlainField` have the attributes of `FormDefinition` and `FieldDef` the
reconciler reads (`FormLike`, `FieldLike` in its signatures), and those `check_value` reads
for the typed values of `show_if` rules; building one from a checked definition
(`plain_form`) and reconciling with it gives the same results as with the definition
(tests/test_form_cache.py).
"""

from __future__ import annotations

import contextlib
import os
import stat
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, TypeAlias

import msgspec

from keying import __version__
from keying.dirs import cache_folder
from keying.forms.dates import DateFormat, TwoDigitYears, parse_format
from keying.forms.field_reading import FieldReading
from keying.forms.limits import MAX_FILE_BYTES
from keying.forms.types import TYPES
from keying.native import sha256 as _hasher
from keying.native import sha256_hex

if TYPE_CHECKING:
    from pathlib import Path  # only when a Path is asked for (keying.dirs)

    from keying.forms.model import FieldDef, FormDefinition
    from keying.forms.pattern_match import FormPattern
    from keying.forms.rules import Rule

    FieldLike: TypeAlias = "FieldDef | PlainField"
    FormLike: TypeAlias = "FormDefinition | PlainForm"

FORMAT = 2  # of the cached copy: raise it when `_FieldData` or `_FormData` change
_FOLDER = "forms"


class _FieldData(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: str
    type: str
    required: bool
    compare: str | None
    format: str | list[str] | None
    pivot: int  # the field's two-digit-year rule (`TwoDigitYears`), resolved
    century: int | None
    choices: dict[str, str] | None
    columns: list[_FieldData] | None
    minor: bool | dict[str, bool] | None
    show_if: str | None
    max_length: int | None
    pattern: str | None
    example: str | None
    min_number: Decimal | None
    min_date: date | None
    max_number: Decimal | None
    max_date: date | None


class _FormData(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    form: str
    version: int
    abbreviations: dict[str, str | list[str]] | None
    no_value_words: list[str] | None
    fields: list[_FieldData]


class _Entry(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    stamp: str  # the code that wrote it (`_code_stamp`)
    sha256: str  # of the definition's bytes
    digest: str  # SHA-256 of `payload`
    payload: bytes  # a `_FormData`, msgpack


_decode_entry = msgspec.msgpack.Decoder(_Entry).decode
_decode_form = msgspec.msgpack.Decoder(_FormData).decode
_encode = msgspec.msgpack.Encoder().encode


class PlainField(FieldReading):
    """What the reconciler reads of a `FieldDef`, as plain attributes."""

    __slots__ = (
        "_pattern",
        "choice_lookup",
        "choices",
        "columns",
        "compare",
        "date_formats",
        "example",
        "format",
        "max",
        "max_length",
        "min",
        "minor",
        "name",
        "pattern",
        "required",
        "show_if",
        "show_rule",
        "type",
    )

    def __init__(self, data: _FieldData) -> None:
        self.name = data.name
        self.type = data.type
        self.required = data.required
        self.compare = data.compare
        self.format = data.format
        self.choices = data.choices
        self.columns = None if data.columns is None else [PlainField(c) for c in data.columns]
        self.minor = data.minor
        self.show_if = data.show_if
        self.show_rule: Rule | None = None
        if data.show_if is not None:
            from keying.forms.rules import parse_rule  # only for a field with a rule

            self.show_rule = parse_rule(data.show_if)
        self.max_length = data.max_length
        self.pattern = data.pattern
        self._pattern: FormPattern | None = None
        self.example = data.example
        self.min: Decimal | date | None = (
            data.min_number if data.min_number is not None else data.min_date
        )
        self.max: Decimal | date | None = (
            data.max_number if data.max_number is not None else data.max_date
        )
        self.choice_lookup = {c.casefold(): c for c in self.choices or {}}
        fmts = [data.format] if isinstance(data.format, str) else data.format or []
        years = TwoDigitYears(pivot=data.pivot, century=data.century)
        self.date_formats: tuple[DateFormat, ...] = tuple(parse_format(f, years) for f in fmts)

    @property
    def compiled_pattern(self) -> FormPattern | None:
        if self.pattern is None:
            return None
        if self._pattern is None:
            from keying.forms.pattern_match import FormPattern  # RE2: only when matched

            self._pattern = FormPattern(self.pattern)
        return self._pattern

    def column(self, name: str) -> PlainField:
        for col in self.columns or []:
            if col.name == name:
                return col
        raise KeyError(name)

    def __repr__(self) -> str:
        return f"<PlainField {self.name} ({self.type})>"


class PlainForm:
    """What the reconciler reads of a `FormDefinition`, as plain attributes."""

    __slots__ = ("abbreviations", "fields", "form", "no_value_words", "version")

    def __init__(self, data: _FormData) -> None:
        self.form = data.form
        self.version = data.version
        self.abbreviations = data.abbreviations
        self.no_value_words = data.no_value_words
        self.fields = [PlainField(f) for f in data.fields]

    def field(self, name: str) -> PlainField:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def key(self) -> str:
        return f"{self.form}@{self.version}"

    def __repr__(self) -> str:
        return f"<PlainForm {self.key}>"


# --- from a checked definition ---------------------------------------------------------


def _field_data(f: FieldDef) -> _FieldData:
    years = f.two_digit_year.rule if f.two_digit_year else TwoDigitYears()
    return _FieldData(
        name=f.name,
        type=f.type,
        required=f.required,
        compare=f.compare,
        format=f.format,
        pivot=years.pivot,
        century=years.century,
        # text written per language (`LocalText`, a str) is kept in the default language:
        # what the reconciler's output names
        choices=None if f.choices is None else {str(k): str(v) for k, v in f.choices.items()},
        columns=None if f.columns is None else [_field_data(c) for c in f.columns],
        minor=f.minor if not isinstance(f.minor, dict) else {str(k): v for k, v in f.minor.items()},
        show_if=f.show_if,
        max_length=f.max_length,
        pattern=f.pattern,
        example=None if f.example is None else str(f.example),
        min_number=f.min if isinstance(f.min, Decimal) else None,
        min_date=f.min if isinstance(f.min, date) else None,
        max_number=f.max if isinstance(f.max, Decimal) else None,
        max_date=f.max if isinstance(f.max, date) else None,
    )


def _form_data(form: FormDefinition) -> _FormData:
    """The plain data of a checked definition."""
    abbreviations = form.abbreviations
    return _FormData(
        form=str(form.form),
        version=form.version,
        abbreviations=None
        if abbreviations is None
        else {k: v if isinstance(v, str) else list(v) for k, v in abbreviations.items()},
        no_value_words=None if form.no_value_words is None else list(form.no_value_words),
        fields=[_field_data(f) for f in form.fields],
    )


def plain_form(form: FormDefinition) -> PlainForm:
    """The plain copy of a checked definition."""
    return PlainForm(_form_data(form))


# --- the cache ---------------------------------------------------------------------------


def _code_stamp() -> str:
    """Changes whenever the code that checks definitions may have changed."""
    here = os.path.dirname(__file__)
    h = _hasher(f"{FORMAT}:{__version__}".encode())
    for folder in (here, os.path.join(here, "types")):
        with os.scandir(folder) as entries:
            found = sorted((e.name, e.stat()) for e in entries if e.name.endswith(".py"))
        label = os.path.basename(folder)
        for name, st in found:
            h.update(f"{label}/{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def entry_path(sha256: str) -> Path:
    """Where the cached copy of the definition whose bytes have this SHA-256 is kept."""
    from pathlib import Path

    return Path(_entry_file(sha256))


def _entry_file(sha256: str) -> str:
    """`entry_path` as a str: no pathlib before the first document (keying.dirs)."""
    return os.path.join(cache_folder(), _FOLDER, f"{sha256}.msgpack")


def _read_source(path: str | Path) -> bytes | None:
    """The definition's bytes, or None when anything is unusual (`load_form` then says
    what, in its words)."""
    try:
        with open(path, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return None
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return raw if len(raw) <= MAX_FILE_BYTES else None


def _read_entry(where: str, sha256: str, stamp: str) -> PlainForm | None:
    try:
        with open(where, "rb") as f:
            raw = f.read(MAX_FILE_BYTES * 4)
        entry = _decode_entry(raw)
        if entry.stamp != stamp or entry.sha256 != sha256:
            return None
        if sha256_hex(entry.payload) != entry.digest:
            return None
        form = PlainForm(_decode_form(entry.payload))
        _check_known(form.fields)
        return form
    except (OSError, ValueError, KeyError, msgspec.MsgspecError):
        return None


def _check_known(fields: list[PlainField]) -> None:
    """KeyError unless every type is known to this code and allows the field's `compare`."""
    for f in fields:
        if f.compare is not None and f.compare not in TYPES[f.type].compare_allowed:
            raise KeyError(f.name)
        _check_known(f.columns or [])


def _write_entry(where: str, sha256: str, stamp: str, data: _FormData) -> None:
    """Write the copy (a temporary file renamed: never half a copy); a cache folder that
    cannot be written is no error (the next run checks the definition again)."""
    import tempfile  # only when a copy is written

    payload = _encode(data)
    entry = _Entry(stamp, sha256, sha256_hex(payload), payload)
    temp: str | None = None
    try:
        folder, name = os.path.split(where)
        os.makedirs(folder, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(_encode(entry))
        os.replace(temp, where)
        temp = None
    except OSError:
        pass
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def load_compiled(path: str | Path) -> PlainForm:
    """The definition at `path` for the reconciler: its cached plain copy when one
    matches, else checked in full (`load_form`, whose `FormDefinitionError` says what is
    wrong) and cached."""
    raw = _read_source(path)
    stamp = _code_stamp()
    if raw is not None:
        sha = sha256_hex(raw)
        found = _read_entry(_entry_file(sha), sha, stamp)
        if found is not None:
            return found
    from keying.forms.loader import load_form  # pydantic: only on a miss

    loaded = load_form(path)
    data = _form_data(loaded.definition)
    _write_entry(_entry_file(loaded.sha256), loaded.sha256, stamp, data)
    return PlainForm(data)


__all__ = [
    "FORMAT",
    "PlainField",
    "PlainForm",
    "entry_path",
    "load_compiled",
    "plain_form",
]
