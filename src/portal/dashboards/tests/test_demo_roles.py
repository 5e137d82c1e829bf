"""Every demo login of all five institutions lands on its own organisation's dashboard,
and the roles that have work in the demo see it there (and only they do).

The demo is what a newcomer gets from ``make run``; the browser journey is in
``test_browser.py`` (NCLT); this checks every login of every pack, without a browser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.test import Client

from portal.cases.models import Concern
from portal.conftest import TODAY
from portal.decisions.models import Decision
from portal.demo import load_demo
from portal.monitoring.models import MonitoringReport, UnblockRequest
from portal.monitoring.queries import report_roles
from portal.officialaccounts.models import OfficialAccount
from portal.officialaccounts.queries import approver_roles_for
from portal.organisations.models import Membership, Organisation
from portal.testing.auth import SecondFactorClient

SLUGS = ["learning-institute", "nclt", "qtsd", "vts", "wcuc"]
# Each pack's safeguarding roles (who reads alerts and gets safeguarding concerns).
SAFEGUARDING = {"dsl", "safeguarding-team"}
SAFEGUARDING_ROLES = {"dsl", "safeguarding_team"}


@dataclass(frozen=True)
class Panel:
    count: int | None  # the count in its heading (None: no count)
    items: int  # the things it lists


def panels(client: Client, slug: str) -> dict[str, Panel]:
    """The dashboard's panels by the area's key, slugified (``duties.mine`` → ``dutiesmine``)."""
    page = client.get(f"/orgs/{slug}/dashboard/").content.decode()
    found: dict[str, Panel] = {}
    for chunk in page.split('<li class="panel')[1:]:
        chunk = chunk.split("\n</ul>", 1)[0]  # the last panel ends with the list of panels
        key = re.search(r'id="panel-([\w-]+)"', chunk)
        assert key is not None
        heading, _, body = chunk.partition("</h2>")
        count = re.search(r'<span class="(?:count|help)">(\d+)</span>', heading)
        found[key.group(1)] = Panel(int(count.group(1)) if count else None, body.count("<li>"))
    return found


Seen = dict[str, dict[str, dict[str, "Panel"]]]  # slug → login's role → panel key → panel


def waiting(found: dict[str, Panel], key: str) -> int:
    """The count of panel ``key`` (0 when there is no such panel or it has no count)."""
    panel = found.get(key)
    return (panel.count or 0) if panel is not None else 0


def login(role: str) -> str:
    return role.replace("_", "-")


@pytest.fixture
def demo(db: None) -> Seen:
    load_demo(today=TODAY, slugs=SLUGS)
    seen: Seen = {slug: {} for slug in SLUGS}
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
    demo: Seen,
) -> None:
    for slug, roles in demo.items():
        assert {"admin", "staff", "student", "hr", "moderator"} <= roles.keys(), slug
        for role, found in roles.items():
            assert "dutiesmine" in found and "casesreport" in found, (slug, role)
        # Safeguarding: the alert and the student's concern, for the DSL (or team) only.
        alerted = {r for r, found in roles.items() if "monitoringalerts" in found}
        assert alerted - {"admin"} <= SAFEGUARDING and alerted & SAFEGUARDING, (slug, alerted)
        concerned = [r for r in SAFEGUARDING & roles.keys() if waiting(roles[r], "casesconcerns")]
        assert concerned, slug
        # HR: the member of staff leaving in two weeks.
        assert waiting(roles["hr"], "peopleleavers") == 1, slug
        # Moderators: the drafts waiting.
        assert waiting(roles["moderator"], "moderationqueue") >= 1, slug
        # IT (whoever the pack gives the filter): the review request, the filter's health.
        filtering = [r for r, found in roles.items() if waiting(found, "monitoringrequests")]
        assert filtering and all("monitoringhealth" in roles[r] for r in filtering), slug
        # Students: their own report, and nobody's directory or queue.
        student = roles["student"]
        assert "casesmine" in student, slug
        assert not {"peopledirectory", "moderationqueue", "monitoringalerts"} & student.keys()
        # Staff: the report they made, the draft they wrote.
        assert "casesmine" in roles["staff"] and waiting(roles["staff"], "moderationmine"), slug
        assert "auditlog" in roles["admin"] and "auditlog" not in roles["staff"], slug
        organisation = Organisation.objects.get(slug=slug)
        pack = organisation.pack()
        # Whoever the pack has approve a new departmental account: the staff's request.
        approvers = approver_roles_for(organisation, "departmental")
        assert approvers, slug
        for role in approvers:
            assert waiting(roles[login(role)], "officialaccountsrequests") == 1, (slug, role)
        # The policy's keeper: its review (due, or with no date known yet).
        assert waiting(roles[login(pack.review.owner)], "compliancereview") >= 1, slug
        # Tutors: the learners they tutor who have not acknowledged the policy.
        assert waiting(roles["progress-tutor"], "trainingteam") >= 1, slug
        # The senior leaders who read the monitoring reports: last week's report.
        for role in set(report_roles(organisation)) - SAFEGUARDING_ROLES:
            assert roles[login(role)]["monitoringreports"].items >= 1, (slug, role)
        # Nobody lands on a dashboard with nothing on it.
        for role, found in roles.items():
            assert any(p.count or p.items for p in found.values()), (slug, role)

    # Loading the demo again adds none of its work twice.
    def counts() -> tuple[int, ...]:
        return tuple(
            model.objects.count()
            for model in (Concern, Decision, UnblockRequest, OfficialAccount, MonitoringReport)
        )

    before = counts()
    load_demo(today=TODAY, slugs=SLUGS)
    assert counts() == before
