"""Media rules: publishing images or video that show students, learners or staff.

Consent is checked at the event's date: a consent given after the post, or withdrawn
before it, does not count; someone under the parental-consent age on that date needs a
parent's or guardian's consent, not their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from policyguard.lookups import Consent, ConsentGiver
from policyguard.people import AffiliationKind, Person
from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import AccountType, MediaEvent, MediaType
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param


class ConsentParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    subjects: list[AffiliationKind] = Field(
        default_factory=lambda: [AffiliationKind.STUDENT],
        description="People who need consent before they are shown.",
    )
    account_types: list[AccountType] = Field(default_factory=lambda: list(AccountType))
    use: str = Field(default="official_social_media", description="The consent use required.")
    parental_consent_under: int | None = Field(default=None, ge=1, le=21)
    allowed_purposes: list[str] = Field(
        default_factory=list,
        description="If set, people of these kinds are shown only for one of these purposes "
        "(keys of the pack's purposes).",
    )
    consent_covers_purpose: bool = Field(
        default=False,
        description="A consent counts only if its uses name the publication's purpose too.",
    )
    obtain_role: str = Field(description="Role that obtains the missing consent.")


_MEDIA_WORDS = {"image": "images", "video": "video", "lesson_recording": "lesson recordings"}


@dataclass(frozen=True)
class _ConsentStatus:
    """One person's consent for this publication: the problem (None: cleared) and the
    evidence, whose person entry's note says which consent cleared them or what is missing."""

    problem: str | None
    evidence: list[Evidence]


def _cleared_note(consent: Consent) -> str:
    by = "a parent or carer" if consent.given_by == ConsentGiver.PARENT else "themselves"
    given = consent.given_on
    return f"cleared by consent (given {given.day} {given:%B %Y} by {by})"


def _consent_status(ctx: RuleContext[MediaEvent, ConsentParams], person: Person) -> _ConsentStatus:
    """Whether ``person`` may be shown, and on what consent."""
    params, day = ctx.params, ctx.day
    needed = [params.use]
    if params.consent_covers_purpose and ctx.event.purpose:
        needed.append(ctx.event.purpose)
    media = ctx.event.media_type.value
    valid = [
        c
        for c in ctx.lookups.consents(person.id)
        if c.valid_on(day) and all(use in c.uses for use in needed) and c.covers(media)
    ]
    age = person.age_on(day)
    label = person.name or person.id

    def status(problem: str | None, note: str, *extra: Evidence) -> _ConsentStatus:
        shown = Evidence(kind="person", field="people_shown", value=person.id, note=note)
        return _ConsentStatus(problem, [shown, *extra])

    if not valid:
        purposes = ctx.pack.purposes
        what = " and ".join(
            purposes[u].title if u in purposes else u.replace("_", " ") for u in needed
        )
        problem = f"no consent from {label} for {what} ({_MEDIA_WORDS[media]}) valid on {day}"
        return status(problem, f"{label}: missing consent for {what} ({_MEDIA_WORDS[media]})")
    parental = [c for c in valid if c.given_by == ConsentGiver.PARENT]
    limit = params.parental_consent_under
    if limit is None:
        return status(None, f"{label}: {_cleared_note((parental or valid)[-1])}")
    if age is None:
        if parental:
            return status(None, f"{label}: {_cleared_note(parental[-1])}")
        problem = f"{label}'s date of birth is unknown, so a parent's consent is needed"
        return status(problem, f"{label}: missing a parent's or carer's consent (age unknown)")
    aged = Evidence(kind="date", field="date_of_birth", value=age, note=f"aged {age}")
    if age < limit and not parental:
        problem = f"{label} is {age}: consent must come from a parent or guardian"
        return status(problem, f"{label}: aged {age}, missing a parent's or carer's consent", aged)
    chosen = parental[-1] if age < limit else valid[-1]
    return status(None, f"{label}: {_cleared_note(chosen)}", aged)


def _purpose_finding(
    ctx: RuleContext[MediaEvent, ConsentParams], subjects: list[Person]
) -> Finding:
    """Whether the stated purpose is one for which these people may be shown."""
    event, params, pack = ctx.event, ctx.params, ctx.pack
    allowed = [pack.purposes[k].title if k in pack.purposes else k for k in params.allowed_purposes]
    kinds = " or ".join(sorted({k.value for k in params.subjects}))
    evidence = [
        Evidence(kind="field", field="purpose", value=event.purpose or None),
        param("allowed_purposes", params.allowed_purposes),
        *(Evidence(kind="person", field="people_shown", value=p.id) for p in subjects),
    ]
    if event.purpose in params.allowed_purposes:
        return ctx.finding(
            Outcome.ALLOW,
            f"The purpose is {allowed[params.allowed_purposes.index(event.purpose)]}, one for "
            f"which a {kinds} may be shown.",
            evidence=evidence,
        )
    stated = (
        f"the purpose is {pack.purposes[event.purpose].title}"
        if event.purpose in pack.purposes
        else "no purpose is stated"
    )
    return ctx.finding(
        Outcome.BLOCK,
        f"A {kinds} may be shown only for: {', '.join(allowed)}; {stated}.",
        evidence=evidence,
    )


