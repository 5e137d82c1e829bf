"""Safe search: rewrite requests to the search engines and YouTube so that their own
filtering holds and cannot be turned off.

What a proxy can change depends on whether it decrypts HTTPS (SSL bumping):

- a connection it does not decrypt (``CONNECT www.google.com:443``) goes to the engine's
  safe-search address instead (``forcesafesearch.google.com``), which answers for the
  same names with the same certificate and always filters; the DNS exports use the same
  addresses. Yahoo has no such address, so its safe search needs decryption (or a block
  of ``search.yahoo.com`` where the proxy does not decrypt);
- a request it sees whole (plain HTTP, or HTTPS it decrypts: any ``https://`` URL the
  helper is asked about was decrypted) gets the engine's strict parameter
  (``safe=active``, ``adlt=strict``, ``kp=1``, ``vm=r``). Ecosia has none: plain HTTP goes
  to its safe-search address, and a decrypting proxy must leave Ecosia undecrypted (its
  CONNECT then goes to that address), since Squid sends a decrypted request on the
  connection it opened to the site, whatever the rewritten URL names.

YouTube's restricted mode is strict or moderate, per audience: the
``restrict.youtube.com`` or ``restrictmoderate.youtube.com`` address where the proxy
does not decrypt, the ``YouTube-Restrict: Strict|Moderate`` header where it does (the
helper annotates the request; Squid's ``request_header_add`` adds the header).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policyguard.webfilter.urls import Target

__all__ = [
    "SAFE_HOSTS",
    "YOUTUBE_HOSTS",
    "engine_of",
    "safe_search_rewrite",
    "youtube_restriction",
]

# Host -> the engine's safe-search address (what DNS exports CNAME to). YouTube's is
# the strict one; youtube_address gives the moderate one.
SAFE_HOSTS: dict[str, dict[str, str]] = {
    "google": {"google.com": "forcesafesearch.google.com"},
    "bing": {"bing.com": "strict.bing.com"},
    "duckduckgo": {"duckduckgo.com": "safe.duckduckgo.com"},
    "ecosia": {"ecosia.org": "strict-safe-search.ecosia.org"},
    "yahoo": {},
    "youtube": {
        "youtube.com": "restrict.youtube.com",
        "m.youtube.com": "restrict.youtube.com",
        "youtubei.googleapis.com": "restrict.youtube.com",
        "youtube.googleapis.com": "restrict.youtube.com",
        "youtube-nocookie.com": "restrict.youtube.com",
    },
}
YOUTUBE_HOSTS = {"strict": "restrict.youtube.com", "moderate": "restrictmoderate.youtube.com"}
# google.com, google.co.uk, google.de ..., and images.google.* (canonical hosts have no www).
_GOOGLE = re.compile(r"(?:images\.)?google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})")
# search.yahoo.com and its country editions (uk.search.yahoo.com).
_YAHOO = re.compile(r"(?:[a-z]{2}\.)?search\.yahoo\.com")
# (parameter, value, paths it applies to) of the engines that read one.
_PARAMETERS = {
    "google": ("safe", "active", ("/search", "/images", "/webhp")),
    "bing": ("adlt", "strict", ("/search", "/images/search", "/videos/search")),
    "duckduckgo": ("kp", "1", ("/", "/html", "/lite")),
    "yahoo": ("vm", "r", ("/search", "/images/search", "/video/search")),
}


_ENGINE_OF = {host: engine for engine, hosts in SAFE_HOSTS.items() for host in hosts}


def engine_of(host: str) -> str | None:
    """The engine a canonical host belongs to, or None."""
    if _GOOGLE.fullmatch(host):
        return "google"
    if _YAHOO.fullmatch(host):
        return "yahoo"
    return _ENGINE_OF.get(host)


def youtube_restriction(target: Target, engines: Iterable[str], mode: str) -> str:
    """``Strict`` or ``Moderate``: the ``YouTube-Restrict`` header a YouTube request the
    proxy sees whole must carry (empty when none: another site, or ``mode`` off)."""
    if mode not in YOUTUBE_HOSTS or target.scheme not in ("http", "https"):
        return ""
    if "youtube" not in engines or engine_of(target.host) != "youtube":
        return ""
    return mode.capitalize()


def safe_search_rewrite(
    url: str, target: Target, engines: Iterable[str], youtube: str = "strict"
) -> str | None:
    """The URL to fetch instead of ``url`` so that safe search holds, or None to leave it.

    ``youtube`` is the restricted mode for whoever asks: strict, moderate or off.
    """
    engine = engine_of(target.host)
    if engine is None or engine not in engines:
        return None
    if target.scheme == "" and target.port is not None:  # a connection not decrypted
        safe = _address(engine, target.host, youtube)
        return f"{safe}:{target.port}" if safe else None
    if target.scheme not in ("http", "https") or engine == "youtube":
        return None  # YouTube, seen whole, is restricted by a header instead
    if engine == "ecosia":
        # No parameter: plain HTTP goes to its safe address; decrypted HTTPS cannot (Squid
        # sends it on the connection it opened to the site), so proxies leave it undecrypted.
        return (
            _with_host(url, SAFE_HOSTS["ecosia"]["ecosia.org"]) if target.scheme == "http" else None
        )
    name, value, paths = _PARAMETERS[engine]
    if not any(target.path == p or target.path.startswith(p + "/") for p in paths):
        return None
    return _with_parameter(url, name, value)


def _address(engine: str, host: str, youtube: str) -> str | None:
    if engine == "youtube":
        return YOUTUBE_HOSTS.get(youtube)
    hosts = SAFE_HOSTS[engine]
    return hosts.get(host) or next(iter(hosts.values()), None)


def _with_host(url: str, host: str) -> str:
    """``url`` on ``host`` instead (its port, path and query kept; userinfo dropped)."""
    scheme, _, rest = url.partition("://")
    cut = min((i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0), default=-1)
    authority, tail = (rest[:cut], rest[cut:]) if cut >= 0 else (rest, "/")
    name = authority.rpartition("@")[2]
    port = ":" + name.partition(":")[2] if name.count(":") == 1 else ""
    return f"{scheme}://{host}{port}{tail}"


def _with_parameter(url: str, name: str, value: str) -> str | None:
    base, hash_mark, fragment = url.partition("#")
    path, _question, query = base.partition("?")
    pairs = [p for p in query.split("&") if p]
    kept = [p for p in pairs if p.partition("=")[0].lower() != name]
    if len(kept) == len(pairs) - 1 and f"{name}={value}" in pairs:
        return None  # already strict: no rewrite, so no redirect loop
    kept.append(f"{name}={value}")
    return f"{path}?{'&'.join(kept)}{hash_mark}{fragment}"
