"""Contact rules: may this person befriend, follow, invite or message that person?

One parametrised rule carries every seed's variant: who it restricts (``actors``) and
from which of their accounts (``account_types``: a clause about staff's personal
profiles leaves the official page alone), whom they may not contact (``targets``, with
leaving windows and age limits counted at the event's date), which actions it covers,
whether only contact about the institution's business (``business_only``), and the
exceptions: approved channels, the actor's account types, the target's accounts (a
departmental account made solely for academic purposes), family, a manager's agreement,
a stated reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from policyguard.packs.schema import add_months
from policyguard.people import PARENTAL, AffiliationKind, Person, RelationKind
from policyguard.policy.decisions import Action, Evidence, Finding, Outcome
from policyguard.policy.events import (
    AccountPurpose,
    AccountType,
    ConnectionAction,
    ConnectionEvent,
)
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param, relative_holder

TargetKind = Literal["student", "former_student", "applicant", "parent", "staff"]


class ContactTarget(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: TargetKind
    within_months: int | None = Field(
        default=None, ge=1, description="former_student: only until this long after leaving."
    )
    under_age: int | None = Field(
        default=None, ge=1, description="Only while the target is younger than this."
    )


class AccountSpec(BaseModel):
    """An account on the target's side that makes contact permitted."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: AccountType
    purpose: AccountPurpose | None = Field(
        default=None, description="If set, the account must have been made for this purpose."
    )

    def matches(self, account_type: AccountType, purpose: AccountPurpose | None) -> bool:
        return account_type == self.type and self.purpose in (None, purpose)

    def words(self) -> str:
        made = f" made for {self.purpose.value} purposes only" if self.purpose else ""
        return f"{self.type.value} account{made}"


class ContactParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    actors: list[AffiliationKind] = Field(default_factory=lambda: [AffiliationKind.STAFF])
    account_types: list[AccountType] = Field(
        default_factory=lambda: list(AccountType),
        description="The actor's accounts the clause restricts; contact from another kind of "
        "account is outside it.",
    )
    targets: list[ContactTarget] = Field(min_length=1)
    actions: list[ConnectionAction] = Field(default_factory=lambda: list(ConnectionAction))
    business_only: bool = Field(
        default=False,
        description="Only contact about the institution's business is restricted; when the "
        "event does not say, it goes to review.",
    )
    allowed_account_types: list[AccountType] = Field(
        default_factory=list, description="The actor's accounts through which contact is fine."
    )
    allowed_target_accounts: list[AccountSpec] = Field(
        default_factory=list,
        description="Accounts on the target's side through which contact is fine.",
    )
    approved_platforms: list[str] = Field(default_factory=list)
    exempt_relations: list[RelationKind] = Field(default_factory=list)
    disclose_exemption_to: str | None = Field(
        default=None, description="Role told at once when a relation exemption is used."
    )
    stated_reason_review: bool = Field(
        default=False, description="A stated reason (e.g. family friend) sends it to review."
    )
    manager_agreement_allows: bool = False
    unknowing_contact_report_to: str | None = Field(
        default=None, description="Role to tell at once if the contact already happened."
    )
    outcome: Literal["block", "review"] = "block"


def _roles(params: ContactParams) -> list[str]:
    return [r for r in (params.disclose_exemption_to, params.unknowing_contact_report_to) if r]


