"""The helper's fast path (plain URLs, answers cached per host, audience, device and time)
answers every line exactly as the full path (``WebFilter.decide``) does."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyguard.webfilter import squid
from policyguard.webfilter.build import compile_snapshot
from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.records import DecisionLog
from policyguard.webfilter.snapshot import Snapshot
from policyguard.webfilter.squid import Helper

from .conftest import FIXTURES, LISTS, LUNCH, MORNING

CLIENTS = ["10.10.0.4", "10.20.0.4", "192.168.50.9", "10.99.0.1", "127.0.0.2"]
USERS = ["-", "staff-jo", "s123"]
HOSTS = [
    "facebook.test",
    "sub.facebook.test",
    "www.facebook.test",
    "casino.test",
    "a.b.casino.test",
    "games.test",
    "vpn.test",
    "illegal.test",
    "college.test",
    "tracker.test",
    "hosting.test",
    "sites.test",
    "searchy.test",
    "unlisted.test",
    "google.com",
    "www.google.com",
    "3232235777",
    "0xc0a80101",
    "192.168.1.1",
    "xn--bcher-kva.test",
    "img1.unlisted.test",
    "-bad-.test",
    "a..b.test",
    "1.2.3.999",
    "xxxvideos.test",  # matches an adult expression
    "cdn.xxxvideos2.test",
    # search sites (searches are logged with their terms) that are no safe-search host
    "en.wikipedia.org",
    "search.yahoo.com",
    "instagram.com",
    "ecosia.org",
    "fonts.googleapis.com",  # looks like one, is not
    # names no browser could mean: blocked as unreadable
    "assets.1.2.3.4",
    "www.10.0.0.1",
]
PATHS = [
    "",
    "/",
    "/adult",
    "/adult/x",
    "/users/bad/y",
    "/illegal",
    "/social/feed/1",
    "/search?q=kms",
    "/xxxvideos9/clip",
    "/a?next=.xxxvideos.",
    "/adult/",
    "/Adult/X/",
    "//adult/x",
    "/./adult",
    "/a/../adult/x",
    "/ADULT?Q=XXXVIDEOS1",
    "/%61dult/x",
    "/users/bad/",
    "/social/feed/1#frag",
    "?q=1",
    "/xxxvideos1/b",
    "/.well-known/x",
    "/wiki/special:search/kms",
    "/w/index.php?search=kms",
    "/search?p=kms",
    "/explore/tags/kms",
    "/search",
]


@pytest.fixture(scope="session")
def plain_snapshot_path(tmp_path_factory: pytest.TempPathFactory, policy: dict[str, Any]) -> Path:
    """The fixture lists without UT1 expressions: with them, every profile that blocks
    adult needs the whole URL, and the fast path would never answer."""
    folder = tmp_path_factory.mktemp("plain")
    shutil.copytree(FIXTURES / "ut1", folder / "ut1", ignore=shutil.ignore_patterns("expressions"))
    path = folder / "plain.pgwf"
    compile_snapshot(path, ut1=folder / "ut1", lists=LISTS, policy=policy)
    return path


@pytest.fixture(scope="session")
def pairs(snapshot_path: Path, plain_snapshot_path: Path) -> Iterator[list[_Pair]]:
    """(fast helper, reference helper, clock) on each snapshot; kept across examples so
    the fast path's cache carries over from one to the next."""
    opened = [Snapshot.open(snapshot_path), Snapshot.open(plain_snapshot_path)]
    made = []
    for snapshot in opened:
        clock = _Clock()
        web = WebFilter(snapshot)
        made.append(
            _Pair(
                Helper(web, clock=clock),
                Helper(WebFilter(snapshot), clock=clock, fast=False),
                clock,
            )
        )
    yield made
    for snapshot in opened:
        snapshot.close()


class _Clock:
    def __init__(self) -> None:
        self.now = MORNING

    def __call__(self) -> float:
        return self.now


