"""Stated personal web use only inside the pack's windows (lunch, breaks).

One question per mechanism: what a URL *is* (social networks, adult, ...) is decided by
the pack's ``web:`` section (rule ``web_filter.categories``), which Squid and DNS
enforce too. This rule answers the other question, which only an event can ask: someone
says the use is personal (``purpose: personal``) — may they, now? A proxy never knows a
purpose, so this rule never sees proxy traffic; both name the same ``schedules``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import Audience, WebRequestEvent
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param


class PersonalUseParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    audiences: list[Audience] = Field(default_factory=lambda: [Audience.STAFF])
    windows: list[str] = Field(min_length=1, description="Names of the pack's schedules.")
    outside: Literal["block", "review"] = "block"


@rule(
    "web.personal_use_window",
    events={"web_request"},
    params=PersonalUseParams,
    schedules=lambda p: p.windows,
    summary="Stated personal use only inside the pack's named time windows.",
)
def personal_use_window(ctx: RuleContext[WebRequestEvent, PersonalUseParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if event.audience not in params.audiences or event.purpose != "personal":
        return
    local = ctx.local_time
    evidence = [
        Evidence(kind="date", field="at", value=local.strftime("%a %H:%M")),
        Evidence(kind="field", field="purpose", value=event.purpose),
    ]
    for name in params.windows:
        for window in ctx.pack.schedules[name]:
            if window.contains(local.weekday(), local.time()):
                span = f"{window.start:%H:%M}-{window.end:%H:%M}"
                yield ctx.finding(
                    Outcome.ALLOW,
                    f"Personal use is allowed during {name} ({span}).",
                    evidence=[*evidence, param(f"schedules.{name}", span)],
                )
                return
    yield ctx.finding(
        Outcome(params.outside),
        f"Personal use is only allowed during: {', '.join(params.windows)}.",
        evidence=[*evidence, param("windows", params.windows)],
    )
