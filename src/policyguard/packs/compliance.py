"""The pack sections that say how people come to know the policy and how the institution
proves it: ``training:``, ``device_checks:``, ``retention:`` and the ``review:`` section's
``remind_days_before`` and ``filtering`` parts.

    training:
      managers: [dsl, hr]          # who keep training records (administrators always may)
      acknowledgement:             # every member reads and acknowledges each version
        audiences: [staff, student]
        due_days: 14
        remind_every_days: 7
        team_confirmation: true    # managers confirm their team knows the policy (VTS-17)
        clauses: [VTS-17]
      courses:
        online_safety:
          title: Online-safety session
          kind: online_safety      # online_safety, staff_update, induction, other
          attendees: [student]     # affiliation kinds who must attend
          cycle_months: 12         # null: once
          due_within_days: 42      # a newcomer's first session, from the start of their affiliation
          clauses: [VTS-11]
      guidance:                    # where each guidance clause is shown
        VTS-13: [profile_check]

    device_checks:
      what: Antivirus on learner computers is up to date
      role: dsl
      cycle_days: 30
      clauses: [VTS-22]

    retention:
      clauses: [WCUC-23]
      impact_assessment: {role: policy_owner, equality: true}
      periods:
        web_logs: {months: 12, reason: "..."}

Every part has a default (``RETENTION_DEFAULTS`` for retention, with the reason for each);
``policyguard pack show`` marks the values a pack leaves to its default. Names these parts
use (roles, clauses, devices) are checked with their lines by
:func:`compliance_reference_problems`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, StringConstraints, model_validator

from policyguard.packs.strict import CLAUSE_ID, KEY, Strict
from policyguard.people import AffiliationKind

if TYPE_CHECKING:
    from policyguard.packs.schema import Pack

__all__ = [
    "RETENTION_DEFAULTS",
    "Acknowledgement",
    "Course",
    "DeviceChecks",
    "EffectivePeriod",
    "FilteringCheck",
    "FilteringReview",
    "GuidanceMoment",
    "ImpactAssessment",
    "Retention",
    "RetentionPeriod",
    "Training",
    "compliance_reference_problems",
    "guidance_placements",
]


class GuidanceMoment(StrEnum):
    """Where in the portal a guidance clause is shown, besides the staff guide."""

    PROFILE_CHECK = "profile_check"  # "check my profile"
    CONNECTION = "connection"  # "may I connect with someone?"
    DRAFT = "draft"  # writing a draft for an official account
    MEDIA = "media"  # "may this photo or video go out?"


MOMENT_TITLES = {
    GuidanceMoment.PROFILE_CHECK: "Your profiles and accounts",
    GuidanceMoment.CONNECTION: "Contact with learners and others",
    GuidanceMoment.DRAFT: "What to share and what not to",
    GuidanceMoment.MEDIA: "Photos and video",
}

# A guidance clause the pack does not place is shown where its topics say.
TOPIC_MOMENTS: dict[str, tuple[GuidanceMoment, ...]] = {
    "profile": (GuidanceMoment.PROFILE_CHECK,),
    "privacy": (GuidanceMoment.PROFILE_CHECK, GuidanceMoment.DRAFT),
    "security": (GuidanceMoment.PROFILE_CHECK,),
    "contact": (GuidanceMoment.CONNECTION,),
    "content": (GuidanceMoment.DRAFT,),
    "media": (GuidanceMoment.MEDIA,),
}


ClauseId = Annotated[str, StringConstraints(pattern=CLAUSE_ID)]


class Acknowledgement(Strict):
    """Each member reads the current version of the policy and acknowledges it."""

    audiences: list[AffiliationKind] = Field(
        default_factory=lambda: [AffiliationKind.STAFF, AffiliationKind.STUDENT],
        description="Who is asked: members on the staff or student side.",
    )
    due_days: int = Field(default=14, ge=1, le=365, description="Days to acknowledge.")
    remind_every_days: int = Field(default=7, ge=1, le=90)
    team_confirmation: bool = Field(
        default=True, description="Managers confirm that their team knows the policy."
    )
    clauses: list[ClauseId] = Field(default_factory=list)


CourseKind = Literal["online_safety", "staff_update", "induction", "other"]


class Course(Strict):
    """A session people must attend, once or every ``cycle_months``."""

    title: str = Field(min_length=1)
    kind: CourseKind = "other"
    attendees: list[AffiliationKind] = Field(min_length=1)
    cycle_months: int | None = Field(
        default=None, ge=1, le=120, description="Attend again after this; null: once."
    )
    due_within_days: int = Field(
        default=30,
        ge=0,
        le=730,
        description="Days from the start of a person's affiliation to their first session.",
    )
    description: str = ""
    clauses: list[ClauseId] = Field(default_factory=list)


# Names of the portal's own pages beside the courses' (/training/<course>/).
RESERVED_COURSE_KEYS = frozenset({"mine", "declarations", "sessions"})


class Training(Strict):
    managers: list[str] | None = Field(
        default=None,
        description="Role keys whose holders keep training records (default: dsl and hr, "
        "where the pack has them); administrators always may.",
    )
    acknowledgement: Acknowledgement = Field(default_factory=Acknowledgement)
    courses: dict[str, Course] = Field(default_factory=dict)
    guidance: dict[ClauseId, list[GuidanceMoment]] = Field(
        default_factory=dict,
        description="Guidance clause id -> where it is shown (profile_check, connection, "
        "draft, media); a clause left out is placed by its topics.",
    )

    @model_validator(mode="after")
    def _keys(self) -> Training:
        import re

        for key in self.courses:
            if not re.match(KEY, key):
                raise ValueError(f"course {key!r} is not a key: use lower_case_with_underscores")
            if key in RESERVED_COURSE_KEYS:
                raise ValueError(
                    f"course {key!r}: the portal's training pages use this name; choose another key"
                )
        return self

    def manager_roles(self, pack: Pack) -> list[str]:
        if self.managers is not None:
            return list(self.managers)
        return [role for role in ("dsl", "hr") if role in pack.roles]


class DeviceChecks(Strict):
    """A register of checks on devices (VTS-22: antivirus on learner computers)."""

    what: str = Field(min_length=1, description="What each check looks at.")
    role: str = Field(pattern=KEY, description="Who carries out the checks.")
    cycle_days: int = Field(default=30, ge=1, le=730)
    clauses: list[ClauseId] = Field(default_factory=list)


class FilteringCheck(Strict):
    """One test URL of the web filter's check suite and what must happen to it."""

    url: str = Field(min_length=4, max_length=2000)
    expect: Literal["block", "allow"]
    devices: list[str] = Field(
        default_factory=list, description="Device classes of web.devices; empty: every one."
    )
    note: str = ""


