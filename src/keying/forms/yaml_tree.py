"""YAML text → plain values and the line of every key, within bounds, in one pass.

The YAML parser's events are read one by one (libyaml's parser when PyYAML has it) and
assembled with an explicit stack, never by recursion, so no input can exhaust the stack or
the memory:

- anchors and aliases (`&x`, `*x`) are refused: an alias bomb of a few hundred bytes
  expands to gigabytes, and `a: &x [*x]` is a cycle; a form definition has no use for them;
- nesting deeper than `MAX_YAML_DEPTH` and more than `MAX_YAML_NODES` nodes are refused;
- one document per file; keys are plain scalars, each once per mapping;
- control characters (other than tab and line breaks) are refused in keys and values.

Every scalar stays the string it was written as (so `Y: Yes` keeps "Yes", and `01` keeps its
zero); a plain `~`, `null` or empty scalar becomes None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from keying.forms.limits import MAX_YAML_DEPTH, MAX_YAML_NODES

Loc = tuple[str | int, ...]

_NULLS = {"", "~", "null", "Null", "NULL"}
_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
# C0 and C1 controls but tab and line breaks, DEL, lone surrogates (from "\ud800" escapes).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class YamlRefused(ValueError):
    """The text is not a YAML tree a definition may be; `line` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class _Open:
    """A mapping or list being filled."""

    value: dict[str, Any] | list[Any]
    path: Loc
    key: str | None = None  # a mapping's key waiting for its value
    keys_seen: set[str] = field(default_factory=set)


def read_tree(data: bytes) -> tuple[Any, dict[Loc, int]]:
    """(the document as plain values, line of each location); YamlRefused on any problem.

    The root is None for an empty document. A key's location maps to the key's line."""
    lines: dict[Loc, int] = {}
    stack: list[_Open] = []
    root: Any = None
    documents = 0
    nodes = 0
    try:
        for event in yaml.parse(data, Loader=_Parser):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlRefused(_line(event), "one YAML document per file (found '---')")
                continue
            if not isinstance(event, yaml.NodeEvent | yaml.CollectionEndEvent):
                continue  # stream and document ends
            if isinstance(event, yaml.CollectionEndEvent):
                done = stack.pop()
                root = _attach(stack, done.value, root)
                continue
            line = _line(event)
            if isinstance(event, yaml.AliasEvent):
                raise YamlRefused(line, f"aliases (*{event.anchor}) are not allowed")
            if event.anchor is not None:
                raise YamlRefused(line, f"anchors (&{event.anchor}) are not allowed")
            nodes += 1
            if nodes > MAX_YAML_NODES:
                raise YamlRefused(line, f"more than {MAX_YAML_NODES} YAML nodes")
            parent = stack[-1] if stack else None
            if parent is not None and isinstance(parent.value, dict):
                if parent.key is None:  # this node is a key
                    parent.key = _key(event, line, parent)
                    lines[(*parent.path, parent.key)] = line
                    continue
                path: Loc = (*parent.path, parent.key)
            elif parent is not None:
                path = (*parent.path, len(parent.value))
            else:
                path = ()
            lines.setdefault(path, line)
            if isinstance(event, yaml.ScalarEvent):
                root = _attach(stack, _scalar(event, line), root)
            else:
                if len(stack) >= MAX_YAML_DEPTH:
                    raise YamlRefused(line, f"nested deeper than {MAX_YAML_DEPTH} levels")
                container: dict[str, Any] | list[Any] = (
                    {} if isinstance(event, yaml.MappingStartEvent) else []
                )
                stack.append(_Open(container, path))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise YamlRefused(line, f"YAML syntax: {exc.problem or exc.context}") from None
    except yaml.reader.ReaderError as exc:
        line = data[: exc.position].count(b"\n") + 1
        raise YamlRefused(line, f"character U+{exc.character:04X} is not allowed") from None
    except yaml.YAMLError as exc:  # pragma: no cover - every YAML error PyYAML raises is above
        raise YamlRefused(1, f"YAML: {str(exc).splitlines()[0]}") from None
    return root, lines


def _line(event: yaml.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark is not None else 1


def _key(event: yaml.Event, line: int, parent: _Open) -> str:
    if not isinstance(event, yaml.ScalarEvent):
        raise YamlRefused(line, "a key must be a plain word")
    key = _scalar(event, line)
    if not isinstance(key, str):
        raise YamlRefused(line, "a key must be a plain word")
    if key in parent.keys_seen:
        raise YamlRefused(line, f"key {key!r} appears twice")
    parent.keys_seen.add(key)
    return key


def _scalar(event: yaml.ScalarEvent, line: int) -> str | None:
    value: str = event.value
    if event.style in (None, "") and value in _NULLS:
        return None
    bad = _CONTROL.search(value)
    if bad is not None:
        code = ord(bad.group())
        raise YamlRefused(line, f"control character U+{code:04X} in {_short(value)!r}")
    return value


def _attach(stack: list[_Open], value: Any, root: Any) -> Any:
    """Put a finished node into its parent; the root when there is no parent."""
    if not stack:
        return value
    parent = stack[-1]
    if isinstance(parent.value, dict):
        assert parent.key is not None
        parent.value[parent.key] = value
        parent.key = None
    else:
        parent.value.append(value)
    return root


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
