"""The pack format: a policy as data. See README.md, "Pack format", for a worked example.

A pack is YAML. Its top-level sections are ``format``, ``version``, ``organisation``,
``document``, ``review``, ``legislation``, ``related_policies``, ``applies_to``,
``roles``, ``reports``, ``clauses``, ``rules``, ``schedules``, ``web``, and the sections
of :mod:`policyguard.packs.compliance`: ``training``, ``device_checks`` and ``retention``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, time
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from policyguard.packs.compliance import DeviceChecks, FilteringReview, Retention, Training
from policyguard.packs.reports import ReportKind
from policyguard.packs.strict import CLAUSE_ID, KEY, Strict
from policyguard.packs.web import WebPolicy


class ClauseKind(StrEnum):
    RULE = "rule"
    WORKFLOW = "workflow"
    GUIDANCE = "guidance"
    RECORD = "record"


class Organisation(Strict):
    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    short_name: str = Field(min_length=1)
    aliases: list[str] = Field(
        default_factory=list, description="Other names that show the affiliation in a profile."
    )
    handle_patterns: list[str] = Field(
        default_factory=list,
        description="Lower-case fragments a personal handle must not contain (WCUC-18).",
    )
    email_domains: list[str] = Field(default_factory=list)
    timezone: str = "Europe/London"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r}; use an IANA name") from exc
        return value

    @property
    def names(self) -> list[str]:
        return [self.name, self.short_name, *self.aliases]


class Document(Strict):
    title: str
    file: str = Field(description="The seed document this pack carries out.")
    issued: str = Field(default="", description="Version or date printed on the document.")


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months; the 29th-31st clamp to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Review(Strict):
    """When the policy was approved and when it must be reviewed.

    A document that gives no approval date (some seeds do not) records ``approved_on:
    null``; its next review is then unknown, which the portal shows as needing a date.
    """

    owner: str = Field(pattern=KEY, description="Role key of the policy's owner.")
    approved_on: date | None
    approved_by: str = ""
    cycle_months: int | None = Field(default=None, ge=1, le=120)
    next_review_on: date | None = Field(
        default=None, description="A date the document itself sets, overriding the cycle."
    )
    note: str = ""
    remind_days_before: int = Field(
        default=30, ge=0, le=365, description="Days before the review is due to remind the owner."
    )
    filtering: FilteringReview = Field(
        default_factory=FilteringReview,
        description="The yearly filtering and monitoring review of the DfE standards.",
    )

    @model_validator(mode="after")
    def _has_a_cycle(self) -> Review:
        if self.cycle_months is None and self.next_review_on is None:
            raise ValueError("give cycle_months or next_review_on so a review can be scheduled")
        return self

    @property
    def next_review(self) -> date | None:
        if self.next_review_on is not None:
            return self.next_review_on
        if self.approved_on is None or self.cycle_months is None:
            return None
        return add_months(self.approved_on, self.cycle_months)

    def is_overdue(self, today: date) -> bool:
        due = self.next_review
        return due is not None and today > due

    def days_overdue(self, today: date) -> int:
        due = self.next_review
        return max(0, (today - due).days) if due is not None else 0


class Manual(Strict):
    """What no check can decide about a clause (all of it, or the part its rules cannot
    see): the role that carries it out instead, and why it needs a person."""

    role: str = Field(pattern=KEY, description="Role key of the person who carries it out.")
    why: str = Field(
        min_length=20, description="Why a check cannot decide it, and what the person does."
    )


class Clause(Strict):
    id: str = Field(pattern=CLAUSE_ID)
    kind: ClauseKind
    section: str = Field(min_length=1, description="Where it stands in the document.")
    summary: str = Field(min_length=1, description="Our paraphrase, never the document's words.")
    topics: list[str] = Field(default_factory=list)
    manual: Manual | None = Field(
        default=None, description="The part of the clause a person carries out, and why."
    )


# What holders of a role may do in the portal beyond their own work.
Permission = Literal[
    "see_directory",
    "import_people",
    "moderate",
    "filter_web",
    "review_web_log",
    "manage_safeguarding_cases",
    "manage_staff_conduct_cases",
    "manage_conduct_cases",
    "record_consent",
]

# Who may when no role of the pack claims the permission: the first group of role keys
# of which the pack has any. (see_directory: safeguarding and HR act on anyone;
# filter_web: IT where the pack has it, else the DSL, whom the DfE standards make
# responsible; review_web_log leaves out it_support, since fixing computers does not
# need anyone's search history. Managing an area of cases means seeing every case and
# concern of it and opening cases there: safeguarding is the DSL's and the safeguarding
# team's (WCUC-04, QTSD-13), staff conduct HR's (NCLT-10, WCUC-17); nobody manages
# conduct cases as a whole unless the pack says so, so only their workers see them.)
DEFAULT_PERMISSIONS: dict[Permission, tuple[tuple[str, ...], ...]] = {
    "see_directory": (("dsl", "hr"),),
    "import_people": (("hr",),),
    "moderate": (("moderator",),),
    "filter_web": (("it_manager", "it_support"), ("dsl",)),
    "review_web_log": (
        ("office_manager", "administration_team", "dsl", "safeguarding_team", "it_manager"),
    ),
    "manage_safeguarding_cases": (("dsl", "safeguarding_team"),),
    "manage_staff_conduct_cases": (("hr",),),
    "manage_conduct_cases": (),
    # Whoever publishes obtains the consent (the packs' media rules name the moderator).
    "record_consent": (("moderator",),),
}


class Role(Strict):
    title: str = Field(min_length=1, description="The institution's own title for the role.")
    relative: bool = Field(
        default=False,
        description="Resolved per person (a line manager, a progress tutor), not one holder.",
    )
    description: str = ""
    may: list[Permission] = Field(
        default_factory=list,
        description="What its holders may do in the portal (see_directory, import_people, "
        "moderate, filter_web, review_web_log, manage_safeguarding_cases, "
        "manage_staff_conduct_cases, manage_conduct_cases, record_consent). A permission no "
        "role claims falls to its default roles.",
    )


class Purpose(Strict):
    """Why an image or information about people is published (a media event's ``purpose``,
    a consent's ``uses``): the pack's own choice list, keyed like ``educational_activity``."""

    title: str = Field(min_length=1, description="The name people choose it by.")
    description: str = Field(default="", description="What counts as this purpose.")


class RuleBinding(Strict):
    rule: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$", description="A registered rule name.")
    clauses: list[str] = Field(min_length=1)
    params: dict[str, Any] = Field(default_factory=dict)
    note: str = ""


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class TimeWindow(Strict):
    days: list[Weekday] = Field(default_factory=lambda: list(WEEKDAYS[:5]), min_length=1)
    start: time
    end: time
    default: bool = Field(
        default=False,
        description="A time the policy document does not give, chosen for it: shown as a "
        "default so the institution sets its own.",
    )

    def describe(self) -> str:
        days = (
            "-".join([self.days[0], self.days[-1]]) if self._weekdays_run() else ",".join(self.days)
        )
        text = f"{days.title()} {self.start:%H:%M}-{self.end:%H:%M}"
        return f"{text} (default)" if self.default else text

    def _weekdays_run(self) -> bool:
        indexes = [WEEKDAYS.index(d) for d in self.days]
        return len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1))

    @model_validator(mode="after")
    def _ordered(self) -> TimeWindow:
        if self.end <= self.start:
            raise ValueError("end must be after start (windows do not cross midnight)")
        return self

    def contains(self, weekday: int, moment: time) -> bool:
        return WEEKDAYS[weekday] in self.days and self.start <= moment < self.end


class Pack(Strict):
    format: Literal[1] = 1
    version: str = Field(min_length=1, description="This pack's own version.")
    organisation: Organisation
    document: Document
    review: Review
    legislation: list[str] = Field(default_factory=list)
    related_policies: list[str] = Field(default_factory=list)
    applies_to: list[str] = Field(default_factory=list)
    roles: dict[str, Role]
    reports: dict[str, ReportKind] = Field(
        default_factory=dict,
        description="Kinds of concern and the routes each may take (packs/reports.py).",
    )
    clauses: list[Clause] = Field(min_length=1)
    rules: list[RuleBinding] = Field(default_factory=list)
    schedules: dict[str, list[TimeWindow]] = Field(default_factory=dict)
    purposes: dict[str, Purpose] = Field(
        default_factory=dict,
        description="Why images or information about people are published: the choices a "
        "media event's purpose and a consent's uses name.",
    )
    web: WebPolicy | None = None
    training: Training = Field(
        default_factory=Training,
        description="Acknowledging the policy, courses people attend, where guidance shows.",
    )
    device_checks: DeviceChecks | None = Field(
        default=None, description="A register of device checks (VTS-22's antivirus)."
    )
    retention: Retention = Field(
        default_factory=Retention,
        description="How long each kind of record is kept, and impact assessments.",
    )

    @field_validator("roles", "reports", "schedules", "purposes")
    @classmethod
    def _keys_are_identifiers(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key in value:
            if not re.match(KEY, key):
                raise ValueError(f"{key!r} is not a key: use lower_case_with_underscores")
        return value

    @model_validator(mode="after")
    def _references_resolve(self) -> Pack:
        ids = [c.id for c in self.clauses]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"clause ids repeated: {', '.join(dupes)}")
        known = set(ids)
        for n, binding in enumerate(self.rules):
            for clause in binding.clauses:
                if clause not in known:
                    raise ValueError(f"rules[{n}] cites clause {clause} which is not in clauses")
        # Roles the reports: section names are checked, with their lines, by the loader.
        manual = [c.manual.role for c in self.clauses if c.manual is not None]
        for role in [self.review.owner, *manual]:
            if role not in self.roles:
                raise ValueError(f"role {role!r} is used but not defined under roles")
        return self

    @property
    def slug(self) -> str:
        return self.organisation.slug

    def clause(self, clause_id: str) -> Clause:
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    def purpose_choices(self) -> list[tuple[str, str]]:
        """(key, title) of each purpose, in the pack's order: the choices a form offers."""
        return [(key, purpose.title) for key, purpose in self.purposes.items()]

    def roles_that_may(self, permission: Permission) -> tuple[str, ...]:
        """The role keys whose holders have ``permission``: those that claim it, or else
        its default roles that this pack has (``DEFAULT_PERMISSIONS``), in order."""
        claimed = tuple(key for key, role in self.roles.items() if permission in role.may)
        if claimed:
            return claimed
        for group in DEFAULT_PERMISSIONS[permission]:
            found = tuple(key for key in group if key in self.roles)
            if found:
                return found
        return ()

    def role_title(self, key: str) -> str:
        role = self.roles.get(key)
        return role.title if role else key

    def enforcing(self, clause_id: str) -> list[RuleBinding]:
        return [b for b in self.rules if clause_id in b.clauses]

    def unenforced_rule_clauses(self) -> list[str]:
        """Clauses of kind ``rule`` that no rule binding or ``web:`` part carries out and
        that the pack does not hand to a person (``manual``) either."""
        cited = {c for b in self.rules for c in b.clauses} | self.web_clauses()
        return [
            c.id
            for c in self.clauses
            if c.kind == ClauseKind.RULE and c.id not in cited and c.manual is None
        ]

    def web_section(self) -> dict[str, Any]:
        """The ``web:`` section as written (no defaults filled in); empty when absent."""
        return self.web.model_dump(mode="json", exclude_unset=True) if self.web else {}

    def web_clauses(self) -> set[str]:
        """Clause IDs cited anywhere in the ``web:`` section."""
        return self.web.cited_clauses() if self.web else set()