@rule(
    "media.consent_required",
    events={"media"},
    params=ConsentParams,
    roles=lambda p: [p.obtain_role],
    purposes=lambda p: p.allowed_purposes,
    summary="People shown need consent valid on the day (a parent's under the set age), "
    "and may be shown only for the allowed purposes.",
)
def consent_required(ctx: RuleContext[MediaEvent, ConsentParams]) -> Iterator[Finding]:
    event, params, day = ctx.event, ctx.params, ctx.day
    if event.account_type not in params.account_types:
        return
    shown = [p for path, p in ctx.people.items() if path.startswith("people_shown")]
    subjects = [p for p in shown if any(p.is_(k, day) for k in params.subjects)]
    if params.allowed_purposes and subjects:
        yield _purpose_finding(ctx, subjects)
    statuses = [_consent_status(ctx, p) for p in subjects]
    cleared = [s for s in statuses if s.problem is None]
    missing = [s for s in statuses if s.problem is not None]
    # Which kind of media the consent was judged for: a post's files are judged per
    # kind, and a reader shows each file's people against its own kind.
    kind = Evidence(kind="field", field="media_type", value=event.media_type.value)
    if cleared:
        everyone = "everyone shown" if not missing else f"{len(cleared)} of {len(statuses)} shown"
        yield ctx.finding(
            Outcome.ALLOW,
            f"Consent is in order for {everyone} ({len(cleared)}).",
            evidence=[*(e for s in cleared for e in s.evidence), kind],
        )
    if not missing:
        return
    yield ctx.finding(
        Outcome.BLOCK,
        "Not everyone shown has consented: " + "; ".join(str(s.problem) for s in missing) + ".",
        evidence=[*(e for s in missing for e in s.evidence), kind],
        actions=[
            ctx.action(
                "obtain_consent",
                "Obtain the missing consent before publishing, or remove those people.",
                params.obtain_role,
            )
        ],
    )


class ForbiddenSubjectsParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    subjects: list[AffiliationKind] = Field(min_length=1)
    authors: list[AffiliationKind] = Field(default_factory=lambda: [AffiliationKind.STAFF])
    account_types: list[AccountType] = Field(
        default_factory=lambda: [AccountType.PERSONAL, AccountType.PROFESSIONAL]
    )
    on_premises_only: bool = False
    official_shares_allowed: bool = True
    outcome: Literal["block", "review"] = "block"


@rule(
    "media.forbidden_subjects",
    events={"media"},
    params=ForbiddenSubjectsParams,
    summary="Some people may never be shown from some accounts (e.g. learners on staff "
    "personal profiles).",
)
def forbidden_subjects(ctx: RuleContext[MediaEvent, ForbiddenSubjectsParams]) -> Iterator[Finding]:
    event, params, day = ctx.event, ctx.params, ctx.day
    author = ctx.person("author")
    if author is None or not any(author.is_(k, day) for k in params.authors):
        return
    if event.account_type not in params.account_types:
        return
    if params.on_premises_only and not event.on_premises:
        return
    if params.official_shares_allowed and event.shared_from_official:
        yield ctx.finding(
            Outcome.ALLOW,
            "Sharing a post from the institution's own account is permitted.",
            evidence=[Evidence(kind="field", field="shared_from_official", value=True)],
        )
        return
    shown = [p for path, p in ctx.people.items() if path.startswith("people_shown")]
    hits = [p for p in shown if any(p.is_(k, day) for k in params.subjects)]
    if not hits:
        return
    where = " taken on the premises" if params.on_premises_only else ""
    kinds = ", ".join(k.value for k in params.subjects)
    yield ctx.finding(
        Outcome(params.outcome),
        f"A {event.account_type.value} account may not show {kinds}{where}.",
        evidence=[
            *(Evidence(kind="person", field="people_shown", value=p.id, note=p.name) for p in hits),
            *(
                [Evidence(kind="field", field="on_premises", value=True)]
                if params.on_premises_only
                else []
            ),
        ],
    )


class LessonRecordingParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    outcome: Literal["block", "review"] = "block"


@rule(
    "media.lesson_recording",
    events={"media"},
    params=LessonRecordingParams,
    summary="Recording a lesson needs the teacher's permission.",
)
def lesson_recording(ctx: RuleContext[MediaEvent, LessonRecordingParams]) -> Iterator[Finding]:
    event = ctx.event
    if event.media_type != MediaType.LESSON_RECORDING:
        return
    if event.teacher_permission:
        yield ctx.finding(
            Outcome.ALLOW,
            "The teacher gave permission to record the lesson.",
            evidence=[Evidence(kind="field", field="teacher_permission", value=True)],
        )
        return
    yield ctx.finding(
        Outcome(ctx.params.outcome),
        "A lesson may not be recorded without the teacher's permission.",
        evidence=[
            Evidence(kind="field", field="teacher_permission", value=event.teacher_permission)
        ],
    )
