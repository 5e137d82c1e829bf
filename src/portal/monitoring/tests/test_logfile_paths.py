"""read_lines checks a plain line (printable ASCII, no escapes that decode to a control
character) with pydantic's compiled JSON validator, and every other line field by field
after cleaning: both ways give the same record, the same content hash and, for a bad
line, the same problem."""

from __future__ import annotations

import json

from portal.monitoring.logfile import _plain, check_record, read_lines
from portal.monitoring.tests.conftest import ALERT, BLOCKED, record

LINES = [
    json.dumps(record()),
    json.dumps(record(**BLOCKED)),
    json.dumps(record(**ALERT)),
    json.dumps(record(client_ip="-", user="-")),
    json.dumps(record(search_term="caf\u00e9 \u4e2d\u6587")),  # not ASCII: careful path
    json.dumps(record(search_term="kms\u0000now\u0007")),  # NUL and bell: cleaned
    json.dumps(record(search_term="tab\there\bback")),  # \t kept, \b cleaned
    json.dumps(record(at="2026-11-21T09:30:00+01:00", unknown_field=1)),
]
BAD = [
    "{not json",
    "[1, 2]",
    json.dumps(record(client_ip="not-an-address")),
    json.dumps(record(outcome="maybe", at="2026-11-21T09:30:00")),
    json.dumps(record(url="")),
]


def _careful(line: str, number: int) -> tuple[object, list[str]]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return None, ["not JSON"]
    found, problems = check_record(data, number)
    return found, [p.render("x") for p in problems]


def test_both_paths_give_the_same_records_and_hashes() -> None:
    assert [_plain(line) for line in LINES] == [True] * 4 + [False] * 3 + [True]
    records, problems = read_lines(LINES)
    assert problems == [] and len(records) == len(LINES)
    for number, (line, fast) in enumerate(zip(LINES, records, strict=True), 1):
        careful, found = _careful(line, number)
        assert found == [] and careful is not None
        assert fast.model_dump() == careful.model_dump()  # type: ignore[attr-defined]
        assert fast.content_hash() == careful.content_hash()  # type: ignore[attr-defined]
        assert fast.line == number
    assert records[5].search_term == "kmsnow" and records[6].search_term == "tab\thereback"


def test_a_bad_plain_line_is_reported_in_the_careful_paths_words() -> None:
    records, problems = read_lines([LINES[0], *BAD])
    assert len(records) == 1
    assert [p.render("log") for p in problems] == [
        "log:2: record: not JSON (Expecting property name enclosed in double quotes, column 2)",
        "log:3: record: a record is a JSON object",
        "log:4: client_ip: Value error, 'not-an-address' is not an IP address",
        "log:5: at: Value error, give the time with its offset, e.g. 2026-11-21T10:00:00Z",
        "log:5: outcome: Input should be 'allow', 'warn' or 'block'",
        "log:6: url: String should have at least 1 character",
    ]
