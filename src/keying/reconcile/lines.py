"""One line of a keyings file (JSON lines): parsed, checked, and its limits enforced.

A line is `{"document": "D-17", "values": {...}}` (other keys ignored). Every value in
`values` must be a JSON scalar — a string, a number, true/false or null — except a table
field of the form, whose value is a list of row objects (column → scalar) or null. Numbers
are kept exactly as written, as text (`12345678901234567890.55` stays that; `-0` stays
`-0`): they are parsed as decimal text, never as floats. NaN and Infinity are not JSON and
are refused, as are strings holding a lone surrogate (not text: it cannot be written out).

Limits (refused per line beyond them, so that one hostile line costs a bounded time):
`MAX_VALUE_CHARS` characters in a value or cell, `MAX_ROWS` rows in a table, `MAX_DOCUMENT_CHARS`
in a document id, `MAX_LINE_BYTES` in a line. See docs/reconcile.md.

The fast path is msgspec (C): numbers other than integers come back as their text
(`float_hook=str`), integers are turned back into text (`str(int)` is the literal, except for
`-0`, which takes the slow path). The slow path, the standard library's parser with every
number as text, runs only for the rare line msgspec refuses or a `-0`, to say precisely what
is wrong (a lone surrogate, NaN) or to keep the literal.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import msgspec

MAX_VALUE_CHARS = 10_000
MAX_ROWS = 5_000
MAX_DOCUMENT_CHARS = 1_000
MAX_LINE_BYTES = 32 * 1024 * 1024


class LineError(ValueError):
    """A malformed line: the message says what is wrong (without file and line)."""


class _Redo(Exception):
    """The fast path cannot keep this line's literals: take the slow path."""


_decode = msgspec.json.Decoder(float_hook=str).decode


# The common line, every value a string and every table rows of strings: msgspec checks
# these types in C (other keys ignored). Any other line fails this decoding and takes the
# general path, which says what is wrong with it. Made by `defstruct` from type objects, not
# a class's annotations: compiled (keying.native), a class's annotations are not what msgspec
# reads, and it would then check nothing (an object as a value would pass).
_PlainLine = msgspec.defstruct(
    "_PlainLine",
    [("document", str), ("values", dict[str, str | list[dict[str, str]]], {})],
    module=__name__,
)

_decode_plain: Callable[[bytes], Any] = msgspec.json.Decoder(_PlainLine).decode


def _refuse_constant(name: str) -> Any:
    raise LineError(f"{name} is not a JSON value (numbers must be finite)")


def _slow_loads(line: bytes) -> Any:
    import json  # the slow path and messages only: not at start-up

    return json.loads(line, parse_int=str, parse_float=str, parse_constant=_refuse_constant)


def show(text: str) -> str:
    """A document id (or key) for a message: as it is if printable, else JSON-quoted."""
    if len(text) > 80:
        text = text[:80] + "…"
    if text.isprintable():
        return text
    import json

    return json.dumps(text)


def parse_line(line: bytes, tables: Collection[str] | None = None) -> tuple[str, dict[str, Any]]:
    """(document, values) of one line; raise LineError saying what is wrong.

    `tables` names the form's table fields (their values are lists of rows); None when the
    form is not at hand: any list is then checked as a table's rows."""
    if tables is not None and len(line) <= MAX_VALUE_CHARS:  # else no value can exceed it
        try:
            plain = _decode_plain(line)
        except (msgspec.MsgspecError, RecursionError, UnicodeDecodeError):
            pass  # not the common line (or not JSON): the general path says why
        else:
            doc, values = plain.document, plain.values
            if len(doc) <= MAX_DOCUMENT_CHARS and doc.strip() and _tables_plain(values, tables):
                return doc, values
    fast_error = None
    try:
        return _check(_decode(line), line, tables, slow=False)
    except _Redo:
        pass
    except RecursionError:
        raise LineError("JSON nested too deeply") from None
    except (msgspec.MsgspecError, UnicodeDecodeError) as exc:
        fast_error = str(exc)
    return _parse_slow(line, tables, fast_error)