class _Pair:
    def __init__(self, fast: Helper, full: Helper, clock: _Clock) -> None:
        self.fast, self.full, self.clock = fast, full, clock


class _Text(io.StringIO):
    def take(self) -> list[dict[str, Any]]:
        records = [json.loads(line) for line in self.getvalue().splitlines()]
        self.seek(0)
        self.truncate()
        return records


@st.composite
def lines(draw: st.DrawFn) -> tuple[str, float]:
    host = draw(st.sampled_from(HOSTS))
    if draw(st.booleans()):
        host = "".join(c.upper() if draw(st.booleans()) else c for c in host)
    if draw(st.integers(0, 5)) == 0:
        host += "."
    if draw(st.integers(0, 5)) == 0:
        host = "user:pw@" + host
    if draw(st.integers(0, 5)) == 0:
        host = "".join(f"%{ord(c):02x}" if c == "o" else c for c in host)
    port = draw(st.sampled_from(["", "", ":80", ":443", ":8080", ":99999"]))
    form = draw(st.sampled_from(["http", "https", "connect", "HTTP", "ftp", "bare"]))
    path = draw(st.sampled_from(PATHS))
    if form == "connect":
        url = f"{host}{port or ':443'}"
    elif form == "bare":
        url = f"{host}{port}{path}"
    else:
        url = f"{form}://{host}{port}{path}"
    channel = draw(st.sampled_from(["", "0 ", "17 "]))
    client = draw(st.sampled_from(CLIENTS))
    user = draw(st.sampled_from(USERS))
    at = draw(st.sampled_from([MORNING, LUNCH, LUNCH + 7200]))
    return f"{channel}{url} {client}/- {user} GET\n", at


@settings(max_examples=400, deadline=None)
@given(lines())
def test_the_fast_path_answers_as_the_full_path(
    pairs: list[_Pair], case: tuple[str, float]
) -> None:
    line, at = case
    for pair in pairs:
        pair.clock.now = at
        assert pair.fast.answer(line) == pair.full.answer(line), line


@pytest.fixture(scope="session")
def logged_pair(snapshot_path: Path) -> Iterator[tuple[_Pair, _Text, _Text]]:
    """A fast and a reference helper that both write decision records."""
    with Snapshot.open(snapshot_path) as snapshot:
        clock = _Clock()
        fast_log, full_log = _Text(), _Text()
        fast = Helper(WebFilter(snapshot), log=DecisionLog(fast_log), clock=clock)
        full = Helper(WebFilter(snapshot), log=DecisionLog(full_log), clock=clock, fast=False)
        yield _Pair(fast, full, clock), fast_log, full_log


@settings(max_examples=300, deadline=None)
@given(lines())
def test_the_fast_path_logs_as_the_full_path(
    logged_pair: tuple[_Pair, _Text, _Text], case: tuple[str, float]
) -> None:
    pair, fast_log, full_log = logged_pair
    line, at = case
    pair.clock.now = at
    assert pair.fast.answer(line) == pair.full.answer(line), line
    pair.fast.log.flush()  # type: ignore[union-attr]
    pair.full.log.flush()  # type: ignore[union-attr]
    assert fast_log.take() == full_log.take(), line


@pytest.mark.parametrize(
    "url",
    [
        "http://FaceBook.test/",  # capitals
        "HTTP://facebook.test/",  # a scheme in capitals
        "http://%66acebook.test/",  # percent-encoding
        "http://user:pw@facebook.test/",  # userinfo
        "http://[::ffff:c0a8:101]/",  # IPv6 literal
        "http://bücher.test/",  # IDN in Unicode
        "http://facebook.test\\x",  # backslash
        "ftp://facebook.test/",  # another scheme
        "facebook.test/x",  # no scheme, not CONNECT
        "facebook.test:443/x",
        "http://facebook.test:/",  # an empty port
        "http://facebook.test:123456/",  # a port too long
        "http:/facebook.test/",
        "",
    ],
)
def test_unusual_forms_go_to_the_full_parser_with_the_same_answer(
    pairs: list[_Pair], url: str
) -> None:
    assert squid._PLAIN.match(url) is None
    for pair in pairs:
        pair.clock.now = MORNING
        line = f"3 {url} 10.10.0.4/- - GET\n"
        assert pair.fast.answer(line) == pair.full.answer(line)


