"""Category lists: read UT1 folders, hosts files and custom lists into canonical keys.

A list is read as a stream of *keys*, each the canonical form of one entry
(:mod:`policyguard.webfilter.urls`):

- ``example.com`` a host entry: the host and every name under it;
- ``example.com/a/b`` a URL-prefix entry: that path and everything below it, matched on
  whole path segments (``/a/b`` covers ``/a/b/c`` but never ``/a/bc``);
- ``example.com/a?x=1`` a URL entry with a query: matched as a plain prefix of path+query.

Bad lines never stop a load: each one is reported as a :class:`ListProblem` naming the
file and line, and the rest of the list is read. Formats:

- **UT1** (``blacklists/<category>/{domains,urls,expressions,usage}``): ``usage`` says
  ``black`` (a block list) or ``white`` (an allow list); ``expressions`` holds regular
  expressions matched against ``host/path?query``.
- **hosts files**: ``0.0.0.0 name [name ...]`` (any address first; localhost names skipped),
  or one bare name a line.
- **custom lists** (edited in the portal): one entry a line: a host, ``*.host``, ``.host``,
  ``host/path`` or a full URL; ``#`` starts a comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from policyguard.webfilter.errors import ListError, ListProblem, UrlError
from policyguard.webfilter.urls import parse_target

__all__ = [
    "Category",
    "ListFormat",
    "Source",
    "Tier",
    "read_entries",
    "read_expressions",
    "read_ut1",
]


class Tier(StrEnum):
    """How a list takes part in a decision, from strongest to weakest.

    ``always_block`` (illegal content, IWF/CTIRU-style) is blocked for everyone and no
    allow-list or rule can override it; ``allow`` and ``deny`` are the organisation's own
    lists, which beat every category; ``category`` lists are what the policy's rules
    refer to.
    """

    ALWAYS_BLOCK = "always_block"
    ALLOW = "allow"
    DENY = "deny"
    CATEGORY = "category"


class ListFormat(StrEnum):
    DOMAINS = "domains"  # UT1 domains: one host a line
    URLS = "urls"  # UT1 urls: host/path a line
    HOSTS = "hosts"  # /etc/hosts style
    CUSTOM = "custom"  # anything a person types: hosts, *.hosts, URLs


@dataclass(frozen=True, slots=True)
class Category:
    """A named list. ``usage`` is UT1's word: ``black`` (block list) or ``white``."""

    name: str
    tier: Tier = Tier.CATEGORY
    usage: str = "black"
    description: str = ""


@dataclass
class Source:
    """Where one category's entries come from: files, inline entries and expressions."""

    category: Category
    files: list[tuple[Path, ListFormat]] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    expressions: list[str] = field(default_factory=list)
    origin: str = ""


# Plain lower-case names whose last label starts with a letter (so never an IPv4 form):
# most UT1 lines, read without the general parser.
_PLAIN = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.[a-z_-][a-z0-9_-]*")
_WWW_PREFIX = re.compile(r"www\d{0,3}\.(?=[^.]+\.)")
_CATEGORY_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_LOCAL_NAMES = frozenset(
    {
        "localhost",
        "localhost.localdomain",
        "local",
        "broadcasthost",
        "ip6-localhost",
        "ip6-loopback",
        "ip6-localnet",
        "ip6-mcastprefix",
        "ip6-allnodes",
        "ip6-allrouters",
        "ip6-allhosts",
        "0.0.0.0",
    }
)


def read_entries(
    path: Path, fmt: ListFormat, problems: list[ListProblem], *, name: str | None = None
) -> Iterator[str]:
    """Canonical keys of the list file ``path``; bad lines are appended to ``problems``.

    The file is read a line at a time (a list of millions of names is never held whole).
    Raises ListError only when the file cannot be read at all.
    """
    label = name or str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ListError(f"{label}: cannot read the list ({exc.strerror or exc})") from None
    return _keys(_lines(handle, label, problems), fmt, label, problems)


def _lines(handle: BinaryIO, label: str, problems: list[ListProblem]) -> Iterator[tuple[int, str]]:
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                text = raw.rstrip(b"\r\n").decode("latin-1")
                problems.append(ListProblem(label, number, text, f"not UTF-8 ({exc.reason})"))