class FilteringReview(Strict):
    """The DfE filtering and monitoring standards' review, with evidence of checks."""

    role: str | None = Field(
        default=None, pattern=KEY, description="Who leads it (default: dsl, else the owner)."
    )
    cycle_months: int = Field(default=12, ge=1, le=36)
    remind_days_before: int = Field(default=30, ge=0, le=365)
    clauses: list[ClauseId] = Field(default_factory=list)
    checks: list[FilteringCheck] = Field(default_factory=list)

    def lead_role(self, pack: Pack) -> str:
        if self.role is not None:
            return self.role
        return "dsl" if "dsl" in pack.roles else pack.review.owner


class ImpactAssessment(Strict):
    """A new version of the policy asks for an impact assessment (WCUC-23)."""

    role: str = Field(pattern=KEY, description="Who carries it out.")
    equality: bool = Field(default=True, description="Equality impact assessed too.")
    clauses: list[ClauseId] = Field(default_factory=list)


Action = Literal["delete", "anonymise"]


@dataclass(frozen=True)
class RetentionDefault:
    days: int | None
    months: int | None
    action: Action
    reason: str
    title: str


# The defaults, each with its reason. Periods run from each kind's own moment (a web log
# from its request, a case from its closing, a consent from its withdrawal); records
# under legal hold or in an open case are never purged, whatever the period.
RETENTION_DEFAULTS: dict[str, RetentionDefault] = {
    "web_logs": RetentionDefault(
        None,
        12,
        "delete",
        "A year covers the DfE standards' yearly review of filtering and monitoring and a "
        "concern raised within the year; records behind a safeguarding alert follow the "
        "alert. Storage limitation (UK GDPR art. 5(1)(e)) asks no longer.",
        "Web-filter records",
    ),
    "alerts": RetentionDefault(
        None,
        24,
        "delete",
        "Closed safeguarding alerts show a pattern across two academic years; one that became "
        "a concern is kept with its case. Open alerts are never purged.",
        "Safeguarding alerts (closed)",
    ),
    "cases": RetentionDefault(
        None,
        72,
        "delete",
        "Six years from closing, the Limitation Act 1980 period for most claims. Child "
        "protection files are often kept to the learner's 25th birthday (IRMS toolkit): set "
        "a longer period where your safeguarding policy says so. Open cases are never purged.",
        "Cases (closed)",
    ),
    "drafts": RetentionDefault(
        None,
        12,
        "delete",
        "A published post lives on the platform; a year of moderation records answers a "
        "complaint about one. Drafts still waiting are never purged.",
        "Drafts and moderation records (decided)",
    ),
    "consents": RetentionDefault(
        None,
        12,
        "delete",
        "A withdrawn consent is kept a year to show when it was withdrawn and that removal "
        "followed; consents in force are never purged while images may be used.",
        "Consents (withdrawn)",
    ),
    "decisions": RetentionDefault(
        None,
        24,
        "delete",
        "Two academic years of decisions answer 'why was this allowed?' for a complaint or "
        "a review; duties they opened keep their own record.",
        "Decisions",
    ),
    "training_records": RetentionDefault(
        None,
        72,
        "delete",
        "Evidence that people were trained is asked for by inspection and in employment "
        "claims: six years, the Limitation Act period.",
        "Training sessions and attendance",
    ),
    "acknowledgements": RetentionDefault(
        None,
        72,
        "delete",
        "That a person read and acknowledged a version of the policy (VTS-17, WCUC-03) is "
        "asked for by inspection and in employment claims: six years, the Limitation Act "
        "period. Each person's latest acknowledgement is kept whatever its age: it shows "
        "they know the policy in force.",
        "Policy acknowledgements",
    ),
    "team_confirmations": RetentionDefault(
        None,
        72,
        "delete",
        "A manager's confirmation that their team knows the policy (VTS-17) is evidence of "
        "the same kind as an acknowledgement: six years, the Limitation Act period.",
        "Managers' team confirmations",
    ),
    "policy_reviews": RetentionDefault(
        None,
        72,
        "delete",
        "Reviews of the policy and impact assessments of its changes (WCUC-03, WCUC-23) "
        "show it was kept current: six years, as the policy's own records. The latest "
        "review is kept whatever its age; open ones are never purged.",
        "Policy reviews (done)",
    ),
    "impact_assessments": RetentionDefault(
        None,
        72,
        "delete",
        "An impact assessment of a policy change (WCUC-23) is kept as long as the reviews "
        "that follow it: six years from its completion. Open ones are never purged.",
        "Impact assessments (completed)",
    ),
    "filtering_reviews": RetentionDefault(
        None,
        72,
        "delete",
        "The DfE filtering and monitoring standards ask for a yearly review with evidence; "
        "six years keeps every review an inspection or a claim may ask about. The latest "
        "completed review is kept whatever its age (the next is due a cycle after it); "
        "open ones are never purged.",
        "Filtering and monitoring reviews (done)",
    ),
    "filter_check_runs": RetentionDefault(
        None,
        24,
        "delete",
        "A run of the filter's checks is evidence for the review that keeps it (kept as "
        "long as that review); a run no review kept says nothing after two review cycles.",
        "Filter check runs",
    ),
    "device_checks": RetentionDefault(
        None,
        24,
        "delete",
        "Two years of checks show the devices kept current across a policy review cycle.",
        "Device checks",
    ),
    "audit": RetentionDefault(
        None,
        72,
        "delete",
        "The audit log is the evidence of who did what: six years, the Limitation Act "
        "period. Each purge writes its own audit row.",
        "Audit log",
    ),
}


