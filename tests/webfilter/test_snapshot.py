"""The snapshot: one file, memory-mapped, written atomically, refusing damaged input."""

from __future__ import annotations

import mmap
from pathlib import Path

import pytest

from policyguard.webfilter.build import ListSpec, compile_snapshot
from policyguard.webfilter.errors import ListError, SnapshotError
from policyguard.webfilter.lists import Category, ListFormat, Source, Tier
from policyguard.webfilter.snapshot import URL_FLAG, Snapshot, build_snapshot
from policyguard.webfilter.urls import parse_target

from .conftest import FIXTURES


def test_it_finds_hosts_by_suffix_and_urls_by_whole_segments(snapshot: Snapshot) -> None:
    names = snapshot.category_names
    assert [
        (key, names(mask)) for key, mask in snapshot.match(parse_target("http://a.b.casino.test/"))
    ] == [("casino.test", ["adult"])]
    assert names(_mask(snapshot, "http://hosting.test/adult/page")) == ["adult"]
    assert names(_mask(snapshot, "http://hosting.test/users/bad")) == ["adult"]
    assert names(_mask(snapshot, "http://hosting.test/adultery")) == []
    assert names(_mask(snapshot, "http://hosting.test/")) == []
    assert names(_mask(snapshot, "http://searchy.test/find?cat=adult&page=2")) == ["adult"]
    assert names(_mask(snapshot, "http://searchy.test/find?cat=news")) == []
    assert snapshot.match(parse_target("http://unlisted.test/")) == []


def _mask(snapshot: Snapshot, url: str) -> int:
    mask = 0
    for _, entry_mask in snapshot.match(parse_target(url)):
        mask |= entry_mask
    return mask & ~URL_FLAG


def test_it_is_memory_mapped_and_keeps_the_policy(snapshot: Snapshot) -> None:
    assert isinstance(snapshot._mmap, mmap.mmap)
    assert snapshot.policy is not None
    assert snapshot.policy["organisation"] == "test-college"
    tiers = {c["name"]: c["tier"] for c in snapshot.categories}
    assert tiers["iwf"] == "always_block"
    assert tiers["org_deny"] == "deny"


def test_a_name_in_many_categories_is_one_key_with_one_set(tmp_path: Path) -> None:
    sources = [
        Source(Category(f"c{i}"), entries=["shared.test", f"only{i}.test"]) for i in range(40)
    ]
    report = build_snapshot(sources, tmp_path / "s.pgwf")
    assert report.host_keys == 41
    with Snapshot.open(tmp_path / "s.pgwf") as snapshot:
        ((key, mask),) = snapshot.match_host("shared.test")
        assert key == "shared.test"
        assert len(snapshot.category_names(mask)) == 40


def test_a_build_that_fails_leaves_the_old_snapshot_in_place(
    tmp_path: Path, snapshot_path: Path
) -> None:
    target = tmp_path / "live.pgwf"
    target.write_bytes(snapshot_path.read_bytes())
    before = target.read_bytes()
    bad = [Source(Category("same")), Source(Category("same"))]
    with pytest.raises(SnapshotError, match="named twice"):
        build_snapshot(bad, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["live.pgwf"]


@pytest.mark.parametrize("damage", ["empty", "garbage", "truncated"])
def test_a_damaged_snapshot_is_refused_with_a_reason(
    tmp_path: Path, snapshot_path: Path, damage: str
) -> None:
    path = tmp_path / "bad.pgwf"
    data = snapshot_path.read_bytes()
    path.write_bytes(
        {"empty": b"", "garbage": b"x" * 100, "truncated": data[: len(data) // 2]}[damage]
    )
    with pytest.raises(SnapshotError, match="snapshot"):
        Snapshot.open(path)


def test_a_missing_snapshot_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match="cannot open"):
        Snapshot.open(tmp_path / "none.pgwf")


def test_a_list_cannot_change_the_tier_of_a_category(tmp_path: Path) -> None:
    spec = ListSpec(FIXTURES / "always.txt", "adult", ListFormat.CUSTOM, Tier.ALWAYS_BLOCK)
    with pytest.raises(ListError, match="already a category list"):
        compile_snapshot(tmp_path / "x.pgwf", ut1=FIXTURES / "ut1", lists=[spec])


def test_an_empty_snapshot_matches_nothing(tmp_path: Path) -> None:
    build_snapshot([], tmp_path / "empty.pgwf")
    with Snapshot.open(tmp_path / "empty.pgwf") as snapshot:
        assert snapshot.match(parse_target("http://anything.test/a")) == []
