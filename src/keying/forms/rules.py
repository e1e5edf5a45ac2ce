"""The small declarative rule language of `show_if` and `checks`.

No `eval`: a hand-written tokenizer and recursive-descent parser build a tiny AST that is
evaluated against typed values. Grammar (see docs/forms.md)::

    rule       := or
    or         := and ('or' and)*
    and        := not ('and' not)*
    not        := 'not' not | comparison
    comparison := sum (('=='|'!='|'<'|'<='|'>'|'>=') sum)?
    sum        := unary (('+'|'-') unary)*
    unary      := '-' unary | primary
    primary    := NUMBER | STRING | 'true' | 'false' | NAME | NAME '(' args ')' | '(' rule ')'
    NAME       := field | table.column     (table.column only inside sum/min/max)

Functions: count(table), sum(table.column), min(table.column), max(table.column),
len(field), blank(field), filled(field), year(date_field).

Unknown values (blank, illegible, unparseable) make a comparison *unknown* (None): a check
whose result is unknown does not fail, and a `show_if` whose result is unknown hides its field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from keying.forms.limits import MAX_RULE, MAX_RULE_NESTING, MAX_RULE_TOKENS

FUNCTIONS = ("count", "sum", "min", "max", "len", "blank", "filled", "year")
AGGREGATES = ("sum", "min", "max")
KEYWORDS = ("and", "or", "not", "true", "false")  # never field names


class RuleError(ValueError):
    """A rule that does not parse; `column` is 1-based within the rule text."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(f"{message} (at column {column})")
        self.column = column


