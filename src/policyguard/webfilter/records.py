"""Decision records with the DfE monitoring fields, written as JSON lines.

The DfE filtering and monitoring standards ask that logs show the device (name or ID,
and IP address), the individual where possible, the date and time, and the search term
or content blocked. Each record (one JSON object a line) has:

=================  ==============================================================
``at``             UTC time, ISO 8601
``device``         device class (learner_pc, staff_laptop, byod, guest_wifi)
``device_id``      the client's name as the proxy knows it (empty when unknown)
``client_ip``      the client's address
``user``           the user name, when the proxy knows it (empty otherwise)
``audience``       learner, staff or guest
``url``            the request (cut to 2,000 characters)
``outcome``        allow, warn or block; ``reason``, ``category``, ``entry``, ``clauses``
``search_site``    e.g. google; ``search_term`` the words searched for
``terms``          safeguarding terms found: category, severity, term
``alert``          true when a term is of the alert severity: the DSL must act at once
=================  ==============================================================

Squid's own access log keeps every request (NCLT-02, QTSD-03); these records add the
reasons and the safeguarding reading that the portal ingests. They are read back through
one model, :class:`policyguard.webfilter.reading.DecisionRecord` (kept apart so that the
helper loads no pydantic); ``tests/webfilter/test_records.py`` holds the two together.
"""

from __future__ import annotations

import json
import time
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, Any

from policyguard.sanitize import clean_text
from policyguard.webfilter.searchterms import SEVERITIES
from policyguard.webfilter.verdict import Verdict

__all__ = ["DecisionLog", "decision_record", "is_alert", "record_tail"]

_URL_LIMIT = 2000


def is_alert(verdict: Verdict, threshold: str = "high") -> bool:
    """True when a safeguarding term at or above ``threshold`` severity was searched for."""
    limit = SEVERITIES.index(threshold)
    return any(SEVERITIES.index(t.severity) <= limit for t in verdict.terms)


def decision_record(
    verdict: Verdict,
    *,
    at: float,
    client_ip: str = "",
    device_id: str = "",
    user: str = "",
    threshold: str = "high",
) -> dict[str, Any]:
    """The log record of one verdict (fields in the module docstring)."""
    site, term = verdict.search or ("", "")
    return {
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at)),
        "device": verdict.device,
        "device_id": "" if device_id == "-" else clean_text(device_id),
        "client_ip": client_ip,
        "user": "" if user == "-" else clean_text(user),
        "audience": verdict.audience,
        "url": clean_text(verdict.url)[:_URL_LIMIT],
        "outcome": verdict.outcome,
        "reason": verdict.reason,
        "category": verdict.category,
        "entry": verdict.entry,
        "clauses": list(verdict.clauses),
        "search_site": site,
        "search_term": term,
        "terms": [
            {"category": t.category, "severity": t.severity, "term": t.term} for t in verdict.terms
        ],
        "alert": is_alert(verdict, threshold),
    }


def record_head(
    stamp: str, device: str, device_id: str, client_ip: str, user: str, audience: str, url: str
) -> str:
    """A record's text up to and including its ``url`` field (then :func:`record_tail`):
    the text ``json.dumps(record, ensure_ascii=False)`` writes, without building the dict."""
    return (
        f'{{"at": {encode_basestring(stamp)}, "device": {encode_basestring(device)}, '
        f'"device_id": {encode_basestring("" if device_id == "-" else clean_text(device_id))}, '
        f'"client_ip": {encode_basestring(client_ip)}, '
        f'"user": {encode_basestring("" if user == "-" else clean_text(user))}, '
        f'"audience": {encode_basestring(audience)}, '
        f'"url": {encode_basestring(clean_text(url)[:_URL_LIMIT])}, '
    )


def record_tail(verdict: Verdict) -> tuple[str, str]:
    """The rest of a record for ``verdict`` (a request that is not a search), as the text
    before and after the entry's value: the helper's fast path keeps one per category set."""
    clauses = ", ".join(map(encode_basestring, verdict.clauses))
    before = (
        f'"outcome": {encode_basestring(verdict.outcome)}, '
        f'"reason": {encode_basestring(verdict.reason)}, '
        f'"category": {encode_basestring(verdict.category)}, "entry": '
    )
    after = (
        f', "clauses": [{clauses}], "search_site": "", "search_term": "", "terms": [], '
        '"alert": false}\n'
    )
    return before, after


class DecisionLog:
    """Appends records to a file. Records are kept in memory until :meth:`flush` (after
    each batch of requests), then written together; a record with an alert is flushed
    at once."""

    def __init__(self, handle: IO[str], *, threshold: str = "high") -> None:
        self._handle = handle
        self._pending: list[str] = []
        self.threshold = threshold

    @classmethod
    def open(cls, path: str | Path, *, threshold: str = "high") -> DecisionLog:
        return cls(Path(path).open("a", encoding="utf-8"), threshold=threshold)

    def write(
        self,
        verdict: Verdict,
        *,
        at: float,
        client_ip: str = "",
        device_id: str = "",
        user: str = "",
    ) -> None:
        if verdict.search is None and not verdict.terms:  # most records: no dict needed
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))
            head = record_head(
                stamp, verdict.device, device_id, client_ip, user, verdict.audience, verdict.url
            )
            before, after = record_tail(verdict)
            self._pending.append(f"{head}{before}{encode_basestring(verdict.entry)}{after}")
            return
        record = decision_record(
            verdict,
            at=at,
            client_ip=client_ip,
            device_id=device_id,
            user=user,
            threshold=self.threshold,
        )
        self._pending.append(json.dumps(record, ensure_ascii=False) + "\n")
        if record["alert"]:
            self.flush()  # an alert must reach the portal without waiting for a batch

    def write_text(self, text: str) -> None:
        """Append a record already written out (from :func:`record_head`, :func:`record_tail`)."""
        self._pending.append(text)

    def flush(self) -> None:
        if self._pending:
            self._handle.write("".join(self._pending))
            self._pending.clear()
        self._handle.flush()

    def close(self) -> None:
        self.flush()
        self._handle.close()
