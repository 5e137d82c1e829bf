"""The command line: decide, schema, pack validate and show; bad input exits 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from policyguard.cli import main

MINI = str(Path(__file__).parent / "fixtures" / "mini-pack.yaml")

FRIEND_REQUEST = {
    "kind": "connection",
    "at": "2026-03-01T10:00:00+00:00",
    "actor": {"id": "t1", "affiliations": [{"kind": "staff"}]},
    "target": {"id": "s1", "affiliations": [{"kind": "student"}]},
    "action": "friend_request",
    "platform": "facebook",
}


def run(
    args: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None
) -> tuple[int, str]:
    out = io.StringIO()
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(args, out=out), out.getvalue()


def test_it_decides_an_event_from_a_file(tmp_path: Path) -> None:
    event = tmp_path / "event.json"
    event.write_text(json.dumps(FRIEND_REQUEST))
    code, out = run(["decide", "--org", MINI, str(event)])
    decision = json.loads(out)
    assert code == 0
    assert decision["outcome"] == "block"
    assert decision["findings"][0]["clauses"] == ["MINI-01", "MINI-02"]


def test_it_reads_the_event_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(
        ["decide", "--org", MINI, "--format", "text", "-"], json.dumps(FRIEND_REQUEST), monkeypatch
    )
    assert code == 0 and out.startswith("BLOCK (connection, mini)")


def test_it_resolves_directory_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directory = tmp_path / "people.json"
    directory.write_text(
        json.dumps({"people": [FRIEND_REQUEST["actor"], FRIEND_REQUEST["target"]]})
    )
    event = {**FRIEND_REQUEST, "actor": "t1", "target": "s1"}
    code, out = run(
        ["decide", "--org", MINI, "--directory", str(directory), "-"],
        json.dumps(event),
        monkeypatch,
    )
    assert code == 0 and json.loads(out)["outcome"] == "block"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("{not json", "invalid JSON"),
        (json.dumps({**FRIEND_REQUEST, "action": "poke"}), "action:"),
        (json.dumps({**FRIEND_REQUEST, "kind": "telepathy"}), "kind:"),
        (
            json.dumps({**FRIEND_REQUEST, "at": "2026-03-01T10:00:00"}),
            "at: Input should have timezone",
        ),
        (json.dumps({**FRIEND_REQUEST, "target": "nobody"}), "target: no person with id 'nobody'"),
        # Both overflowed with a traceback once: the year is bounded before any arithmetic.
        (json.dumps({**FRIEND_REQUEST, "at": "9999-12-31T23:00:00-05:00"}), "at: Value error"),
        (json.dumps({**FRIEND_REQUEST, "at": "0001-01-01T00:30:00+01:00"}), "at: Value error"),
        (
            json.dumps({**FRIEND_REQUEST, "target": {"id": "s", "date_of_birth": "9999-12-31"}}),
            "date_of_birth: Value error, 9999-12-31 is out of range",
        ),
        ("[" * 100_000, "invalid JSON"),
    ],
)
def test_it_exits_2_and_names_the_field_for_bad_events(
    stdin: str, message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(["decide", "--org", MINI, "-"], stdin, monkeypatch)
    assert code == 2 and out == ""
    assert message in capsys.readouterr().err


def test_it_prints_json_schemas() -> None:
    code, out = run(["schema"])
    schemas = json.loads(out)
    assert code == 0
    assert set(schemas) == {"event", "decision", "pack"}
    kinds = set(schemas["event"]["discriminator"]["mapping"])
    assert kinds == {
        "post",
        "profile",
        "connection",
        "media",
        "web_request",
        "account_change",
        "report",
        "takedown",
    }
    assert "findings" in schemas["decision"]["properties"]


def test_it_validates_a_pack_and_reports_errors_with_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["pack", "validate", MINI])[0] == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(Path(MINI).read_text().replace("cycle_months: 24", "cycle_months: often"))
    code, _ = run(["pack", "validate", str(bad)])
    assert code == 2
    assert f"{bad}:" in capsys.readouterr().err


def test_it_shows_a_pack_with_its_review_status() -> None:
    code, out = run(["pack", "show", MINI, "--today", "2027-02-01"])
    assert code == 0
    assert "OVERDUE by 22 days" in out and "MINI-01" in out
    code, out = run(["pack", "show", MINI, "--json", "--today", "2026-02-01"])
    status = json.loads(out)["review_status"]
    assert status == {
        "next_review": "2027-01-10",
        "overdue": False,
        "days_overdue": 0,
        "as_of": "2026-02-01",
    }


def test_it_says_which_packs_exist_for_an_unknown_slug(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["pack", "show", "hogwarts"])[0] == 2
    assert "no bundled pack 'hogwarts'" in capsys.readouterr().err


def test_it_says_an_event_file_is_missing_without_blaming_the_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(["decide", "--org", MINI, str(tmp_path / "no-such-event.json")])
    error = capsys.readouterr().err
    assert code == 2
    assert "no-such-event.json: No such file or directory" in error
    assert "pack" not in error


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "No such file or directory"),
        ('{"people": [{"name": "no id"}]}', "people.0.id: Field required"),
    ],
)
def test_it_calls_a_bad_directory_file_an_invalid_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, expected: str
) -> None:
    directory = tmp_path / "people.json"
    if content is not None:
        directory.write_text(content, encoding="utf-8")
    event = tmp_path / "event.json"
    event.write_text(json.dumps(FRIEND_REQUEST), encoding="utf-8")
    code, _ = run(["decide", "--org", MINI, "--directory", str(directory), str(event)])
    error = capsys.readouterr().err
    assert code == 2
    assert error.startswith("policyguard: invalid directory:\n") and expected in error
    assert "invalid event" not in error


BILLION_LAUGHS = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BILLION_LAUGHS, "anchors and aliases (&name, *name) are not allowed"),
        ("a: &a [*a]\n", "anchors and aliases"),
        ("a: " + "[" * 20_000 + "]" * 20_000 + "\n", "nested"),
        ("a:\n" + "".join(f"{'  ' * (i + 1)}k{i}:\n" for i in range(60)), "nested more than 40"),
        ("# filler\n" * 150_000, "the limit is 1,000,000"),
    ],
)
def test_hostile_packs_end_in_a_clear_exit_2(
    text: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A 352-byte billion-laughs pack once took 3 GB; recursion ended in a traceback.
    pack = tmp_path / "hostile.yaml"
    pack.write_text(text)
    code, _ = run(["pack", "validate", str(pack)])
    assert code == 2
    assert message in capsys.readouterr().err


def test_pack_show_marks_the_times_the_document_does_not_give_as_defaults() -> None:
    code, out = run(["pack", "show", "qtsd"])
    assert code == 0
    assert "Schedules (a time marked default is not in the document: set your own):" in out
    assert "  working_hours                Mon-Fri 08:30-17:00 (default)\n" in out
    code, out = run(["pack", "show", "qtsd", "--json"])
    [window] = json.loads(out)["schedules"]["working_hours"]
    assert window == {
        "days": ["mon", "tue", "wed", "thu", "fri"],
        "start": "08:30:00",
        "end": "17:00:00",
        "default": True,
    }


def test_pack_show_lists_the_purposes_media_and_consents_choose_from() -> None:
    code, out = run(["pack", "show", "wcuc"])
    assert code == 0 and "  educational_activity         Educational activity\n" in out