_SPACE = re.compile(r"\s*")
_TOKEN = re.compile(
    r"""(?:
        (?P<number>\d+(?:\.\d+)?)
      | (?P<string>'[^']*'|"[^"]*")
      | (?P<op>==|!=|<=|>=|<|>|\+|-|\(|\)|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str  # number | string | op | name | end
    text: str
    column: int


def tokenize(text: str) -> list[Token]:
    """The tokens of a rule, in one pass (time linear in the text), within the limits."""
    if len(text) > MAX_RULE:
        raise RuleError(f"the rule has {len(text)} characters; at most {MAX_RULE}", MAX_RULE + 1)
    tokens: list[Token] = []
    pos = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise RuleError(f"unexpected character {text[pos]!r}", pos + 1)
        if len(tokens) == MAX_RULE_TOKENS:
            raise RuleError(f"the rule has more than {MAX_RULE_TOKENS} words and signs", pos + 1)
        kind = m.lastgroup or "op"
        tokens.append(Token(kind, m.group(kind), m.start(kind) + 1))
        pos = _SPACE.match(text, m.end()).end()  # type: ignore[union-attr]
    tokens.append(Token("end", "", len(text) + 1))
    return tokens


# --- AST -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Const:
    value: Any


@dataclass(frozen=True)
class Ref:
    name: str  # "field" or "table.column"


@dataclass(frozen=True)
class Call:
    func: str
    arg: Ref


@dataclass(frozen=True)
class Unary:
    op: str  # "-" | "not"
    operand: Node


@dataclass(frozen=True)
class Binary:
    op: str
    left: Node
    right: Node


Node = Const | Ref | Call | Unary | Binary


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0
        self.depth = 0  # parentheses, `not` and unary minus open around the parser

    def deeper(self, tok: Token) -> None:
        self.depth += 1
        if self.depth > MAX_RULE_NESTING:
            raise RuleError(f"nested more than {MAX_RULE_NESTING} deep", tok.column)

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def accept(self, kind: str, text: str | None = None) -> Token | None:
        tok = self.peek()
        if tok.kind == kind and (text is None or tok.text == text):
            return self.take()
        return None

    def expect(self, kind: str, text: str) -> Token:
        tok = self.accept(kind, text)
        if tok is None:
            got = self.peek()
            raise RuleError(f"expected {text!r}, found {got.text or 'end of rule'!r}", got.column)
        return tok

    def parse(self) -> Node:
        node = self.or_()
        tok = self.peek()
        if tok.kind != "end":
            raise RuleError(f"unexpected {tok.text!r}", tok.column)
        return node

    def or_(self) -> Node:
        node = self.and_()
        while self.accept("name", "or"):
            node = Binary("or", node, self.and_())
        return node

    def and_(self) -> Node:
        node = self.not_()
        while self.accept("name", "and"):
            node = Binary("and", node, self.not_())
        return node

    def not_(self) -> Node:
        tok = self.accept("name", "not")
        if tok is not None:
            self.deeper(tok)
            node = Unary("not", self.not_())
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> Node:
        node = self.sum_()
        tok = self.peek()
        if tok.kind == "op" and tok.text in ("==", "!=", "<", "<=", ">", ">="):
            self.take()
            node = Binary(tok.text, node, self.sum_())
        return node

    def sum_(self) -> Node:
        node = self.unary()
        while True:
            tok = self.peek()
            if tok.kind == "op" and tok.text in ("+", "-"):
                self.take()
                node = Binary(tok.text, node, self.unary())
            else:
                return node

    def unary(self) -> Node:
        tok = self.accept("op", "-")
        if tok is not None:
            self.deeper(tok)
            node = Unary("-", self.unary())
            self.depth -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "number":
            return Const(Decimal(tok.text))
        if tok.kind == "string":
            return Const(tok.text[1:-1])
        if tok.kind == "op" and tok.text == "(":
            self.deeper(tok)
            node = self.or_()
            self.expect("op", ")")
            self.depth -= 1
            return node
        if tok.kind == "name":
            if tok.text in ("true", "false"):
                return Const(tok.text == "true")
            if tok.text in ("and", "or", "not"):
                raise RuleError(f"unexpected {tok.text!r}", tok.column)
            if self.accept("op", "("):
                if tok.text not in FUNCTIONS:
                    raise RuleError(
                        f"unknown function {tok.text!r} (known: {', '.join(FUNCTIONS)})",
                        tok.column,
                    )
                arg = self.take()
                if arg.kind != "name":
                    raise RuleError(f"{tok.text}() takes a field name", arg.column)
                if ("." in arg.text) != (tok.text in AGGREGATES):
                    want = "table.column" if tok.text in AGGREGATES else "a field name"
                    raise RuleError(f"{tok.text}() takes {want}", arg.column)
                self.expect("op", ")")
                return Call(tok.text, Ref(arg.text))
            if "." in tok.text:
                raise RuleError("table.column only inside sum(), min() or max()", tok.column)
            return Ref(tok.text)
        raise RuleError(f"unexpected {tok.text or 'end of rule'!r}", tok.column)


@dataclass(frozen=True)
class Rule:
    """A parsed rule: its source text, its AST and the field names it reads."""

    text: str
    node: Node

    @property
    def references(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(_refs(self.node)))

    def evaluate(self, values: Mapping[str, Any]) -> bool | None:
        """True, False, or None when a value it needs is unknown."""
        result = _eval(self.node, values)
        if result is None:
            return None
        return bool(result)


def parse_rule(text: str) -> Rule:
    return Rule(text, _Parser(text).parse())


def _refs(node: Node) -> Iterator[str]:
    if isinstance(node, Ref):
        yield node.name
    elif isinstance(node, Call):
        yield node.arg.name
    elif isinstance(node, Unary):
        yield from _refs(node.operand)
    elif isinstance(node, Binary):
        yield from _refs(node.left)
        yield from _refs(node.right)


def _column_values(values: Mapping[str, Any], ref: str) -> list[Any] | None:
    table, column = ref.split(".", 1)
    rows = values.get(table)
    if not isinstance(rows, list):
        return None
    cells = [row.get(column) for row in rows]
    if any(c is None for c in cells):
        return None
    return cells


def _call(node: Call, values: Mapping[str, Any]) -> Any:
    name = node.arg.name
    if node.func in AGGREGATES:
        cells = _column_values(values, name)
        if cells is None:
            return None
        # A column of another type (sum of names, min of mixed cells) is unknown, not a crash.
        try:
            if node.func == "sum":
                if not all(isinstance(c, int | Decimal) and not isinstance(c, bool) for c in cells):
                    return None
                return sum((Decimal(c) for c in cells), Decimal(0))
            if not cells:
                return None
            return min(cells) if node.func == "min" else max(cells)
        except TypeError:
            return None
    value = values.get(name)
    if node.func == "count":
        return Decimal(len(value)) if isinstance(value, list) else None
    if node.func == "blank":
        return value is None or value == "" or value == []
    if node.func == "filled":
        return not (value is None or value == "" or value == [])
    if value is None:
        return None
    if node.func == "len":
        return Decimal(len(value)) if isinstance(value, (str, list)) else Decimal(len(str(value)))
    if node.func == "year":
        return Decimal(value.year) if isinstance(value, date) else None
    raise AssertionError(node.func)  # pragma: no cover - parser forbids it


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def _coerce_pair(a: Any, b: Any) -> tuple[Any, Any]:
    if isinstance(a, bool) or isinstance(b, bool):
        return a, b
    if isinstance(a, int | Decimal) and isinstance(b, int | Decimal):
        return Decimal(a), Decimal(b)
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold(), b.casefold()
    return a, b


def _eval(node: Node, values: Mapping[str, Any]) -> Any:
    if isinstance(node, Const):
        return node.value
    if isinstance(node, Ref):
        return values.get(node.name)
    if isinstance(node, Call):
        return _call(node, values)
    if isinstance(node, Unary):
        operand = _eval(node.operand, values)
        if operand is None:
            return None
        if node.op == "not":
            return not operand
        return -operand if isinstance(operand, int | Decimal) else None
    op = node.op
    if op in ("and", "or"):
        left = _eval(node.left, values)
        right = _eval(node.right, values)
        # Three-valued logic: unknown only where the known side does not decide.
        if op == "and":
            if left is False or right is False:
                return False
            return None if left is None or right is None else True
        if left is True or right is True:
            return True
        return None if left is None or right is None else False
    left = _eval(node.left, values)
    right = _eval(node.right, values)
    if left is None or right is None:
        return None
    left, right = _coerce_pair(left, right)
    if op in ("+", "-"):
        if not (isinstance(left, Decimal) and isinstance(right, Decimal)):
            return None
        return left + right if op == "+" else left - right
    try:
        return _COMPARE[op](left, right)
    except TypeError:
        return None
