"""The overlay: the organisation's own lists as they are now, beside a big snapshot
built earlier, answering exactly as a snapshot rebuilt with those lists would, and taken
up by a running helper without a restart."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyguard.webfilter.build import write_overlay
from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.lists import Category, Source, Tier, read_ut1
from policyguard.webfilter.snapshot import Snapshot, build_snapshot, overlay_path
from policyguard.webfilter.squid import Helper

from .conftest import FIXTURES, MORNING

ORG = ("org_allow", Tier.ALLOW), ("org_deny", Tier.DENY), ("org_always_block", Tier.ALWAYS_BLOCK)
# Entries the lists may hold: hosts, names under listed ones, URL prefixes and queries.
CANDIDATES = [
    "casino.test",
    "sub.facebook.test",
    "facebook.test/groups",
    "unlisted.test",
    "deep.unlisted.test",
    "hosting.test/adult",
    "hosting.test/ok",
    "searchy.test/find?cat=news",
    "games.test",
    "192.168.1.1",
]
URLS = [
    "http://casino.test/",
    "https://www.casino.test/x",
    "http://sub.facebook.test/",
    "http://facebook.test/groups/1",
    "http://facebook.test/",
    "unlisted.test:443",
    "http://deep.unlisted.test/a",
    "http://hosting.test/adult/x",
    "http://hosting.test/ok/y",
    "http://hosting.test/users/bad",
    "http://searchy.test/find?cat=news&page=2",
    "http://searchy.test/find?cat=adult",
    "http://games.test/",
    "http://192.168.1.1/",
    "http://illegal.test/",
]


def _org_sources(entries: dict[str, list[str]]) -> list[Source]:
    return [
        Source(Category(name, tier), entries=list(entries.get(name, ())), origin="portal")
        for name, tier in ORG
    ]


def _build(path: Path, policy: dict[str, Any], entries: dict[str, list[str]], version: int) -> None:
    sources = read_ut1(FIXTURES / "ut1", [])
    sources.append(Source(Category("iwf", Tier.ALWAYS_BLOCK), entries=["illegal.test"]))
    build_snapshot([*sources, *_org_sources(entries)], path, policy=policy, lists_version=version)


def _verdicts(path: Path) -> list[tuple[str, str, str, str]]:
    with Snapshot.open(path) as snapshot:
        web = WebFilter(snapshot)
        return [
            (v.outcome, v.reason, v.category, v.entry)
            for v in (web.decide(url, client_ip="10.10.0.4", at=MORNING) for url in URLS)
        ]


lists_strategy = st.fixed_dictionaries(
    {name: st.lists(st.sampled_from(CANDIDATES), max_size=4, unique=True) for name, _ in ORG}
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=lists_strategy, after=lists_strategy)
def test_an_overlay_answers_as_a_rebuilt_snapshot(
    tmp_path_factory: pytest.TempPathFactory,
    policy: dict[str, Any],
    before: dict[str, list[str]],
    after: dict[str, list[str]],
) -> None:
    folder = tmp_path_factory.mktemp("overlay")
    built_before, rebuilt = folder / "before.pgwf", folder / "rebuilt.pgwf"
    _build(built_before, policy, before, version=1)
    write_overlay(_org_sources(after), built_before, organisation="test-college", lists_version=2)
    _build(rebuilt, policy, after, version=2)
    assert _verdicts(built_before) == _verdicts(rebuilt)


def test_an_overlay_older_than_the_snapshot_is_not_used(
    tmp_path: Path, policy: dict[str, Any]
) -> None:
    path = tmp_path / "org.pgwf"
    _build(path, policy, {"org_deny": ["unlisted.test"]}, version=5)
    write_overlay(_org_sources({}), path, organisation="test-college", lists_version=4)
    with Snapshot.open(path) as snapshot:
        assert snapshot.overlay is None
        assert WebFilter(snapshot).decide("http://unlisted.test/").reason == "deny_list"


def test_a_bad_overlay_leaves_the_last_good_one_and_says_why(
    tmp_path: Path, policy: dict[str, Any]
) -> None:
    path = tmp_path / "org.pgwf"
    _build(path, policy, {}, version=1)
    write_overlay(
        _org_sources({"org_deny": ["unlisted.test"]}),
        path,
        organisation="test-college",
        lists_version=2,
    )
    with Snapshot.open(path) as snapshot:
        web = WebFilter(snapshot)
        assert web.decide("http://unlisted.test/").reason == "deny_list"
        # Another organisation's overlay is refused; the good one stays in use.
        write_overlay(_org_sources({}), path, organisation="another-college", lists_version=3)
        assert not web.refresh()
        assert "another-college" in snapshot.overlay_problem
        assert web.decide("http://unlisted.test/").reason == "deny_list"
        # A category the snapshot does not have cannot be mapped.
        extra = Source(Category("org_extra", Tier.DENY), entries=["x.test"])
        write_overlay([extra], path, organisation="test-college", lists_version=4)
        assert not web.refresh()
        assert "org_extra" in snapshot.overlay_problem
        # The overlay removed: back to the snapshot's own lists.
        overlay_path(path).unlink()
        assert web.refresh()
        assert web.decide("http://unlisted.test/").reason == "uncategorised"


def test_a_running_helper_takes_up_a_new_overlay_without_a_restart(
    tmp_path: Path, policy: dict[str, Any]
) -> None:
    path = tmp_path / "org.pgwf"
    _build(path, policy, {}, version=1)
    helper = subprocess.Popen(
        [sys.executable, "-m", "policyguard.webfilter.squid", "--snapshot", str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert helper.stdin is not None and helper.stdout is not None

    def ask(url: str) -> str:
        assert helper.stdin is not None and helper.stdout is not None
        helper.stdin.write(f"1 {url} 10.10.0.4/- - GET\n".encode())
        helper.stdin.flush()
        return helper.stdout.readline().decode()

    try:
        assert ask("http://unlisted.test/") == "1 ERR\n"
        write_overlay(
            _org_sources({"org_deny": ["unlisted.test"]}),
            path,
            organisation="test-college",
            lists_version=2,
        )
        deadline = time.monotonic() + 10
        while (reply := ask("http://unlisted.test/")) == "1 ERR\n" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "reason=deny_list" in reply
    finally:
        helper.stdin.close()
        helper.wait(timeout=10)


def test_the_helper_forgets_hosts_it_knew_when_the_lists_change(
    tmp_path: Path, policy: dict[str, Any]
) -> None:
    path = tmp_path / "org.pgwf"
    _build(path, policy, {"org_deny": ["unlisted.test"]}, version=1)
    with Snapshot.open(path) as snapshot:
        helper = Helper(WebFilter(snapshot), clock=lambda: MORNING)
        line = "http://unlisted.test/ 10.10.0.4/- - GET"
        assert "reason=deny_list" in helper.answer(line)
        write_overlay(_org_sources({}), path, organisation="test-college", lists_version=2)
        assert helper.refresh()
        assert helper.answer(line) == "ERR\n"
        assert not helper.refresh()  # nothing changed since
