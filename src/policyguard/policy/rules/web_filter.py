"""Web filtering as a pack rule: a ``web_request`` event against the pack's ``web:`` section.

    rules:
      - rule: web_filter.categories
        clauses: [VTS-10, VTS-20, VTS-25]

A request is decided exactly as the Squid helper decides it: when the lookups offer the
organisation's compiled snapshot as ``web_snapshot`` (the CLI's ``--snapshot``, the
portal's built snapshot), by the same ``WebFilter`` over that snapshot, its lists and the
policy compiled into it. Without a snapshot only the event's own ``categories`` are
known; a request with neither is not categorised, which the decision says (review).

Each finding cites the clauses of the ``web:`` part that decided (a rule, the always-block
tier, ...). A part that cites none is the institution's own choice, and the finding says
so instead of borrowing a clause that does not ask for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from policyguard.caching import IdentityCache
from policyguard.packs.schema import Pack
from policyguard.packs.web import WebPolicy
from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import WebRequestEvent
from policyguard.policy.registry import Findings, RuleContext, rule
from policyguard.policy.verdicts import CATEGORY_RULE, verdict_findings
from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.errors import SnapshotError, UrlError
from policyguard.webfilter.policy import policy_from_pack
from policyguard.webfilter.snapshot import Snapshot
from policyguard.webfilter.urls import parse_target
from policyguard.webfilter.verdict import Verdict


class WebFilterParams(BaseModel):
    """No parameters: everything is in the pack's ``web:`` section, the alert role too
    (``web.search_terms.alert_role``), which the Squid helper reads as well."""

    model_config = ConfigDict(frozen=True, extra="forbid")


_FILTERS = IdentityCache[WebFilter](limit=64)


def _filter(pack: Pack, snapshot: Snapshot | None) -> WebFilter:
    """The helper's filter over ``snapshot`` (its own compiled policy), or the pack's
    policy with no lists when there is no snapshot."""

    def build() -> WebFilter:
        if snapshot is not None:
            return WebFilter(snapshot)
        return WebFilter(None, policy_from_pack(pack))

    return _FILTERS.get((pack, snapshot), "filter", build)


def web_snapshot(lookups: object, pack: Pack) -> Snapshot | None:
    """The compiled snapshot the lookups offer for ``pack``'s organisation, if any.

    Raises SnapshotError when it was compiled for another organisation: deciding with it
    would not be what this organisation's proxy decides.
    """
    snapshot = getattr(lookups, "web_snapshot", None)
    if not isinstance(snapshot, Snapshot):
        return None
    built_for = (snapshot.policy or {}).get("organisation")
    if built_for != pack.slug:
        raise SnapshotError(
            f"{snapshot.path.name} was compiled for {built_for or 'no organisation'}, "
            f"not {pack.slug}: compile it from this pack (policyguard webfilter compile)"
        )
    return snapshot


@rule(
    "web_filter.categories",
    events={"web_request"},
    params=WebFilterParams,
    summary="Block, warn or allow a web request by category, audience, device and time, as "
    "the Squid helper does.",
)
def web_filter(ctx: RuleContext[WebRequestEvent, WebFilterParams]) -> Findings:
    event = ctx.event
    snapshot = web_snapshot(ctx.lookups, ctx.pack)
    web = _filter(ctx.pack, snapshot)
    where = (event.device or web.locate(event.client_ip, "")[0], event.audience.value)
    try:
        target = parse_target(event.url)
    except UrlError:
        verdict = web.decide(event.url, client_ip=event.client_ip, at=event.at.timestamp())
    else:
        verdict = web.decide_target(
            target,
            event.url,
            client_ip=event.client_ip,
            at=event.at.timestamp(),
            categories=event.categories,
            where=where,
        )
    policy = ctx.pack.web or WebPolicy()
    search = policy.search_terms
    source = _source(ctx.pack, snapshot)
    for finding in verdict_findings(
        verdict,
        search_clauses=list(search.clauses) if search else [],
        alert_role=policy.alert_role_for(verdict.audience),
        alert_role_title=ctx.pack.role_title(policy.alert_role_for(verdict.audience)),
        alert_severity=search.alert_severity if search else "high",
    ):
        if finding.rule == CATEGORY_RULE and not finding.clauses:
            finding = _own_choice(finding, ctx.pack, web, verdict)
        yield finding.model_copy(update={"evidence": [*finding.evidence, source]})
    if snapshot is None and not event.categories:
        yield ctx.finding(
            Outcome.REVIEW,
            f"{verdict.host or event.url} was not categorised: no compiled category lists "
            "were given (the CLI's --snapshot, or the organisation's snapshot in the portal), "
            "so this is not necessarily what the proxy decides.",
            evidence=[Evidence(kind="field", field="categories", value=[]), source],
        )


def _source(pack: Pack, snapshot: Snapshot | None) -> Evidence:
    """Which lists and policy decided: the snapshot the proxy uses, or the pack alone."""
    if snapshot is None:
        return Evidence(
            kind="parameter",
            field="web_snapshot",
            value=None,
            note=f"no compiled lists; the web section of pack {pack.version} only",
        )
    built = str((snapshot.policy or {}).get("pack_version", ""))
    note = f"compiled from pack {built}"
    if built != pack.version:
        note += f"; the pack is now {pack.version}: rebuild the snapshot"
    return Evidence(kind="parameter", field="web_snapshot", value=snapshot.path.name, note=note)


def _own_choice(finding: Finding, pack: Pack, web: WebFilter, verdict: Verdict) -> Finding:
    """A decision no clause asks for: say it is the institution's own choice, and why."""
    note = _part_note(web.policy, verdict)
    why = f": {note}" if note else ""
    return finding.model_copy(
        update={
            "explanation": f"{finding.explanation}. No clause of the policy asks for this; "
            f"it is {pack.organisation.short_name}'s own choice{why}"
        }
    )


def _part_note(policy: Mapping[str, Any], verdict: Verdict) -> str:
    if verdict.reason == "rule" and verdict.rule >= 0:
        rules = policy.get("rules") or []
        return str(rules[verdict.rule].get("note", "")) if verdict.rule < len(rules) else ""
    part = {
        "always_block": "always_block",
        "bypass": "bypass",
        "unreadable": "bypass",
        "allow_list": "allow",
        "deny_list": "deny",
    }.get(verdict.reason)
    value = policy.get(part) if part else None
    return str(value.get("note", "")) if isinstance(value, Mapping) else ""
