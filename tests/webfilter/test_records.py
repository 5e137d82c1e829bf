"""Decision records and block-page parameters written without the general encoders
read exactly as the general encoders write them."""

from __future__ import annotations

import io
import json
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from policyguard.webfilter.reading import DecisionRecord
from policyguard.webfilter.records import DecisionLog, decision_record
from policyguard.webfilter.searchterms import TermMatch
from policyguard.webfilter.squid import _quote
from policyguard.webfilter.verdict import Verdict

# Any text but lone surrogates (which no request line decoded from UTF-8 holds).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
URLISH = st.text(st.sampled_from("abcXYZ019-._~/:%?=&+#;,@!$'()*[] \\\x00\x07é\u212a"), max_size=40)


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, URLISH))
def test_block_page_values_are_quoted_as_urllib_quotes_them(value: str) -> None:
    assert _quote(value) == quote(value, safe="-._~/:")


@st.composite
def verdicts(draw: st.DrawFn) -> Verdict:
    search = draw(st.none() | st.tuples(st.sampled_from(["google", "bing"]), TEXT))
    terms: tuple[TermMatch, ...] = ()
    if search is not None and draw(st.booleans()):
        terms = (
            TermMatch(
                "self_harm", "Self-harm", draw(st.sampled_from(["high", "low"])), "kms", "kms"
            ),
        )
    return Verdict(
        draw(st.sampled_from(["allow", "warn", "block"])),
        draw(st.sampled_from(["rule", "deny_list", "expression", "unreadable"])),
        url=draw(st.one_of(TEXT, URLISH)),
        category=draw(TEXT),
        entry=draw(st.one_of(TEXT, URLISH)),
        clauses=tuple(draw(st.lists(st.sampled_from(["VTS-10", "VTS-25", 'X"1']), max_size=2))),
        audience=draw(st.sampled_from(["learner", "staff"])),
        device=draw(st.sampled_from(["learner_pc", "byod"])),
        search=search,
        terms=terms,
    )


@settings(max_examples=400, deadline=None)
@given(verdicts(), st.one_of(TEXT, st.just("-")), st.one_of(TEXT, st.just("-")), TEXT)
def test_every_record_reads_as_its_json_dump(
    verdict: Verdict, user: str, device_id: str, client_ip: str
) -> None:
    handle = io.StringIO()
    log = DecisionLog(handle)
    log.write(verdict, at=1_741_773_600.5, client_ip=client_ip, device_id=device_id, user=user)
    log.flush()
    record = decision_record(
        verdict, at=1_741_773_600.5, client_ip=client_ip, device_id=device_id, user=user
    )
    assert handle.getvalue() == json.dumps(record, ensure_ascii=False) + "\n"


def test_records_wait_for_the_batch_but_alerts_do_not() -> None:
    handle = io.StringIO()
    log = DecisionLog(handle)
    log.write(Verdict("block", "rule", url="http://a.test/"), at=0)
    assert handle.getvalue() == ""  # kept until the batch is done
    alert = TermMatch("self_harm", "Self-harm", "high", "kms", "kms")
    log.write(Verdict("allow", "uncategorised", search=("google", "kms"), terms=(alert,)), at=0)
    assert len(handle.getvalue().splitlines()) == 2  # the alert took the batch with it


def test_the_reading_model_reads_what_the_helper_writes_field_for_field() -> None:
    # The log format is written here and read by whoever ingests it (the portal), through
    # one model: a field added to the writer and not to the reader fails this.
    alert = TermMatch("self_harm", "Self-harm", "high", "kms", "kms")
    written = [
        Verdict(
            "block",
            "rule",
            url="http://games.test/play",
            category="games",
            entry="games.test",
            clauses=("VTS-10",),
            audience="learner",
            device="learner_pc",
        ),
        Verdict(
            "allow",
            "uncategorised",
            url="https://www.google.com/search?q=kms",
            search=("google", "kms"),
            terms=(alert,),
            audience="staff",
            device="byod",
        ),
    ]
    handle = io.StringIO()
    log = DecisionLog(handle)
    for verdict in written:
        log.write(verdict, at=1_741_773_600, client_ip="10.0.0.4", device_id="pc17", user="s1")
    log.flush()
    lines = handle.getvalue().splitlines()
    assert len(lines) == 2
    for line in lines:
        data = json.loads(line)
        record = DecisionRecord.model_validate(data)
        assert set(DecisionRecord.model_fields) == set(data)
        read = record.model_dump(mode="json")
        assert read.pop("at") == "2025-03-12T10:00:00Z"
        assert read == {k: v for k, v in data.items() if k != "at"}
    assert DecisionRecord.model_validate(json.loads(lines[1])).strongest_term() is not None


@pytest.mark.parametrize(
    "at", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00", "1999-12-31T23:59:59Z"]
)
def test_the_reading_model_refuses_a_time_nothing_happened_at(at: str) -> None:
    with pytest.raises(ValidationError, match="out of range"):
        DecisionRecord.model_validate({"at": at, "url": "http://a.test/", "outcome": "allow"})


def test_a_records_content_hash_never_changes() -> None:
    """Stored records are found again by this hash: a change to how it is computed
    stores every record of a file ingested again a second time. The value was computed
    by the first version (``json.dumps`` with sorted keys, no spaces, not ASCII-escaped)."""
    line = (
        '{"at": "2026-11-30T09:15:02.5+01:00", "device": "learner_pc", "device_id": '
        '"lab3-pc07", "client_ip": "10.1.2.3", "user": "s01234", "audience": "learner", '
        '"url": "https://www.bing.com/search?q=caf\\u00e9+\\"quoted\\"", "outcome": "warn", '
        '"reason": "rule", "category": "search", "entry": "bing.com", "clauses": ["NCLT-7", '
        '"NCLT-9"], "search_site": "bing", "search_term": "café \\"quoted\\" \\\\ ünï", '
        '"terms": [{"category": "self_harm", "severity": "high", "term": "kms"}], '
        '"alert": true, "extra": 1}'
    )
    record = DecisionRecord.model_validate_json(line)
    expected = "91224980eb540e73584b4b9639405e6244a4345643b9868ebc0e58bac084f405"
    assert record.content_hash() == expected
    assert DecisionRecord.model_validate(json.loads(line)).content_hash() == expected
    changed = record.model_copy(update={"search_term": "cafe"})
    assert changed.content_hash() != expected
