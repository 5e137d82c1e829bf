"""Test a URL: what the organisation's proxies answer for it, for any audience, device
class and time, and why, in words (the "test a URL" page).

The answer is the Squid helper's own: the same ``WebFilter`` over the organisation's
compiled snapshot with the overlay of its lists as it is now (what the proxies read),
asked with the audience and device given instead of an address. Without a snapshot
only the pack's rules are known, and the answer says so.

It is asked twice for an ``http(s)://`` URL: as the full URL, which is what the proxy
sees of plain HTTP and of HTTPS it decrypts (bumps), and as the bare host name, all it
sees of HTTPS it does not decrypt (the TLS server name, or the CONNECT line). URL-path
entries and category expressions on the path apply only to the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from policyguard import PolicyguardError
from policyguard.webfilter import (
    AUDIENCES,
    Snapshot,
    UrlError,
    Verdict,
    WebFilter,
    parse_target,
    policy_from_pack,
)
from portal.organisations.models import Organisation
from portal.organisations.snapshots import current_snapshot

# What each reason means, for a person reading the answer.
_REASONS = {
    "always_block": "{entry} is on the always-block list {category} (illegal content): "
    "blocked for everyone, and nothing can allow it.",
    "allow_list": "{entry} is on the organisation's allow list, which comes before every category.",
    "deny_list": "{entry} is on the organisation's block list, which comes before every category.",
    "bypass": "{entry} is a way round the filter (category {category}): blocked for everyone.",
    "expression": "The address matches the {category} pattern {entry}.",
    "unlisted": "The site is in {categories}, which no rule names for them then: allowed.",
    "uncategorised": "The site is on none of the lists: allowed.",
    "unreadable": "No browser could mean this address ({entry}): blocked, since it may be "
    "a way round the filter.",
}


@dataclass(frozen=True)
class Answer:
    """One verdict in words: ``lines`` say why, ``clauses`` cite the policy."""

    seen_as: str  # what the proxy sees: the URL, or the host of an undecrypted connection
    outcome: str
    lines: list[str]
    clauses: list[tuple[str, str]]  # (clause ID, our summary of it)
    rewrite: str = ""


@dataclass(frozen=True)
class UrlCheck:
    url: str
    audience: str
    device: str
    at: datetime
    answers: list[Answer] = field(default_factory=list)
    lists: str = ""  # which lists answered
    problem: str = ""  # why there is no answer


def device_choices(organisation: Organisation) -> list[str]:
    """The pack's device classes, its default one included."""
    try:
        web = organisation.pack().web
    except PolicyguardError:
        return []
    if web is None:
        return ["byod"]
    return sorted({*web.devices, web.default_device})


def audience_choices() -> list[str]:
    return list(AUDIENCES)


def check_url(
    organisation: Organisation, *, url: str, audience: str, device: str, at: datetime
) -> UrlCheck:
    """The proxies' answers for ``url`` asked by ``audience`` on ``device`` at ``at``."""
    result = UrlCheck(url=url, audience=audience, device=device, at=at)
    pack = organisation.pack()
    snapshot = current_snapshot(organisation)
    try:
        web = (
            WebFilter(snapshot) if snapshot is not None else WebFilter(None, policy_from_pack(pack))
        )
    except PolicyguardError as exc:
        return _with(result, problem=f"The pack's web section cannot be used: {exc}")
    lists = _lists(snapshot)
    seen = [url]
    try:
        target = parse_target(url)
    except UrlError:
        target = None
    if target is not None and target.scheme in ("http", "https") and target.port is None:
        seen.append(f"{target.host}:443")
    answers = []
    for asked in seen:
        try:
            parsed = parse_target(asked)
        except UrlError:
            verdict = web.decide(asked, at=at.timestamp())
        else:
            verdict = web.decide_target(parsed, asked, at=at.timestamp(), where=(device, audience))
        answers.append(_answer(asked, verdict, web.policy, pack.clauses))
    return _with(result, answers=answers, lists=lists)


def _with(result: UrlCheck, **changes: Any) -> UrlCheck:
    return UrlCheck(**{**result.__dict__, **changes})


def _lists(snapshot: Snapshot | None) -> str:
    if snapshot is None:
        return (
            "No compiled lists: only the pack's rules are known, so sites are not "
            "categorised (build the snapshot to test with the category lists)."
        )
    overlay = snapshot.overlay
    text = f"The compiled lists ({snapshot.path.name}, built {snapshot.meta.get('built_at', '?')})"
    if overlay is not None:
        text += (
            f", with the lists edited here as they are now ({overlay.meta.get('built_at', '?')})"
        )
    return text + "."


def _answer(asked: str, verdict: Verdict, policy: Mapping[str, Any], clauses: list[Any]) -> Answer:
    lines = []
    template = _REASONS.get(verdict.reason)
    if verdict.reason == "rule":
        lines.append(_rule_line(verdict, policy))
    elif template:
        lines.append(
            template.format(
                entry=verdict.entry or verdict.host,
                category=verdict.category,
                categories=", ".join(verdict.categories) or "no category",
            )
        )
    if verdict.categories and verdict.reason not in ("unlisted",):
        lines.append(f"Categories of the site: {', '.join(verdict.categories)}.")
    if verdict.windows:
        lines.append(f"Open at that time: {', '.join(verdict.windows)}.")
    if verdict.rewrite:
        lines.append(f"Safe search: fetched as {verdict.rewrite} instead.")
    if verdict.search:
        site, term = verdict.search
        found = ", ".join(f"{t.term} ({t.category}, {t.severity})" for t in verdict.terms)
        lines.append(
            f"A search on {site} for “{term}”: logged"
            + (f"; safeguarding terms: {found}." if found else ".")
        )
    summaries = {c.id: c.summary for c in clauses}
    cited = [(clause, summaries.get(clause, "")) for clause in verdict.clauses]
    return Answer(
        seen_as=asked, outcome=verdict.outcome, lines=lines, clauses=cited, rewrite=verdict.rewrite
    )


def _rule_line(verdict: Verdict, policy: Mapping[str, Any]) -> str:
    rules = policy.get("rules") or []
    rule = rules[verdict.rule] if 0 <= verdict.rule < len(rules) else {}
    scope = []
    if rule.get("audiences"):
        scope.append("for " + ", ".join(rule["audiences"]))
    if rule.get("devices"):
        scope.append("on " + ", ".join(rule["devices"]))
    if rule.get("during"):
        scope.append("during " + ", ".join(rule["during"]))
    if rule.get("outside"):
        scope.append("outside " + ", ".join(rule["outside"]))
    where = f" ({'; '.join(scope)})" if scope else ""
    entry = f", listed as {verdict.entry}" if verdict.entry else ""
    return (
        f"Rule {verdict.rule + 1} of the web policy{where} says {verdict.outcome} for "
        f"{verdict.category}{entry}."
    )
