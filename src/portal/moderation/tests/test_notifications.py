"""A draft waiting tells the moderators; a verdict tells the author; nobody else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core import mail

from portal.moderation.actions import ModerationVerdict, moderate_post, submit_draft
from portal.moderation.tests.conftest import PHONE_DRAFT
from portal.notifications.models import Notification
from portal.officialaccounts.models import OfficialAccount
from portal.types import User


def _emails(*users: User) -> None:
    for user in users:
        user.email = f"{user.username}@oakfield.test"
        user.save(update_fields=["email"])


def test_a_waiting_draft_goes_to_the_moderators_only(
    bob: User,
    gail: User,
    erin: User,
    frank: User,
    account: OfficialAccount,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    _emails(bob, gail, erin, frank)
    with django_capture_on_commit_callbacks(execute=True):
        post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    told = Notification.objects.filter(kind="moderation.waiting")
    assert sorted(n.recipient.username for n in told) == ["erin", "frank"]
    assert told.first().link == f"/orgs/oakfield/moderation/{post.pk}/"  # type: ignore[union-attr]
    run_worker()
    assert sorted(m.to[0] for m in mail.outbox) == ["erin@oakfield.test", "frank@oakfield.test"]
    assert f"http://127.0.0.1:8000/orgs/oakfield/moderation/{post.pk}/" in mail.outbox[0].body


def test_a_verdict_goes_to_the_author_with_the_note(
    bob: User,
    erin: User,
    account: OfficialAccount,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    _emails(bob, erin)
    post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    with django_capture_on_commit_callbacks(execute=True):
        moderate_post(
            post=post,
            verdict=ModerationVerdict.REQUEST_CHANGES,
            note="No phone numbers.",
            acting_user=erin,
        )
    told = Notification.objects.get(kind="moderation.verdict")
    assert told.recipient == bob
    assert "changes requested" in told.title and told.body == "No phone numbers."
    run_worker()
    assert [m.to for m in mail.outbox] == [["bob@oakfield.test"]]
    assert "No phone numbers." in mail.outbox[0].body


def test_nothing_is_told_when_the_step_rolls_back(
    bob: User, erin: User, account: OfficialAccount, django_capture_on_commit_callbacks: Any
) -> None:
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert not Notification.objects.exists()
