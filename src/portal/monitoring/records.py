"""Reading the web filter's decision records (``policyguard.webfilter.records``), one JSON
object a line, into checked values; no database here.

    records, problems = read_lines(text.splitlines())
    for problem in problems: print(problem.render("decisions.jsonl"))

A line is taken whole or not at all: every field is checked before anything of it is
used, so a bad line is reported (line number, field, what is wrong) and never half
stored. ``content_hash`` is the SHA-256 of the record's canonical JSON, so the same
record read twice, however it was spaced, has the same hash.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from policyguard import clean_tree
from policyguard.webfilter import SEVERITIES
from portal.errors import Problem
from portal.timebounds import happened_time_problem

MAX_LINE = 20_000


class TermRecord(BaseModel):
    model_config = ConfigDict(extra="ignore")

    category: str = Field(min_length=1, max_length=100)
    severity: Literal["high", "medium", "low"]
    term: str = Field(min_length=1, max_length=200)


class DecisionRecord(BaseModel):
    """One record as the Squid helper writes it; unknown fields are ignored, so a newer
    helper can add some without breaking ingestion."""

    model_config = ConfigDict(extra="ignore")

    at: datetime
    device: str = Field(default="", max_length=64)
    device_id: str = Field(default="", max_length=255)
    client_ip: str = Field(default="", max_length=64)
    user: str = Field(default="", max_length=255)
    audience: Literal["learner", "staff", "guest", ""] = ""
    url: str = Field(min_length=1, max_length=2000)
    outcome: Literal["allow", "warn", "block"]
    reason: str = Field(default="", max_length=32)
    category: str = Field(default="", max_length=100)
    entry: str = Field(default="", max_length=1000)
    clauses: list[str] = Field(default_factory=list, max_length=50)
    search_site: str = Field(default="", max_length=64)
    search_term: str = Field(default="", max_length=1000)
    terms: list[TermRecord] = Field(default_factory=list, max_length=50)
    alert: bool = False
    # Where the record came from (file line or batch index), for reporting one that
    # cannot be stored; not part of the record or its hash.
    _line: int = PrivateAttr(default=0)

    @property
    def line(self) -> int:
        return self._line

    @field_validator("at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("give the time with its offset, e.g. 2026-11-21T10:00:00Z")
        out_of_range = happened_time_problem(value)
        if out_of_range:
            raise ValueError(out_of_range)
        return value

    @field_validator("client_ip")
    @classmethod
    def _address(cls, value: str) -> str:
        if value and value != "-":
            try:
                ipaddress.ip_address(value)
            except ValueError:
                raise ValueError(f"{value!r} is not an IP address") from None
        return "" if value == "-" else value

    def content_hash(self) -> str:
        data = self.model_dump(mode="json")
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()

    def strongest_term(self) -> TermRecord | None:
        """The most severe safeguarding term found (the first one of that severity)."""
        if not self.terms:
            return None
        return min(self.terms, key=lambda t: SEVERITIES.index(t.severity))


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
    record._line = line
    return record, []


def read_lines(lines: Iterable[str]) -> tuple[list[DecisionRecord], list[Problem]]:
    """Checked records of JSON lines (numbered from 1; blank lines skipped) and problems."""
    records: list[DecisionRecord] = []
    problems: list[Problem] = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        if len(line) > MAX_LINE:
            problems.append(
                Problem(number, "", f"longer than {MAX_LINE} characters", unit="record")
            )
            continue
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
