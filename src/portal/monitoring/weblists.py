"""The organisation's own list entries: canonical values, overlaps, and the files the
core's importer reads (``policyguard.webfilter.lists``, custom format); no database here.

Values go through the core's own normaliser (``policyguard.webfilter.urls``), the same
functions the matcher applies to requests, so ``WWW.Example.COM.`` and ``example.com``
are one entry and an allow entry can be compared with an always-block entry exactly.

Export layout (one folder per organisation)::

    allow.list          category org_allow, tier allow
    deny.list           category org_deny, tier deny
    always_block.list   category org_always_block, tier always_block
    lists.json          the three as FILE:CATEGORY:TIER specs, for
                        ``policyguard webfilter compile --list FILE:CATEGORY:TIER``

Each file is the custom format: one canonical entry a line, ``#`` comment lines naming
the entry's category and note above it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from policyguard.webfilter import ORG_ALLOW, ORG_DENY, UrlError, normalise_host, parse_target
from portal.errors import Problem, Rejected

ORG_ALWAYS_BLOCK = "org_always_block"
# tier -> (file name, core category name)
EXPORTS = {
    "allow": ("allow.list", ORG_ALLOW),
    "deny": ("deny.list", ORG_DENY),
    "always_block": ("always_block.list", ORG_ALWAYS_BLOCK),
}


class EntryError(Rejected):
    """A list entry that cannot be stored; ``field`` names the form field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message, problems=[Problem(None, field, message)])
        self.field = field


def canonical_value(kind: str, value: str) -> str:
    """The canonical form of ``value`` for an entry of ``kind`` (domain or url_prefix).

    Raises EntryError naming the ``value`` field and saying how to fix it.
    """
    text = value.strip()
    if not text:
        raise EntryError("value", "give a domain or a URL")
    if any(c.isspace() for c in text):
        raise EntryError("value", "an entry is one domain or URL, without spaces")
    if kind == "domain":
        host = text.removeprefix("*.").removeprefix(".")
        if "/" in host or "?" in host or "@" in host:
            raise EntryError(
                "value",
                f"{value!r} is not a domain: give the name only (e.g. example.com), "
                "or choose the kind 'URL prefix'",
            )
        host = host.rpartition(":")[0] if host.count(":") == 1 else host
        try:
            return normalise_host(host)
        except UrlError as exc:
            raise EntryError("value", f"not a valid domain: {exc}") from None
    if kind == "url_prefix":
        try:
            target = parse_target(text)
        except UrlError as exc:
            raise EntryError("value", f"not a valid URL: {exc}") from None
        if target.path == "/" and not target.query:
            raise EntryError(
                "value", f"{value!r} has no path: choose the kind 'domain' to cover a whole site"
            )
        return f"{target.key}?{target.query}" if target.query else target.key
    raise EntryError("kind", f"{kind!r} is not a kind of entry: domain or url_prefix")


def _split(key: str) -> tuple[str, str]:
    cut = min((i for i in (key.find("/"), key.find("?")) if i >= 0), default=len(key))
    return key[:cut], key[cut:] or "/"


def covers(outer: str, inner: str) -> bool:
    """True when every request matched by entry ``inner`` is matched by ``outer`` too
    (host entries cover names under them; URL prefixes cover whole path segments)."""
    outer_host, outer_path = _split(outer)
    inner_host, inner_path = _split(inner)
    if inner_host != outer_host and not inner_host.endswith("." + outer_host):
        return False
    if outer_path == "/":
        return True
    if "?" in outer_path:
        return inner_host == outer_host and inner_path.startswith(outer_path)
    return inner_host == outer_host and (
        inner_path == outer_path
        or inner_path.startswith(outer_path + "/")
        or inner_path.startswith(outer_path + "?")
    )


def overlapping(value: str, others: Iterable[str]) -> list[str]:
    """The entries of ``others`` that match some of what ``value`` matches."""
    return [o for o in others if covers(o, value) or covers(value, o)]


@dataclass(frozen=True)
class ExportEntry:
    tier: str
    value: str
    category: str = ""
    note: str = ""


def _comment(entry: ExportEntry) -> str:
    words = " ".join(f"{entry.category} {entry.note}".split())  # one line, whatever was typed
    return f"# {words}\n" if words else ""


def write_lists(folder: Path, entries: Sequence[ExportEntry]) -> list[tuple[Path, str, str]]:
    """Write the three list files and ``lists.json`` into ``folder``; return (file,
    category, tier) for each list, ready for the core's ``ListSpec``."""
    folder.mkdir(parents=True, exist_ok=True)
    specs: list[tuple[Path, str, str]] = []
    for tier, (name, category) in EXPORTS.items():
        path = folder / name
        lines = [f"# {category} ({tier}), written by the policyguard portal\n"]
        for entry in sorted((e for e in entries if e.tier == tier), key=lambda e: e.value):
            lines.append(_comment(entry) + entry.value + "\n")
        path.write_text("".join(lines), encoding="utf-8")
        specs.append((path, category, tier))
    manifest = [{"file": p.name, "category": c, "tier": t, "format": "custom"} for p, c, t in specs]
    (folder / "lists.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return specs
