"""Two moderators press different buttons on one draft at the same moment: exactly one
verdict lands, the other is told who decided first (the row lock in ``moderate_post``)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from portal.audit.models import AuditEntry
from portal.errors import NotAllowedNow as ModerationError
from portal.moderation.actions import ModerationVerdict, moderate_post, submit_draft
from portal.moderation.models import Post, Status
from portal.moderation.tests.conftest import PHONE_DRAFT
from portal.officialaccounts.models import OfficialAccount
from portal.types import User


@pytest.mark.django_db(transaction=True)
def test_it_lets_only_one_of_two_racing_moderators_decide(
    bob: User, erin: User, frank: User, account: OfficialAccount
) -> None:
    if connection.vendor == "sqlite":
        pytest.skip("threads share no in-memory SQLite database; PostgreSQL runs this")
    post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def act(user: User, verdict: ModerationVerdict) -> None:
        from django.db import connections

        try:
            start.wait()
            moderate_post(post=post, verdict=verdict, acting_user=user)
            outcomes[user.username] = "decided"
        except ModerationError as exc:
            outcomes[user.username] = str(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=act, args=(erin, ModerationVerdict.APPROVE)),
        threading.Thread(target=act, args=(frank, ModerationVerdict.REJECT)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values()).count("decided") == 1
    loser = next(v for v in outcomes.values() if v != "decided")
    assert "already" in loser
    post.refresh_from_db()
    assert post.status in (Status.APPROVED, Status.REJECTED)
    assert AuditEntry.objects.filter(verb__startswith="moderation.post.").count() == 1
    assert Post.objects.count() == 1
