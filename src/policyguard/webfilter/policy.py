"""The pack's ``web:`` section (its model is :mod:`policyguard.packs.web`) compiled for the helpers.

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

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from policyguard.packs.web import (
    AUDIENCES,
    DFE_BYPASS_CATEGORIES,
    DeviceClass,
    WebPolicy,
    WebRule,
    reference_problems,
)
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
    policy = pack.web or WebPolicy()
    problems = _reference_problems(policy, [c.id for c in pack.clauses], list(pack.schedules))
    if problems:
        raise WebPolicyError("\n".join(problems))
    return compile_policy(
        policy,
        organisation=pack.slug,
        pack_version=pack.version,
        timezone=pack.organisation.timezone,
        schedules=pack.schedules,
        role_titles={key: role.title for key, role in pack.roles.items()},
    )