def _target_status(target: Person, spec: ContactTarget, day: date) -> tuple[bool, list[Evidence]]:
    """Whether ``target`` is of ``spec``'s kind on ``day``, with the facts that show it."""
    evidence: list[Evidence] = []
    if spec.kind == "student":
        matched = target.is_(AffiliationKind.STUDENT, day)
        ends = [a.end for a in target.affiliations if a.kind == "student" and a.active_on(day)]
        note = f"a current student on {day}"
        if any(ends):
            note += f" (leaving date {max(e for e in ends if e)} not yet reached)"
        evidence.append(Evidence(kind="person", field="target", value=target.id, note=note))
    elif spec.kind == "former_student":
        left = target.left(AffiliationKind.STUDENT, day)
        matched = left is not None
        if left is not None:
            note = f"left on {left}"
            if spec.within_months is not None:
                window_end = add_months(left, spec.within_months)
                matched = day < window_end
                note += f"; the {spec.within_months}-month window ends on {window_end}"
            evidence.append(Evidence(kind="date", field="target", value=str(left), note=note))
    elif spec.kind == "applicant":
        matched = target.is_(AffiliationKind.APPLICANT, day) and not target.is_(
            AffiliationKind.STUDENT, day
        )
        evidence.append(Evidence(kind="person", field="target", value=target.id, note="applicant"))
    elif spec.kind == "parent":
        matched = target.is_(AffiliationKind.PARENT, day) or any(
            r.kind in PARENTAL for r in target.relations
        )
        evidence.append(Evidence(kind="person", field="target", value=target.id, note="a parent"))
    else:
        matched = target.is_(AffiliationKind.STAFF, day)
        evidence.append(Evidence(kind="person", field="target", value=target.id, note="staff"))
    if matched and spec.under_age is not None:
        age = target.age_on(day)
        # Unknown age counts as under age: the safe reading for safeguarding rules.
        matched = age is None or age < spec.under_age
        note = "date of birth unknown" if age is None else f"aged {age} on {day}"
        evidence.append(Evidence(kind="date", field="target.date_of_birth", value=age, note=note))
    return matched, evidence


def _permitted_channel(
    ctx: RuleContext[ConnectionEvent, ContactParams], who: str, evidence: list[Evidence]
) -> Finding | None:
    """An allow (or review) finding when the accounts, platform or subject put the contact
    outside the restriction; None when the restriction stands so far."""
    event, params = ctx.event, ctx.params
    account = event.account_type.value
    if event.account_type not in params.account_types:
        kinds = ", ".join(t.value for t in params.account_types)
        return ctx.finding(
            Outcome.ALLOW,
            f"This clause restricts contact from {kinds} accounts only; contact with {who} "
            f"from a {account} account is outside it.",
            evidence=[*evidence, param("account_types", params.account_types)],
        )
    if event.account_type in params.allowed_account_types:
        return ctx.finding(
            Outcome.ALLOW,
            f"Contact with {who} through a {account} account is permitted.",
            evidence=[*evidence, param("allowed_account_types", params.allowed_account_types)],
        )
    if event.platform.lower() in {p.lower() for p in params.approved_platforms}:
        return ctx.finding(
            Outcome.ALLOW,
            f"{event.platform} is an approved channel for contact with {who}.",
            evidence=[*evidence, param("approved_platforms", params.approved_platforms)],
        )
    target_account = next(
        (
            spec
            for spec in params.allowed_target_accounts
            if spec.matches(event.target_account_type, event.target_account_purpose)
        ),
        None,
    )
    if target_account is not None:
        return ctx.finding(
            Outcome.ALLOW,
            f"Contact with {who} through their {target_account.words()} is permitted.",
            evidence=[
                *evidence,
                Evidence(
                    kind="field",
                    field="target_account_type",
                    value=event.target_account_type.value,
                    note=f"purpose {event.target_account_purpose.value}"
                    if event.target_account_purpose
                    else "",
                ),
                param(
                    "allowed_target_accounts", [s.words() for s in params.allowed_target_accounts]
                ),
            ],
        )
    if params.business_only and event.business is not True:
        business = Evidence(kind="field", field="business", value=event.business)
        if event.business is False:
            return ctx.finding(
                Outcome.ALLOW,
                f"Only contact with {who} about the institution's business is restricted; "
                "this contact is not about it.",
                evidence=[*evidence, business],
            )
        return ctx.finding(
            Outcome.REVIEW,
            f"Contact with {who} about the institution's business goes only through its "
            f"official channels; say whether this {event.action.value.replace('_', ' ')} is "
            "about its business.",
            evidence=[*evidence, business],
        )
    return None


