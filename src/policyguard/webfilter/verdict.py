"""What the web filter says about one request: a :class:`Verdict`, immutable.

A verdict is shared: the engine keeps one per category set, audience, device and time,
and hands out copies with the request's own fields (``verdict._replace(url=...)``), so
nothing may change one in place; a named tuple makes that impossible.
"""

from __future__ import annotations

from typing import NamedTuple

from policyguard.webfilter.searchterms import TermMatch
from policyguard.webfilter.urls import Target

__all__ = [
    "EXPRESSION_CHECKED",
    "ORG_ALLOW",
    "ORG_DENY",
    "Verdict",
    "expression_text",
]

ORG_ALLOW = "org_allow"
ORG_DENY = "org_deny"
# Reasons for which category expressions may still block (no list or blocking rule decided).
EXPRESSION_CHECKED = frozenset({"rule", "unlisted", "uncategorised"})


class Verdict(NamedTuple):
    """What to do with one request, and why.

    ``outcome`` is ``allow``, ``warn`` or ``block``; ``reason`` is one of
    ``always_block``, ``allow_list``, ``deny_list``, ``bypass``, ``rule``, ``expression``,
    ``unlisted`` (categorised, but no rule names the category), ``uncategorised`` or
    ``unreadable`` (a URL no browser could mean: blocked, since it may be a trick).
    ``entry`` is the list entry (or expression) that matched; ``rule`` the index of the
    deciding rule under ``web.rules`` (-1 when no rule decided); ``categories`` every
    category the request is in; ``windows`` the schedule windows open at the time;
    ``rewrite`` the URL to fetch instead (safe search); ``search`` (site, term) when the
    request is a search, with the safeguarding ``terms`` it matched; ``notes`` (name,
    value) pairs for the proxy to attach to the request (``youtube-restrict``: the
    ``YouTube-Restrict`` header Squid adds to a YouTube request it decrypted).
    """

    outcome: str
    reason: str
    url: str = ""
    host: str = ""
    category: str = ""
    entry: str = ""
    clauses: tuple[str, ...] = ()
    rule: int = -1
    categories: tuple[str, ...] = ()
    audience: str = ""
    device: str = ""
    windows: tuple[str, ...] = ()
    rewrite: str = ""
    search: tuple[str, str] | None = None
    terms: tuple[TermMatch, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()


def expression_text(target: Target) -> str:
    """What category expressions are matched against: ``key``, then ``?`` and the query."""
    return target.key + ("?" + target.query if target.query else "")
