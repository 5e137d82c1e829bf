"""Reading the decision records :mod:`policyguard.webfilter.records` writes: the one
model of the log format, for whoever ingests the logs (the portal does).

    record = DecisionRecord.model_validate(clean_tree(json.loads(line)))

Every field is checked before anything of a record is used, so a bad record is refused
whole (pydantic names the field) and never half stored; unknown fields are ignored, so a
newer helper can add some. ``content_hash`` is the SHA-256 of the record's canonical
JSON, so the same record read twice, however it was spaced, has the same hash. A test
writes records with the helper's own writer and reads them here, field for field.

Kept apart from ``records`` so that the Squid helper, which only writes, loads no pydantic.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
from datetime import datetime
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from policyguard.timebounds import happened_time_problem
from policyguard.webfilter.searchterms import SEVERITIES

__all__ = ["MAX_RECORD_LINE", "DecisionRecord", "TermRecord"]

# The longest line a reader takes as one record (a record is well under 10,000).
MAX_RECORD_LINE = 20_000


# ``content_hash``'s JSON: changing any option changes every record's hash, and then a
# record stored before is stored again.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=65_536)
def _is_address(value: str) -> bool:
    """Whether ``value`` is an IP address (a college's few thousand addresses recur in
    every batch: each is parsed once, not once a record)."""
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


class TermRecord(BaseModel):
    """A safeguarding term found in a search."""

    model_config = ConfigDict(extra="ignore")

    category: str = Field(min_length=1, max_length=100)
    severity: Literal["high", "medium", "low"]
    term: str = Field(min_length=1, max_length=200)


class DecisionRecord(BaseModel):
    """One record as the Squid helper writes it (fields: ``records``' docstring)."""

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
    # cannot be stored; not part of the record or its hash. A slot, not a pydantic
    # private attribute: those cost a Python call for every record validated, more
    # than the compiled check itself.
    __slots__ = ("_line",)

    @property
    def line(self) -> int:
        line: int = getattr(self, "_line", 0)
        return line

    def at_line(self, line: int) -> DecisionRecord:
        """This record, noting the line (or batch index) it was read from."""
        object.__setattr__(self, "_line", line)
        return self

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
        if value and value != "-" and not _is_address(value):
            raise ValueError(f"{value!r} is not an IP address")
        return "" if value == "-" else value

    def content_hash(self) -> str:
        """SHA-256 of the record's canonical JSON: keys sorted, no spaces, not escaped
        to ASCII (what ``json.dumps`` with those options writes; its encoder is made
        once, not once a record)."""
        return hashlib.sha256(_CANONICAL.encode(self.model_dump(mode="json")).encode()).hexdigest()

    def strongest_term(self) -> TermRecord | None:
        """The most severe safeguarding term found (the first one of that severity)."""
        if not self.terms:
            return None
        return min(self.terms, key=lambda t: SEVERITIES.index(t.severity))
