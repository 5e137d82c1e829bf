"""The webfilter commands through ``policyguard``'s own command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from policyguard.cli import main

from .conftest import FIXTURES

PACK = str(FIXTURES / "college.yaml")
SOURCES = [
    "--pack",
    PACK,
    "--ut1",
    str(FIXTURES / "ut1"),
    "--list",
    f"{FIXTURES / 'always.txt'}:iwf:always_block",
]


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_compile_then_check_explains_the_decision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = tmp_path / "college.pgwf"
    code, text = _run("webfilter", "compile", *SOURCES, "-o", str(snapshot))
    assert code == 0
    assert "lines skipped" in text
    assert "social_networks/domains:4" in capsys.readouterr().err  # the bad line, by file and line
    code, text = _run(
        "webfilter",
        "check",
        "http://www.facebook.test/",
        "--snapshot",
        str(snapshot),
        "--ip",
        "10.10.0.1",
        "--at",
        "2025-03-12T10:00:00+00:00",
    )
    assert code == 0
    assert text.startswith("BLOCK (web_request, test-college)")
    assert "VTS-10" in text
    code, text = _run(
        "webfilter", "check", "http://illegal.test/", "--snapshot", str(snapshot), "--json"
    )
    decision = json.loads(text)
    assert decision["outcome"] == "block"
    assert decision["findings"][0]["clauses"] == ["VTS-20"]


def test_export_writes_the_requested_format(tmp_path: Path) -> None:
    output = tmp_path / "zone.rpz"
    code, text = _run("webfilter", "export", *SOURCES, "--format", "rpz", "-o", str(output))
    assert code == 0 and "blocked names" in text
    assert "illegal.test CNAME .\n" in output.read_text()


def test_bad_arguments_exit_2_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = _run("webfilter", "compile", "--list", "nocategory", "-o", str(tmp_path / "x"))
    assert code == 2
    assert "FILE:CATEGORY" in capsys.readouterr().err
    code, _ = _run("webfilter", "check", "http://x.test/", "--snapshot", str(tmp_path / "missing"))
    assert code == 2


def test_check_on_a_bare_snapshot_names_who_acts_by_their_title(tmp_path: Path) -> None:
    snapshot = tmp_path / "college.pgwf"
    assert _run("webfilter", "compile", *SOURCES, "-o", str(snapshot))[0] == 0
    code, text = _run(
        "webfilter",
        "check",
        "http://www.google.com/search?q=how+to+k1ll+myslef",
        "--snapshot",
        str(snapshot),
        "--ip",
        "10.10.0.1",
        "--json",
    )
    assert code == 0
    actions = [a for f in json.loads(text)["findings"] for a in f.get("actions", [])]
    assert {(a["role"], a["role_title"]) for a in actions} == {
        ("dsl", "Designated Safeguarding Lead")
    }
