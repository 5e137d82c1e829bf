"""Profile rules: what a personal or official social-media profile must and must not show."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from policyguard.people import AffiliationKind
from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import AccountType, ProfileEvent
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param
from policyguard.policy.statements import find_personal_views


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


class _ProfileParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    owners: list[AffiliationKind] = Field(default_factory=lambda: [AffiliationKind.STAFF])
    account_types: list[AccountType] = Field(
        default_factory=lambda: [AccountType.PERSONAL, AccountType.PROFESSIONAL]
    )
    outcome: Literal["block", "review"] = "block"


PP = TypeVar("PP", bound=_ProfileParams)


def _applies(ctx: RuleContext[ProfileEvent, PP]) -> bool:
    owner = ctx.person("owner")
    if owner is None or ctx.event.account_type not in ctx.params.account_types:
        return False
    return any(owner.is_(kind, ctx.day) for kind in ctx.params.owners)


class StatementParams(_ProfileParams):
    statements: list[str] = Field(
        default_factory=list,
        description="Regular expressions that also count as a personal-views statement, "
        "beside the wordings the detector reads (policyguard.policy.statements).",
    )


def _statement(
    text: str, ctx: RuleContext[ProfileEvent, StatementParams]
) -> tuple[int, int, str] | None:
    """Where ``text`` says its views are the owner's own: the detector's reading, or one of
    the pack's own extra patterns."""
    found = find_personal_views(text, ctx.pack.organisation.names)
    if found is not None:
        return found.start, found.end, f"personal-views statement ({found.how})"
    for pattern in ctx.params.statements:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            return match.start(), match.end(), "the pack's own pattern"
    return None


def _affiliation(ctx: RuleContext[ProfileEvent, StatementParams]) -> Evidence | None:
    """Where the profile names the institution, if it does."""
    event = ctx.event
    for name in ctx.pack.organisation.names:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        for field in ("employer", "bio", "display_name"):
            match = pattern.search(getattr(event, field))
            if match:
                return Evidence(
                    kind="text_span",
                    field=field,
                    value=match.group(0),
                    start=match.start(),
                    end=match.end(),
                    note="names the institution",
                )
    return None


@rule(
    "profile.personal_views_statement",
    events={"profile"},
    params=StatementParams,
    summary="A profile that names the institution says its views are the owner's own.",
)
def personal_views_statement(ctx: RuleContext[ProfileEvent, StatementParams]) -> Iterator[Finding]:
    if not _applies(ctx):
        return
    named = _affiliation(ctx)
    if named is None:
        return
    for field in ("bio", "display_name"):
        span = _statement(getattr(ctx.event, field), ctx)
        if span is not None:
            start, end, how = span
            text = getattr(ctx.event, field)
            yield ctx.finding(
                Outcome.ALLOW,
                "The profile names the institution and says the views are personal.",
                evidence=[
                    named,
                    Evidence(
                        kind="text_span",
                        field=field,
                        value=text[start:end],
                        start=start,
                        end=end,
                        note=how,
                    ),
                ],
            )
            return
    yield ctx.finding(
        Outcome(ctx.params.outcome),
        "The profile names the institution but has no statement that the views are the "
        "owner's own.",
        evidence=[named],
        actions=[],
    )


class LooksOfficialParams(_ProfileParams):
    forbid_business_style: bool = True


@rule(
    "profile.looks_official",
    events={"profile"},
    params=LooksOfficialParams,
    summary="A personal account must not look like an official one (handle, name, layout).",
)
def looks_official(ctx: RuleContext[ProfileEvent, LooksOfficialParams]) -> Iterator[Finding]:
    if not _applies(ctx):
        return
    event, organisation = ctx.event, ctx.pack.organisation
    fragments = [p.lower() for p in organisation.handle_patterns]
    fragments += [_squash(n) for n in organisation.names if len(_squash(n)) >= 5]
    evidence = []
    for field in ("handle", "display_name"):
        squashed = _squash(getattr(event, field))
        hit = next((f for f in fragments if f and f in squashed), None)
        if hit:
            evidence.append(
                Evidence(
                    kind="field", field=field, value=getattr(event, field), note=f"contains {hit!r}"
                )
            )
            evidence.append(param("handle_patterns", hit))
    if ctx.params.forbid_business_style and event.business_style:
        evidence.append(Evidence(kind="field", field="business_style", value=True))
    if evidence:
        yield ctx.finding(
            Outcome(ctx.params.outcome),
            "A personal account must not look official: its handle, name or layout mirrors "
            "the institution.",
            evidence=evidence,
        )


class EmailParams(_ProfileParams):
    professional_platforms: list[str] = Field(default_factory=lambda: ["linkedin"])


@rule(
    "profile.institutional_email",
    events={"profile"},
    params=EmailParams,
    summary="The institution's email is not a personal account's contact, except on "
    "professional networks.",
)
def institutional_email(ctx: RuleContext[ProfileEvent, EmailParams]) -> Iterator[Finding]:
    if not _applies(ctx) or "@" not in ctx.event.email:
        return
    domain = ctx.event.email.rsplit("@", 1)[1].lower().rstrip(".")
    owned = [d.lower() for d in ctx.pack.organisation.email_domains]
    hit = next((d for d in owned if domain == d or domain.endswith("." + d)), None)
    if hit is None:
        return
    evidence = [
        Evidence(kind="field", field="email", value=ctx.event.email),
        param("email_domains", hit),
    ]
    professional = ctx.event.platform.lower() in {
        p.lower() for p in ctx.params.professional_platforms
    }
    if professional:
        yield ctx.finding(
            Outcome.ALLOW,
            f"The institution's email is allowed on {ctx.event.platform}, a professional network.",
            evidence=evidence,
        )
        return
    yield ctx.finding(
        Outcome(ctx.params.outcome),
        "The institution's email address may not be the contact for a personal account.",
        evidence=evidence,
    )


class PrivacyParams(_ProfileParams):
    outcome: Literal["block", "review"] = "review"


@rule(
    "profile.private_required",
    events={"profile"},
    params=PrivacyParams,
    summary="Personal profiles are set to private.",
)
def private_required(ctx: RuleContext[ProfileEvent, PrivacyParams]) -> Iterator[Finding]:
    if not _applies(ctx) or ctx.event.is_private is not False:
        return
    yield ctx.finding(
        Outcome(ctx.params.outcome),
        "The profile is public; it should be set to private.",
        evidence=[Evidence(kind="field", field="is_private", value=False)],
    )
