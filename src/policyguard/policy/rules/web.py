"""Web-use timing: personal use only inside the pack's windows (lunch, breaks)."""

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
    personal_categories: list[str] = Field(
        default_factory=lambda: ["social_networks"],
        description="Categories that count as personal use whatever the stated purpose.",
    )
    outside: Literal["block", "review"] = "block"


@rule(
    "web.personal_use_window",
    events={"web_request"},
    params=PersonalUseParams,
    schedules=lambda p: p.windows,
    summary="Personal use (e.g. social media) only inside the pack's named time windows.",
)
def personal_use_window(ctx: RuleContext[WebRequestEvent, PersonalUseParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if event.audience not in params.audiences:
        return
    personal_hits = [c for c in event.categories if c in params.personal_categories]
    if event.purpose != "personal" and not personal_hits:
        return
    local = ctx.local_time
    evidence = [Evidence(kind="date", field="at", value=local.strftime("%a %H:%M"))]
    if personal_hits:
        evidence.append(Evidence(kind="list_entry", field="categories", value=personal_hits))
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
