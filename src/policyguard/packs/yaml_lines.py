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


# A pack is a few hundred lines; these bounds keep a hostile file (a "billion laughs" of
# nested aliases, 10,000 levels of brackets, megabytes of filler) from taking the memory
# and time of the process that reads it. Each ends in a PackError, never a traceback.
MAX_PACK_CHARACTERS = 1_000_000
MAX_DEPTH = 40


def load_yaml(text: str, source: str) -> tuple[Any, dict[Loc, int]]:
    """The document in ``text`` and the line of each key and item, by path.

    Refused with a PackError: anchors and aliases (``&name``, ``*name``), nesting deeper
    than ``MAX_DEPTH``, text longer than ``MAX_PACK_CHARACTERS``.
    """
    if len(text) > MAX_PACK_CHARACTERS:
        message = f"the pack has {len(text):,} characters; the limit is {MAX_PACK_CHARACTERS:,}"
        raise PackError(problems=[Problem("", message, line=1)], source=source)
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise PackError(problems=[Problem("", "the file is empty", line=1)], source=source)
        lines: dict[Loc, int] = {}
        duplicates = list(_index(node, (), lines, set()))
        if duplicates:
            raise PackError(problems=duplicates, source=source)
        data = loader.construct_document(node)
    except PackError as exc:
        if exc.source is None:  # raised while indexing, which does not know the file
            raise PackError(problems=exc.problems, source=source) from None
        raise
    except RecursionError:
        message = f"nested too deeply; a pack needs at most {MAX_DEPTH} levels"
        raise PackError(problems=[Problem("", message, line=None)], source=source) from None
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


def _index(
    node: yaml.Node, path: Loc, lines: dict[Loc, int], seen_nodes: set[int]
) -> Iterator[Problem]:
    line = node.start_mark.line + 1
    if id(node) in seen_nodes:
        # An alias: the composer hands back the anchored node again. Expanding aliases
        # is how a few hundred bytes become gigabytes, and a pack needs none.
        raise PackError(
            problems=[
                Problem(
                    _dotted(path),
                    "anchors and aliases (&name, *name) are not allowed in a pack",
                    line=line,
                    hint="write the value out in full",
                )
            ]
        )
    seen_nodes.add(id(node))
    if len(path) > MAX_DEPTH:
        raise PackError(
            problems=[Problem(_dotted(path), f"nested more than {MAX_DEPTH} levels", line=line)]
        )
    lines.setdefault(path, line)
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
            yield from _index(value_node, (*path, key), lines, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(*path, i)] = item.start_mark.line + 1
            yield from _index(item, (*path, i), lines, seen_nodes)


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