def test_plain_forms_take_the_fast_path(plain_snapshot_path: Path) -> None:
    with Snapshot.open(plain_snapshot_path) as snapshot:
        helper = Helper(WebFilter(snapshot), clock=lambda: MORNING)
        for url in ("http://facebook.test/a", "https://casino.test", "unlisted.test:443"):
            assert squid._PLAIN.match(url) is not None
            helper.answer(f"{url} 10.10.0.4/- - GET")
        assert helper.fast_answers == 3


def test_the_cache_key_holds_who_when_and_whether_the_path_matters(
    plain_snapshot_path: Path,
) -> None:
    clock = _Clock()
    with Snapshot.open(plain_snapshot_path) as snapshot:
        helper = Helper(WebFilter(snapshot), clock=clock)

        def answer(url: str, client: str, user: str = "-") -> str:
            return helper.answer(f"{url} {client}/- {user} GET").split()[0]

        assert answer("http://facebook.test/", "10.10.0.4") == "OK"  # learner PC
        assert answer("http://facebook.test/", "10.20.0.4") == "OK"  # staff, morning
        clock.now = LUNCH
        assert answer("http://facebook.test/", "10.20.0.4") == "ERR"  # staff at lunch
        assert answer("http://facebook.test/", "10.10.0.4") == "OK"  # learners still not
        assert answer("http://facebook.test/", "10.30.0.4", "staff-jo") == "ERR"  # user map
        # URL-prefix entries under the host: its path decides, every time.
        assert answer("http://hosting.test/adult/x", "10.10.0.4") == "OK"
        assert answer("http://hosting.test/other", "10.10.0.4") == "ERR"
        assert answer("http://hosting.test/adult", "10.10.0.4") == "OK"
        # Safe search stays a rewrite on the fast path's host.
        assert helper.answer("www.google.com:443 10.10.0.4/- - CONNECT") == (
            "OK rewrite-url=forcesafesearch.google.com:443\n"
        )


