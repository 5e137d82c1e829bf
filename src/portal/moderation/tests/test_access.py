"""Who sees the queue and which posts: see conftest.py for each user."""

from __future__ import annotations

import pytest
from django.test import Client

from portal.moderation.actions import submit_draft
from portal.moderation.models import Post
from portal.moderation.tests.conftest import PHONE_DRAFT
from portal.officialaccounts.models import OfficialAccount
from portal.types import User


@pytest.fixture
def draft(bob: User, account: OfficialAccount) -> Post:
    return submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)


def _get(client: Client, user: User, url: str) -> int:
    client.force_login(user)
    return client.get(url).status_code


def test_it_shows_the_queue_to_moderators_and_administrators(
    client: Client, draft: Post, erin: User, alice: User
) -> None:
    for user in (erin, alice):
        client.force_login(user)
        page = client.get("/orgs/oakfield/moderation/")
        assert page.status_code == 200
        assert f"#{draft.pk}:".encode() in page.content


def test_it_keeps_the_queue_from_staff_and_students(
    client: Client, draft: Post, bob: User, dave: User
) -> None:
    assert _get(client, bob, "/orgs/oakfield/moderation/") == 403
    assert _get(client, dave, "/orgs/oakfield/moderation/") == 403
    assert _get(client, dave, "/orgs/oakfield/moderation/import/") == 403
    assert _get(client, dave, "/orgs/oakfield/moderation/new/") == 403
    assert _get(client, dave, "/orgs/oakfield/moderation/mine/") == 403


def test_it_shows_authors_only_their_own_drafts(
    client: Client, draft: Post, bob: User, gail: User, dave: User
) -> None:
    url = f"/orgs/oakfield/moderation/{draft.pk}/"
    assert _get(client, bob, url) == 200
    assert _get(client, gail, url) == 404
    assert _get(client, dave, url) == 404
    client.force_login(gail)
    assert PHONE_DRAFT.encode() not in client.get("/orgs/oakfield/moderation/mine/").content


def test_it_hides_other_organisations_posts(client: Client, draft: Post, charlie: User) -> None:
    assert _get(client, charlie, f"/orgs/oakfield/moderation/{draft.pk}/") == 404
    assert _get(client, charlie, "/orgs/oakfield/moderation/") == 404
    # Even the Elmbrook URL with Oakfield's post id finds nothing.
    assert _get(client, charlie, f"/orgs/elmbrook/moderation/{draft.pk}/") == 404


def test_it_lets_only_moderators_post_a_verdict(
    client: Client, draft: Post, bob: User, gail: User
) -> None:
    client.force_login(bob)
    url = f"/orgs/oakfield/moderation/{draft.pk}/moderate/"
    assert client.post(url, {"verdict": "approve"}).status_code == 403
    client.force_login(gail)
    assert client.post(url, {"verdict": "approve"}).status_code == 404


def test_it_highlights_each_span_with_its_clause(client: Client, draft: Post, erin: User) -> None:
    client.force_login(erin)
    html = client.get(f"/orgs/oakfield/moderation/{draft.pk}/").content.decode()
    assert "07700 900123</mark>" in html
    assert 'aria-label="07700 900123, flagged under OAK-08"' in html
    assert 'href="#finding-' in html
    assert "content.personal_data" in html


def test_it_shows_the_author_the_moderators_note(
    client: Client, draft: Post, bob: User, erin: User
) -> None:
    client.force_login(erin)
    client.post(
        f"/orgs/oakfield/moderation/{draft.pk}/moderate/",
        {"verdict": "request_changes", "note": "Give the switchboard number instead."},
    )
    client.force_login(bob)
    page = client.get(f"/orgs/oakfield/moderation/{draft.pk}/").content.decode()
    assert "Give the switchboard number instead." in page
    assert "changes requested" in page


def test_it_links_the_decision_only_for_those_who_may_open_it(
    client: Client, draft: Post, bob: User, erin: User
) -> None:
    link = f"/orgs/oakfield/decisions/{draft.decision_id}/"
    # bob asked for the screen, so the decision record is his to open.
    client.force_login(bob)
    assert link in client.get(f"/orgs/oakfield/moderation/{draft.pk}/").content.decode()
    assert client.get(link).status_code == 200
    # erin moderates: the decision routes its moderation action to her role.
    client.force_login(erin)
    page = client.get(f"/orgs/oakfield/moderation/{draft.pk}/").content.decode()
    assert (link in page) == (client.get(link).status_code == 200)
