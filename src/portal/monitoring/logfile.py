"""A web filter's log file (decision records, one JSON object a line) read into the
core's checked records (``policyguard.webfilter.DecisionRecord``, the one model of the
format the helper writes), with each bad line reported; no database here.

    records, problems = read_lines(text.splitlines())
    for problem in problems: print(problem.render("decisions.jsonl"))

A line is taken whole or not at all: every field is checked before anything of it is
used, so a bad line is reported (line number, field, what is wrong) and never half
stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from policyguard import clean_tree
from policyguard.webfilter import MAX_RECORD_LINE, DecisionRecord
from portal.errors import Problem


def check_record(data: Any, line: int) -> tuple[DecisionRecord | None, list[Problem]]:
    """The checked record of ``data`` (a decoded JSON value), or the problems with it."""
    if not isinstance(data, dict):
        return None, [Problem(line, "", "a record is a JSON object", unit="record")]
    try:
        # Control characters out first (a NUL search term failed every write of a batch
        # on PostgreSQL); the record is then stored with what is left.
        record = DecisionRecord.model_validate(clean_tree(data))
    except ValidationError as exc:
        return None, [
            Problem(line, ".".join(str(p) for p in e["loc"]), e["msg"], unit="record")
            for e in exc.errors(include_url=False)
        ]
    return record.at_line(line), []


# JSON escapes that decode to a control character or a lone surrogate (``\n``, ``\r``
# and ``\t`` decode to what ``clean_text`` keeps).
_UNCLEAN_ESCAPES = ("\\u", "\\b", "\\f")


def _plain(line: str) -> bool:
    """True when no value decoded from ``line`` can hold a character ``clean_tree``
    removes: printable ASCII without the escapes that make one (most lines the Squid
    helper writes). Anything else takes the careful path; the result is the same."""
    if not (line.isascii() and line.isprintable()):
        return False
    # Most lines hold no backslash at all: one scan instead of one a kind of escape.
    return "\\" not in line or not any(e in line for e in _UNCLEAN_ESCAPES)


def read_lines(lines: Iterable[str]) -> tuple[list[DecisionRecord], list[Problem]]:
    """Checked records of JSON lines (numbered from 1; blank lines skipped) and problems.

    A plain line (``_plain``) is parsed and checked in one step by pydantic's compiled
    JSON validator; any other line, and a plain line it refuses, is decoded, cleaned
    and checked field by field as before, so a bad line is reported in the same words
    whichever way it came."""
    records: list[DecisionRecord] = []
    problems: list[Problem] = []
    validate_json = DecisionRecord.model_validate_json
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        if len(line) > MAX_RECORD_LINE:
            problems.append(
                Problem(number, "", f"longer than {MAX_RECORD_LINE} characters", unit="record")
            )
            continue
        if _plain(line):
            try:
                records.append(validate_json(line).at_line(number))
                continue
            except ValidationError:
                pass  # reported below, in the careful path's words
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(
                Problem(number, "", f"not JSON ({exc.msg}, column {exc.colno})", unit="record")
            )
            continue
        except RecursionError:
            problems.append(Problem(number, "", "not JSON (nested too deeply)", unit="record"))
            continue
        record, found = check_record(data, number)
        if record is None:
            problems.extend(found)
        else:
            records.append(record)
    return records, problems
