"""The url_rewrite protocol: channel IDs, block redirects, safe-search rewrites, DfE logs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from policyguard.webfilter.engine import WebFilter
from policyguard.webfilter.records import DecisionLog
from policyguard.webfilter.squid import Helper

from .conftest import LUNCH, MORNING


def _helper(web: WebFilter, at: float = MORNING, log: DecisionLog | None = None) -> Helper:
    return Helper(web, log=log, clock=lambda: at)


def test_a_blocked_request_goes_to_the_block_page_with_its_reasons(web: WebFilter) -> None:
    reply = _helper(web).answer("7 http://www.facebook.test/x 10.10.0.4/- - GET myip=1 myport=3128")
    channel, status, code, location = reply.split(" ")
    assert (channel, status, code) == ("7", "OK", "status=302")
    url = urlsplit(location.removeprefix("url=").rstrip("\n"))
    assert (url.scheme, url.netloc, url.path) == ("http", "portal.test", "/blocked")
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert query["category"] == "social_networks"
    assert query["entry"] == "facebook.test"
    assert query["clauses"] == "VTS-10"
    assert query["url"] == "http://www.facebook.test/x"
    assert (query["reason"], query["org"], query["device"], query["audience"]) == (
        "rule",
        "test-college",
        "learner_pc",
        "learner",
    )


def test_allowed_warned_and_rewritten_requests(web: WebFilter) -> None:
    helper = _helper(web, at=LUNCH)
    assert helper.answer("0 http://facebook.test/ 10.20.0.4/- - GET") == "0 ERR\n"
    assert helper.answer("1 http://games.test/ 10.10.0.4/- - GET") == "1 ERR\n"  # warn: logged
    assert helper.answer("2 www.google.com:443 10.10.0.4/- - CONNECT") == (
        "2 OK rewrite-url=forcesafesearch.google.com:443\n"
    )


def test_lines_without_channel_ids_and_empty_lines_are_answered(web: WebFilter) -> None:
    helper = _helper(web)
    assert helper.answer("http://nowhere.test/ 10.10.0.4/- - GET") == "ERR\n"
    assert helper.answer("") == "ERR\n"
    assert helper.answer("5") == "5 ERR\n"
    assert helper.answer("5 http://vpn.test/").startswith("5 OK status=302 url=")


def test_the_log_has_the_dfe_fields_and_flags_alerts(web: WebFilter, tmp_path: Path) -> None:
    log = DecisionLog.open(tmp_path / "log.jsonl")
    helper = _helper(web, log=log)
    helper.answer(
        "1 http://www.google.com/search?q=how+to+kms 10.10.0.4/pc-17.college.test s123456 GET"
    )
    helper.answer("2 http://casino.test/ 10.10.0.4/- - GET")
    helper.answer("3 http://nowhere.test/ 10.10.0.4/- - GET")  # plain allow: not logged
    log.close()
    first, second = (json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines())
    assert {
        k: first[k] for k in ("device", "device_id", "client_ip", "user", "search_term", "alert")
    } == {
        "device": "learner_pc",
        "device_id": "pc-17.college.test",
        "client_ip": "10.10.0.4",
        "user": "s123456",
        "search_term": "how to kms",
        "alert": True,
    }
    assert first["at"] == "2025-03-12T10:00:00Z"
    assert (second["outcome"], second["category"], second["entry"]) == (
        "block",
        "adult",
        "casino.test",
    )


def test_the_log_holds_no_control_characters(web: WebFilter, tmp_path: Path) -> None:
    log = DecisionLog.open(tmp_path / "log.jsonl")
    helper = _helper(web, log=log)
    helper.answer("1 http://www.google.com/search?q=how+to%00kms 10.10.0.4/pc%0017 s1%00 GET")
    log.close()
    (record,) = (json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines())
    assert "\x00" not in json.dumps(record, ensure_ascii=False)
    assert record["search_term"] == "how tokms"


def test_the_helper_process_answers_concurrent_lines_in_order(snapshot_path: Path) -> None:
    lines = "".join(
        f"{n} http://{'casino' if n % 2 else 'nowhere'}.test/{n} 10.10.0.1/- - GET\n"
        for n in range(50)
    )
    done = subprocess.run(
        [sys.executable, "-m", "policyguard.webfilter.squid", "--snapshot", str(snapshot_path)],
        input=lines.encode(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    replies = done.stdout.decode().splitlines()
    assert len(replies) == 50
    assert all(
        r.startswith(f"{n} OK status=302") if n % 2 else r == f"{n} ERR"
        for n, r in enumerate(replies)
    )


def test_the_helper_refuses_a_bad_snapshot(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "policyguard.webfilter.squid", "--snapshot", str(tmp_path / "none")],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert b"cannot open the snapshot" in done.stderr
