"""The demo loader puts an official account, drafts and comments in each queue, once."""

from __future__ import annotations

import pytest

from portal.demo import load_demo
from portal.moderation.models import Direction, Post
from portal.officialaccounts.models import AccountStatus, OfficialAccount


@pytest.mark.django_db
def test_it_loads_demo_posts_once() -> None:
    from portal.conftest import TODAY

    load_demo(today=TODAY, slugs=["vts"])
    # The demo's account with posts (the other is a request waiting for approval).
    account = OfficialAccount.objects.exclude(status=AccountStatus.REQUESTED).get(
        organisation__slug="vts"
    )
    posts = Post.objects.filter(account=account)
    assert posts.filter(direction=Direction.OUTGOING).count() == 2
    assert posts.filter(direction=Direction.INCOMING).count() == 2
    assert all(p.decision_id for p in posts)
    load_demo(today=TODAY, slugs=["vts"])
    assert Post.objects.count() == 4
