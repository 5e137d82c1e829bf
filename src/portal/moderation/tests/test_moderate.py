"""The moderator approves, sends back or rejects; each step is audited and checked."""

from __future__ import annotations

import pytest
from django.test import Client

from portal.audit.models import AuditEntry
from portal.errors import NotAllowedNow as ModerationError
from portal.moderation.actions import ModerationVerdict, moderate_post, submit_draft
from portal.moderation.models import Post, Status
from portal.moderation.tests.conftest import BLOCKED_DRAFT, PHONE_DRAFT
from portal.officialaccounts.models import OfficialAccount
from portal.types import User


@pytest.fixture
def draft(bob: User, account: OfficialAccount) -> Post:
    return submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)


@pytest.fixture
def blocked(bob: User, account: OfficialAccount) -> Post:
    return submit_draft(account=account, text=BLOCKED_DRAFT, acting_user=bob)


@pytest.mark.clause("VTS-03")
def test_it_approves_a_review_draft_and_audits_it(
    draft: Post, erin: User, django_capture_on_commit_callbacks: object
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:  # type: ignore[operator]
        moderate_post(post=draft, verdict=ModerationVerdict.APPROVE, acting_user=erin)
    draft.refresh_from_db()
    assert draft.status == Status.APPROVED
    assert draft.moderated_by == erin
    assert draft.moderated_at is not None and draft.moderated_at.tzinfo is not None
    entry = AuditEntry.objects.get(verb="moderation.post.approve")
    assert entry.actor == erin
    assert entry.object_id == str(draft.pk)
    assert len(callbacks) == 1  # the author is told only after commit


def test_it_sends_a_draft_back_with_a_note(draft: Post, erin: User) -> None:
    moderate_post(
        post=draft,
        verdict=ModerationVerdict.REQUEST_CHANGES,
        note="Use the switchboard.",
        acting_user=erin,
    )
    draft.refresh_from_db()
    assert draft.status == Status.CHANGES_REQUESTED
    assert draft.note == "Use the switchboard."
    assert AuditEntry.objects.get(verb="moderation.post.request_changes").detail["note"] == (
        "Use the switchboard."
    )


def test_it_needs_a_note_to_send_back(draft: Post, erin: User) -> None:
    with pytest.raises(ModerationError, match="note"):
        moderate_post(
            post=draft, verdict=ModerationVerdict.REQUEST_CHANGES, note="  ", acting_user=erin
        )


def test_it_rejects(draft: Post, erin: User) -> None:
    moderate_post(post=draft, verdict=ModerationVerdict.REJECT, acting_user=erin)
    draft.refresh_from_db()
    assert draft.status == Status.REJECTED


@pytest.mark.clause("VTS-03")
def test_it_never_approves_a_blocked_draft(blocked: Post, erin: User) -> None:
    assert blocked.outcome == "block"
    with pytest.raises(ModerationError, match="blocked"):
        moderate_post(post=blocked, verdict=ModerationVerdict.APPROVE, acting_user=erin)
    moderate_post(
        post=blocked, verdict=ModerationVerdict.REQUEST_CHANGES, note="No DOB.", acting_user=erin
    )
    assert not AuditEntry.objects.filter(verb="moderation.post.approve").exists()


@pytest.mark.clause("VTS-03")
def test_it_lets_nobody_moderate_their_own_draft(erin: User, account: OfficialAccount) -> None:
    own = submit_draft(account=account, text=PHONE_DRAFT, acting_user=erin)
    with pytest.raises(ModerationError, match="own draft"):
        moderate_post(post=own, verdict=ModerationVerdict.APPROVE, acting_user=erin)


def test_it_refuses_a_second_verdict(draft: Post, erin: User, frank: User) -> None:
    # erin and frank opened the same draft; erin was first.
    moderate_post(post=draft, verdict=ModerationVerdict.REJECT, acting_user=erin)
    with pytest.raises(ModerationError, match="already rejected by erin"):
        moderate_post(post=draft, verdict=ModerationVerdict.APPROVE, acting_user=frank)


def test_it_refuses_a_verdict_on_a_text_the_moderator_did_not_see(draft: Post, erin: User) -> None:
    seen = draft.decision_id
    assert seen is not None
    with pytest.raises(ModerationError, match="screened again"):
        moderate_post(
            post=draft,
            verdict=ModerationVerdict.APPROVE,
            acting_user=erin,
            seen_decision_id=seen + 1,
        )


def test_it_moderates_from_the_page(client: Client, draft: Post, erin: User) -> None:
    client.force_login(erin)
    page = client.get(f"/orgs/oakfield/moderation/{draft.pk}/")
    assert b"Your decision" in page.content
    response = client.post(
        f"/orgs/oakfield/moderation/{draft.pk}/moderate/",
        {
            "verdict": "request_changes",
            "note": "Please remove the number.",
            "decision_id": draft.decision_id,
        },
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.CHANGES_REQUESTED


def test_it_offers_no_approve_button_for_a_blocked_draft(
    client: Client, blocked: Post, erin: User
) -> None:
    client.force_login(erin)
    page = client.get(f"/orgs/oakfield/moderation/{blocked.pk}/")
    assert b'value="approve"' not in page.content
    assert b'value="request_changes"' in page.content
    response = client.post(
        f"/orgs/oakfield/moderation/{blocked.pk}/moderate/", {"verdict": "approve"}
    )
    assert response.status_code == 302
    blocked.refresh_from_db()
    assert blocked.status == Status.AWAITING_MODERATION


def test_it_offers_moderation_and_editing_only_to_whom_the_actions_allow(
    draft: Post, bob: User, erin: User, frank: User
) -> None:
    from portal.moderation.queries import may_edit_post, may_moderate_post
    from portal.organisations.queries import access_to

    as_bob, as_erin = access_to(bob, "oakfield"), access_to(erin, "oakfield")
    assert may_moderate_post(as_erin, draft, erin) and not may_moderate_post(as_bob, draft, bob)
    assert may_edit_post(draft, bob) and not may_edit_post(draft, erin)
    moderate_post(post=draft, verdict=ModerationVerdict.APPROVE, acting_user=erin)
    draft.refresh_from_db()
    assert not may_moderate_post(access_to(frank, "oakfield"), draft, frank)
    assert not may_edit_post(draft, bob)
