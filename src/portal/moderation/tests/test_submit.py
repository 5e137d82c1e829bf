"""Submitting a draft screens it, records the decision and queues it; resubmitting
screens again."""

from __future__ import annotations

import pytest
from django.test import Client

from portal.audit.models import AuditEntry
from portal.decisions.models import Decision
from portal.errors import NotAllowedNow as ModerationError
from portal.moderation.actions import resubmit_draft, submit_draft
from portal.moderation.models import Post, Status
from portal.moderation.tests.conftest import CLEAN_DRAFT, PHONE_DRAFT, moderated_pack
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.types import User


def test_it_screens_records_and_queues_a_draft(bob: User, account: OfficialAccount) -> None:
    post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    assert post.status == Status.AWAITING_MODERATION
    assert post.outcome == "review"
    decision = Decision.objects.get(pk=post.decision_id or 0)
    assert decision.channel == "web"
    assert decision.requested_by == bob
    assert decision.event["text"] == PHONE_DRAFT
    assert decision.event["author"] == "S001"  # bob's directory entry
    assert decision.event["account_type"] == "official"
    assert {"OAK-08", "OAK-09"} <= set(decision.clauses)
    spans = [
        e for f in decision.decision["findings"] for e in f["evidence"] if e["kind"] == "text_span"
    ]
    assert any(PHONE_DRAFT[e["start"] : e["end"]] == "07700 900123" for e in spans)


def test_it_audits_the_submission_with_the_decision(bob: User, account: OfficialAccount) -> None:
    post = submit_draft(account=account, text=CLEAN_DRAFT, acting_user=bob)
    entry = AuditEntry.objects.get(verb="moderation.draft.submit")
    assert entry.actor == bob
    assert entry.object_id == str(post.pk)
    assert entry.detail["decision_id"] == post.decision_id
    assert AuditEntry.objects.filter(verb="decision.record").count() == 1


def test_it_approves_at_once_when_nothing_asks_for_moderation(
    oakfield: Organisation, bob: User, account: OfficialAccount
) -> None:
    oakfield.pack_yaml = moderated_pack(moderation=False)
    oakfield.save(update_fields=["pack_yaml"])
    post = submit_draft(account=account, text=CLEAN_DRAFT, acting_user=bob)
    assert post.outcome == "allow"
    assert post.status == Status.APPROVED
    assert [s.verb for s in post.steps.all()] == ["submitted", "approved"]


def test_it_screens_a_changed_draft_again(bob: User, account: OfficialAccount) -> None:
    post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    first = post.decision_id
    post.status = Status.CHANGES_REQUESTED
    post.save(update_fields=["status"])
    changed = resubmit_draft(post=post, text=CLEAN_DRAFT, acting_user=bob)
    assert changed.decision_id != first
    assert changed.text == CLEAN_DRAFT
    assert changed.status == Status.AWAITING_MODERATION
    assert "OAK-08" not in Decision.objects.get(pk=changed.decision_id or 0).clauses
    assert AuditEntry.objects.filter(verb="moderation.draft.resubmit").count() == 1
    assert [s.verb for s in changed.steps.all()] == ["submitted", "resubmitted"]


def test_it_lets_only_the_author_change_an_open_draft(
    bob: User, gail: User, account: OfficialAccount
) -> None:
    post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    with pytest.raises(ModerationError, match="Only the author"):
        resubmit_draft(post=post, text=CLEAN_DRAFT, acting_user=gail)
    Post.objects.filter(pk=post.pk).update(status=Status.APPROVED)
    with pytest.raises(ModerationError, match="approved"):
        resubmit_draft(post=post, text=CLEAN_DRAFT, acting_user=bob)


def test_it_submits_from_the_form(client: Client, bob: User, account: OfficialAccount) -> None:
    client.force_login(bob)
    response = client.post(
        "/orgs/oakfield/moderation/new/", {"account": account.pk, "text": PHONE_DRAFT}
    )
    post = Post.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/orgs/oakfield/moderation/{post.pk}/"
    assert post.author == bob


def test_it_resubmits_from_the_page(client: Client, bob: User, account: OfficialAccount) -> None:
    post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    client.force_login(bob)
    page = client.get(f"/orgs/oakfield/moderation/{post.pk}/")
    assert b"Change your draft" in page.content
    client.post(f"/orgs/oakfield/moderation/{post.pk}/edit/", {"text": CLEAN_DRAFT})
    post.refresh_from_db()
    assert post.text == CLEAN_DRAFT
