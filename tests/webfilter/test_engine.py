"""Verdicts: precedence of the tiers, audiences, devices, schedules, safe search."""

from __future__ import annotations

import pytest

from policyguard.webfilter.engine import WebFilter

from .conftest import LUNCH, MORNING

LEARNER_PC = "10.10.4.2"
STAFF_LAPTOP = "10.20.4.2"
GUEST = "192.168.50.9"


def _decide(
    web: WebFilter, url: str, ip: str, *, user: str = "", at: float = MORNING
) -> tuple[str, str, str]:
    verdict = web.decide(url, client_ip=ip, user=user, at=at)
    return verdict.outcome, verdict.category, ",".join(verdict.clauses)


def test_learner_pcs_block_social_media_citing_vts_10(web: WebFilter) -> None:
    assert _decide(web, "https://www.facebook.test/profile", LEARNER_PC) == (
        "block",
        "social_networks",
        "VTS-10",
    )
    verdict = web.decide("http://facebook.test/", client_ip=LEARNER_PC, at=MORNING)
    assert (verdict.entry, verdict.device, verdict.audience, verdict.rule) == (
        "facebook.test",
        "learner_pc",
        "learner",
        1,
    )


def test_staff_get_social_media_at_lunch_only(web: WebFilter) -> None:
    assert _decide(web, "http://facebook.test/", STAFF_LAPTOP, at=LUNCH) == (
        "allow",
        "social_networks",
        "VTS-23",
    )
    assert _decide(web, "http://facebook.test/", STAFF_LAPTOP, at=MORNING) == (
        "block",
        "social_networks",
        "VTS-23",
    )
    verdict = web.decide("http://facebook.test/", client_ip=STAFF_LAPTOP, at=LUNCH)
    assert verdict.windows == ("lunch",)


def test_a_user_mapping_sets_the_audience_but_the_device_rule_still_holds(web: WebFilter) -> None:
    # A member of staff on a learner PC: VTS-10 is about the computer, so it still blocks.
    assert (
        _decide(web, "http://facebook.test/", LEARNER_PC, user="staff-jo", at=LUNCH)[0] == "block"
    )
    # The same person on their own device (byod network) is staff and it is lunch.
    assert (
        _decide(web, "http://facebook.test/", "10.30.0.5", user="staff-jo", at=LUNCH)[0] == "allow"
    )
    assert web.locate("10.30.0.5", "learner-1") == ("byod", "learner")


def test_always_block_beats_every_allow(web: WebFilter) -> None:
    for ip in (LEARNER_PC, STAFF_LAPTOP, GUEST):
        assert _decide(web, "http://www.illegal.test/", ip, at=LUNCH) == ("block", "iwf", "VTS-20")
    assert _decide(web, "http://hosting.test/illegal/x", STAFF_LAPTOP) == ("block", "iwf", "VTS-20")


def test_the_allow_list_beats_categories_and_the_deny_list_blocks(web: WebFilter) -> None:
    assert _decide(web, "http://allowed-social.facebook.test/", LEARNER_PC)[:2] == (
        "allow",
        "org_allow",
    )
    assert _decide(web, "http://denied.test/x", STAFF_LAPTOP) == ("block", "org_deny", "VTS-25")


def test_bypass_tools_are_blocked_for_everyone(web: WebFilter) -> None:
    verdict = web.decide("vpn.test:443", client_ip=STAFF_LAPTOP, at=LUNCH)
    assert (verdict.outcome, verdict.reason, verdict.category) == ("block", "bypass", "vpn")


def test_warn_and_unlisted_and_uncategorised(web: WebFilter) -> None:
    assert _decide(web, "http://games.test/", LEARNER_PC) == ("warn", "games", "VTS-25")
    verdict = web.decide("http://college.test/", client_ip=LEARNER_PC, at=MORNING)
    assert (verdict.outcome, verdict.reason, verdict.categories) == (
        "allow",
        "unlisted",
        ("liste_blanche",),
    )
    verdict = web.decide("http://nowhere.test/", client_ip=LEARNER_PC, at=MORNING)
    assert (verdict.outcome, verdict.reason) == ("allow", "uncategorised")


def test_expressions_block_urls_of_blocked_categories(web: WebFilter) -> None:
    verdict = web.decide("http://cdn.xxxvideos2.test/clip", client_ip=GUEST, at=MORNING)
    assert (verdict.outcome, verdict.reason, verdict.category) == ("block", "expression", "adult")
    assert verdict.clauses == ("VTS-20", "VTS-25")


def test_an_unreadable_url_is_blocked_not_let_through(web: WebFilter) -> None:
    verdict = web.decide("http://1.2.3.999/", client_ip=LEARNER_PC)
    assert (verdict.outcome, verdict.reason) == ("block", "unreadable")
    assert "IPv4" in verdict.entry


@pytest.mark.parametrize(
    ("url", "rewrite"),
    [
        (
            "http://www.google.co.uk/search?q=cats",
            "http://www.google.co.uk/search?q=cats&safe=active",
        ),
        (
            "http://www.google.com/search?q=cats&safe=off",
            "http://www.google.com/search?q=cats&safe=active",
        ),
        ("http://www.google.com/search?q=cats&safe=active", ""),
        ("http://www.bing.com/search?q=cats", "http://www.bing.com/search?q=cats&adlt=strict"),
        ("http://duckduckgo.com/?q=cats", "http://duckduckgo.com/?q=cats&kp=1"),
        ("www.google.com:443", "forcesafesearch.google.com:443"),
        ("www.youtube.com:443", "restrict.youtube.com:443"),
        ("www.bing.com:443", "strict.bing.com:443"),
        ("duckduckgo.com:443", "safe.duckduckgo.com:443"),
        ("http://www.google.com/maps", ""),
    ],
)
def test_safe_search_is_enforced_by_rewriting(web: WebFilter, url: str, rewrite: str) -> None:
    assert web.decide(url, client_ip=LEARNER_PC).rewrite == rewrite


def test_category_action_reports_the_profile(web: WebFilter) -> None:
    assert web.category_action("social_networks", "learner_pc", "learner", ()) == "block"
    assert web.category_action("social_networks", "staff_laptop", "staff", ("lunch",)) == "allow"
    assert web.category_action("vpn", "staff_laptop", "staff", ()) == "block"
    assert web.category_action("liste_blanche", "learner_pc", "learner", ()) == "allow"
