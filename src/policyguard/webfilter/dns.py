"""DNS exports of the policy: an RPZ zone, an Unbound local-zone file, a hosts file.

DNS sees names only, so a DNS export carries host entries (never URL prefixes) and one
profile: the categories blocked for one device class and audience outside every
schedule window (its strictest everyday state). Blocked names and everything under them
answer NXDOMAIN, or point at ``redirect`` (the portal) when one is given; the
organisation's allow-list is let through (RPZ ``rpz-passthru``, Unbound ``transparent``);
search engines are sent to their safe-search addresses (CNAMEs).

A hosts file cannot cover names under a blocked one, so it lists each name and its
``www`` form only; prefer RPZ or Unbound where a resolver is available.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policyguard.webfilter.build import ListSpec, policy_sources
from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.errors import ListProblem, UrlError
from policyguard.webfilter.lists import Category, Source, Tier, entry_key, read_entries, read_ut1
from policyguard.webfilter.safesearch import SAFE_HOSTS, YOUTUBE_HOSTS

__all__ = ["DnsReport", "export_dns"]

# Names a safe-search CNAME is written for: each engine's usual front doors.
_SAFE_NAMES = {
    "google": ["www.google.com", "google.com", "www.google.co.uk", "google.co.uk"],
    "bing": ["www.bing.com", "bing.com"],
    "duckduckgo": ["duckduckgo.com", "www.duckduckgo.com"],
    "ecosia": ["www.ecosia.org", "ecosia.org"],
    "yahoo": [],  # Yahoo has no safe-search address: its safe search needs decryption
    "youtube": [
        "www.youtube.com",
        "m.youtube.com",
        "youtubei.googleapis.com",
        "youtube.googleapis.com",
        "www.youtube-nocookie.com",
    ],
}


@dataclass
class DnsReport:
    blocked: int = 0
    allowed: int = 0
    rewritten: int = 0
    skipped_urls: int = 0


def export_dns(
    output: Path,
    *,
    fmt: str,
    policy: Mapping[str, Any],
    ut1: Path | None = None,
    ut1_categories: Iterable[str] | None = None,
    lists: Sequence[ListSpec] = (),
    device: str = "learner_pc",
    audience: str = "learner",
    redirect: str = "",
    problems: list[ListProblem] | None = None,
) -> DnsReport:
    """Write the ``fmt`` export (rpz, unbound or hosts) of the blocked names to ``output``."""
    problems = problems if problems is not None else []
    sources = read_ut1(ut1, problems, categories=ut1_categories) if ut1 else []
    sources += [Source(Category(s.category, s.tier), files=[(s.path, s.fmt)]) for s in lists]
    sources += policy_sources(policy)
    web = WebFilter(None, policy)
    report = DnsReport()
    blocked: set[str] = set()
    allowed: set[str] = set()
    for source in sources:
        action = _action(web, source.category, device, audience)
        if action == "pass":
            continue
        for key in _keys(source, problems):
            if "/" in key or "?" in key:
                report.skipped_urls += 1
            else:
                (allowed if action == "allow" else blocked).add(key)
    blocked -= allowed
    engines = (
        (policy.get("safe_search") or {}).get("engines", []) if policy.get("safe_search") else []
    )
    youtube = ((policy.get("safe_search") or {}).get("youtube") or {}).get(audience, "strict")
    safe = {
        name: _safe_address(e, name, youtube)
        for e in engines
        for name in _SAFE_NAMES[e]
        if e != "youtube" or youtube in YOUTUBE_HOSTS
    }
    report.blocked, report.allowed, report.rewritten = len(blocked), len(allowed), len(safe)
    writer = {"rpz": _rpz, "unbound": _unbound, "hosts": _hosts}[fmt]
    _write_atomic(output, writer(sorted(blocked), sorted(allowed), safe, redirect))
    return report


def _safe_address(engine: str, name: str, youtube: str) -> str:
    if engine == "youtube":
        return YOUTUBE_HOSTS[youtube]  # restricted mode as the audience's
    hosts = SAFE_HOSTS[engine]
    return hosts.get(name.removeprefix("www."), next(iter(hosts.values())))


def _action(web: WebFilter, category: Category, device: str, audience: str) -> str:
    if category.tier in (Tier.ALWAYS_BLOCK, Tier.DENY):
        return "block"
    if category.tier is Tier.ALLOW:
        return "allow"
    return (
        "block" if web.category_action(category.name, device, audience, ()) == "block" else "pass"
    )


def _keys(source: Source, problems: list[ListProblem]) -> Iterator[str]:
    for path, fmt in source.files:
        yield from read_entries(path, fmt, problems)
    for number, entry in enumerate(source.entries, 1):
        try:
            yield entry_key(entry)
        except UrlError as exc:
            problems.append(ListProblem(source.origin, number, entry, str(exc)))


def _is_ip(name: str) -> bool:
    return name[-1:].isdigit() or ":" in name


def _rpz(
    blocked: list[str], allowed: list[str], safe: dict[str, str], redirect: str
) -> Iterator[str]:
    yield "$TTL 300\n@ IN SOA localhost. hostmaster.localhost. 1 3600 600 86400 300\n"
    yield "@ IN NS localhost.\n"
    target = f"{redirect}." if redirect else "."
    for name in allowed:
        if not _is_ip(name):
            yield f"{name} CNAME rpz-passthru.\n*.{name} CNAME rpz-passthru.\n"
    for name, safe_name in sorted(safe.items()):
        yield f"{name} CNAME {safe_name}.\n"
    for name in blocked:
        if _is_ip(name):
            continue  # answers, not names: an RPZ IP trigger would block shared hosting too
        yield f"{name} CNAME {target}\n*.{name} CNAME {target}\n"


def _unbound(
    blocked: list[str], allowed: list[str], safe: dict[str, str], redirect: str
) -> Iterator[str]:
    yield "# policyguard web-filter export; include: this file from unbound.conf's server: clause\n"
    for name in allowed:
        if not _is_ip(name):
            yield f'local-zone: "{name}." transparent\n'
    for name, safe_name in sorted(safe.items()):
        yield f'local-zone: "{name}." redirect\nlocal-data: "{name}. CNAME {safe_name}."\n'
    for name in blocked:
        if _is_ip(name) or name in safe:
            continue
        if redirect:
            yield f'local-zone: "{name}." redirect\nlocal-data: "{name}. CNAME {redirect}."\n'
        else:
            yield f'local-zone: "{name}." always_nxdomain\n'


def _hosts(
    blocked: list[str], allowed: list[str], safe: dict[str, str], redirect: str
) -> Iterator[str]:
    yield "# policyguard web-filter export (hosts files cannot cover names under a blocked one)\n"
    for name in blocked:
        if not _is_ip(name):
            yield f"0.0.0.0 {name}\n0.0.0.0 www.{name}\n"


def _write_atomic(output: Path, lines: Iterable[str]) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=output.parent, prefix=".export-")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.writelines(lines)
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