def test_the_cache_is_bounded(plain_snapshot_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(squid, "_KNOWN_LIMIT", 8)
    with Snapshot.open(plain_snapshot_path) as snapshot:
        helper = Helper(WebFilter(snapshot), clock=lambda: MORNING)
        for n in range(100):
            helper.answer(f"http://host{n}.test/ 10.10.0.4/- - GET")
            assert len(helper._hosts) <= 8 and len(helper._older) <= 8


def test_logged_decisions_are_still_logged(plain_snapshot_path: Path, tmp_path: Path) -> None:
    log = DecisionLog.open(tmp_path / "log.jsonl")
    with Snapshot.open(plain_snapshot_path) as snapshot:
        helper = Helper(WebFilter(snapshot), log=log, clock=lambda: MORNING)
        for _ in range(2):  # the second time round, the answers are known
            helper.answer("1 http://casino.test/ 10.10.0.4/- - GET")
            helper.answer("2 http://games.test/ 10.10.0.4/- - GET")  # warned
            helper.answer("3 http://unlisted.test/ 10.10.0.4/- - GET")  # not logged
            helper.answer("4 http://www.bing.com/search?q=kms 10.10.0.4/- - GET")
        assert helper.fast_answers == 6  # the search takes the full path, to read its terms
    log.close()
    records = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert [(r["outcome"], r["category"] or r["search_term"]) for r in records] == [
        ("block", "adult"),
        ("warn", "games"),
        ("allow", "kms"),
    ] * 2


def test_serve_reads_batches_as_lines(plain_snapshot_path: Path, tmp_path: Path) -> None:
    raw = (
        b"1 http://casino.test/\xff\xfe 10.10.0.4/- - GET\n"
        b"2 http://unlisted.test/\xe2\x82 10.10.0.4/- - GET\n"
        b"\n"
        b"3 http://b\xc3\xbccher.test/ 10.10.0.4/- - GET\n"
        b"4 casino.test:443 10.10.0.4/- - CONNECT"  # no final newline
    )
    source, sink = tmp_path / "in", tmp_path / "out"
    source.write_bytes(raw)
    with Snapshot.open(plain_snapshot_path) as snapshot:
        helper = Helper(WebFilter(snapshot), clock=lambda: MORNING)
        with source.open("rb") as stdin, sink.open("wb") as stdout:
            assert helper.serve(stdin, stdout) == 0
        reference = Helper(WebFilter(snapshot), clock=lambda: MORNING, fast=False)
        expected = "".join(
            reference.answer(line.decode("utf-8", "replace")) for line in raw.split(b"\n")
        )
    assert sink.read_text() == expected


def test_category_expressions_are_matched_on_every_url_of_a_known_host(
    snapshot_path: Path,
) -> None:
    # The fixture's adult list has expressions, and learner PCs block adult: a host's
    # answer is kept, but each URL on it is still matched against the expressions.
    with Snapshot.open(snapshot_path) as snapshot:
        web = WebFilter(snapshot)
        helper = Helper(web, clock=lambda: MORNING)
        full = Helper(web, clock=lambda: MORNING, fast=False)
        for url in (
            "http://unlisted.test/a",
            "http://unlisted.test/xxxvideos1/b",
            "http://unlisted.test/a?u=.xxxvideos.",
            "http://unlisted.test/%78xxvideos/b",
            "http://unlisted.test/c",
            "https://games.test/xxxvideos/x",  # warned for learners, but expressions block
            "http://casino.test/a",  # blocked by its list: no expression needed
        ):
            line = f"{url} 10.10.0.4/- - GET"
            assert helper.answer(line) == full.answer(line), url
        assert helper.answer("http://unlisted.test/xxxvideos1/b 10.10.0.4/- - GET").startswith(
            "OK status=302"
        )
        assert "reason=expression" in helper.answer(
            "http://unlisted.test/xxxvideos/b 10.10.0.4/- - GET"
        )
        before = helper.fast_answers
        helper.answer("http://unlisted.test/c 10.10.0.4/- - GET")  # no expression matches
        assert helper.fast_answers == before + 1


@pytest.mark.parametrize(
    "url",
    [
        "https://en.wikipedia.org/wiki/special:search/kms",
        "http://en.wikipedia.org/w/index.php?search=how+to+kms",
        "https://search.yahoo.com/search?p=kms",
        "https://instagram.com/explore/tags/kms",
        "https://ecosia.org/search?q=kms",
        "https://en.wikipedia.org/wiki/Special_pages",  # on a search site, not a search
        "https://fonts.googleapis.com/search?q=kms",  # not a search site at all
        "http://assets.1.2.3.4/x",  # unreadable
    ],
)
def test_searches_and_unreadable_hosts_are_logged_as_the_full_path_logs_them(
    logged_pair: tuple[_Pair, _Text, _Text], url: str
) -> None:
    pair, fast_log, full_log = logged_pair
    pair.clock.now = MORNING
    for _ in range(2):  # the host is learnt the first time, known the second
        line = f"{url} 10.10.0.4/- s123 GET\n"
        assert pair.fast.answer(line) == pair.full.answer(line)
        pair.fast.log.flush()  # type: ignore[union-attr]
        pair.full.log.flush()  # type: ignore[union-attr]
        assert fast_log.take() == full_log.take(), url
