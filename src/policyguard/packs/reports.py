"""The pack's ``reports:`` section: the kinds of concern people report and, for each, the
routes it may take. A report takes ONE route, chosen by who reports and whom it is about.

    reports:
      breach:
        title: A breach of the social media policy
        area: conduct            # which case access applies: safeguarding, staff_conduct, conduct
        urgency: soon            # immediately, soon or routine, as the clause says
        clauses: [NCLT-10]
        routes:                  # the first that fits is the route
          - {reporter: [student], to: progress_tutor, of: reporter}
          - {reporter: [staff], to: line_manager, of: reporter}
          - {to: hr}

A route fits when the reporter is one of ``reporter`` and the subject one of ``about``
(either left out: anyone), and, for a per-person role (line manager, progress tutor), when
the directory knows who holds it for the person ``of`` names. The last route must fit
everyone and name a role with holders of its own, so every report reaches somebody.

Who someone is, for ``reporter`` and ``about``: any affiliation kind current on the day
of the report (``student``, ``staff``, ``parent``...), ``former_student``, and ``unknown``
(not given, or no current affiliation). A per-person route whose holder is not known is
still taken (its duty goes to the role, for administrators to assign) unless it says
``only_if_known: true``, when the next route is tried instead. ``also`` names roles that
are told as well. A list of role keys is shorthand for plain routes, ``safeguarding: [dsl]``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from policyguard.packs.strict import KEY, Strict
from policyguard.people import AffiliationKind, Person

__all__ = [
    "AREAS",
    "WHO",
    "ReportKind",
    "Route",
    "report_reference_problems",
    "who_is",
]

Urgency = Literal["immediately", "soon", "routine"]
Area = Literal["safeguarding", "staff_conduct", "conduct"]
AREAS: tuple[Area, ...] = ("safeguarding", "staff_conduct", "conduct")
WHO = (*(k.value for k in AffiliationKind), "former_student", "unknown")


def _known_who(value: list[str]) -> list[str]:
    for who in value:
        if who not in WHO:
            raise ValueError(f"{who!r} is not a kind of person; use one of {', '.join(WHO)}")
    return value


class Route(Strict):
    """One way a report can go: to a role, for reporters and subjects of these kinds."""

    to: str = Field(pattern=KEY, description="Role key that receives it.")
    of: Literal["reporter", "subject"] | None = Field(
        default=None,
        description="Whose holder of a per-person role (the reporter's tutor, the "
        "subject's line manager); required for per-person roles, refused for others.",
    )
    only_if_known: bool = Field(
        default=False,
        description="Per-person roles: take this route only when the directory knows the "
        "holder, else try the next (line manager, else HR). Without it a fitting route is "
        "taken and an unknown holder's duty goes to the role, for administrators to assign.",
    )
    also: list[str] = Field(
        default_factory=list,
        description="Roles told of the report as well (WCUC-17 names two); the route's "
        "``to`` still owns it.",
    )
    reporter: list[str] = Field(default_factory=list, description="Who reports; empty: anyone.")
    about: list[str] = Field(
        default_factory=list, description="Whom it is about; empty: anyone or nobody."
    )
    urgency: Urgency | None = Field(default=None, description="Overrides the kind's urgency.")
    area: Area | None = Field(default=None, description="Overrides the kind's case area.")
    clauses: list[str] = Field(
        default_factory=list, description="Clauses naming this route; default: the kind's."
    )
    note: str = ""

    _reporter = field_validator("reporter")(_known_who)
    _about = field_validator("about")(_known_who)

    @property
    def is_catch_all(self) -> bool:
        return not self.reporter and not self.about and self.of is None


class ReportKind(Strict):
    """A kind of concern: its name for people, its case area, urgency, clauses, routes."""

    title: str = Field(default="", description="What a reporter chooses it by.")
    description: str = ""
    area: Area = "conduct"
    urgency: Urgency = "soon"
    clauses: list[str] = Field(default_factory=list)
    routes: list[Route] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, list):
            return {"routes": [{"to": role} for role in value]}
        return value

    def route_clauses(self, route: Route) -> list[str]:
        return list(route.clauses or self.clauses)

    def route_urgency(self, route: Route) -> Urgency:
        return route.urgency or self.urgency

    def route_area(self, route: Route) -> Area:
        return route.area or self.area


def who_is(person: Person | None, day: date) -> set[str]:
    """The kinds ``person`` counts as on ``day`` for a route's ``reporter`` and ``about``."""
    if person is None:
        return {"unknown"}
    kinds = {k.value for k in AffiliationKind if person.is_(k, day)}
    if not person.is_(AffiliationKind.STUDENT, day) and person.left(AffiliationKind.STUDENT, day):
        kinds.add("former_student")
    return kinds or {"unknown"}


def report_reference_problems(
    reports: Mapping[str, ReportKind],
    *,
    roles: Mapping[str, bool],
    clauses: set[str],
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(where, what) for each reference of the section that does not resolve: roles
    (``roles`` maps each key to whether it is per-person), clauses, the ``of`` a per-person
    role needs, and a last route that fits everyone."""
    for kind, report in reports.items():
        for clause in report.clauses:
            if clause not in clauses:
                yield ("reports", kind, "clauses"), f"clause {clause} is not in clauses"
        for n, route in enumerate(report.routes):
            where: tuple[str | int, ...] = ("reports", kind, "routes", n)
            if route.to not in roles:
                yield (*where, "to"), f"role {route.to!r} is not defined under roles"
            elif roles[route.to] and route.of is None:
                yield (
                    (*where, "of"),
                    (f"{route.to} is a per-person role: say whose (of: reporter or of: subject)"),
                )
            elif not roles[route.to] and route.of is not None:
                yield (*where, "of"), f"{route.to} is not a per-person role: leave out of"
            if route.only_if_known and roles.get(route.to) is not True:
                yield (*where, "only_if_known"), "only a per-person role's holder can be unknown"
            for role in route.also:
                if roles.get(role) is not False:
                    yield (*where, "also"), f"{role!r} is not a role defined (not per-person)"
            for clause in route.clauses:
                if clause not in clauses:
                    yield (*where, "clauses"), f"clause {clause} is not in clauses"
        last = report.routes[-1]
        if not (last.is_catch_all and roles.get(last.to) is False):
            yield (
                ("reports", kind, "routes", len(report.routes) - 1),
                (
                    "the last route must fit every report: no reporter, about or of, and a role "
                    "that is not per-person, so that every report reaches somebody"
                ),
            )
