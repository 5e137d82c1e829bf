"""A web-filter verdict as the core's ``Decision``: outcome, findings with clauses and
evidence, and the actions due (an immediate DSL alert for a high-risk search)."""

from __future__ import annotations

from policyguard.policy.decisions import Action, Decision, Evidence, Finding, Outcome
from policyguard.webfilter.records import is_alert
from policyguard.webfilter.verdict import Verdict

__all__ = ["CATEGORY_RULE", "SEARCH_RULE", "verdict_decision", "verdict_findings"]

CATEGORY_RULE = "web_filter.categories"
SEARCH_RULE = "web_filter.search_terms"
_EXPLAIN = {
    "always_block": "on an always-block list (illegal content); nothing overrides it",
    "allow_list": "on the organisation's allow-list",
    "deny_list": "on the organisation's deny-list",
    "bypass": "a filter-bypass tool (VPN, proxy, DNS over HTTPS), blocked for everyone",
    "rule": "the policy's rule for this category, audience, device and time",
    "expression": "matches a blocking expression of the category",
    "unreadable": "the URL cannot be read as one; it is blocked in case it is a trick",
}


def verdict_findings(
    verdict: Verdict,
    *,
    search_clauses: list[str] | None = None,
    alert_role: str = "dsl",
    alert_role_title: str = "",
    alert_severity: str = "high",
) -> list[Finding]:
    """The findings (and their actions) that explain ``verdict``."""
    findings = []
    if verdict.reason in _EXPLAIN:
        explanation = f"{verdict.outcome} {verdict.host or verdict.url}: {_EXPLAIN[verdict.reason]}"
        if verdict.category:
            explanation += f" (category {verdict.category})"
        # A category the request already carried (no list consulted) is a field of the
        # event, not a list entry: say which, so "why?" points at the right source.
        evidence = [
            Evidence(
                kind="list_entry",
                field="url",
                value=verdict.entry,
                note=f"category {verdict.category}",
            )
            if verdict.entry
            else Evidence(kind="field", field="categories", value=verdict.category)
        ]
        evidence.append(Evidence(kind="field", field="audience", value=verdict.audience))
        evidence.append(Evidence(kind="field", field="device", value=verdict.device))
        if verdict.windows:
            evidence.append(
                Evidence(kind="parameter", field="schedules", value=list(verdict.windows))
            )
        if verdict.rule >= 0:
            evidence.append(Evidence(kind="parameter", field="web.rules", value=verdict.rule))
        findings.append(
            Finding(
                rule=CATEGORY_RULE,
                clauses=list(verdict.clauses),
                outcome=Outcome.of_web_action(verdict.outcome),
                explanation=explanation,
                evidence=evidence,
            )
        )
    if verdict.search and verdict.terms:
        findings.append(
            _search_finding(
                verdict, search_clauses or [], alert_role, alert_role_title, alert_severity
            )
        )
    return findings


def _search_finding(
    verdict: Verdict, clauses: list[str], role: str, title: str, severity: str
) -> Finding:
    site, term = verdict.search or ("", "")
    worst = verdict.terms[0]
    evidence = [Evidence(kind="field", field="search_term", value=term, note=f"on {site}")]
    evidence += [
        Evidence(
            kind="list_entry",
            field="search_term",
            value=t.term,
            note=f"{t.title}, severity {t.severity}",
        )
        for t in verdict.terms
    ]
    actions = []
    alert = is_alert(verdict, severity)
    if alert:
        actions.append(
            Action(
                code="safeguarding_search_alert",
                role=role,
                role_title=title,
                description=f"High-risk search ({worst.title.lower()}): {term!r} on {site}; "
                "check on the person now",
                clauses=clauses,
                urgency="immediately",
            )
        )
    return Finding(
        rule=SEARCH_RULE,
        clauses=clauses,
        outcome=Outcome.REVIEW,
        explanation=(
            f"search for {term!r} matches safeguarding terms ({worst.title}, {worst.severity})"
        ),
        evidence=evidence,
        actions=actions,
    )


def verdict_decision(
    verdict: Verdict,
    *,
    organisation: str,
    pack_version: str,
    search_clauses: list[str] | None = None,
    alert_role: str = "dsl",
    alert_role_title: str = "",
    alert_severity: str = "high",
) -> Decision:
    """The core ``Decision`` for ``verdict``; the options are as for :func:`verdict_findings`."""
    findings = verdict_findings(
        verdict,
        search_clauses=search_clauses,
        alert_role=alert_role,
        alert_role_title=alert_role_title,
        alert_severity=alert_severity,
    )
    actions = [a for f in findings for a in f.actions]
    outcome = Outcome.worst([f.outcome for f in findings])
    if verdict.outcome == "block":
        outcome = Outcome.BLOCK
    return Decision(
        organisation=organisation,
        pack_version=pack_version,
        event_kind="web_request",
        outcome=outcome,
        findings=findings,
        actions=actions,
    )
