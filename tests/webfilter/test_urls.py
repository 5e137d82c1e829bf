"""Canonical forms: every spelling of a URL reaches the same decision."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.errors import UrlError
from policyguard.webfilter.urls import normalise_host, normalise_path, parse_target


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Example.COM", "example.com"),
        ("example.com.", "example.com"),
        ("www.example.com", "example.com"),
        ("www2.example.com", "example.com"),
        ("www.com", "www.com"),  # nothing left to strip to
        ("%65xample.com", "example.com"),
        ("example\u3002com", "example.com"),
        ("bücher.de", "xn--bcher-kva.de"),
        ("XN--BCHER-KVA.de", "xn--bcher-kva.de"),
        ("3232235777", "192.168.1.1"),
        ("0xC0A80101", "192.168.1.1"),
        ("0300.0250.1.1", "192.168.1.1"),
        ("0xc0.0xa8.0x1.0x1", "192.168.1.1"),
        ("192.168.257", "192.168.1.1"),
        ("192.11010305", "192.168.1.1"),
        ("[::ffff:192.168.1.1]", "192.168.1.1"),
        ("[2001:DB8::1]", "2001:db8::1"),
    ],
)
def test_it_gives_one_canonical_host(spelling: str, canonical: str) -> None:
    assert normalise_host(spelling) == canonical


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "exa mple.com",
        "a..b.com",
        "256.256.256.256.1",
        "1.2.3.999",
        "09.1.1.1",
        "x" * 64 + ".com",
        "[zz::1]",
        "%ff.com",
    ],
)
def test_it_rejects_what_is_not_a_host(bad: str) -> None:
    with pytest.raises(UrlError):
        normalise_host(bad)


def test_it_reads_every_part_of_a_url() -> None:
    target = parse_target("HTTP://user:pw@WWW.Example.COM.:8080/A/./b/../c//d?X=1#frag")
    assert (target.scheme, target.host, target.port, target.path, target.query) == (
        "http",
        "example.com",
        8080,
        "/a/c/d",
        "x=1",
    )
    assert parse_target("example.com:443").port == 443  # CONNECT form
    assert parse_target("https://example.com:443/").port is None  # default port dropped
    assert parse_target("http://a.test\\b\\c").path == "/b/c"


@pytest.mark.parametrize(
    ("path", "canonical"),
    [
        ("", "/"),
        ("/", "/"),
        ("/A/B/", "/a/b"),
        ("/a/%62", "/a/b"),
        ("/a/./b/../c", "/a/c"),
        ("/../../a", "/a"),
        ("//a//b", "/a/b"),
        ("/%2e%2e/a", "/a"),
    ],
)
def test_it_gives_one_canonical_path(path: str, canonical: str) -> None:
    assert normalise_path(path) == canonical


def test_it_refuses_a_bad_port() -> None:
    with pytest.raises(UrlError, match="port"):
        parse_target("http://example.com:99999/")


# -- property: equivalent spellings get the same decision -------------------------------

LISTED = [
    "facebook.test",
    "sub.facebook.test",
    "casino.test",
    "a.b.casino.test",
    "games.test",
    "vpn.test",
    "illegal.test",
    "college.test",
    "unlisted.test",
    "other.example",
]
PATHS = ["/", "/adult", "/adult/x", "/adultery", "/users/bad/y", "/illegal", "/social/feed/1"]


def _percent(text: str, picks: list[bool]) -> str:
    return "".join(
        f"%{ord(c):02X}" if pick and c.isalnum() else c
        for c, pick in zip(text, picks, strict=False)
    )


@st.composite
def spellings(draw: st.DrawFn) -> tuple[str, str]:
    host = draw(st.sampled_from(LISTED))
    if draw(st.booleans()):
        host = draw(st.sampled_from(["hosting.test", "sites.test", "searchy.test"]))
    path = draw(st.sampled_from(PATHS))
    plain = f"http://{host}{path}"
    cased = "".join(c.upper() if draw(st.booleans()) else c for c in host)
    spelled = cased
    if draw(st.booleans()):
        spelled = "www." + spelled
    if draw(st.booleans()):
        spelled += "."
    picks = draw(st.lists(st.booleans(), min_size=len(spelled), max_size=len(spelled)))
    spelled = _percent(spelled, picks) if draw(st.booleans()) else spelled
    if draw(st.booleans()):
        spelled = "someone:secret@" + spelled
    if draw(st.booleans()):
        spelled += ":80"
    path_spelled = path.upper() if draw(st.booleans()) else path
    if draw(st.booleans()):
        path_picks = draw(st.lists(st.booleans(), min_size=len(path), max_size=len(path)))
        path_spelled = _percent(path_spelled, path_picks)
    if draw(st.booleans()) and path != "/":
        path_spelled = "/./x/.." + path_spelled.replace("/", "//", 1)
    return plain, f"HTTP://{spelled}{path_spelled}#fragment"


@settings(max_examples=300, deadline=None)
@given(spellings())
def test_equivalent_spellings_get_the_same_decision(
    shared_web: WebFilter, pair: tuple[str, str]
) -> None:
    plain, spelled = pair
    first = shared_web.decide(plain, client_ip="10.10.1.1")
    second = shared_web.decide(spelled, client_ip="10.10.1.1")
    assert (second.outcome, second.reason, second.category, second.entry) == (
        first.outcome,
        first.reason,
        first.category,
        first.entry,
    )


@st.composite
def ip_spellings(draw: st.DrawFn) -> tuple[str, str]:
    value = draw(st.integers(0, 2**32 - 1))
    octets = [(value >> s) & 255 for s in (24, 16, 8, 0)]
    dotted = ".".join(map(str, octets))
    form = draw(st.sampled_from(["decimal", "hex", "octal", "mixed", "short"]))
    if form == "decimal":
        spelled = str(value)
    elif form == "hex":
        spelled = hex(value)
    elif form == "octal":
        spelled = ".".join("0" + format(o, "o") for o in octets)
    elif form == "mixed":
        spelled = f"{hex(octets[0])}.{octets[1]}.{'0' + format(octets[2], 'o')}.{octets[3]}"
    else:
        spelled = f"{octets[0]}.{(octets[1] << 16) | (octets[2] << 8) | octets[3]}"
    return dotted, spelled


@settings(max_examples=200, deadline=None)
@given(ip_spellings())
def test_every_ipv4_spelling_is_the_same_address(pair: tuple[str, str]) -> None:
    dotted, spelled = pair
    assert normalise_host(spelled) == dotted


def test_an_ip_listed_in_decimal_is_blocked_in_every_form(web: WebFilter) -> None:
    # adult/domains lists 3232235777, i.e. 192.168.1.1
    for spelled in ("192.168.1.1", "0xc0a80101", "0300.0250.0001.0001", "[::ffff:c0a8:101]"):
        verdict = web.decide(f"http://{spelled}/", client_ip="10.10.1.1")
        assert (verdict.outcome, verdict.category) == ("block", "adult"), spelled
