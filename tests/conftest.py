"""Shared fixtures for the core's tests (no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyguard import load_pack_file
from policyguard.packs.schema import Pack

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def mini_pack() -> Pack:
    return load_pack_file(FIXTURES / "mini-pack.yaml")
