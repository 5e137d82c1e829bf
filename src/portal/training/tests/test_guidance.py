"""Guidance at the moment it helps: each guidance clause of the bundled packs is shown on
the page where it applies (the profile check, the connection question, the draft page),
and all of a pack's guidance on its staff guide, paraphrased and cited by clause ID."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils.html import escape

from policyguard import load_bundled
from portal.organisations.actions import create_organisation, set_membership
from portal.types import User

PAGES = {
    "profile_check": "/orgs/{org}/decisions/ask/profile/",
    "connection": "/orgs/{org}/decisions/ask/connection/",
    "draft": "/orgs/{org}/moderation/new/",
}
# Where each clause the issue names is shown (the pack's topics, or its own placement).
PLACED: dict[str, dict[str, tuple[str, ...]]] = {
    "vts": {
        "VTS-13": ("profile_check", "connection"),
        "VTS-14": ("connection", "draft"),
        "VTS-15": ("profile_check", "draft"),
        "VTS-16": ("profile_check",),
    },
    "learning-institute": {"LI-15": ("profile_check", "connection", "draft")},
    "nclt": {"NCLT-09": ("profile_check",), "NCLT-11": ("profile_check",)},
}


def _page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.clause("VTS-13", "VTS-14", "VTS-15", "VTS-16", "LI-15", "NCLT-09", "NCLT-11")
@pytest.mark.parametrize("slug", sorted(PLACED))
def test_each_guidance_clause_is_shown_where_it_applies(
    client: Client, db: None, slug: str
) -> None:
    org = create_organisation(slug=slug, name=slug.upper(), pack_slug=slug, acting_user=None)
    user = User.objects.create_user(username="member", password="member-password")
    set_membership(organisation=org, user=user, roles=["staff"], acting_user=None)
    client.force_login(user)
    pack = load_bundled(slug)
    shown = {moment: _page(client, url.format(org=slug)) for moment, url in PAGES.items()}
    for clause_id, moments in PLACED[slug].items():
        summary = pack.clause(clause_id).summary
        for moment, page in shown.items():
            assert (f"<strong>{clause_id}</strong>" in page) == (moment in moments), (
                clause_id,
                moment,
            )
        if moments:
            assert escape(summary) in shown[moments[0]]
    guide = _page(client, f"/orgs/{slug}/policy/guide/")
    assert all(clause_id in guide for clause_id in PLACED[slug])
    assert "Staff guide" in guide
