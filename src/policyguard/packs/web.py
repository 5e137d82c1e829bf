"""The pack's ``web:`` section as a typed model: ``Pack.web``.

    web:
      devices:
        learner_pc:   {networks: [10.10.0.0/16], audience: learner}
      rules:                                  # first rule naming a category decides it
        - {categories: [social_networks], devices: [learner_pc], action: block, clauses: [VTS-10]}
      search_terms: {clauses: [VTS-24, VTS-26], alert_role: dsl}
      # or, alerts about staff to another role:  alert_routes: {staff: dsl}

The web filter compiles it (``policyguard.webfilter.policy``) into the plain data its
helpers read; this module is only the section's shape and its checks.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from typing import Literal

from pydantic import Field, field_validator, model_validator

from policyguard.packs.strict import CLAUSE_ID, KEY, Strict

__all__ = [
    "AUDIENCES",
    "DFE_BYPASS_CATEGORIES",
    "SEARCH_ENGINES",
    "Audience",
    "DeviceClass",
    "WebAction",
    "WebPolicy",
    "WebRule",
    "reference_problems",
]

AUDIENCES = ("learner", "staff", "guest")
Audience = Literal["learner", "staff", "guest"]
WebAction = Literal["block", "warn", "allow"]
# Filter-bypass tools the DfE standards expect blocked (UT1 names).
DFE_BYPASS_CATEGORIES = (
    "vpn",
    "proxy",
    "redirector",
    "strict_redirector",
    "strong_redirector",
    "doh",
    "residential-proxies",
)
Engine = Literal["google", "bing", "duckduckgo", "yahoo", "ecosia", "youtube"]
SEARCH_ENGINES: tuple[Engine, ...] = ("google", "bing", "duckduckgo", "yahoo", "ecosia", "youtube")
YouTubeMode = Literal["strict", "moderate", "off"]


Clauses = list[str]


class _Cited(Strict):
    """A part of the section that decides: the clauses it carries out, or none.

    ``clauses: []`` says no clause of the document asks for this part: it is the
    institution's own choice (a statutory filtering duty, another of its policies), and
    ``note`` must say so; decisions then cite no clause and say it is the institution's.
    """

    clauses: list[str] = Field(
        description="Clause IDs this part carries out; [] when no clause asks for it."
    )
    note: str = Field(
        default="", description="Why, when no clause asks for it: the institution's own choice."
    )

    @model_validator(mode="after")
    def _cited_or_explained(self) -> _Cited:
        if not self.clauses and not self.note.strip():
            raise ValueError(
                "cite the clauses this part carries out, or write clauses: [] with a note "
                "saying why no clause asks for it (the institution's own choice)"
            )
        return self

    @field_validator("clauses")
    @classmethod
    def _clause_ids(cls, value: list[str]) -> list[str]:
        for clause in value:
            if not re.match(CLAUSE_ID, clause):
                raise ValueError(f"{clause!r} is not a clause ID such as VTS-10")
        return value


class DeviceClass(Strict):
    """A kind of device or network, recognised by the client's address."""

    networks: list[str] = Field(default_factory=list, description="CIDR ranges, v4 or v6.")
    audience: Audience = Field(description="Who uses it when the user is not known.")
    description: str = ""

    @field_validator("networks")
    @classmethod
    def _cidr(cls, value: list[str]) -> list[str]:
        for network in value:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError(
                    f"{network!r} is not an address range such as 10.1.0.0/16"
                ) from None
        return value


