"""List import: UT1 folders, hosts files and custom lists; bad lines reported, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyguard.webfilter.errors import ListError, ListProblem
from policyguard.webfilter.lists import ListFormat, Tier, read_entries, read_ut1

from .conftest import FIXTURES


def test_it_reads_a_ut1_folder_with_usage_and_expressions() -> None:
    problems: list[ListProblem] = []
    sources = {s.category.name: s for s in read_ut1(FIXTURES / "ut1", problems)}
    assert set(sources) == {"adult", "games", "liste_blanche", "social_networks", "vpn"}
    assert sources["liste_blanche"].category.usage == "white"
    assert sources["adult"].category.usage == "black"
    assert [fmt for _, fmt in sources["adult"].files] == [ListFormat.DOMAINS, ListFormat.URLS]
    assert sources["adult"].expressions == ["(^|[./])xxxvideos[0-9]*[./]"]
    bad_regex = [p for p in problems if p.file.endswith("adult/expressions")]
    assert [(p.line, p.text) for p in bad_regex] == [(2, "bad(regex")]


def test_it_names_the_file_and_line_of_each_bad_entry() -> None:
    problems: list[ListProblem] = []
    keys = list(
        read_entries(
            FIXTURES / "ut1/blacklists/social_networks/domains", ListFormat.DOMAINS, problems
        )
    )
    assert keys == ["facebook.test", "instagram.test", "tiktok.test", "xn--bcher-social-dlb.test"]
    assert len(problems) == 1
    assert problems[0].line == 4
    assert problems[0].render().startswith(f"{FIXTURES}/ut1/blacklists/social_networks/domains:4: ")


def test_it_reads_hosts_files_without_localhost_names() -> None:
    problems: list[ListProblem] = []
    keys = list(read_entries(FIXTURES / "hosts.txt", ListFormat.HOSTS, problems))
    assert keys == ["tracker.test", "ads.test"]
    assert [(p.line, "letters, digits" in p.message) for p in problems] == [(4, True)]


def test_it_reads_custom_entries_in_every_common_form(tmp_path: Path) -> None:
    custom = tmp_path / "custom.txt"
    custom.write_text(
        "*.wild.test\n.dot.test\nhttps://Full.Test/Path/\nplain.test/a/b # note\n"
        "two words.test\n\xff\n",
        encoding="latin-1",
    )
    problems: list[ListProblem] = []
    keys = list(read_entries(custom, ListFormat.CUSTOM, problems))
    assert keys == ["wild.test", "dot.test", "full.test/path", "plain.test/a/b"]
    assert [p.line for p in problems] == [5, 6]
    assert "UTF-8" in problems[1].message


def test_a_missing_category_or_folder_is_an_error_not_a_silent_gap(tmp_path: Path) -> None:
    with pytest.raises(ListError, match="no such UT1 categories: gambling"):
        read_ut1(FIXTURES / "ut1", [], categories=["adult", "gambling"])
    with pytest.raises(ListError, match="not a UT1 folder"):
        read_ut1(tmp_path / "nowhere", [])
    with pytest.raises(ListError, match="cannot read"):
        list(read_entries(tmp_path / "missing.txt", ListFormat.CUSTOM, []))


def test_ut1_tier_can_be_chosen() -> None:
    sources = read_ut1(FIXTURES / "ut1", [], categories=["adult"], tier=Tier.ALWAYS_BLOCK)
    assert sources[0].category.tier is Tier.ALWAYS_BLOCK
