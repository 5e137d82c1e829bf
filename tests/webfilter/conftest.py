"""Shared fixtures: small lists written for these tests and the test pack's snapshot.

Nothing here reads ../shared: the lists under fixtures/ are our own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from policyguard import load_pack_file
from policyguard.packs.schema import Pack
from policyguard.webfilter.build import ListSpec, compile_snapshot
from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.lists import ListFormat, Tier
from policyguard.webfilter.policy import policy_from_pack
from policyguard.webfilter.snapshot import Snapshot

FIXTURES = Path(__file__).parent / "fixtures"
LONDON = ZoneInfo("Europe/London")
# A Wednesday: 12:30 is inside the lunch window, 10:00 outside.
LUNCH = datetime(2025, 3, 12, 12, 30, tzinfo=LONDON).timestamp()
MORNING = datetime(2025, 3, 12, 10, 0, tzinfo=LONDON).timestamp()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "unbound: needs the unbound binary")


@pytest.fixture(scope="session")
def pack() -> Pack:
    return load_pack_file(FIXTURES / "college.yaml")


@pytest.fixture(scope="session")
def policy(pack: Pack) -> dict[str, Any]:
    return policy_from_pack(pack)


LISTS = [
    ListSpec(FIXTURES / "always.txt", "iwf", ListFormat.CUSTOM, Tier.ALWAYS_BLOCK),
    ListSpec(FIXTURES / "hosts.txt", "trackers", ListFormat.HOSTS),
]


@pytest.fixture(scope="session")
def snapshot_path(tmp_path_factory: pytest.TempPathFactory, policy: dict[str, Any]) -> Path:
    path = tmp_path_factory.mktemp("snapshot") / "college.pgwf"
    compile_snapshot(path, ut1=FIXTURES / "ut1", lists=LISTS, policy=policy)
    return path


@pytest.fixture
def snapshot(snapshot_path: Path) -> Iterator[Snapshot]:
    with Snapshot.open(snapshot_path) as opened:
        yield opened


@pytest.fixture
def web(snapshot: Snapshot) -> WebFilter:
    return WebFilter(snapshot)


@pytest.fixture(scope="session")
def shared_web(snapshot_path: Path) -> Iterator[WebFilter]:
    """One filter for property tests (hypothesis runs many inputs through one fixture)."""
    with Snapshot.open(snapshot_path) as opened:
        yield WebFilter(opened)