class RetentionPeriod(Strict):
    """How long one kind of record is kept: ``days`` or ``months``, and what then."""

    days: int | None = Field(default=None, ge=1, le=36_500)
    months: int | None = Field(default=None, ge=1, le=1_200)
    action: Action | None = Field(default=None, description="delete or anonymise")
    reason: str = Field(default="", description="Why this period, in the institution's words.")

    @model_validator(mode="after")
    def _one_length(self) -> RetentionPeriod:
        if (self.days is None) == (self.months is None):
            raise ValueError("give either days or months (one of them)")
        return self


class RetentionPeriods(Strict):
    """One optional entry per kind of record (``RETENTION_DEFAULTS`` lists them)."""

    web_logs: RetentionPeriod | None = None
    alerts: RetentionPeriod | None = None
    cases: RetentionPeriod | None = None
    drafts: RetentionPeriod | None = None
    consents: RetentionPeriod | None = None
    decisions: RetentionPeriod | None = None
    training_records: RetentionPeriod | None = None
    device_checks: RetentionPeriod | None = None
    acknowledgements: RetentionPeriod | None = None
    team_confirmations: RetentionPeriod | None = None
    policy_reviews: RetentionPeriod | None = None
    impact_assessments: RetentionPeriod | None = None
    filtering_reviews: RetentionPeriod | None = None
    filter_check_runs: RetentionPeriod | None = None
    audit: RetentionPeriod | None = None


