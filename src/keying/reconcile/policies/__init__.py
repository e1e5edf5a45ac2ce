"""The registry of compare policies: one module per policy, found by name.

Every module of this package whose name does not start with `_` defines `POLICY`, an
instance of `Policy` (see `_base.py`) whose `name` is the module's name; a field's
`compare:` (or its type's default) is looked up here once, when a plan is built. Adding a
policy is adding a module (docs/architecture.md).
"""

from __future__ import annotations

import importlib
import pkgutil

from keying.reconcile.policies._base import Policy


def _discover() -> dict[str, Policy]:
    found: dict[str, Policy] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        policy = module.POLICY
        if not isinstance(policy, Policy) or policy.name != info.name:
            raise TypeError(f"{module.__name__}.POLICY must be a Policy named {info.name}")
        found[policy.name] = policy
    return found


POLICIES: dict[str, Policy] = _discover()


def compare_policy(name: str) -> Policy:
    """The policy called `name`; KeyError if there is none."""
    return POLICIES[name]


__all__ = ["POLICIES", "Policy", "compare_policy"]
