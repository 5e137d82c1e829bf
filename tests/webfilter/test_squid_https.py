"""HTTPS as schools deploy it, through a real Squid (Debian's squid-openssl) with a TLS
client (Python's ssl) and certificate authorities this test makes with openssl.

Two proxies:

- ``plain`` does not decrypt HTTPS. A blocked site is refused at the CONNECT, and a TLS
  connection whose server name (SNI) is blocked is refused at the handshake, whatever
  name its CONNECT gave: a clear refusal, never a certificate warning. Safe search goes
  to the engines' safe-search addresses (YouTube: strict or moderate by audience).
- ``decrypting`` peeks at the server name and decrypts (bumps) with the institution's
  CA, which its devices trust: a blocked HTTPS site shows the block page, URL-path
  entries apply to HTTPS, safe search is a parameter and YouTube's restricted mode a
  header. A site on its do-not-decrypt list is passed through undecrypted, unless it is
  blocked.

Clients are 127.0.0.1 (a learner PC) and 127.0.0.2 (a staff laptop, YouTube moderate).
"""

from __future__ import annotations

import json
import shutil
import ssl
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.squidproxy import (
    SQUID,
    Certificates,
    ProxyRefused,
    free_port,
    helper_command,
    http_get,
    https_get,
    make_certificates,
    origins,
    squid,
    squid_config,
)

from .conftest import LONDON

pytestmark = [pytest.mark.squid, pytest.mark.skipif(SQUID is None, reason="squid is not installed")]

ORIGIN = "127.0.0.1"
# The engines' safe-search addresses, each served by an origin of its own.
SAFE = {
    "restrict.youtube.com": "127.0.0.3",
    "restrictmoderate.youtube.com": "127.0.0.4",
    "strict-safe-search.ecosia.org": "127.0.0.5",
    "forcesafesearch.google.com": "127.0.0.6",
}
SITES = [
    "nowhere.test",
    "casino.test",
    "www.casino.test",
    "facebook.test",
    "hosting.test",
    "bank.test",
    "www.youtube.com",
    "images.google.com",
    "www.google.com",
    "search.yahoo.com",
    "www.ecosia.org",
]
AT = datetime(2025, 3, 12, 10, 0, tzinfo=LONDON).isoformat()  # a Wednesday morning
TLS_ACL = (
    "external_acl_type policyguard_tls ttl=0 negative_ttl=0 concurrency=16 children-max=2 "
    "%>a %un %ssl::>sni %>rd {helper} --tls --snapshot {snapshot} --at {at} --log {log}\n"
    "acl tls_blocked external policyguard_tls\n"
    "acl step1 at_step SslBump1\n"
    "acl step2 at_step SslBump2\n"
)
PLAIN = TLS_ACL + "ssl_bump peek step1\nssl_bump terminate step2 tls_blocked\nssl_bump splice all\n"
DECRYPTING = (
    TLS_ACL
    # Ecosia has no safe-search parameter: it is left undecrypted, its CONNECT rewritten.
    + "acl no_decrypt ssl::server_name .bank.test .ecosia.org\n"
    + "acl safe_address dstdomain .ecosia.org\n"
    + "acl youtube_restricted note youtube-restrict\n"
    + 'request_header_add YouTube-Restrict "%note{{youtube-restrict}}" youtube_restricted\n'
    + "url_rewrite_access allow CONNECT safe_address\n"
    + "url_rewrite_access deny CONNECT\n"
    + "ssl_bump peek step1\n"
    + "ssl_bump bump step2 tls_blocked\n"
    + "ssl_bump splice step2 no_decrypt\n"
    + "ssl_bump bump all\n"
)


@pytest.fixture(scope="module")
def certificates() -> Iterator[Certificates]:
    folder = Path(tempfile.mkdtemp(prefix="policyguard-certs-"))
    folder.chmod(0o755)
    try:
        yield make_certificates(folder, [*SITES, *SAFE])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def port() -> int:
    """The origins' port: one for every address, so a safe-search rewrite keeps it."""
    return free_port(ORIGIN, *SAFE.values())


@pytest.fixture(scope="module")
def http_port() -> Iterator[int]:
    """Plain-HTTP origins, on one port of every address."""
    port = free_port(ORIGIN, *SAFE.values())
    with origins([ORIGIN, *SAFE.values()], port):
        yield port


