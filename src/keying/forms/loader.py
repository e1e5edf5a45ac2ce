"""Read a form definition from YAML, with errors that name the file, line and problem.

The YAML is read within bounds into plain values and the line of every key
(`keying.forms.yaml_tree`: no aliases, bounded depth and size, scalars stay the strings they
were written as, `~`/`null`/empty become None); pydantic's lax mode turns strings into
numbers and booleans where the model asks for them. A pydantic error's location is mapped
back to the line of the key or value it names. Every error is one line, `file:line: message`
(docs/forms.md, "Errors" and "Limits").
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from keying.forms.errors import MAX_MESSAGE as MAX_MESSAGE
from keying.forms.errors import FormDefinitionError as FormDefinitionError
from keying.forms.errors import one_line as one_line
from keying.forms.limits import MAX_FILE_BYTES
from keying.forms.local_text import TextError
from keying.forms.model import FormConsistencyError, FormDefinition
from keying.forms.yaml_tree import Loc, YamlRefused, read_tree


@dataclass(frozen=True)
class LoadedForm:
    definition: FormDefinition
    text: str
    sha256: str
    path: str


def _line_for(loc: Loc, lines: dict[Loc, int]) -> int:
    # pydantic may add a union member's name ("Decimal", "date") or a tag to the location:
    # walk up until a location we know.
    loc = tuple(loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get((), 1)


_UNION_TAGS = ("decimal", "date", "str", "constrained-str")  # and any tag with "[" in it


def _describe(loc: Loc) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item + 1}]")
        elif _is_tag(item):
            continue
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts)


def parse_form(text: str, source: str = "<form>") -> FormDefinition:
    """Parse YAML text into a FormDefinition; raise FormDefinitionError on any problem."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text[: exc.start].count("\n") + 1
        raise FormDefinitionError(source, line, "not UTF-8 text (a lone surrogate)") from None
    return _parse(data, source)


def _parse(data: bytes, source: str) -> FormDefinition:
    if len(data) > MAX_FILE_BYTES:
        raise FormDefinitionError(source, 1, _too_large(len(data)))
    try:
        tree, lines = read_tree(data)
    except YamlRefused as exc:
        raise FormDefinitionError(source, exc.line, exc.message) from None
    if tree is None:
        raise FormDefinitionError(source, 1, "the file is empty")
    if not isinstance(tree, dict):
        raise FormDefinitionError(source, 1, "a form definition is a mapping (form:, fields:, ...)")
    return _validate(tree, lines, source)


def _too_large(size: int) -> str:
    return f"the file has {size:,} bytes; a form definition may have at most {MAX_FILE_BYTES:,}"


def _validate(data: dict[str, Any], lines: dict[Loc, int], source: str) -> FormDefinition:
    try:
        return FormDefinition.model_validate(data)
    except FormConsistencyError as exc:
        where = _describe(exc.loc)
        raise FormDefinitionError(
            source, _line_for(exc.loc, lines), f"{where}: {exc.message}"
        ) from exc
    except ValidationError as exc:
        err = _first_useful(exc)
        loc = tuple(err["loc"])
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, TextError) and cause.key is not None:
            loc = (*loc, cause.key)  # the line of the language at fault (`km: …`)
        where = _describe(loc)
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            message = f"unknown key {loc[-1]!r}"
            where = _describe(loc[:-1])
        elif err["type"] == "missing":
            message = f"missing key {loc[-1]!r}"
            where = _describe(loc[:-1])
            loc = loc[:-1]
        prefix = f"{where}: " if where else ""
        raise FormDefinitionError(source, _line_for(loc, lines), prefix + message) from exc


def _first_useful(exc: ValidationError) -> Any:
    """For a union (min: Decimal | date) pydantic reports one error per member; keep one.

    An unknown key (a typo) first: it explains the "missing key" that usually comes with it;
    then errors outside unions; then a union member's error that is not only "not of this
    type" (`format: [11 formats]` is too long as a list, not "not a string")."""
    errors = exc.errors(include_url=False)

    def rank(err: Any) -> tuple[bool, bool, bool]:
        tagged = any(_is_tag(part) for part in err["loc"])
        return (err["type"] != "extra_forbidden", tagged, str(err["type"]).endswith("_type"))

    return min(errors, key=rank)


def _is_tag(part: str | int) -> bool:
    return isinstance(part, str) and (part in _UNION_TAGS or "[" in part)


def load_form(path: str | Path) -> LoadedForm:
    """Read and check a definition file (a regular file of at most MAX_FILE_BYTES)."""
    p = Path(path)
    try:
        if not stat.S_ISREG(p.stat().st_mode):  # a FIFO would block, /dev/zero never end
            raise FormDefinitionError(str(path), 1, "not a regular file")
        with p.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FormDefinitionError(str(path), 1, f"cannot read: {reason}") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise FormDefinitionError(str(path), 1, _too_large(os.path.getsize(p)))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FormDefinitionError(str(path), line, "not UTF-8 text") from exc
    definition = _parse(raw, str(path))
    return LoadedForm(definition, text, hashlib.sha256(raw).hexdigest(), str(path))
