"""Official-account rules: approval before creation, revocation on leaving, inactivity."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from policyguard.packs.schema import add_months
from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import AccountChange, AccountChangeEvent, AccountType
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param


class ApprovalParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    approver_roles: list[str] = Field(min_length=1, description="Any of these roles approves.")
    account_types: list[AccountType] = Field(default_factory=lambda: list(AccountType))
    written_for: list[AccountType] = Field(
        default_factory=list,
        description="Account types whose approval must be in writing: the approver's "
        "document is on file (account.approval_document).",
    )


@rule(
    "accounts.creation_approval",
    events={"account_change"},
    params=ApprovalParams,
    roles=lambda p: p.approver_roles,
    summary="An account for the institution is created only once the right role approves.",
)
def creation_approval(ctx: RuleContext[AccountChangeEvent, ApprovalParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if event.change != AccountChange.CREATE:
        return
    kind = event.account.account_type if event.account else AccountType.OFFICIAL
    if kind not in params.account_types:
        return
    titles = " or ".join(ctx.pack.role_title(r) for r in params.approver_roles)
    approver = ctx.person("approved_by")
    if approver is None:
        yield ctx.finding(
            Outcome.REVIEW,
            f"A new {kind.value} account needs approval by the {titles} before it is created.",
            evidence=[param("approver_roles", params.approver_roles)],
            actions=[
                ctx.action("approve_account", "Approve or refuse the account request.", role)
                for role in params.approver_roles
            ],
        )
        return
    held = [r for r in params.approver_roles if approver.holds(r)]
    written = event.account is not None and event.account.approval_document
    if held and kind in params.written_for and not written:
        yield ctx.finding(
            Outcome.REVIEW,
            f"A {kind.value} account needs the {titles}'s permission in writing: "
            "attach the signed approval before it is created.",
            evidence=[
                Evidence(kind="field", field="account.approval_document", value=False),
                param("written_for", [t.value for t in params.written_for]),
            ],
        )
        return
    if held:
        yield ctx.finding(
            Outcome.ALLOW,
            f"Approved by {approver.name or approver.id}, "
            f"who is the {ctx.pack.role_title(held[0])}.",
            evidence=[
                Evidence(
                    kind="person",
                    field="approved_by",
                    value=approver.id,
                    note=ctx.pack.role_title(held[0]),
                )
            ],
        )
        return
    yield ctx.finding(
        Outcome.BLOCK,
        f"{approver.name or approver.id} may not approve this account: only the {titles} may.",
        evidence=[
            Evidence(kind="person", field="approved_by", value=approver.id),
            param("approver_roles", params.approver_roles),
        ],
    )


class LeaverParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    revoke_role: str
    rotate_credentials: bool = True


@rule(
    "accounts.leaver_revocation",
    events={"account_change"},
    params=LeaverParams,
    roles=lambda p: [p.revoke_role],
    summary="When someone leaves, their access to official accounts is revoked and shared "
    "credentials are changed.",
)
def leaver_revocation(ctx: RuleContext[AccountChangeEvent, LeaverParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if event.change != AccountChange.LEAVER:
        return
    leaver = ctx.person("person")
    who = (leaver.name or leaver.id) if leaver else "the leaver"
    if not event.accounts_with_access:
        yield ctx.finding(
            Outcome.ALLOW,
            f"{who} has no access to official accounts on the register.",
        )
        return
    actions = []
    for account in event.accounts_with_access:
        label = f"{account.name or account.id} ({account.platform})".strip()
        actions.append(
            ctx.action(
                "revoke_access",
                f"Remove {who}'s access to {label}.",
                params.revoke_role,
                urgency="immediately",
            )
        )
        if params.rotate_credentials:
            actions.append(
                ctx.action(
                    "rotate_credentials",
                    f"Change the password and recovery details of {label} and update the register.",
                    params.revoke_role,
                    urgency="immediately",
                )
            )
    yield ctx.finding(
        Outcome.REVIEW,
        f"{who} is leaving and can use {len(event.accounts_with_access)} official account(s).",
        evidence=[
            Evidence(kind="field", field="accounts_with_access", value=a.id or a.name)
            for a in event.accounts_with_access
        ],
        actions=actions,
    )


class InactivityParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    months: int = Field(default=3, ge=1)
    review_role: str
    outcome: Literal["review", "block"] = "review"
    close_account_types: list[AccountType] = Field(
        default_factory=list,
        description="Account types that are closed when not kept up (a closing action).",
    )
    close_role: str | None = Field(
        default=None, description="Who sees that they are closed (default: review_role)."
    )


@rule(
    "accounts.inactivity",
    events={"account_change"},
    params=InactivityParams,
    roles=lambda p: [p.review_role, *([p.close_role] if p.close_role else [])],
    summary="An official account unused for the set number of months is flagged.",
)
def inactivity(ctx: RuleContext[AccountChangeEvent, InactivityParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if event.change != AccountChange.ACTIVITY_CHECK or event.account is None:
        return
    account = event.account
    label = account.name or account.id
    if account.account_type in params.close_account_types:
        actions = [
            ctx.action(
                "close_account",
                f"{label} is not kept up: have it closed, or revived with posts at once.",
                params.close_role or params.review_role,
            )
        ]
    else:
        actions = [
            ctx.action(
                "review_inactive_account",
                f"Decide whether to revive or close {label}.",
                params.review_role,
            )
        ]
    if account.last_activity_at is None:
        yield ctx.finding(
            Outcome(params.outcome), f"{label} has no recorded activity.", actions=actions
        )
        return
    last = account.last_activity_at.astimezone(ctx.local_time.tzinfo).date()
    limit = add_months(last, params.months)
    evidence = [
        Evidence(
            kind="date",
            field="account.last_activity_at",
            value=str(last),
            note=f"inactive from {limit}",
        ),
        param("months", params.months),
    ]
    if ctx.day >= limit:
        yield ctx.finding(
            Outcome(params.outcome),
            f"{label} has been inactive since {last}, {params.months} months or more.",
            evidence=evidence,
            actions=actions,
        )
    else:
        yield ctx.finding(Outcome.ALLOW, f"{label} was last active on {last}.", evidence=evidence)


class MaintainerParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    monitor_role: str = Field(description="The role that keeps watch on every account.")
    outcome: Literal["review", "block"] = "review"


@rule(
    "accounts.named_maintainer",
    events={"account_change"},
    params=MaintainerParams,
    roles=lambda p: [p.monitor_role],
    summary="Every account used for the institution names the people who maintain it.",
)
def named_maintainer(ctx: RuleContext[AccountChangeEvent, MaintainerParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if event.change != AccountChange.CREATE or event.account is None:
        return
    account = event.account
    label = account.name or account.id or "the account"
    watcher = ctx.pack.role_title(params.monitor_role)
    if account.owners:
        yield ctx.finding(
            Outcome.ALLOW,
            f"{label} names who maintains it; the {watcher} keeps watch on it.",
            evidence=[Evidence(kind="field", field="account.owners", value=account.owners)],
        )
        return
    yield ctx.finding(
        Outcome(params.outcome),
        f"{label} names nobody who maintains it: name its owners before it is used.",
        evidence=[Evidence(kind="field", field="account.owners", value=[])],
        actions=[
            ctx.action(
                "name_account_maintainer",
                f"Make sure {label} has named people who maintain it.",
                params.monitor_role,
            )
        ],
    )
