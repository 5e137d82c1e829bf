"""Load and validate packs, reporting every problem with its file, line and field.

pack = load_pack_file("my-college.yaml")     # PackError lists each problem
pack = load_bundled("wcuc")                  # one of the five bundled packs
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from policyguard.errors import PackError, PackNotFound, Problem, RuleError
from policyguard.packs.schema import Pack, RuleBinding
from policyguard.policy.registry import RuleSpec, get_rule

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class BoundRule:
    """A pack's rule binding with its parameters validated by the rule's own model."""

    binding: RuleBinding
    spec: RuleSpec
    params: BaseModel


# Bound rules per live pack object. Weak references: the cache never keeps a pack alive,
# and an entry leaves with its pack, so a reused id cannot find another pack's rules.
_BOUND: dict[int, tuple[weakref.ref[Pack], list[BoundRule]]] = {}


def _remember(pack: Pack, bound: list[BoundRule]) -> None:
    key = id(pack)
    _BOUND[key] = (weakref.ref(pack), bound)
    weakref.finalize(pack, _BOUND.pop, key, None)


def bound_rules(pack: Pack) -> list[BoundRule]:
    """The pack's rules, bound to their specs (validated once per pack object)."""
    cached = _BOUND.get(id(pack))
    if cached is not None and cached[0]() is pack:
        return cached[1]
    bound, problems = _bind(pack, {})
    if problems:
        raise PackError(problems=problems, source=pack.slug)
    _remember(pack, bound)
    return bound


def _bind(pack: Pack, lines: Mapping[Loc, int]) -> tuple[list[BoundRule], list[Problem]]:
    bound: list[BoundRule] = []
    problems: list[Problem] = []
    for n, binding in enumerate(pack.rules):
        try:
            spec = get_rule(binding.rule)
        except RuleError as exc:
            problems.append(_problem(("rules", n, "rule"), str(exc), lines, "use a known rule"))
            continue
        try:
            params = spec.params.model_validate(binding.params)
        except ValidationError as exc:
            problems.extend(_problems(exc, ("rules", n, "params"), lines))
            continue
        for role in spec.role_keys(params):
            if role not in pack.roles:
                problems.append(
                    _problem(
                        ("rules", n, "params"),
                        f"role {role!r} is not defined under roles",
                        lines,
                        f"add {role} to roles or use one of {', '.join(pack.roles)}",
                    )
                )
        for name in spec.schedule_names(params):
            if name not in pack.schedules:
                problems.append(
                    _problem(
                        ("rules", n, "params"),
                        f"schedule {name!r} is not defined under schedules",
                        lines,
                        "add it under schedules with days, start and end",
                    )
                )
        for clause in binding.clauses:
            if not clause.startswith(_prefix(pack)):
                problems.append(
                    _problem(("rules", n, "clauses"), f"{clause} is another pack's clause", lines)
                )
        bound.append(BoundRule(binding, spec, params))
    return bound, problems


def _prefix(pack: Pack) -> str:
    return pack.clauses[0].id.split("-")[0] + "-"


def parse_pack(text: str, source: str = "<pack>") -> Pack:
    """Parse and validate pack YAML. Raises PackError naming each problem's line and field."""
    data, lines = _load_yaml(text, source)
    if not isinstance(data, dict):
        raise PackError(
            problems=[Problem("", "a pack is a YAML mapping of sections", line=1)], source=source
        )
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        raise PackError(problems=_problems(exc, (), lines), source=source) from None
    bound, problems = _bind(pack, lines)
    problems += _web_problems(pack, lines)
    if problems:
        raise PackError(problems=problems, source=source)
    _remember(pack, bound)
    return pack


def _web_problems(pack: Pack, lines: Mapping[Loc, int]) -> list[Problem]:
    """The ``web:`` section checked by the web filter's own model, with line numbers."""
    if not pack.web:
        return []
    from policyguard.webfilter.policy import WebPolicy, reference_problems

    try:
        policy = WebPolicy.model_validate(pack.web)
    except ValidationError as exc:
        return _problems(exc, ("web",), lines)
    found = reference_problems(
        policy, clauses=[c.id for c in pack.clauses], schedules=list(pack.schedules)
    )
    return [_problem(loc, message, lines) for loc, message in found]


def load_pack_file(path: str | Path) -> Pack:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackNotFound(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise PackError(
            problems=[Problem("", f"not UTF-8 text ({exc.reason} at byte {exc.start})")],
            source=str(path),
        ) from None
    return parse_pack(text, str(path))


def bundled_slugs() -> list[str]:
    folder = resources.files("policyguard.packs") / "bundled"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


@cache
def load_bundled(slug: str) -> Pack:
    """One of the bundled packs, by slug (``vts``, ``learning-institute``, ...)."""
    resource = resources.files("policyguard.packs") / "bundled" / f"{slug}.yaml"
    if not resource.is_file():
        known = ", ".join(bundled_slugs())
        raise PackNotFound(f"no bundled pack {slug!r}; bundled packs: {known}")
    return parse_pack(resource.read_text(encoding="utf-8"), f"bundled/{slug}.yaml")


def load_pack(slug_or_path: str) -> Pack:
    """A bundled pack by slug, or a pack file by path."""
    if slug_or_path.endswith((".yaml", ".yml")) or "/" in slug_or_path:
        return load_pack_file(slug_or_path)
    return load_bundled(slug_or_path)


# -- YAML with line numbers -------------------------------------------------------------


def _load_yaml(text: str, source: str) -> tuple[Any, dict[Loc, int]]:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise PackError(problems=[Problem("", "the file is empty", line=1)], source=source)
        lines: dict[Loc, int] = {}
        duplicates = list(_index(node, (), lines))
        if duplicates:
            raise PackError(problems=duplicates, source=source)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        message = f"YAML syntax: {exc.problem or exc.context}"
        raise PackError(
            problems=[Problem("", message, line=line, hint="check indentation and quoting")],
            source=source,
        ) from None
    finally:
        loader.dispose()
    return data, lines


def _index(node: yaml.Node, path: Loc, lines: dict[Loc, int]) -> Iterator[Problem]:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                yield Problem(
                    _dotted((*path, key)),
                    "key appears twice in the same mapping",
                    line=key_node.start_mark.line + 1,
                    hint="keep one of them",
                )
            seen.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            yield from _index(value_node, (*path, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(*path, i)] = item.start_mark.line + 1
            yield from _index(item, (*path, i), lines)


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line(loc: Loc, lines: Mapping[Loc, int]) -> int | None:
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return None


def _problem(loc: Loc, message: str, lines: Mapping[Loc, int], hint: str | None = None) -> Problem:
    return Problem(_dotted(loc), message, line=_line(loc, lines), hint=hint)


_HINTS = {
    "missing": "add this field",
    "extra_forbidden": "remove it, or check its spelling against the pack format",
    "date_from_datetime_parsing": "write dates as YYYY-MM-DD",
    "date_parsing": "write dates as YYYY-MM-DD",
    "time_parsing": "write times as HH:MM",
    "string_pattern_mismatch": "match the pattern shown",
    "literal_error": "use one of the values shown",
    "enum": "use one of the values shown",
    "int_parsing": "write a whole number",
    "list_type": "write a YAML list (lines starting with '- ')",
    "dict_type": "write a YAML mapping (key: value lines)",
}


def _problems(exc: ValidationError, prefix: Loc, lines: Mapping[Loc, int]) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = (*prefix, *(p for p in error["loc"] if isinstance(p, str | int)))
        message = error["msg"]
        if message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        problems.append(_problem(loc, message, lines, _HINTS.get(error["type"])))
    return problems