@pytest.fixture(scope="module")
def proxies(
    snapshot_path: Path, certificates: Certificates, port: int
) -> Iterator[dict[str, tuple[int, Path]]]:
    """(proxy port, its folder) of the plain and the decrypting proxy."""
    folder = Path(tempfile.mkdtemp(prefix="policyguard-https-"))
    folder.chmod(0o755)
    snapshot = folder / "college.pgwf"
    shutil.copy(snapshot_path, snapshot)
    hosts = {**dict.fromkeys(SITES, ORIGIN), **SAFE}
    try:
        with ExitStack() as stack:
            stack.enter_context(origins([ORIGIN, *SAFE.values()], port, certificates))
            yield {
                name: _start(stack, folder / name, snapshot, certificates, bumping, hosts)
                for name, bumping in (("plain", PLAIN), ("decrypting", DECRYPTING))
            }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _start(
    stack: ExitStack,
    folder: Path,
    snapshot: Path,
    certificates: Certificates,
    bumping: str,
    hosts: dict[str, str],
) -> tuple[int, Path]:
    proxy = free_port()
    folder.mkdir()
    extra = bumping.format(
        helper=helper_command(), snapshot=snapshot, at=AT, log=folder / "tls.jsonl"
    )
    config = squid_config(
        folder,
        proxy,
        helper=f"--snapshot {snapshot} --at {AT} --log {folder}/decisions.jsonl",
        certificates=certificates,
        extra=extra,
    )
    stack.enter_context(squid(folder, config, hosts))
    return proxy, folder


def _logged(folder: Path, name: str, **fields: object) -> bool:
    """Whether a record with ``fields`` is in the helper's log ``name`` (it writes records
    just after its answers, so this waits for them a few seconds)."""
    path = folder / name
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if path.exists():
            records = [json.loads(line) for line in path.read_text().splitlines()]
            if any(all(r.get(k) == v for k, v in fields.items()) for r in records):
                return True
        time.sleep(0.05)
    return False


# -- a proxy that does not decrypt -------------------------------------------------------


