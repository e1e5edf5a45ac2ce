"""Nothing outside the registries branches on a field type's name or a compare policy's name:
what depends on a type is in its module of `keying.forms.types`, what depends on a policy in
its module of `keying.reconcile.policies` (docs/architecture.md). A comparison such as
`field.type == "date"` or `policy in ("text", "name")` anywhere else fails this test: say it
as an attribute of the type or the policy instead (`FieldType.whole`, `Policy.folds`,
`Policy.identifies_rows`, `Policy.minor_kinds`), or, for the keyer simulator, as an entry of
its table keyed by policy (`keying.bench.sim_mistakes.HABITS`)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from keying.forms.types import TYPES
from keying.reconcile.policies import POLICIES

SRC = Path(__file__).resolve().parents[1] / "src" / "keying"
REGISTRIES = ("forms/types/", "reconcile/policies/")
NAMES = frozenset(TYPES) | frozenset(POLICIES)
# What holds a type's or a policy's name in this code base.
HOLDERS = frozenset({"type", "policy", "compare_policy", "compare"})


def _holder(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in HOLDERS
    if isinstance(node, ast.Name):
        return node.id in HOLDERS
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        args = node.args
        return node.func.attr == "get" and bool(args) and _names(args[0]) == {"type"}
    return False


def _names(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return {c.value for c in node.elts if isinstance(c, ast.Constant)} & NAMES
    return set()


def branches() -> Counter[str]:
    found: Counter[str] = Counter()
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        if name.startswith(REGISTRIES) or "/migrations/" in f"/{name}":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            if any(_holder(s) for s in sides) and any(_names(s) & NAMES for s in sides):
                found[name] += 1
    return found


def test_no_branch_on_a_type_or_policy_name() -> None:
    found = branches()
    assert not found, f"branch on a type or policy name outside the registries: {dict(found)}"


def test_the_check_sees_a_branch() -> None:
    tree = ast.parse('if field.type == "date" or policy in ("text", "name"): pass')
    compares = [n for n in ast.walk(tree) if isinstance(n, ast.Compare)]
    assert len(compares) == 2
    assert all(any(_holder(s) for s in [c.left, *c.comparators]) for c in compares)
