"""Web filtering as a pack rule: a ``web_request`` event against the pack's ``web:`` section.

    rules:
      - rule: web_filter.categories
        clauses: [VTS-10, VTS-20, VTS-25]

The categories of the URL come from the event (``categories``) and, when the lookups
offer a compiled snapshot as ``web_snapshot``, from its lists. Each finding cites the
clauses of the ``web:`` part that decided (a rule, the always-block tier, ...), or the
binding's own clauses when that part cites none.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from policyguard.packs.schema import Pack
from policyguard.packs.web import WebPolicy
from policyguard.policy.decisions import Finding
from policyguard.policy.events import WebRequestEvent
from policyguard.policy.registry import Findings, RuleContext, rule
from policyguard.policy.verdicts import verdict_findings
from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.errors import UrlError
from policyguard.webfilter.policy import policy_from_pack
from policyguard.webfilter.snapshot import Snapshot
from policyguard.webfilter.urls import parse_target


class WebFilterParams(BaseModel):
    """No parameters: everything is in the pack's ``web:`` section, the alert role too
    (``web.search_terms.alert_role``), which the Squid helper reads as well."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# The cache holds the pack and snapshot themselves, so their ids cannot be reused by
# other objects while an entry stands.
_FILTERS: dict[tuple[int, int], tuple[Pack, Snapshot | None, WebFilter]] = {}


def _filter(pack: Pack, snapshot: Snapshot | None) -> WebFilter:
    key = (id(pack), id(snapshot))
    cached = _FILTERS.get(key)
    if cached is not None and cached[0] is pack and cached[1] is snapshot:
        return cached[2]
    web = WebFilter(snapshot, policy_from_pack(pack))
    if len(_FILTERS) >= 64:
        _FILTERS.clear()
    _FILTERS[key] = (pack, snapshot, web)
    return web


@rule(
    "web_filter.categories",
    events={"web_request"},
    params=WebFilterParams,
    summary="Block, warn or allow a web request by category, audience, device and time.",
)
def web_filter(ctx: RuleContext[WebRequestEvent, WebFilterParams]) -> Findings:
    event = ctx.event
    snapshot = getattr(ctx.lookups, "web_snapshot", None)
    web = _filter(ctx.pack, snapshot if isinstance(snapshot, Snapshot) else None)
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
    for finding in verdict_findings(
        verdict,
        search_clauses=list(search.clauses) if search else [],
        alert_role=policy.alert_role,
        alert_role_title=ctx.pack.role_title(policy.alert_role),
        alert_severity=search.alert_severity if search else "high",
    ):
        yield _with_clauses(finding, ctx.binding.clauses)


def _with_clauses(finding: Finding, fallback: list[str]) -> Finding:
    return finding if finding.clauses else finding.model_copy(update={"clauses": list(fallback)})
