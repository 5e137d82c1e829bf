"""The pack's ``web:`` section as a typed model, and its compiled form for the helpers.

    web:
      block_page: https://portal.example.ac.uk/blocked
      default_device: byod
      devices:
        learner_pc:   {networks: [10.10.0.0/16], audience: learner}
        staff_laptop: {networks: [10.20.0.0/16], audience: staff}
        guest_wifi:   {networks: [192.168.50.0/24], audience: guest}
      users:                                  # user name -> audience, first match wins
        - {pattern: "^[0-9]{6}$", audience: learner}
      always_block: {categories: [iwf], clauses: [VTS-20]}
      bypass: {categories: [vpn, proxy, doh], clauses: [VTS-25]}
      deny:  {entries: [bad.example], clauses: [VTS-25]}
      allow: {entries: [moodle.example.ac.uk], clauses: [VTS-02]}
      rules:                                  # first rule naming a category decides it
        - {categories: [social_networks], devices: [learner_pc], action: block, clauses: [VTS-10]}
        - {categories: [social_networks], audiences: [staff], during: [lunch],
           action: allow, clauses: [VTS-23]}
      safe_search: {clauses: [VTS-25]}
      search_terms: {clauses: [VTS-24, VTS-26], alert_role: dsl}
      logging: {clauses: [VTS-24, VTS-26]}

The helpers never import pydantic: :func:`compile_policy` turns a validated section into
plain JSON data stored in the snapshot, which :mod:`policyguard.webfilter.engine` reads.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from policyguard.webfilter.errors import WebPolicyError

if TYPE_CHECKING:
    from policyguard.packs.schema import Pack

__all__ = [
    "AUDIENCES",
    "DFE_BYPASS_CATEGORIES",
    "DeviceClass",
    "WebPolicy",
    "WebRule",
    "compile_policy",
    "parse_web_policy",
    "policy_from_pack",
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
Engine = Literal["google", "bing", "duckduckgo", "youtube"]
SEARCH_ENGINES: tuple[Engine, ...] = ("google", "bing", "duckduckgo", "youtube")
_KEY = r"^[a-z][a-z0-9_]*$"
_CLAUSE = r"^[A-Z]+-\d{2,3}$"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


Clauses = list[str]


class _Cited(_Strict):
    clauses: list[str] = Field(min_length=1, description="Clause IDs this part carries out.")

    @field_validator("clauses")
    @classmethod
    def _clause_ids(cls, value: list[str]) -> list[str]:
        for clause in value:
            if not re.match(_CLAUSE, clause):
                raise ValueError(f"{clause!r} is not a clause ID such as VTS-10")
        return value


class DeviceClass(_Strict):
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


class UserMapping(_Strict):
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
    note: str = ""


class CategoryTier(_Cited):
    categories: list[str] = Field(default_factory=list)


class EntryList(_Cited):
    entries: list[str] = Field(default_factory=list, description="Hosts or URL prefixes.")


class SafeSearch(_Cited):
    engines: list[Engine] = Field(default_factory=lambda: list(SEARCH_ENGINES))


class SearchTerms(_Cited):
    alert_role: str = Field(default="dsl", pattern=_KEY)
    alert_severity: Literal["high", "medium", "low"] = "high"


class Logging(_Cited):
    log_all: bool = Field(default=False, description="Log allowed requests too, not only others.")


class WebPolicy(_Strict):
    """The ``web:`` section of a pack."""

    block_page: str = Field(default="http://policyguard.invalid/blocked", pattern=r"^https?://")
    devices: dict[str, DeviceClass] = Field(default_factory=dict)
    default_device: str = Field(default="byod", pattern=_KEY)
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
            if not re.match(_KEY, key):
                raise ValueError(f"{key!r} is not a key: use lower_case_with_underscores")
        return value

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


def parse_web_policy(
    data: Mapping[str, Any],
    *,
    clauses: Iterable[str] | None = None,
    schedules: Iterable[str] | None = None,
) -> WebPolicy:
    """Validate a ``web:`` section; clause IDs and schedule names are checked when given.

    Raises WebPolicyError with one line per problem, each naming its field (``web.rules.0``).
    """
    try:
        policy = WebPolicy.model_validate(dict(data))
    except ValidationError as exc:
        lines = [
            f"web.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
            for e in exc.errors(include_url=False)
        ]
        raise WebPolicyError("\n".join(lines)) from None
    problems = _reference_problems(policy, clauses, schedules)
    if problems:
        raise WebPolicyError("\n".join(problems))
    return policy


def reference_problems(
    policy: WebPolicy, *, clauses: Iterable[str] | None, schedules: Iterable[str] | None
) -> list[tuple[tuple[str | int, ...], str]]:
    """Clause, schedule and device names the section uses but the pack does not define,
    each with its location under the pack (``("web", "rules", 0)``)."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
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


def _reference_problems(
    policy: WebPolicy, clauses: Iterable[str] | None, schedules: Iterable[str] | None
) -> list[str]:
    return [
        ".".join(str(p) for p in loc) + ": " + message
        for loc, message in reference_problems(policy, clauses=clauses, schedules=schedules)
    ]


def compile_policy(
    policy: WebPolicy,
    *,
    organisation: str,
    pack_version: str,
    timezone: str,
    schedules: Mapping[str, Iterable[Any]],
    role_titles: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Plain JSON data for the engine: the policy plus the schedule windows it names.

    ``schedules`` maps names to windows with ``days``, ``start`` and ``end`` (the pack's
    ``TimeWindow`` objects or mappings of them). ``role_titles`` (role key -> the
    institution's own title) travels with it, so a bare snapshot can still say who acts.
    """
    named = {name for rule in policy.rules for name in rule.during + rule.outside}
    return {
        "organisation": organisation,
        "pack_version": pack_version,
        "timezone": timezone,
        "role_titles": dict(sorted((role_titles or {}).items())),
        "schedules": {
            name: [_window(w) for w in schedules.get(name, ())] for name in sorted(named)
        },
        **policy.model_dump(mode="json"),
    }


def _window(window: Any) -> dict[str, Any]:
    data = window if isinstance(window, Mapping) else vars(window)
    return {
        "days": list(data["days"]),
        "start": str(data["start"])[:8],
        "end": str(data["end"])[:8],
    }


def policy_from_pack(pack: Pack) -> dict[str, Any]:
    """The compiled web policy of ``pack`` (empty policy when the pack has no ``web:``).

    Raises WebPolicyError naming the field when the section is invalid or refers to a
    clause or schedule the pack does not have.
    """
    policy = parse_web_policy(
        pack.web, clauses=[c.id for c in pack.clauses], schedules=list(pack.schedules)
    )
    return compile_policy(
        policy,
        organisation=pack.slug,
        pack_version=pack.version,
        timezone=pack.organisation.timezone,
        schedules=pack.schedules,
        role_titles={key: role.title for key, role in pack.roles.items()},
    )
