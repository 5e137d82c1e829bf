"""Safe search: rewrite requests to the major search engines and YouTube.

Two mechanisms, because most search traffic is HTTPS and a proxy that does not decrypt
it cannot change its query string:

- a plain-HTTP search URL gets the engine's own strict parameter (``safe=active``,
  ``adlt=strict``, ``kp=1``);
- an HTTPS tunnel (``CONNECT www.google.com:443``) is sent to the engine's safe-search
  address instead (``forcesafesearch.google.com``), which serves the same certificate
  and always filters. The DNS exports use the same addresses as CNAMEs.

YouTube's restricted mode has no URL parameter; it is the ``restrict.youtube.com``
address (or a ``YouTube-Restrict: Strict`` header where the proxy decrypts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policyguard.webfilter.urls import Target

__all__ = ["SAFE_HOSTS", "engine_of", "safe_search_rewrite"]

# Host -> the engine's safe-search address (what DNS exports CNAME to).
SAFE_HOSTS: dict[str, dict[str, str]] = {
    "google": {"google.com": "forcesafesearch.google.com"},
    "bing": {"bing.com": "strict.bing.com"},
    "duckduckgo": {"duckduckgo.com": "safe.duckduckgo.com"},
    "youtube": {
        "youtube.com": "restrict.youtube.com",
        "m.youtube.com": "restrict.youtube.com",
        "youtubei.googleapis.com": "restrict.youtube.com",
        "youtube.googleapis.com": "restrict.youtube.com",
        "youtube-nocookie.com": "restrict.youtube.com",
    },
}
# google.com, google.co.uk, google.de ... (canonical hosts have no www).
_GOOGLE = re.compile(r"google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})")
_PARAMETERS = {
    "google": ("safe", "active", ("/search", "/images", "/webhp")),
    "bing": ("adlt", "strict", ("/search", "/images/search", "/videos/search")),
    "duckduckgo": ("kp", "1", ("/", "/html", "/lite")),
}


_ENGINE_OF = {host: engine for engine, hosts in SAFE_HOSTS.items() for host in hosts}


def engine_of(host: str) -> str | None:
    """The engine a canonical host belongs to, or None."""
    if _GOOGLE.fullmatch(host):
        return "google"
    return _ENGINE_OF.get(host)


def safe_search_rewrite(url: str, target: Target, engines: Iterable[str]) -> str | None:
    """The URL to fetch instead of ``url`` so that safe search holds, or None to leave it."""
    engine = engine_of(target.host)
    if engine is None or engine not in engines:
        return None
    if target.scheme == "" and target.port == 443:
        safe = SAFE_HOSTS[engine].get(target.host, SAFE_HOSTS[engine].get("google.com", ""))
        return f"{safe}:443" if safe else None
    if engine == "youtube" or target.scheme != "http":
        return None
    name, value, paths = _PARAMETERS[engine]
    if not any(target.path == p or target.path.startswith(p + "/") for p in paths):
        return None
    return _with_parameter(url, name, value)


def _with_parameter(url: str, name: str, value: str) -> str | None:
    base, hash_mark, fragment = url.partition("#")
    path, _question, query = base.partition("?")
    pairs = [p for p in query.split("&") if p]
    kept = [p for p in pairs if p.partition("=")[0].lower() != name]
    if len(kept) == len(pairs) - 1 and f"{name}={value}" in pairs:
        return None  # already strict: no rewrite, so no redirect loop
    kept.append(f"{name}={value}")
    return f"{path}?{'&'.join(kept)}{hash_mark}{fragment}"
