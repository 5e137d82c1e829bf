"""The public API is what ``policyguard.__all__`` lists, and it all imports."""

from __future__ import annotations

import policyguard


def test_it_exports_every_name_in_all() -> None:
    missing = [name for name in policyguard.__all__ if not hasattr(policyguard, name)]
    assert missing == []


def test_it_keeps_all_sorted_and_unique() -> None:
    assert list(policyguard.__all__) == sorted(set(policyguard.__all__))


def test_it_exports_no_private_names() -> None:
    assert not [name for name in policyguard.__all__ if name.startswith("_")]


def test_it_lists_each_export_once_in_all() -> None:
    assert sorted(policyguard._EXPORTS) == list(policyguard.__all__)


def test_it_imports_nothing_heavy_until_a_name_is_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys, policyguard, policyguard.webfilter.squid;"
        "assert 'pydantic' not in sys.modules, 'pydantic loaded by a bare import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_it_says_which_name_is_unknown() -> None:
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'evalute'"):
        _ = policyguard.evalute  # type: ignore[attr-defined]
