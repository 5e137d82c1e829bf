"""The core never imports Django (ARCHITECTURE.md: pure core, thin shell)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import policyguard

CORE = Path(policyguard.__file__).parent


def test_it_has_no_django_import_in_any_core_module() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path}:{node.lineno}" for n in names if n.split(".")[0] == "django"]
    assert offenders == []


def test_it_does_not_load_django_when_the_core_is_used() -> None:
    code = (
        "import sys, policyguard, policyguard.cli, policyguard.policy.rules;"
        "policyguard.cli.build_parser();"
        "assert 'django' not in sys.modules, sorted(m for m in sys.modules if 'django' in m)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