@dataclass(frozen=True)
class EffectivePeriod:
    """The period that applies to one kind: the pack's, or the default (``default``)."""

    kind: str
    title: str
    days: int | None
    months: int | None
    action: Action
    reason: str
    default: bool

    def describe(self) -> str:
        if self.months is not None:
            years, rest = divmod(self.months, 12)
            text = f"{years} year{'s' if years != 1 else ''}" if not rest else ""
            text = text or f"{self.months} month{'s' if self.months != 1 else ''}"
        else:
            text = f"{self.days} day{'s' if self.days != 1 else ''}"
        return text + (" (default)" if self.default else "")

    def cutoff(self, now: datetime) -> datetime:
        """Records whose moment is before this are expired at ``now``."""
        if self.months is not None:
            from policyguard.packs.schema import add_months

            day = add_months(now.date(), -self.months)
            return now.replace(year=day.year, month=day.month, day=day.day)
        return now - timedelta(days=self.days or 0)

    def cutoff_day(self, today: date) -> date:
        if self.months is not None:
            from policyguard.packs.schema import add_months

            return add_months(today, -self.months)
        return today - timedelta(days=self.days or 0)


class Retention(Strict):
    clauses: list[ClauseId] = Field(default_factory=list)
    impact_assessment: ImpactAssessment | None = None
    periods: RetentionPeriods = Field(default_factory=RetentionPeriods)

    def period(self, kind: str) -> EffectivePeriod:
        """The period for ``kind`` (a key of ``RETENTION_DEFAULTS``); KeyError otherwise."""
        default = RETENTION_DEFAULTS[kind]
        given: RetentionPeriod | None = getattr(self.periods, kind)
        if given is None:
            return EffectivePeriod(
                kind, default.title, default.days, default.months, default.action,
                default.reason, True,
            )  # fmt: skip
        return EffectivePeriod(
            kind,
            default.title,
            given.days,
            given.months,
            given.action or default.action,
            given.reason or default.reason,
            False,
        )

    def all_periods(self) -> list[EffectivePeriod]:
        return [self.period(kind) for kind in RETENTION_DEFAULTS]


