"""Safe search: the safe-search address for a connection the proxy does not decrypt,
the engine's parameter for a request it sees whole, YouTube's restricted mode per
audience; and the TLS helper's answers about server names."""

from __future__ import annotations

import pytest

from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.safesearch import engine_of, safe_search_rewrite, youtube_restriction
from policyguard.webfilter.tlsacl import TlsAcl
from policyguard.webfilter.urls import parse_target

from .conftest import MORNING

ALL = ("google", "bing", "duckduckgo", "yahoo", "ecosia", "youtube")


def _rewrite(url: str, youtube: str = "strict", engines: tuple[str, ...] = ALL) -> str | None:
    return safe_search_rewrite(url, parse_target(url), engines, youtube)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("www.google.com:443", "forcesafesearch.google.com:443"),
        ("images.google.co.uk:443", "forcesafesearch.google.com:443"),
        ("www.bing.com:443", "strict.bing.com:443"),
        ("duckduckgo.com:443", "safe.duckduckgo.com:443"),
        ("www.ecosia.org:443", "strict-safe-search.ecosia.org:443"),
        ("search.yahoo.com:443", None),  # no safe-search address: needs decryption
        ("www.youtube.com:443", "restrict.youtube.com:443"),
        ("example.com:443", None),
    ],
)
def test_connections_not_decrypted_go_to_the_safe_address(url: str, expected: str | None) -> None:
    assert _rewrite(url) == expected


def test_youtube_connections_follow_the_audiences_mode() -> None:
    assert _rewrite("m.youtube.com:443", "moderate") == "restrictmoderate.youtube.com:443"
    assert _rewrite("www.youtube.com:443", "off") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.google.com/search?q=x", "https://www.google.com/search?q=x&safe=active"),
        (
            "https://images.google.com/images?q=x&safe=off",
            "https://images.google.com/images?q=x&safe=active",
        ),
        ("https://www.google.com/search?q=x&safe=active", None),  # already: no loop
        ("https://www.google.com/maps", None),
        ("http://www.bing.com/search?q=x", "http://www.bing.com/search?q=x&adlt=strict"),
        ("https://duckduckgo.com/?q=x", "https://duckduckgo.com/?q=x&kp=1"),
        ("https://uk.search.yahoo.com/search?p=x", "https://uk.search.yahoo.com/search?p=x&vm=r"),
        (
            "http://www.ecosia.org:8080/search?q=x",
            "http://strict-safe-search.ecosia.org:8080/search?q=x",
        ),
        ("https://www.ecosia.org/search?q=x", None),  # decrypted: left to its CONNECT
        ("https://www.youtube.com/watch?v=1", None),  # a header instead
    ],
)
def test_requests_seen_whole_get_the_engines_parameter(url: str, expected: str | None) -> None:
    assert _rewrite(url) == expected


def test_only_the_engines_the_pack_names_are_rewritten() -> None:
    assert _rewrite("www.google.com:443", engines=("bing",)) is None
    assert engine_of("fonts.googleapis.com") is None


@pytest.mark.parametrize(
    ("mode", "header"), [("strict", "Strict"), ("moderate", "Moderate"), ("off", "")]
)
def test_the_youtube_header_by_mode(mode: str, header: str) -> None:
    assert (
        youtube_restriction(parse_target("https://www.youtube.com/watch?v=1"), ALL, mode) == header
    )
    assert youtube_restriction(parse_target("www.youtube.com:443"), ALL, mode) == ""


def test_the_pack_gives_staff_moderate_and_everyone_else_strict(shared_web: WebFilter) -> None:
    learner = shared_web.decide(
        "https://www.youtube.com/watch?v=1", client_ip="10.10.0.4", at=MORNING
    )
    staff = shared_web.decide(
        "https://www.youtube.com/watch?v=1", client_ip="10.20.0.4", at=MORNING
    )
    assert learner.notes == (("youtube-restrict", "Strict"),)
    assert staff.notes == (("youtube-restrict", "Moderate"),)
    assert shared_web.decide("www.youtube.com:443", client_ip="10.20.0.4", at=MORNING).rewrite == (
        "restrictmoderate.youtube.com:443"
    )


def test_the_helper_annotates_youtube_requests(web: WebFilter) -> None:
    from policyguard.webfilter.squid import Helper

    helper = Helper(web, clock=lambda: MORNING)
    assert helper.answer("1 https://www.youtube.com/watch?v=1 10.10.0.4/- - GET") == (
        "1 OK youtube-restrict=Strict\n"
    )


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("1 10.10.0.4 - casino.test casino.test", "1 OK message=adult\n"),
        ("2 10.10.0.4 - nowhere.test nowhere.test", "2 ERR\n"),
        ("3 10.10.0.4 - casino.test nowhere.test", "3 OK message=adult\n"),  # SNI blocked
        ("4 10.10.0.4 - nowhere.test vpn.test", "4 OK message=vpn\n"),  # CONNECT blocked
        ("5 10.10.0.4 - - vpn.test", "5 OK message=vpn\n"),  # no SNI
        ("6 10.20.0.4 staff-jo facebook.test facebook.test", "6 OK message=social_networks\n"),
        ("7 10.10.0.4 - - -", "7 ERR\n"),
        ("8 10.10.0.4 - a..b.test -", "8 OK message=unreadable\n"),
    ],
)
def test_the_tls_helper_blocks_a_connection_when_either_name_is_blocked(
    web: WebFilter, line: str, reply: str
) -> None:
    assert TlsAcl(web, clock=lambda: MORNING).answer(line) == reply
