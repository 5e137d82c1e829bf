"""Report routing: a concern goes to the roles the pack names for its kind."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import ReportEvent
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import relative_holder

URGENT = frozenset({"safeguarding", "criminal", "staff_safeguarding"})


class RoutingParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    fallback: str = Field(description="Report kind used when the concern is not listed.")


@rule(
    "report.routing",
    events={"report"},
    params=RoutingParams,
    summary="Send a reported concern to the roles the pack names for that kind of concern.",
)
def routing(ctx: RuleContext[ReportEvent, RoutingParams]) -> Iterator[Finding]:
    event, reports = ctx.event, ctx.pack.reports
    concern = event.concern if event.concern in reports else ctx.params.fallback
    roles = reports.get(concern, [])
    subject, reporter = ctx.person("subject"), ctx.person("reporter")
    actions = []
    for role in roles:
        holder = relative_holder(role, subject) or relative_holder(role, reporter)
        actions.append(
            ctx.action(
                f"handle_{concern}",
                f"Receive and record this {concern.replace('_', ' ')} report.",
                role,
                person_id=holder,
                urgency="immediately" if concern in URGENT else "soon",
            )
        )
    yield ctx.finding(
        Outcome.REVIEW,
        f"A {concern.replace('_', ' ')} report goes to: "
        f"{', '.join(ctx.pack.role_title(r) for r in roles) or 'nobody named'}.",
        evidence=[Evidence(kind="parameter", field=f"reports.{concern}", value=roles)],
        actions=actions,
    )
