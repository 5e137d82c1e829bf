"""Stated personal web use only inside the pack's windows (lunch, breaks), or when the
person is not on duty: outside the pack's working hours, or as the event states it
(``on_duty: false``; ``travelling: true`` between appointments), where the seed says so.

One question per mechanism: what a URL *is* (social networks, adult, ...) is decided by
the pack's ``web:`` section (rule ``web_filter.categories``), which Squid and DNS
enforce too. This rule answers the other question, which only an event can ask: someone
says the use is personal (``purpose: personal``) — may they, now? A proxy never knows a
purpose, so this rule never sees proxy traffic; both name the same ``schedules``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field

from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import Audience, WebRequestEvent
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param


class PersonalUseParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    audiences: list[Audience] = Field(default_factory=lambda: [Audience.STAFF])
    windows: list[str] = Field(min_length=1, description="Names of the pack's schedules.")
    working_hours: str | None = Field(
        default=None,
        description="Schedule of working hours: outside it a person is not on duty, and "
        "personal use is allowed.",
    )
    stated_off_duty: bool = Field(
        default=False, description="An event saying the person is not on duty is believed."
    )
    stated_travelling: bool = Field(
        default=False, description="Travelling between appointments allows personal use."
    )
    outside: Literal["block", "review"] = "block"


def _schedules(params: PersonalUseParams) -> list[str]:
    return [*params.windows, *([params.working_hours] if params.working_hours else [])]


def _open_window(ctx: RuleContext[WebRequestEvent, PersonalUseParams], name: str) -> str | None:
    """The window of schedule ``name`` open at the event's local time, described."""
    local = ctx.local_time
    for window in ctx.pack.schedules[name]:
        if window.contains(local.weekday(), local.time()):
            return window.describe()
    return None


@rule(
    "web.personal_use_window",
    events={"web_request"},
    params=PersonalUseParams,
    schedules=_schedules,
    summary="Stated personal use only inside the pack's named time windows, or off duty.",
)
def personal_use_window(ctx: RuleContext[WebRequestEvent, PersonalUseParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if event.audience not in params.audiences or event.purpose != "personal":
        return
    evidence = [
        Evidence(kind="date", field="at", value=ctx.local_time.strftime("%a %H:%M")),
        Evidence(kind="field", field="purpose", value=event.purpose),
    ]
    for name in params.windows:
        span = _open_window(ctx, name)
        if span is not None:
            yield ctx.finding(
                Outcome.ALLOW,
                f"Personal use is allowed during {name} ({span}).",
                evidence=[*evidence, param(f"schedules.{name}", span)],
            )
            return
    off_duty = _off_duty(ctx, evidence)
    if off_duty is not None:
        yield off_duty
        return
    allowed = [*params.windows]
    if params.stated_travelling:
        allowed.append("travelling between appointments")
    if params.working_hours:
        allowed.append(f"outside {params.working_hours}")
    if event.on_duty is not None:
        evidence.append(Evidence(kind="field", field="on_duty", value=event.on_duty))
    yield ctx.finding(
        Outcome(params.outside),
        f"Personal use is only allowed during: {', '.join(allowed)}.",
        evidence=[*evidence, param("windows", params.windows)],
    )


def _off_duty(
    ctx: RuleContext[WebRequestEvent, PersonalUseParams], evidence: list[Evidence]
) -> Finding | None:
    """An allow finding when the person is not on duty (or travelling), as the pack lets
    the event or its working hours show it; None otherwise."""
    event, params = ctx.event, ctx.params
    if params.stated_travelling and event.travelling:
        return ctx.finding(
            Outcome.ALLOW,
            "Personal use is allowed when travelling between appointments.",
            evidence=[*evidence, Evidence(kind="field", field="travelling", value=True)],
        )
    if params.stated_off_duty and event.on_duty is False:
        return ctx.finding(
            Outcome.ALLOW,
            "Personal use is allowed when not on duty, as stated.",
            evidence=[*evidence, Evidence(kind="field", field="on_duty", value=False)],
        )
    if params.working_hours is None or event.on_duty is not None:
        return None
    if _open_window(ctx, params.working_hours) is not None:
        return None
    hours = "; ".join(w.describe() for w in ctx.pack.schedules[params.working_hours])
    return ctx.finding(
        Outcome.ALLOW,
        f"Personal use is allowed when not on duty: outside {params.working_hours} ({hours}).",
        evidence=[*evidence, param(f"schedules.{params.working_hours}", hours)],
    )


class RecruitmentParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    professional_sites: list[str] = Field(
        min_length=1,
        description="Host names of professional networks (a site and its subdomains), e.g. "
        "linkedin.com.",
    )
    audiences: list[Audience] = Field(default_factory=lambda: [Audience.STAFF])


@rule(
    "web.recruitment_checks",
    events={"web_request"},
    params=RecruitmentParams,
    summary="Looking at a candidate while recruiting: professional networks only.",
)
def recruitment_checks(ctx: RuleContext[WebRequestEvent, RecruitmentParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if event.purpose != "recruitment" or event.audience not in params.audiences:
        return
    host = (urlsplit(event.url if "//" in event.url else f"//{event.url}").hostname or "").lower()
    site = next((s for s in params.professional_sites if host == s or host.endswith("." + s)), None)
    evidence = [
        Evidence(kind="field", field="purpose", value="recruitment"),
        Evidence(kind="field", field="url", value=host or event.url),
        param("professional_sites", params.professional_sites),
    ]
    if site is not None:
        yield ctx.finding(
            Outcome.ALLOW,
            f"{site} is a professional network, which may be viewed when recruiting; nothing "
            "about a candidate's protected characteristics may be used.",
            evidence=evidence,
        )
        return
    yield ctx.finding(
        Outcome.BLOCK,
        f"Only professional networks ({', '.join(params.professional_sites)}) are viewed when "
        f"recruiting; {host or event.url} is not one.",
        evidence=evidence,
    )
