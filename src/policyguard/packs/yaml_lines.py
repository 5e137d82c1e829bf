"""YAML with line numbers: parse a document and remember the line of every key and item,
so a problem found later (by pydantic, by a rule's parameters) can say where it is.

    data, lines = load_yaml(text, "college.yaml")   # PackError for syntax, duplicate keys
    problems = validation_problems(exc, ("rules", 3, "params"), lines)

A leaf module: it imports only the error tree.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import yaml
from pydantic import ValidationError

from policyguard.errors import PackError, Problem

__all__ = ["Lines", "Loc", "load_yaml", "located_problem", "validation_problems"]

Loc = tuple[str | int, ...]
Lines = Mapping[Loc, int]


def load_yaml(text: str, source: str) -> tuple[Any, dict[Loc, int]]:
    """The document in ``text`` and the line of each key and item, by path."""
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


def _line(loc: Loc, lines: Lines) -> int | None:
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return None


def located_problem(loc: Loc, message: str, lines: Lines, hint: str | None = None) -> Problem:
    """A problem at ``loc``, on the line of ``loc`` or of the nearest part of it written."""
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


def validation_problems(exc: ValidationError, prefix: Loc, lines: Lines) -> list[Problem]:
    """Each of pydantic's errors as a problem, the part validated standing at ``prefix``."""
    problems = []
    for error in exc.errors(include_url=False):
        loc = (*prefix, *(p for p in error["loc"] if isinstance(p, str | int)))
        message = error["msg"]
        if message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        problems.append(located_problem(loc, message, lines, _HINTS.get(error["type"])))
    return problems
