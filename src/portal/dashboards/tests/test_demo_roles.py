"""Every demo login of all five institutions lands on its own organisation's dashboard,
and the roles that have work in the demo see it there (and only they do).

The demo is what a newcomer gets from ``make run``; the browser journey is in
``test_browser.py`` (NCLT); this checks every login of every pack, without a browser.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client

from portal.cases.models import Concern
from portal.conftest import TODAY
from portal.decisions.models import Decision
from portal.demo import load_demo
from portal.monitoring.models import UnblockRequest
from portal.organisations.models import Membership
from portal.testing.auth import SecondFactorClient

SLUGS = ["learning-institute", "nclt", "qtsd", "vts", "wcuc"]
# Each pack's safeguarding roles (who reads alerts and gets safeguarding concerns).
SAFEGUARDING = {"dsl", "safeguarding-team"}


def panels(client: Client, slug: str) -> dict[str, int | None]:
    """The dashboard's panels: the area's key, slugified (``duties.mine`` → ``dutiesmine``)
    → the count in its heading (None: no count)."""
    page = client.get(f"/orgs/{slug}/dashboard/").content.decode()
    found: dict[str, int | None] = {}
    for key, body in re.findall(r'id="panel-([\w-]+)">(.*?)</h2>', page, re.S):
        count = re.search(r'<span class="(?:count|help)">(\d+)</span>', body)
        found[key] = int(count.group(1)) if count else None
    return found


@pytest.fixture
def demo(db: None) -> dict[str, dict[str, dict[str, int | None]]]:
    load_demo(today=TODAY, slugs=SLUGS)
    seen: dict[str, dict[str, dict[str, int | None]]] = {slug: {} for slug in SLUGS}
    for membership in Membership.objects.select_related("user", "organisation"):
        user, slug = membership.user, membership.organisation.slug
        if not user.username.startswith(f"{slug}-"):
            continue  # the trust's administrator
        client = SecondFactorClient()
        client.force_login(user)  # with a second factor for those who need one
        landing = client.get("/")
        assert landing.status_code == 302, user.username
        assert landing["Location"] == f"/orgs/{slug}/dashboard/", user.username
        role = user.username.removeprefix(f"{slug}-")
        seen[slug][role] = panels(client, slug)
    return seen


def test_every_demo_role_lands_on_a_dashboard_with_its_own_work(
    demo: dict[str, dict[str, dict[str, int | None]]],
) -> None:
    for slug, roles in demo.items():
        assert {"admin", "staff", "student", "hr", "moderator"} <= roles.keys(), slug
        for role, found in roles.items():
            assert "dutiesmine" in found and "casesreport" in found, (slug, role)
        # Safeguarding: the alert and the student's concern, for the DSL (or team) only.
        alerted = {r for r, found in roles.items() if "monitoringalerts" in found}
        assert alerted - {"admin"} <= SAFEGUARDING and alerted & SAFEGUARDING, (slug, alerted)
        concerned = [r for r in SAFEGUARDING & roles.keys() if roles[r].get("casesconcerns")]
        assert concerned, slug
        # HR: the member of staff leaving in two weeks.
        assert roles["hr"].get("peopleleavers") == 1, slug
        # Moderators: the drafts waiting.
        assert (roles["moderator"].get("moderationqueue") or 0) >= 1, slug
        # IT (whoever the pack gives the filter): the review request, the filter's health.
        filtering = [r for r, found in roles.items() if found.get("monitoringrequests")]
        assert filtering and all("monitoringhealth" in roles[r] for r in filtering), slug
        # Students: their own report, and nobody's directory or queue.
        student = roles["student"]
        assert "casesmine" in student, slug
        assert not {"peopledirectory", "moderationqueue", "monitoringalerts"} & student.keys()
        # Staff: the report they made, the draft they wrote.
        assert "casesmine" in roles["staff"] and roles["staff"].get("moderationmine"), slug
        assert "auditlog" in roles["admin"] and "auditlog" not in roles["staff"], slug
    # Loading the demo again adds none of its work twice.
    counts = (Concern.objects.count(), Decision.objects.count(), UnblockRequest.objects.count())
    load_demo(today=TODAY, slugs=SLUGS)
    again = (Concern.objects.count(), Decision.objects.count(), UnblockRequest.objects.count())
    assert again == counts
