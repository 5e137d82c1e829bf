"""Takedown requests: someone asks for an image, a video or information to be removed.

The packs ask for such a request to be acted on (at once for WCUC-09) by the people who
publish for the institution; where consent was the basis for publishing, the request
withdraws it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from policyguard.people import AffiliationKind
from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import AccountType, TakedownEvent, TakedownMaterial
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param

Behalf = Literal["self", "child", "colleague", "other"]


_SELF_OR_CHILD: tuple[Behalf, ...] = ("self", "child")


class TakedownParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    act_role: str = Field(description="The role that takes the material down.")
    urgency: Literal["immediately", "soon", "routine"] = "immediately"
    subjects: list[AffiliationKind] = Field(
        default_factory=list,
        description="Whose material the clause covers (empty: anyone's).",
    )
    on_behalf: list[Behalf] = Field(
        default_factory=lambda: list(_SELF_OR_CHILD),
        description="Who may ask: the person themselves, their parent or carer (child), "
        "a colleague, anyone (other).",
    )
    materials: list[TakedownMaterial] = Field(default_factory=lambda: list(TakedownMaterial))
    account_types: list[AccountType] = Field(default_factory=lambda: list(AccountType))
    withdraws_consent: bool = Field(
        default=True, description="The request withdraws the consent to publish it."
    )


_WORDS = {"image": "an image", "video": "a video", "information": "information"}
_WHEN = {"immediately": "at once", "soon": "within a day", "routine": "within a week"}


@rule(
    "takedown.removal_request",
    events={"takedown"},
    params=TakedownParams,
    roles=lambda p: [p.act_role],
    summary="A request to remove an image, a video or information about someone is acted "
    "on by the set role, as quickly as the clause asks.",
)
def removal_request(ctx: RuleContext[TakedownEvent, TakedownParams]) -> Iterator[Finding]:
    event, params, day = ctx.event, ctx.params, ctx.day
    if event.material not in params.materials or event.account_type not in params.account_types:
        return
    if event.on_behalf not in params.on_behalf:
        return
    subject = ctx.person("subject")
    if params.subjects and (
        subject is None or not any(subject.is_(k, day) for k in params.subjects)
    ):
        return
    who = (subject.name or subject.id) if subject is not None else "the person who asked"
    what = _WORDS[event.material.value]
    evidence = [
        Evidence(kind="field", field="material", value=event.material.value),
        Evidence(kind="field", field="on_behalf", value=event.on_behalf),
        param("urgency", params.urgency),
    ]
    if subject is not None:
        evidence.append(Evidence(kind="person", field="subject", value=subject.id))
    if event.where:
        evidence.append(Evidence(kind="field", field="where", value=event.where))
    note = " The request withdraws the consent to publish it." if params.withdraws_consent else ""
    yield ctx.finding(
        Outcome.REVIEW,
        f"A request to take down {what} about {who}: it must be acted on "
        f"{_WHEN[params.urgency]}.{note}",
        evidence=evidence,
        actions=[
            ctx.action(
                "take_down_material",
                f"Take down {what} about {who}"
                + (f" ({event.where[:200]})" if event.where else "")
                + ", confirm it is gone, and tell whoever asked.",
                params.act_role,
                urgency=params.urgency,
            )
        ],
    )
