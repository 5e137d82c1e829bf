"""Report routing: a concern takes ONE route of its kind in the pack's ``reports:`` section,
chosen by who reports and whom it is about (see ``policyguard.packs.reports``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from policyguard.packs.reports import ReportKind, Route, who_is
from policyguard.people import Person
from policyguard.policy.decisions import Action, Evidence, Finding, Outcome
from policyguard.policy.events import ReportEvent
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import relative_holder


class RoutingParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    fallback: str = Field(description="Report kind used when the concern is not listed.")


def _fits(route: Route, reporter: set[str], subject: set[str]) -> bool:
    if route.reporter and not reporter & set(route.reporter):
        return False
    return not route.about or bool(subject & set(route.about))


def choose_route(
    kind: ReportKind,
    *,
    reporter: Person | None,
    subject: Person | None,
    relative: frozenset[str],
    day: date,
) -> tuple[int, Route, str | None]:
    """The first route of ``kind`` that fits, with its index and the holder's person id
    for a per-person role (None: not known). The pack loader makes sure the last route
    fits everyone."""
    reporter_is, subject_is = who_is(reporter, day), who_is(subject, day)
    for n, route in enumerate(kind.routes):
        if not _fits(route, reporter_is, subject_is):
            continue
        if route.to not in relative:
            return n, route, None
        holder = relative_holder(route.to, reporter if route.of == "reporter" else subject)
        if holder or not route.only_if_known:
            return n, route, holder
    n = len(kind.routes) - 1
    return n, kind.routes[n], None


def _describe(route: Route) -> str:
    parts = []
    if route.reporter:
        parts.append(f"reported by: {', '.join(route.reporter)}")
    if route.about:
        parts.append(f"about: {', '.join(route.about)}")
    return "; ".join(parts) or "any report"


@rule(
    "report.routing",
    events={"report"},
    params=RoutingParams,
    summary="Send a reported concern by ONE route of its kind: to the person who holds the "
    "role for that reporter or subject where the directory knows them, else to the role.",
)
def routing(ctx: RuleContext[ReportEvent, RoutingParams]) -> Iterator[Finding]:
    event, reports = ctx.event, ctx.pack.reports
    known = event.concern in reports
    concern = event.concern if known else ctx.params.fallback
    kind = reports.get(concern)
    if kind is None:  # a pack whose fallback names no kind; the bundled packs are tested
        yield ctx.finding(Outcome.REVIEW, f"No route is defined for {concern!r} reports.")
        return
    reporter, subject = ctx.person("reporter"), ctx.person("subject")
    day = ctx.local_time.date()
    relative = frozenset(k for k, r in ctx.pack.roles.items() if r.relative)
    n, route, holder = choose_route(
        kind, reporter=reporter, subject=subject, relative=relative, day=day
    )
    clauses = kind.route_clauses(route) or list(ctx.binding.clauses)
    urgency = kind.route_urgency(route)
    title = ctx.pack.role_title(route.to)
    whose = f"the {route.of}'s " if route.of else ""
    label = kind.title or concern.replace("_", " ")
    action = Action(
        code=f"handle_{concern}",
        description=f"Receive and record this report ({label}) and decide what happens next.",
        role=route.to,
        role_title=title,
        person_id=holder,
        clauses=clauses,
        urgency=urgency,
    )
    told = [
        Action(
            code=f"told_of_{concern}",
            description=f"Be told of this report ({label}); {title} deals with it.",
            role=role,
            role_title=ctx.pack.role_title(role),
            clauses=clauses,
            urgency=urgency,
        )
        for role in route.also
    ]
    evidence = [
        Evidence(kind="field", field="concern", value=event.concern),
        Evidence(
            kind="parameter",
            field=f"reports.{concern}",
            value={"kind": concern, "route": n, "area": kind.route_area(route)},
            note="the kind of report, its route and the area its case belongs to",
        ),
        Evidence(
            kind="parameter",
            field=f"reports.{concern}.routes[{n}]",
            value=route.model_dump(mode="json", exclude_defaults=True),
            note=_describe(route),
        ),
        Evidence(
            kind="field",
            field="reporter",
            value=sorted(who_is(reporter, day)),
            note="who reports, on the day of the report",
        ),
        Evidence(
            kind="field",
            field="subject",
            value=sorted(who_is(subject, day)),
            note="whom it is about",
        ),
    ]
    if not known:
        evidence[0] = Evidence(
            kind="field",
            field="concern",
            value=event.concern,
            note=f"not a kind this pack lists; read as {concern}",
        )
    if holder:
        evidence.append(
            Evidence(kind="person", field=route.of or "", value=holder, note=f"{whose}{title}")
        )
    to = f"{whose}{title}" + (f" ({holder})" if holder else "")
    if route.to in relative and not holder:
        to += " (not known: the administrators assign it)"
    also = "; " + ", ".join(a.role_title for a in told) + " told as well" if told else ""
    yield ctx.finding(
        Outcome.REVIEW,
        f"This {label} report goes to {to}, {urgency}{also}.",
        evidence=evidence,
        actions=[action, *told],
        clauses=clauses,
    )
