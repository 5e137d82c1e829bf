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
