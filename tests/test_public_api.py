"""The public API is what ``policyguard.__all__`` lists, and it all imports."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import policyguard


def test_it_exports_every_name_in_all() -> None:
    missing = [name for name in policyguard.__all__ if not hasattr(policyguard, name)]
    assert missing == []


def test_it_keeps_all_sorted_and_unique() -> None:
    assert list(policyguard.__all__) == sorted(set(policyguard.__all__))


def test_it_exports_no_private_names() -> None:
    assert not [name for name in policyguard.__all__ if name.startswith("_")]


def test_it_lists_each_export_once_in_all() -> None:
    # One list: the stub, which type checkers read and the lazy loader reads at run time.
    stub = Path(policyguard.__file__).with_suffix(".pyi").read_text(encoding="utf-8")
    names = [line.rsplit(" as ", 1)[1] for line in stub.splitlines() if " as " in line]
    assert sorted(names) == list(policyguard.__all__)


@pytest.mark.parametrize("package", ["policyguard.webfilter", "policyguard.screening"])
def test_it_exports_every_name_of_the_area_packages(package: str) -> None:
    module = importlib.import_module(package)
    assert [name for name in module.__all__ if not hasattr(module, name)] == []


def test_it_imports_nothing_heavy_until_a_name_is_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys, policyguard, policyguard.webfilter.squid;"
        "assert 'pydantic' not in sys.modules, 'pydantic loaded by a bare import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_it_says_which_name_is_unknown() -> None:
    with pytest.raises(AttributeError, match="no attribute 'evalute'"):
        _ = policyguard.evalute  # type: ignore[attr-defined]


def test_the_screening_errors_are_in_the_cores_error_tree() -> None:
    # Whoever catches PolicyguardError (the CLI, the portal's API handler) catches these
    # too, instead of a traceback (issue 10: they once stood outside the tree).
    from policyguard.screening import SpellingUnavailable
    from policyguard.screening.encoder import EncoderError

    assert issubclass(SpellingUnavailable, policyguard.PolicyguardError)
    assert issubclass(EncoderError, policyguard.PolicyguardError)