def test_an_allowed_site_is_passed_through_undecrypted(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, _ = proxies["plain"]
    # The client trusts the sites' CA only: it sees the site's own certificate.
    reply = https_get(proxy, f"nowhere.test:{port}", "/page", trust=[certificates.origin_ca])
    assert (reply.status, reply.body) == (
        200,
        f"origin {ORIGIN} saw nowhere.test:{port}/page restrict=-",
    )


def test_a_blocked_site_is_refused_at_the_connect(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, folder = proxies["plain"]
    with pytest.raises(ProxyRefused) as refused:
        https_get(proxy, f"casino.test:{port}", trust=[certificates.origin_ca])
    assert refused.value.status == 302  # to the block page: browsers show a refusal
    assert _logged(folder, "decisions.jsonl", url=f"casino.test:{port}", category="adult")


def test_a_blocked_server_name_is_refused_at_the_handshake_whatever_the_connect_said(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, folder = proxies["plain"]
    # CONNECT to an allowed name, then ask TLS for a blocked one (how fronting works).
    with pytest.raises((ssl.SSLError, OSError)):
        https_get(
            proxy,
            f"nowhere.test:{port}",
            trust=[certificates.origin_ca],
            server_name="casino.test",
        )
    assert _logged(folder, "tls.jsonl", url="casino.test:443", category="adult")


def test_url_path_entries_do_not_apply_where_https_is_not_decrypted(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, _ = proxies["plain"]
    # hosting.test/adult is listed, hosting.test is not: undecrypted, the path is unseen.
    reply = https_get(proxy, f"hosting.test:{port}", "/adult/x", trust=[certificates.origin_ca])
    assert reply.status == 200


@pytest.mark.parametrize(
    ("site", "client", "served_by"),
    [
        ("www.youtube.com", "127.0.0.1", "restrict.youtube.com"),  # learner: strict
        ("www.youtube.com", "127.0.0.2", "restrictmoderate.youtube.com"),  # staff: moderate
        ("images.google.com", "127.0.0.1", "forcesafesearch.google.com"),
        ("www.google.com", "127.0.0.1", "forcesafesearch.google.com"),
        ("www.ecosia.org", "127.0.0.1", "strict-safe-search.ecosia.org"),
    ],
)
def test_safe_search_goes_to_the_engines_safe_address_where_https_is_not_decrypted(
    proxies: dict[str, tuple[int, Path]],
    certificates: Certificates,
    port: int,
    site: str,
    client: str,
    served_by: str,
) -> None:
    proxy, _ = proxies["plain"]
    reply = https_get(
        proxy, f"{site}:{port}", "/results?q=x", trust=[certificates.origin_ca], client=client
    )
    assert reply.body.startswith(f"origin {SAFE[served_by]} saw {site}:{port}/results?q=x")


def test_yahoo_has_no_safe_address_so_it_is_passed_through_undecrypted(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, _ = proxies["plain"]
    reply = https_get(
        proxy, f"search.yahoo.com:{port}", "/search?p=x", trust=[certificates.origin_ca]
    )
    assert reply.body.startswith(f"origin {ORIGIN} ")


# -- a proxy that decrypts ----------------------------------------------------------------


def test_a_blocked_https_site_shows_the_block_page(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, folder = proxies["decrypting"]
    # The device trusts the institution's CA (Squid signs for the site with it).
    reply = https_get(proxy, f"casino.test:{port}", "/page", trust=[certificates.bump_ca])
    assert reply.status == 302
    query = parse_qs(urlsplit(reply.location).query)
    assert reply.location.startswith("http://portal.test/blocked?")
    assert (query["category"], query["entry"], query["url"]) == (
        ["adult"],
        ["casino.test"],
        [f"https://casino.test:{port}/page"],
    )
    assert _logged(folder, "decisions.jsonl", url=f"https://casino.test:{port}/page")


def test_a_blocked_site_is_decrypted_for_its_block_page_even_on_the_do_not_decrypt_list(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, _ = proxies["decrypting"]
    reply = https_get(proxy, f"bank.test:{port}", "/", trust=[certificates.origin_ca])
    assert reply.status == 200  # not blocked: passed through with its own certificate
    with pytest.raises((ssl.SSLError, OSError)):  # the institution's CA is not the site's
        https_get(proxy, f"bank.test:{port}", "/", trust=[certificates.bump_ca])


def test_url_path_entries_apply_to_decrypted_https(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, _ = proxies["decrypting"]
    trust = [certificates.bump_ca]
    assert https_get(proxy, f"hosting.test:{port}", "/adult/x", trust=trust).status == 302
    assert https_get(proxy, f"hosting.test:{port}", "/other", trust=trust).status == 200


@pytest.mark.parametrize(("client", "header"), [("127.0.0.1", "Strict"), ("127.0.0.2", "Moderate")])
def test_youtube_is_restricted_by_header_where_https_is_decrypted(
    proxies: dict[str, tuple[int, Path]],
    certificates: Certificates,
    port: int,
    client: str,
    header: str,
) -> None:
    proxy, _ = proxies["decrypting"]
    reply = https_get(
        proxy, f"www.youtube.com:{port}", "/watch?v=1", trust=[certificates.bump_ca], client=client
    )
    assert reply.body == f"origin {ORIGIN} saw www.youtube.com:{port}/watch?v=1 restrict={header}"


@pytest.mark.parametrize(
    ("site", "path", "seen"),
    [
        ("images.google.com", "/images?q=cats", "/images?q=cats&safe=active"),
        ("www.google.com", "/search?q=x&safe=off", "/search?q=x&safe=active"),
        ("search.yahoo.com", "/search?p=x", "/search?p=x&vm=r"),
    ],
)
def test_safe_search_is_a_parameter_where_https_is_decrypted(
    proxies: dict[str, tuple[int, Path]],
    certificates: Certificates,
    port: int,
    site: str,
    path: str,
    seen: str,
) -> None:
    proxy, _ = proxies["decrypting"]
    reply = https_get(proxy, f"{site}:{port}", path, trust=[certificates.bump_ca])
    assert reply.body == f"origin {ORIGIN} saw {site}:{port}{seen} restrict=-"


def test_ecosia_is_left_undecrypted_and_goes_to_its_safe_address(
    proxies: dict[str, tuple[int, Path]], certificates: Certificates, port: int
) -> None:
    proxy, _ = proxies["decrypting"]
    reply = https_get(
        proxy, f"www.ecosia.org:{port}", "/search?q=x", trust=[certificates.origin_ca]
    )
    assert reply.body.startswith(f"origin {SAFE['strict-safe-search.ecosia.org']} ")


@pytest.mark.parametrize(
    ("url", "seen"),
    [
        ("http://search.yahoo.com:{port}/search?p=x", "search.yahoo.com:{port}/search?p=x&vm=r"),
        (
            "http://www.ecosia.org:{port}/search?q=x",
            "strict-safe-search.ecosia.org:{port}/search?q=x",
        ),
    ],
)
def test_plain_http_search_is_made_safe_too(
    proxies: dict[str, tuple[int, Path]], http_port: int, url: str, seen: str
) -> None:
    proxy, _ = proxies["plain"]
    reply = http_get(proxy, url.format(port=http_port))
    assert f" saw {seen.format(port=http_port)} " in reply.body