def _parse_slow(
    line: bytes, tables: Collection[str] | None, fast_error: str | None
) -> tuple[str, Any]:
    import json

    try:
        obj = _slow_loads(line)
    except RecursionError:
        raise LineError("JSON nested too deeply") from None
    except LineError:
        raise
    except UnicodeDecodeError as exc:
        raise LineError(f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise LineError(f"not valid JSON: {exc}") from None
    except ValueError as exc:  # an integer too long to convert (int limit)
        raise LineError(f"not valid JSON: {fast_error or exc}") from None
    document, values = _check(obj, line, tables, slow=True)
    _check_text(document, '"document"')
    return document, values


def _check(obj: Any, line: bytes, tables: Collection[str] | None, slow: bool) -> tuple[str, Any]:
    if type(obj) is not dict:
        raise LineError("a line must be one JSON object")
    doc = obj.get("document")
    if type(doc) is not str or not doc.strip():
        raise LineError('"document" must be a non-empty string')
    if len(doc) > MAX_DOCUMENT_CHARS:
        raise LineError(f'"document" is longer than {MAX_DOCUMENT_CHARS:,} characters')
    values = obj.get("values", {})
    if type(values) is not dict:
        raise LineError('"values" must be an object of field → value')
    if tables is None:
        tables = [name for name, value in values.items() if type(value) is list]
    long_line = len(line) > MAX_VALUE_CHARS  # else no value can exceed the limit
    if not slow and not long_line and _plain(values, tables):
        return doc, values
    for name, value in values.items():
        kind = type(value)
        if kind is str:
            if long_line and len(value) > MAX_VALUE_CHARS:
                raise LineError(_too_long(name))
            if slow:
                _check_text(value, f"field {show(name)}")
        elif kind is list:
            if name not in tables:
                raise LineError(f"field {show(name)}: a list is not a keyed value (not a table)")
            _check_rows(name, value, long_line, slow)
        elif kind is int:
            if value == 0 and not slow:
                raise _Redo  # `0` or `-0`? msgspec does not say: keep the literal
            values[name] = str(value)
        elif value is not None and kind is not bool:
            raise LineError(f"field {show(name)}: {_what(value)} is not a keyed value")
    for name in tables:
        value = values.get(name)
        if value is not None and type(value) is not list:
            raise LineError(f"field {show(name)} is a table: a list of row objects, or null")
    return doc, values


def _plain(values: dict[str, Any], tables: Collection[str]) -> bool:
    """True when every value is a string and every list a table of rows of strings (checked
    by C loops: the common line); False sends the line through the full check."""
    kinds = list(map(type, values.values()))
    lists = kinds.count(list)
    if kinds.count(str) + lists != len(kinds):
        return False
    if lists:
        tabled = [values.get(t) for t in tables]
        if sum(type(v) is list for v in tabled) != lists:
            return False
        for rows in tabled:
            if type(rows) is list:
                if len(rows) > MAX_ROWS:
                    return False
                for row in rows:
                    if type(row) is not dict or not _STRINGS.issuperset(map(type, row.values())):
                        return False
    return not any(type(values.get(t)) is str for t in tables)  # a table keyed as text


_STRINGS = frozenset((str,))


def _tables_plain(values: dict[str, Any], tables: Collection[str]) -> bool:
    """Of a line whose values are strings and lists of rows of strings: are the lists
    exactly the form's tables, within the row limit, and no table keyed as text?"""
    lists = 0
    for value in values.values():  # a loop: compiled, no call per value
        if type(value) is list:
            lists += 1
    for name in tables:
        value = values.get(name)
        if type(value) is list:
            if len(value) > MAX_ROWS:
                return False
            lists -= 1
        elif value is not None:
            return False  # a table keyed as text
    return lists == 0


def _check_rows(name: str, rows: list[Any], long_line: bool, slow: bool) -> None:
    if len(rows) > MAX_ROWS:
        raise LineError(f"field {show(name)}: more than {MAX_ROWS:,} rows")
    for r, row in enumerate(rows, 1):
        if type(row) is not dict:
            raise LineError(f"field {show(name)}, row {r}: a row must be an object")
        for col, value in row.items():
            kind = type(value)
            if kind is str:
                if long_line and len(value) > MAX_VALUE_CHARS:
                    raise LineError(_too_long(f"{name}[{r}].{col}"))
                if slow:
                    _check_text(value, f"field {show(name)}, row {r}, column {show(col)}")
            elif kind is int:
                if value == 0 and not slow:
                    raise _Redo
                row[col] = str(value)
            elif value is not None and kind is not bool:
                where = f"field {show(name)}, row {r}, column {show(col)}"
                raise LineError(f"{where}: {_what(value)} is not a keyed value")


def _check_text(text: str, where: str) -> None:
    """Refuse a string that is not text: a lone surrogate (valid JSON, not Unicode)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        raise LineError(f"{where}: a lone surrogate (U+{code:04X}) is not text") from None


def _too_long(where: str) -> str:
    return f"field {show(where)}: a value longer than {MAX_VALUE_CHARS:,} characters"


def _what(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"  # pragma: no cover - JSON has no other kinds