def _keys(
    lines: Iterable[tuple[int, str]], fmt: ListFormat, label: str, problems: list[ListProblem]
) -> Iterator[str]:
    plain = _PLAIN.fullmatch
    hosts = fmt is ListFormat.HOSTS
    for number, raw in lines:
        line = raw.strip()
        if plain(line) and len(line) <= 253:
            # The fast path must give exactly what normalise_host would: only www differs.
            www = _WWW_PREFIX.match(line) if line.startswith("www") else None
            yield line[www.end() :] if www else line
            continue
        for part in line.splitlines():  # other line breaks (form feed, U+2028) split too
            part = part.strip()
            if not part or part[0] == "#":
                continue
            for word in _words(part, hosts):
                try:
                    yield entry_key(word)
                except UrlError as exc:
                    problems.append(ListProblem(label, number, raw.rstrip("\r\n"), str(exc)))


def _words(line: str, hosts: bool) -> list[str]:
    words = line.partition("#")[0].split()
    if not hosts:
        return words[:1] if len(words) == 1 else [" ".join(words)] if words else []
    if len(words) > 1 and _looks_like_address(words[0]):
        words = words[1:]
    return [w for w in words if w.lower() not in _LOCAL_NAMES]


def _looks_like_address(word: str) -> bool:
    return ":" in word or word.replace(".", "").isdigit()


def entry_key(word: str) -> str:
    """The canonical key of one list entry (``*.host``, ``.host``, host, URL)."""
    if " " in word:
        raise UrlError("an entry is one host or URL, without spaces")
    if word.startswith("*."):
        word = word[2:]
    elif word.startswith("."):
        word = word[1:]
    target = parse_target(word)
    key = target.key
    return f"{key}?{target.query}" if target.query else key


def read_expressions(
    path: Path, problems: list[ListProblem], *, name: str | None = None
) -> list[str]:
    """The regular expressions of a UT1 ``expressions`` file that compile; others reported."""
    label = name or str(path)
    patterns = []
    for number, raw in _lines(path.open("rb"), label, problems):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            re.compile(line)
        except re.error as exc:
            problems.append(
                ListProblem(label, number, raw.rstrip("\r\n"), f"not a regular expression ({exc})")
            )
            continue
        patterns.append(line)
    return patterns


def read_ut1(
    root: Path,
    problems: list[ListProblem],
    *,
    categories: Iterable[str] | None = None,
    tier: Tier = Tier.CATEGORY,
) -> list[Source]:
    """One Source per UT1 category under ``root`` (the ``blacklists`` folder or its parent).

    ``categories`` limits the import to those names; a name that is not there is a
    ListError, so a typo in a deployment does not silently drop a category.
    """
    if (root / "blacklists").is_dir():
        root = root / "blacklists"
    if not root.is_dir():
        raise ListError(f"{root}: not a UT1 folder (expected <category>/domains inside)")
    found = {
        p.name: p for p in sorted(root.iterdir()) if p.is_dir() and _CATEGORY_NAME.fullmatch(p.name)
    }
    wanted = list(categories) if categories is not None else list(found)
    missing = [name for name in wanted if name not in found]
    if missing:
        raise ListError(f"{root}: no such UT1 categories: {', '.join(missing)}")
    return [_ut1_source(found[name], tier, problems) for name in wanted]


def _ut1_source(folder: Path, tier: Tier, problems: list[ListProblem]) -> Source:
    usage_file = folder / "usage"
    usage = "black"
    if usage_file.is_file():
        words = usage_file.read_text(encoding="utf-8", errors="replace").split()
        usage = "white" if "white" in words else "black"
    source = Source(Category(folder.name, tier, usage), origin=str(folder))
    for fmt in (ListFormat.DOMAINS, ListFormat.URLS):
        path = folder / fmt.value
        if path.is_file():
            source.files.append((path, fmt))
    expressions = folder / "expressions"
    if expressions.is_file():
        source.expressions = read_expressions(expressions, problems)
    if not source.files and not source.expressions:
        problems.append(
            ListProblem(str(folder), 0, "", "category has no domains, urls or expressions file")
        )
    return source
