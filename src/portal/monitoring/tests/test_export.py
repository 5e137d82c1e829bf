from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from policyguard.webfilter import ListFormat, ListProblem, Snapshot, WebFilter, read_entries
from portal.monitoring.actions import add_list_entry
from portal.organisations.models import Organisation

ENTRIES = [
    ("allow", "domain", "Moodle.Oakfield.AC.UK", "moodle.oakfield.ac.uk"),
    ("allow", "url_prefix", "https://video.test/Course/Unit1", "video.test/course/unit1"),
    ("deny", "domain", "games.test", "games.test"),
    ("deny", "url_prefix", "forum.test/boards?id=7", "forum.test/boards?id=7"),
    ("always_block", "domain", "abuse.test", "abuse.test"),
    ("always_block", "domain", "198.51.100.7", "198.51.100.7"),
]


@pytest.fixture
def entries(oakfield: Organisation) -> None:
    for tier, kind, value, _ in ENTRIES:
        add_list_entry(
            organisation=oakfield,
            tier=tier,
            kind=kind,
            value=value,
            category="test",
            note="a note\nover two lines # with a hash",
            acting_user=None,
        )


def test_it_round_trips_through_the_core_importer(entries: None, tmp_path: Path) -> None:
    call_command("export_weblists", "--org", "oakfield", str(tmp_path))
    for tier, name in (
        ("allow", "allow.list"),
        ("deny", "deny.list"),
        ("always_block", "always_block.list"),
    ):
        problems: list[ListProblem] = []
        keys = list(read_entries(tmp_path / name, ListFormat.CUSTOM, problems))
        assert problems == []
        assert sorted(keys) == sorted(stored for t, _, _, stored in ENTRIES if t == tier)
    assert (tmp_path / "lists.json").is_file()


def test_it_builds_a_snapshot_with_ut1_folders_and_the_portal_lists(
    entries: None, tmp_path: Path
) -> None:
    ut1 = tmp_path / "ut1" / "blacklists"
    (ut1 / "games").mkdir(parents=True)
    (ut1 / "games" / "domains").write_text("arcade.test\nabuse.test\n")
    (ut1 / "games" / "usage").write_text("black\n")
    out = tmp_path / "oakfield.pgwf"
    call_command("build_snapshot", "--org", "oakfield", "--output", str(out), str(tmp_path / "ut1"))
    with Snapshot.open(out) as snapshot:
        web = WebFilter(snapshot)
        assert web.decide("http://www.abuse.test/x", client_ip="10.0.0.1").reason == "always_block"
        assert web.decide("http://198.51.100.7/", client_ip="10.0.0.1").outcome == "block"
        assert web.decide("http://games.test/", client_ip="10.0.0.1").reason == "deny_list"
        assert web.decide("http://moodle.oakfield.ac.uk/", client_ip="10.0.0.1").outcome == "allow"


def test_the_snapshots_block_page_is_this_portals_own(
    entries: None, tmp_path: Path, settings: object
) -> None:
    settings.POLICYGUARD_SITE_URL = "https://policy.oakfield.example"  # type: ignore[attr-defined]
    out = tmp_path / "oakfield.pgwf"
    call_command("build_snapshot", "--org", "oakfield", "--output", str(out))
    with Snapshot.open(out) as snapshot:
        assert snapshot.policy is not None
        assert snapshot.policy["block_page"] == "https://policy.oakfield.example/blocked"
