"""scripts/same_decisions.py: how two revisions' decision lines are compared."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest


def _script() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "scripts" / "same_decisions.py"
    spec = importlib.util.spec_from_file_location("same_decisions", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _line(outcome: str, clauses: list[str], rules: list[str]) -> str:
    return json.dumps(["vts", outcome, clauses, rules])


def test_it_counts_the_decisions_that_differ_and_names_the_rules_that_changed() -> None:
    differences = _script().differences
    same = _line("allow", [], [])
    abuse = _line("review", ["VTS-05"], ["content.abuse:review"])
    clauses_only = _line("review", ["VTS-09"], ["content.abuse:review"])
    differ, changed = differences([same, abuse, abuse], [same, same, clauses_only])
    assert differ == 2
    assert changed == {"content.abuse": 1, "(outcome or clauses only)": 1}
    assert differences([same, abuse], [same, abuse]) == (0, {})


def test_it_refuses_runs_of_different_lengths() -> None:
    with pytest.raises(SystemExit, match="not the same number"):
        _script().differences(["a"], [])
