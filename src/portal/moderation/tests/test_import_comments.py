"""Importing comments made to official accounts: JSON lines and RSS/Atom feeds, each
screened and queued in batches; a bad line is left out and reported, never the others;
duplicates skipped; on the worker from the page, with its progress."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from portal.audit.models import AuditEntry
from portal.decisions.models import Decision
from portal.errors import Rejected as ImportRejected
from portal.jobs.models import BackgroundWork, RunStatus
from portal.moderation import incoming
from portal.moderation.imports import parse_feed, parse_jsonl
from portal.moderation.incoming import import_comments
from portal.moderation.models import Direction, Post, Status
from portal.moderation.tests.conftest import DATA
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.types import User

JSONL = (DATA / "comments.jsonl").read_bytes()
RSS = (DATA / "comments.rss").read_bytes()
ATOM = (DATA / "comments.atom").read_bytes()


@pytest.fixture
def accounts(account: OfficialAccount, news_account: OfficialAccount) -> None:
    return None


def test_it_reads_json_lines() -> None:
    comments = parse_jsonl(JSONL)
    assert [c.external_id for c in comments] == ["c-1001", "c-1002", "1003"]
    assert [c.line for c in comments] == [1, 2, 4]  # the blank line 3 is skipped
    assert comments[2].published_at is not None
    assert comments[2].published_at.utcoffset() is not None


def test_it_reports_every_bad_line_by_number() -> None:
    data = b"\n".join(
        [
            b'{"id": "a", "text": "fine"}',
            b"{not json",
            b'{"id": "b", "text": ""}',
            b'{"id": "c", "text": "x", "published_at": "2026-11-20T18:05:00"}',
            b'["a list"]',
            b'{"text": "no id"}',
        ]
    )
    with pytest.raises(ImportRejected) as caught:
        parse_jsonl(data)
    found = [(p.line, p.field) for p in caught.value.problems]
    assert found == [(2, ""), (3, "text"), (4, "published_at"), (5, ""), (6, "id")]
    assert "UTC offset" in str(caught.value.problems[2])


def test_it_takes_control_characters_out_and_refuses_impossible_times() -> None:
    (comment,) = parse_jsonl(b'{"id": "a\\u0000", "text": "well\\u0000 done\\u0007"}')
    assert (comment.external_id, comment.text) == ("a", "well done")
    with pytest.raises(ImportRejected) as caught:
        parse_jsonl(b'{"id": "b", "text": "x", "published_at": "9999-12-31T23:00:00-05:00"}')
    ((line, field, message),) = [(p.line, p.field, p.message) for p in caught.value.problems]
    assert (line, field) == (1, "published_at") and "out of range" in message


def test_it_reads_rss_and_atom() -> None:
    rss = parse_feed(RSS)
    assert [c.text for c in rss] == [
        "Great open day, thank you!",
        "Call me on 07700 900789 if you want tickets",
    ]
    assert rss[0].external_id == "https://example.org/oakfield/reply/1"
    assert rss[0].published_at is not None and rss[0].published_at.hour == 17
    atom = parse_feed(ATOM)
    assert atom[0].author_name == "Jo Visitor"
    assert atom[0].text == "Congratulations to all the students & staff"


def test_it_rejects_what_is_not_a_feed() -> None:
    with pytest.raises(ImportRejected, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html")


def test_it_screens_and_queues_each_comment(
    oakfield: Organisation, accounts: None, erin: User
) -> None:
    summary = import_comments(
        organisation=oakfield, data=JSONL, source="comments.jsonl", acting_user=erin
    )
    assert len(summary.created) == 3 and summary.skipped == 0
    posts = Post.objects.order_by("pk")
    assert {p.direction for p in posts} == {Direction.INCOMING}
    assert {p.status for p in posts} == {Status.AWAITING_MODERATION}
    assert [p.account.name for p in posts] == ["@OakfieldCollege"] * 2 + ["Oakfield News"]
    abusive = posts.get(external_id="c-1002")
    assert "OAK-07" in Decision.objects.get(pk=abusive.decision_id or 0).clauses
    assert Decision.objects.get(pk=abusive.decision_id or 0).event["direction"] == "incoming"
    entry = AuditEntry.objects.get(verb="moderation.comments.import")
    assert entry.detail["created"] == summary.created


def test_it_skips_comments_already_imported(
    oakfield: Organisation, accounts: None, erin: User
) -> None:
    import_comments(organisation=oakfield, data=JSONL, source="a.jsonl", acting_user=erin)
    again = import_comments(
        organisation=oakfield,
        data=JSONL + b'\n{"id": "c-1001", "account": "@OakfieldCollege", "text": "twice"}',
        source="b.jsonl",
        acting_user=erin,
    )
    assert again.created == [] and again.skipped == 4
    assert Post.objects.count() == 3


def test_a_bad_line_is_left_out_and_the_others_imported(
    oakfield: Organisation, accounts: None, erin: User
) -> None:
    bad = JSONL + b'\n{"id": "c-9", "account": "@Nobody", "text": "hello"}\n{oops\n'
    summary = import_comments(organisation=oakfield, data=bad, source="bad.jsonl", acting_user=erin)
    # JSONL ends with a newline, so the "\n" above leaves line 5 blank.
    assert [(p.line, p.field) for p in summary.problems] == [(6, "account"), (7, "")]
    assert "@OakfieldCollege" in summary.problems[0].message  # it names the accounts there are
    assert len(summary.created) == 3 and Post.objects.count() == 3
    assert "2 left out" in str(summary)
    fixed = JSONL + b'\n{"id": "c-9", "account": "@OakfieldCollege", "text": "hello"}\n'
    again = import_comments(organisation=oakfield, data=fixed, source="b.jsonl", acting_user=erin)
    assert (len(again.created), again.skipped, again.problems) == (1, 3, [])


def test_nothing_is_written_when_no_line_can_be_imported(
    oakfield: Organisation, accounts: None, erin: User
) -> None:
    bad = b'{"id": "c-9", "account": "@Nobody", "text": "hello"}\n{oops\n'
    with pytest.raises(ImportRejected) as caught:
        import_comments(organisation=oakfield, data=bad, source="bad.jsonl", acting_user=erin)
    assert [(p.line, p.field) for p in caught.value.problems] == [(1, "account"), (2, "")]
    assert Post.objects.count() == 0
    assert Decision.objects.count() == 0
    assert not AuditEntry.objects.filter(verb__startswith="moderation.comments").exists()


def test_a_comment_the_core_refuses_leaves_the_others_of_its_batch(
    oakfield: Organisation, accounts: None, erin: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policyguard import EventError
    from policyguard import Problem as CoreProblem
    from portal.decisions.actions import decide_event as real

    calls = []

    def fail_on_second(**kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise EventError([CoreProblem("text", "the core refused it")])
        return real(**kwargs)

    monkeypatch.setattr(incoming, "decide_event", fail_on_second)
    summary = import_comments(organisation=oakfield, data=JSONL, source="a.jsonl", acting_user=erin)
    assert [(p.line, p.message) for p in summary.problems] == [(2, "text: the core refused it")]
    assert sorted(Post.objects.values_list("external_id", flat=True)) == ["1003", "c-1001"]
    # Nothing of the refused comment was half-written: two decisions, two posts.
    assert Decision.objects.count() == 2
    (entry,) = AuditEntry.objects.filter(verb="moderation.comments.import")
    assert entry.detail["created"] == summary.created


def test_it_reads_the_directory_once_a_batch_and_reports_progress(
    oakfield: Organisation, accounts: None, erin: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(incoming, "BATCH", 2)
    made: list[object] = []
    from portal.people.queries import DatabaseLookups as real

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(incoming, "DatabaseLookups", counted)
    steps: list[tuple[int, int]] = []
    summary = import_comments(
        organisation=oakfield,
        data=JSONL,
        source="a.jsonl",
        acting_user=erin,
        progress=lambda done, total: steps.append((done, total)),
    )
    assert len(summary.created) == 3
    assert len(made) == 2  # three comments in batches of two
    assert steps == [(2, 3), (3, 3)]
    assert AuditEntry.objects.filter(verb="moderation.comments.import").count() == 2


def test_the_moderators_are_told_once_per_import(
    oakfield: Organisation,
    accounts: None,
    erin: User,
    alice: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from portal.notifications.models import Notification

    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            import_comments(organisation=oakfield, data=JSONL, source="a.jsonl", acting_user=None)
    # erin moderates; alice administers but is not a moderator: the role's holders only.
    (note,) = Notification.objects.filter(kind="moderation.comments")
    assert note.recipient == erin
    assert note.title == "3 imported comment(s) wait for moderation"
    assert note.link == "/orgs/oakfield/moderation/?direction=incoming"


def test_it_needs_an_account_for_a_feed(
    oakfield: Organisation, account: OfficialAccount, erin: User
) -> None:
    with pytest.raises(ImportRejected, match="names no account"):
        import_comments(organisation=oakfield, data=RSS, source="c.rss", acting_user=erin)
    summary = import_comments(
        organisation=oakfield, data=RSS, source="c.rss", account=account, acting_user=erin
    )
    assert len(summary.created) == 2
    phone = Post.objects.get(external_id="https://example.org/oakfield/reply/2")
    assert phone.account == account
    assert "OAK-08" in Decision.objects.get(pk=phone.decision_id or 0).clauses


def test_it_imports_from_the_command(oakfield: Organisation, news_account: OfficialAccount) -> None:
    out = io.StringIO()
    path = DATA / "comments.atom"
    call_command(
        "import_comments", "--org", "oakfield", "--account", "oakfield news", str(path), stdout=out
    )
    assert "1 comment(s) screened and queued" in out.getvalue()
    assert Post.objects.get().author_name == "Jo Visitor"
    with pytest.raises(CommandError, match="no official account"):
        call_command("import_comments", "--org", "oakfield", "--account", "@x", str(path))


def test_it_reports_bad_lines_from_the_command(
    oakfield: Organisation, account: OfficialAccount, tmp_path: object
) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "bad.jsonl"
    path.write_bytes(b'{"id": "1", "text": "ok"}\nnope\n')
    out, err = io.StringIO(), io.StringIO()
    args = ["import_comments", "--org", "oakfield", "--account", "@OakfieldCollege", str(path)]
    with pytest.raises(CommandError, match=r"1 comment\(s\) left out"):
        call_command(*args, stdout=out, stderr=err)
    assert "line 2: not valid JSON" in err.getvalue()
    assert "1 comment(s) screened and queued" in out.getvalue()
    assert Post.objects.get().external_id == "1"
    path.write_bytes(b"nope\n")
    with pytest.raises(CommandError, match="nothing imported: 1 problem"):
        call_command(*args, stdout=out, stderr=err)


def test_the_command_can_hand_it_to_the_worker(
    oakfield: Organisation,
    account: OfficialAccount,
    django_capture_on_commit_callbacks: Any,
    run_worker: Any,
) -> None:
    out = io.StringIO()
    path = DATA / "comments.rss"
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "import_comments",
            "--org",
            "oakfield",
            "--account",
            "@OakfieldCollege",
            "--background",
            str(path),
            stdout=out,
        )
    (work,) = BackgroundWork.objects.all()
    assert f"/orgs/oakfield/work/{work.pk}/" in out.getvalue()
    assert Post.objects.count() == 0
    run_worker()
    work.refresh_from_db()
    assert work.status == RunStatus.SUCCEEDED, work.result
    assert Post.objects.count() == 2


def test_the_upload_form_hands_it_to_the_worker_and_shows_progress(
    client: Client,
    accounts: None,
    erin: User,
    dave: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Any,
) -> None:
    client.force_login(erin)
    upload = io.BytesIO(JSONL + b'{"id": "c-9", "account": "@Nobody", "text": "hello"}\n')
    upload.name = "comments.jsonl"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/orgs/oakfield/moderation/import/", {"file": upload})
    work = BackgroundWork.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/orgs/oakfield/work/{work.pk}/"
    assert "Waiting for the worker" in client.get(response["Location"]).content.decode()
    assert Post.objects.count() == 0
    run_worker()
    assert Post.objects.count() == 3
    page = client.get(response["Location"]).content.decode()
    assert "3 comment(s) screened and put in the queue (3 waiting for moderation)" in page
    assert "1 line(s) were left out" in page and "no official account" in page
    assert 'href="/orgs/oakfield/moderation/?direction=incoming"' in page
    bad = io.BytesIO(b"{oops\n")
    bad.name = "bad.jsonl"
    page_422 = client.post("/orgs/oakfield/moderation/import/", {"file": bad})
    assert page_422.status_code == 422
    assert b"Nothing was imported" in page_422.content
    assert BackgroundWork.objects.count() == 1  # nothing queued for a file with no good line
    client.force_login(dave)
    assert client.post("/orgs/oakfield/moderation/import/", {}).status_code == 403


def test_it_offers_no_send_back_for_a_comment(
    client: Client, oakfield: Organisation, accounts: None, erin: User
) -> None:
    import_comments(organisation=oakfield, data=JSONL, source="a.jsonl", acting_user=erin)
    post = Post.objects.get(external_id="c-1001")
    client.force_login(erin)
    page = client.get(f"/orgs/oakfield/moderation/{post.pk}/")
    assert b'value="request_changes"' not in page.content
    assert b'value="reject"' in page.content
