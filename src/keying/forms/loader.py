"""Read a form definition from YAML, with errors that name the file, line and problem.

The YAML is composed into nodes (which carry their line) and turned into plain values by
hand: every scalar stays the string it was written as (so `Y: Yes` keeps "Yes", and `01`
keeps its zero), `~`/`null`/empty become None, and pydantic's lax mode turns strings into
numbers and booleans where the model asks for them. A pydantic error's location is mapped
back to the line of the key or value it names.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from keying.forms.model import FormConsistencyError, FormDefinition

_NULLS = {"", "~", "null", "Null", "NULL"}


class FormDefinitionError(ValueError):
    """A definition that cannot be used. `str()` is `file:line: message`."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass(frozen=True)
class LoadedForm:
    definition: FormDefinition
    text: str
    sha256: str
    path: str


Loc = tuple[str | int, ...]


def _plain(node: yaml.Node, path: Loc, lines: dict[Loc, int], source: str) -> Any:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        if node.style is None and node.value in _NULLS:
            return None
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, (*path, i), lines, source) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise FormDefinitionError(
                    source, key_node.start_mark.line + 1, "a key must be a plain word"
                )
            key = key_node.value
            if key in out:
                raise FormDefinitionError(
                    source, key_node.start_mark.line + 1, f"key {key!r} appears twice"
                )
            lines[(*path, key)] = key_node.start_mark.line + 1
            out[key] = _plain(value_node, (*path, key), lines, source)
        return out
    raise FormDefinitionError(source, node.start_mark.line + 1, "unsupported YAML node")


def _line_for(loc: Loc, lines: dict[Loc, int]) -> int:
    # pydantic may add a union member's name ("Decimal", "date") or a tag to the location:
    # walk up until a location we know.
    loc = tuple(loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get((), 1)


_UNION_TAGS = ("decimal", "date", "str", "list[str]")


def _describe(loc: Loc) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item + 1}]")
        elif item in _UNION_TAGS or "[" in item:
            continue
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts)


def parse_form(text: str, source: str = "<form>") -> FormDefinition:
    """Parse YAML text into a FormDefinition; raise FormDefinitionError on any problem."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise FormDefinitionError(source, line, f"YAML syntax: {exc.problem}") from exc
    if root is None:
        raise FormDefinitionError(source, 1, "the file is empty")
    lines: dict[Loc, int] = {}
    data = _plain(root, (), lines, source)
    if not isinstance(data, dict):
        raise FormDefinitionError(source, 1, "a form definition is a mapping (form:, fields:, ...)")
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
    """For a union (min: Decimal | date) pydantic reports one error per member; keep one."""
    errors = exc.errors(include_url=False)
    # An unknown key (a typo) explains the "missing key" that usually comes with it.
    errors.sort(key=lambda err: err["type"] != "extra_forbidden")
    for err in errors:
        if not any(part in _UNION_TAGS for part in map(str, err["loc"])):
            return err
    return errors[0]


def load_form(path: str | Path) -> LoadedForm:
    """Read and check a definition file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise FormDefinitionError(str(path), 1, f"cannot read: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FormDefinitionError(str(path), line, "not UTF-8 text") from exc
    definition = parse_form(text, str(path))
    return LoadedForm(definition, text, hashlib.sha256(raw).hexdigest(), str(path))