_KIND_WORDS = {
    "student": "a current student",
    "former_student": "a former student",
    "applicant": "an applicant",
    "parent": "a parent or carer",
    "staff": "a member of staff",
}


@rule(
    "connection.contact_restriction",
    events={"connection"},
    params=ContactParams,
    roles=_roles,
    summary="Who may befriend, follow, invite or message whom, and through which channel.",
)
def contact_restriction(ctx: RuleContext[ConnectionEvent, ContactParams]) -> Iterator[Finding]:
    event, params, day = ctx.event, ctx.params, ctx.day
    actor, target = ctx.person("actor"), ctx.person("target")
    if actor is None or target is None or event.action not in params.actions:
        return
    if not any(actor.is_(kind, day) for kind in params.actors):
        return
    for spec in params.targets:
        matched, evidence = _target_status(target, spec, day)
        if matched:
            yield _decide(ctx, actor, target, spec, evidence)
            return


def _decide(
    ctx: RuleContext[ConnectionEvent, ContactParams],
    actor: Person,
    target: Person,
    spec: ContactTarget,
    evidence: list[Evidence],
) -> Finding:
    event, params = ctx.event, ctx.params
    who = _KIND_WORDS[spec.kind]
    if spec.under_age is not None:
        who += f" under {spec.under_age}"
    permitted = _permitted_channel(ctx, who, evidence)
    if permitted is not None:
        return permitted
    relations = actor.relations_to(target) & set(params.exempt_relations)
    if relations:
        names = ", ".join(sorted(r.value for r in relations))
        actions: list[Action] = []
        if params.disclose_exemption_to:
            role = params.disclose_exemption_to
            actions.append(
                ctx.action(
                    "disclose_family_contact",
                    f"{actor.name or actor.id} is in contact with {who} who is family "
                    f"({names}); record the disclosure.",
                    role,
                    person_id=relative_holder(role, actor),
                    urgency="immediately",
                )
            )
        told = " and must be disclosed" if actions else ""
        return ctx.finding(
            Outcome.ALLOW,
            f"Exception for family ({names}): contact with {who} is permitted{told}.",
            evidence=[*evidence, Evidence(kind="field", field="relations", value=names)],
            actions=actions,
        )
    if params.manager_agreement_allows and event.manager_agreed:
        return ctx.finding(
            Outcome.ALLOW,
            f"A manager agreed this contact with {who} for teaching.",
            evidence=[*evidence, Evidence(kind="field", field="manager_agreed", value=True)],
        )
    if params.stated_reason_review and event.stated_reason:
        return ctx.finding(
            Outcome.REVIEW,
            f"Contact with {who} is not allowed without a clear reason; the stated reason "
            "needs checking.",
            evidence=[
                *evidence,
                Evidence(kind="field", field="stated_reason", value=event.stated_reason),
            ],
        )
    actions = []
    if params.unknowing_contact_report_to:
        actions.append(
            ctx.action(
                "disclose_unknowing_contact",
                "If this contact has already happened without knowing who they were, stop it "
                "and disclose it at once.",
                params.unknowing_contact_report_to,
                urgency="immediately",
            )
        )
    verb = event.action.value.replace("_", " ")
    facts = [Evidence(kind="field", field="action", value=event.action.value)]
    but = ""
    if params.allowed_target_accounts:
        but = (
            " (only through their "
            + " or ".join(spec.words() for spec in params.allowed_target_accounts)
            + ")"
        )
        purpose = event.target_account_purpose
        facts.append(
            Evidence(
                kind="field",
                field="target_account_type",
                value=event.target_account_type.value,
                note=f"purpose {purpose.value}" if purpose else "purpose not stated",
            )
        )
    return ctx.finding(
        Outcome(params.outcome),
        f"{verb.capitalize()} on {event.platform} with {who} is not permitted "
        f"from a {event.account_type.value} account{but}.",
        evidence=[*evidence, *facts],
        actions=actions,
    )