class UserMapping(Strict):
    """User names (as the proxy reports them) matching ``pattern`` belong to ``audience``."""

    pattern: str
    audience: Audience

    @field_validator("pattern")
    @classmethod
    def _regex(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from None
        return value


class WebRule(_Cited):
    """For these categories, audiences, devices and times: block, warn or allow.

    An empty ``audiences`` or ``devices`` means all. ``during`` names schedules of the pack
    (``lunch``, ``breaks``) in which the rule applies; ``outside`` those in which it does not.
    """

    categories: list[str] = Field(min_length=1)
    action: WebAction
    audiences: list[Audience] = Field(default_factory=list)
    devices: list[str] = Field(default_factory=list)
    during: list[str] = Field(default_factory=list)
    outside: list[str] = Field(default_factory=list)


class CategoryTier(_Cited):
    categories: list[str] = Field(default_factory=list)


class EntryList(_Cited):
    entries: list[str] = Field(default_factory=list, description="Hosts or URL prefixes.")


class SafeSearch(_Cited):
    """Safe search forced on these engines; YouTube's restricted mode per audience
    (strict for an audience not named)."""

    engines: list[Engine] = Field(default_factory=lambda: list(SEARCH_ENGINES))
    youtube: dict[Audience, YouTubeMode] = Field(
        default_factory=dict,
        description="YouTube restricted mode by audience: strict, moderate or off.",
    )


class SearchTerms(_Cited):
    """Safeguarding terms in searches. An alert goes to ``alert_role``, or to the role
    ``alert_routes`` names for the audience of the person who searched (a concern about
    a staff member's conduct may go to someone other than the learners' team: WCUC-04)."""

    alert_role: str = Field(default="dsl", pattern=KEY)
    alert_routes: dict[Audience, str] = Field(
        default_factory=dict,
        description=(
            "Alert role by audience (learner, staff, guest), for an audience whose "
            "alerts go to another role than alert_role."
        ),
    )
    alert_severity: Literal["high", "medium", "low"] = "high"

    @field_validator("alert_routes")
    @classmethod
    def _route_roles(cls, value: dict[Audience, str]) -> dict[Audience, str]:
        for audience, role in value.items():
            if not re.match(KEY, role):
                raise ValueError(
                    f"{audience}: {role!r} is not a role key: use lower_case_with_underscores"
                )
        return value


class Logging(_Cited):
    log_all: bool = Field(default=False, description="Log allowed requests too, not only others.")
    report_to: list[str] = Field(
        default_factory=list,
        description=(
            "Roles (besides the alert role) that receive the monitoring report: the "
            "leadership the policy names for oversight of filtering and monitoring."
        ),
    )

    @field_validator("report_to")
    @classmethod
    def _role_keys(cls, value: list[str]) -> list[str]:
        for key in value:
            if not re.match(KEY, key):
                raise ValueError(f"{key!r} is not a role key: use lower_case_with_underscores")
        return value


class WebPolicy(Strict):
    """The ``web:`` section of a pack."""

    block_page: str = Field(default="http://policyguard.invalid/blocked", pattern=r"^https?://")
    devices: dict[str, DeviceClass] = Field(default_factory=dict)
    default_device: str = Field(default="byod", pattern=KEY)
    users: list[UserMapping] = Field(default_factory=list)
    always_block: CategoryTier | None = None
    bypass: CategoryTier | None = None
    deny: EntryList | None = None
    allow: EntryList | None = None
    rules: list[WebRule] = Field(default_factory=list)
    safe_search: SafeSearch | None = None
    search_terms: SearchTerms | None = None
    logging: Logging | None = None

    @field_validator("devices")
    @classmethod
    def _device_keys(cls, value: dict[str, DeviceClass]) -> dict[str, DeviceClass]:
        for key in value:
            if not re.match(KEY, key):
                raise ValueError(f"{key!r} is not a key: use lower_case_with_underscores")
        return value

    @property
    def alert_role(self) -> str:
        """The role alerted at once for a high-risk search (``dsl`` unless ``search_terms``
        names another)."""
        return self.search_terms.alert_role if self.search_terms else "dsl"

    def alert_role_for(self, audience: str) -> str:
        """The role alerted for a search by someone of ``audience`` (``alert_routes``,
        else ``alert_role``)."""
        if self.search_terms is None:
            return "dsl"
        for route, role in self.search_terms.alert_routes.items():
            if route == audience:
                return role
        return self.search_terms.alert_role

    @property
    def alert_roles(self) -> list[str]:
        """Every role that receives alerts: ``alert_role`` first, then each route's."""
        found = [self.alert_role]
        if self.search_terms is not None:
            for role in self.search_terms.alert_routes.values():
                if role not in found:
                    found.append(role)
        return found

    @property
    def log_all(self) -> bool:
        """Every visit is logged, not only blocks, warnings and searches."""
        return bool(self.logging and self.logging.log_all)

    @property
    def report_roles(self) -> list[str]:
        """Who receives the monitoring report: the alert roles, then ``logging.report_to``."""
        extra = self.logging.report_to if self.logging else []
        alerted = self.alert_roles
        return [*alerted, *(r for r in extra if r not in alerted)]

    def cited_clauses(self) -> set[str]:
        parts: list[_Cited | None] = [
            self.always_block,
            self.bypass,
            self.deny,
            self.allow,
            self.safe_search,
            self.search_terms,
            self.logging,
            *self.rules,
        ]
        return {c for part in parts if part is not None for c in part.clauses}


def reference_problems(
    policy: WebPolicy,
    *,
    clauses: Iterable[str] | None,
    schedules: Iterable[str] | None,
    roles: Iterable[str] | None = None,
) -> list[tuple[tuple[str | int, ...], str]]:
    """Clause, schedule, device and role names the section uses but the pack does not
    define, each with its location under the pack (``("web", "rules", 0)``)."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    if roles is not None and policy.alert_role not in set(roles):
        where: tuple[str | int, ...] = ("web", "search_terms", "alert_role")
        if policy.search_terms is None:
            where = ("web",)
        problems.append((where, f"role {policy.alert_role!r} is not defined under roles"))
    if roles is not None and policy.search_terms is not None:
        for audience, role in policy.search_terms.alert_routes.items():
            if role not in set(roles):
                problems.append(
                    (
                        ("web", "search_terms", "alert_routes", audience),
                        f"role {role!r} is not defined under roles",
                    )
                )
    if roles is not None and policy.logging is not None:
        for role in policy.logging.report_to:
            if role not in set(roles):
                problems.append(
                    (("web", "logging", "report_to"), f"role {role!r} is not defined under roles")
                )
    if clauses is not None:
        known = set(clauses)
        for clause in sorted(policy.cited_clauses() - known):
            problems.append((("web",), f"cites clause {clause} which is not in the pack's clauses"))
    known_schedules = set(schedules) if schedules is not None else None
    devices = set(policy.devices) | {policy.default_device}
    for n, rule in enumerate(policy.rules):
        for name in rule.during + rule.outside:
            if known_schedules is not None and name not in known_schedules:
                problems.append(
                    (("web", "rules", n), f"schedule {name!r} is not under the pack's schedules")
                )
        for device in rule.devices:
            if device not in devices:
                problems.append(
                    (("web", "rules", n), f"device {device!r} is not under web.devices")
                )
    return problems
