"""Each screening module names each of its module-level constants once.

A second assignment to the same name silently replaces the first for every use after it
(the thirty-sixth session found a new ``_ROYAL_BEFORE`` that had replaced an older one,
and with it changed what an unrelated rule read), so the modules are checked for it.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parents[2] / "src/policyguard/screening").glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_constant_is_assigned_twice(path: Path) -> None:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text("utf-8")).body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    assert [name for name, count in names.items() if count > 1] == []