def guidance_placements(pack: Pack) -> dict[str, tuple[tuple[GuidanceMoment, ...], bool]]:
    """Each guidance clause -> (where it is shown, placed by default from its topics)."""
    from policyguard.packs.schema import ClauseKind

    placed = pack.training.guidance
    found: dict[str, tuple[tuple[GuidanceMoment, ...], bool]] = {}
    for clause in pack.clauses:
        if clause.kind != ClauseKind.GUIDANCE:
            continue
        if clause.id in placed:
            found[clause.id] = (tuple(dict.fromkeys(placed[clause.id])), False)
            continue
        moments = [m for topic in clause.topics for m in TOPIC_MOMENTS.get(topic, ())]
        found[clause.id] = (tuple(dict.fromkeys(moments)), True)
    return found


Loc = tuple[str | int, ...]


def compliance_reference_problems(pack: Pack) -> Iterator[tuple[Loc, str]]:
    """(where, what) for each name these sections use that the pack does not define."""
    from policyguard.packs.schema import ClauseKind

    clauses = {c.id: c for c in pack.clauses}
    roles = set(pack.roles)

    def unknown_clauses(loc: Loc, ids: list[str]) -> Iterator[tuple[Loc, str]]:
        for clause in ids:
            if clause not in clauses:
                yield loc, f"clause {clause} is not in clauses"

    def unknown_role(loc: Loc, role: str | None) -> Iterator[tuple[Loc, str]]:
        if role is not None and role not in roles:
            yield (
                loc,
                f"role {role!r} is not defined under roles (defined: {', '.join(sorted(roles))})",
            )

    training = pack.training
    for n, role in enumerate(training.managers or []):
        yield from unknown_role(("training", "managers", n), role)
    yield from unknown_clauses(
        ("training", "acknowledgement", "clauses"), training.acknowledgement.clauses
    )
    for key, course in training.courses.items():
        yield from unknown_clauses(("training", "courses", key, "clauses"), course.clauses)
    for clause_id in training.guidance:
        clause = clauses.get(clause_id)
        if clause is None:
            yield ("training", "guidance", clause_id), f"clause {clause_id} is not in clauses"
        elif clause.kind != ClauseKind.GUIDANCE:
            yield (
                ("training", "guidance", clause_id),
                f"{clause_id} is a {clause.kind.value} clause; only guidance clauses are placed",
            )
    if pack.device_checks is not None:
        yield from unknown_role(("device_checks", "role"), pack.device_checks.role)
        yield from unknown_clauses(("device_checks", "clauses"), pack.device_checks.clauses)
    filtering = pack.review.filtering
    yield from unknown_role(("review", "filtering", "role"), filtering.role)
    yield from unknown_clauses(("review", "filtering", "clauses"), filtering.clauses)
    devices = set(pack.web.devices) if pack.web is not None else set()
    for n, check in enumerate(filtering.checks):
        for device in check.devices:
            if device not in devices:
                yield (
                    ("review", "filtering", "checks", n, "devices"),
                    f"device class {device!r} is not defined under web.devices",
                )
    yield from unknown_clauses(("retention", "clauses"), pack.retention.clauses)
    if pack.retention.impact_assessment is not None:
        assessment = pack.retention.impact_assessment
        yield from unknown_role(("retention", "impact_assessment", "role"), assessment.role)
        yield from unknown_clauses(
            ("retention", "impact_assessment", "clauses"), assessment.clauses
        )


def defaults_left(model: Strict, prefix: str = "") -> list[str]:
    """Dotted names of the fields of ``model`` (and its nested parts) the pack left out."""
    left: list[str] = []
    for name in type(model).model_fields:
        value: Any = getattr(model, name)
        dotted = f"{prefix}{name}"
        if name not in model.model_fields_set:
            left.append(dotted)
        elif isinstance(value, Strict):
            left.extend(defaults_left(value, dotted + "."))
    return left
