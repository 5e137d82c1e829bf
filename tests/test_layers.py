"""Imports run one way: ``cli → policy → {webfilter, screening} → packs → {lookups, people,
errors, sanitize, lookalikes}`` inside the core, and the portal reaches the core only
through its public modules (ARCHITECTURE.md, "Two packages, one direction of import")."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import policyguard

CORE = Path(policyguard.__file__).parent
PORTAL = CORE.parent / "portal"

# A package may import from packages of a lower rank, and from itself; never upward or
# sideways (webfilter and screening know nothing of each other).
RANK = {
    "errors": 0,
    "caching": 0,  # the two cache kinds every layer uses; imports nothing
    "sanitize": 0,  # text cleaning every boundary uses; imports nothing
    "timebounds": 0,  # when something that happened can have happened; imports nothing
    "lookalikes": 0,
    "people": 1,
    "lookups": 2,
    "packs": 3,
    "screening": 4,
    "webfilter": 4,
    "policy": 5,
    "cli": 6,
    "launch": 7,  # the command's entry point: squid-helper without the core, else cli
}
PUBLIC = {"policyguard", "policyguard.webfilter", "policyguard.screening"}


def _imports(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """(line, module, names) for each import of ``path``, inside functions too."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module, [alias.name for alias in node.names]


def _package(module: str) -> str | None:
    """The core package (``policy``, ``errors``, ...) a dotted module name lies in."""
    parts = module.split(".")
    if parts[0] != "policyguard":
        return None
    return parts[1] if len(parts) > 1 else ""


def _upward_imports(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.name == "__init__.py" and len(relative.parts) == 1:
            continue  # the public API names every layer, on first use
        own = relative.parts[0].removesuffix(".py")
        for line, module, names in _imports(path):
            target = _package(module)
            if target is None or target == own:
                continue
            if target == "":  # ``from policyguard import x``: a submodule or the public API
                targets = [name for name in names if name in RANK] or ["(public API)"]
            else:
                targets = [target]
            for name in targets:
                if name not in RANK or RANK[name] >= RANK[own]:
                    found.append(f"{relative}:{line}: {own} imports {name} ({module})")
    return found


def test_it_knows_every_core_package() -> None:
    packages = {p.name.removesuffix(".py") for p in CORE.iterdir() if not p.name.startswith("_")}
    packages = {p for p in packages if (CORE / p).is_dir() or (CORE / f"{p}.py").is_file()}
    assert packages - {"py"} == set(RANK)


def test_it_has_no_import_running_back_up_the_layers() -> None:
    assert _upward_imports(CORE) == []


def test_it_reports_upward_sideways_and_public_api_imports(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "loader.py").write_text(
        "from policyguard.errors import PackError\n"  # down: fine
        "def f():\n    from policyguard.policy.registry import get_rule\n",  # up, even lazily
        encoding="utf-8",
    )
    (tmp_path / "webfilter").mkdir()
    (tmp_path / "webfilter" / "x.py").write_text(
        "import policyguard.screening.base\nfrom policyguard import evaluate\n", encoding="utf-8"
    )
    assert _upward_imports(tmp_path) == [
        "packs/loader.py:3: packs imports policy (policyguard.policy.registry)",
        "webfilter/x.py:1: webfilter imports screening (policyguard.screening.base)",
        "webfilter/x.py:2: webfilter imports (public API) (policyguard)",
    ]


def test_it_imports_the_core_in_the_portal_only_through_its_public_modules() -> None:
    found = []
    for path in sorted(PORTAL.rglob("*.py")):
        for line, module, _names in _imports(path):
            if _package(module) is not None and module not in PUBLIC:
                found.append(f"{path.relative_to(PORTAL)}:{line}: {module}")
    assert found == []
