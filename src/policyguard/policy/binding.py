"""Packs made ready to evaluate: read, their rules bound to the registry, their ``web:``
section checked by the web filter's model; every problem with its file, line and field.

    pack = load_pack_file("my-college.yaml")     # PackError lists each problem
    pack = load_bundled("wcuc")                  # one of the five bundled packs
    for bound in bound_rules(pack): ...          # each binding with its validated params

The pack's own structure is :mod:`policyguard.packs`' business; this module adds what
needs the layers above it (the rule registry, the web filter).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ValidationError

from policyguard.caching import IdentityCache
from policyguard.errors import PackError, Problem, RuleError
from policyguard.packs.loader import bundled_pack_text, read_pack, read_pack_file
from policyguard.packs.schema import Pack, RuleBinding
from policyguard.packs.web import reference_problems
from policyguard.packs.yaml_lines import Lines, located_problem, validation_problems
from policyguard.policy.registry import RuleSpec, get_rule

__all__ = ["BoundRule", "bound_rules", "load_bundled", "load_pack", "load_pack_file", "parse_pack"]


@dataclass(frozen=True)
class BoundRule:
    """A pack's rule binding with its parameters validated by the rule's own model."""

    binding: RuleBinding
    spec: RuleSpec
    params: BaseModel


# Bound rules per pack object (a portal process holds one pack per organisation).
_BOUND = IdentityCache[list[BoundRule]](limit=256)


def bound_rules(pack: Pack) -> list[BoundRule]:
    """The pack's rules, bound to their specs (validated once per pack object)."""

    def bind() -> list[BoundRule]:
        bound, problems = _bind(pack, {})
        if problems:
            raise PackError(problems=problems, source=pack.slug)
        return bound

    return _BOUND.get((pack,), "rules", bind)


def _bind(pack: Pack, lines: Lines) -> tuple[list[BoundRule], list[Problem]]:
    bound: list[BoundRule] = []
    problems: list[Problem] = []
    for n, binding in enumerate(pack.rules):
        try:
            spec = get_rule(binding.rule)
        except RuleError as exc:
            problems.append(
                located_problem(("rules", n, "rule"), str(exc), lines, "use a known rule")
            )
            continue
        try:
            params = spec.params.model_validate(binding.params)
        except ValidationError as exc:
            problems.extend(validation_problems(exc, ("rules", n, "params"), lines))
            continue
        for role in spec.role_keys(params):
            if role not in pack.roles:
                problems.append(
                    located_problem(
                        ("rules", n, "params"),
                        f"role {role!r} is not defined under roles",
                        lines,
                        f"add {role} to roles or use one of {', '.join(pack.roles)}",
                    )
                )
        for name in spec.schedule_names(params):
            if name not in pack.schedules:
                problems.append(
                    located_problem(
                        ("rules", n, "params"),
                        f"schedule {name!r} is not defined under schedules",
                        lines,
                        "add it under schedules with days, start and end",
                    )
                )
        for key in spec.purpose_keys(params):
            if key not in pack.purposes:
                known = ", ".join(pack.purposes) or "none yet"
                problems.append(
                    located_problem(
                        ("rules", n, "params"),
                        f"purpose {key!r} is not defined under purposes (defined: {known})",
                        lines,
                        "add it under purposes with a title, or use a defined key",
                    )
                )
        for clause in binding.clauses:
            if not clause.startswith(_prefix(pack)):
                problems.append(
                    located_problem(
                        ("rules", n, "clauses"), f"{clause} is another pack's clause", lines
                    )
                )
        bound.append(BoundRule(binding, spec, params))
    return bound, problems


def _prefix(pack: Pack) -> str:
    return pack.clauses[0].id.split("-")[0] + "-"


def _web_problems(pack: Pack, lines: Lines) -> list[Problem]:
    """Names the ``web:`` section uses that the pack does not define, with line numbers
    (its shape was checked with the rest of the pack)."""
    if pack.web is None:
        return []
    found = reference_problems(
        pack.web,
        clauses=[c.id for c in pack.clauses],
        schedules=list(pack.schedules),
        roles=list(pack.roles),
    )
    return [located_problem(loc, message, lines) for loc, message in found]


def parse_pack(text: str, source: str = "<pack>") -> Pack:
    """Parse and validate pack YAML. Raises PackError naming each problem's line and field."""
    pack, lines = read_pack(text, source)
    bound, problems = _bind(pack, lines)
    problems += _web_problems(pack, lines)
    if problems:
        raise PackError(problems=problems, source=source)
    _BOUND.get((pack,), "rules", lambda: bound)
    return pack


def load_pack_file(path: str | Path) -> Pack:
    """The pack in the file at ``path``. Raises PackNotFound or PackError."""
    return parse_pack(*read_pack_file(path))


@cache
def load_bundled(slug: str) -> Pack:
    """One of the bundled packs, by slug (``vts``, ``learning-institute``, ...)."""
    return parse_pack(*bundled_pack_text(slug))


def load_pack(slug_or_path: str) -> Pack:
    """A bundled pack by slug, or a pack file by path."""
    if slug_or_path.endswith((".yaml", ".yml")) or "/" in slug_or_path:
        return load_pack_file(slug_or_path)
    return load_bundled(slug_or_path)
