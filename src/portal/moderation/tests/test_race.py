"""Two moderators press different buttons on one draft at the same moment: exactly one
verdict lands, the other is told who decided first (the row lock in ``moderate_post``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection

from portal.audit.models import AuditEntry
from portal.errors import NotAllowedNow as ModerationError
from portal.moderation.actions import ModerationVerdict, moderate_post, submit_draft
from portal.moderation.models import Post, Status
from portal.moderation.tests.conftest import PHONE_DRAFT
from portal.officialaccounts.models import OfficialAccount
from portal.testing.races import at_once
from portal.types import User


@pytest.mark.django_db(transaction=True)
def test_it_lets_only_one_of_two_racing_moderators_decide(
    bob: User, erin: User, frank: User, account: OfficialAccount
) -> None:
    if connection.vendor == "sqlite":
        pytest.skip("threads share no in-memory SQLite database; PostgreSQL runs this")
    post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)

    def act(user: User, verdict: ModerationVerdict) -> Callable[[], object]:
        return lambda: moderate_post(post=post, verdict=verdict, acting_user=user)

    results = at_once(
        [act(erin, ModerationVerdict.APPROVE), act(frank, ModerationVerdict.REJECT)], timeout=30
    )
    lost = [result for result in results if isinstance(result, BaseException)]
    assert len(lost) == 1, results
    assert isinstance(lost[0], ModerationError) and "already" in str(lost[0])
    post.refresh_from_db()
    assert post.status in (Status.APPROVED, Status.REJECTED)
    assert AuditEntry.objects.filter(verb__startswith="moderation.post.").count() == 1
    assert Post.objects.count() == 1
