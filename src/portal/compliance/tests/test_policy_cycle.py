"""Keeping the policy current (WCUC-03, WCUC-23): publishing a version is checked first and
its problems named by line; the review falls due by the pack's cycle, reminds its owner
and becomes an overdue duty; recording it schedules the next; a new version asks for an
impact assessment where the pack says so."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client

from portal.compliance.actions import complete_policy_review, publish_pack, record_pack_version
from portal.compliance.jobs import pack_versions, review_reminders
from portal.compliance.models import ImpactAssessment, PackVersion, PolicyReview, ReviewStatus
from portal.conftest import NOW
from portal.duties.models import Duty
from portal.errors import Rejected
from portal.notifications.models import Notification
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.testing import pack_text
from portal.types import User

IMPACT = "\nretention:\n  impact_assessment: {role: policy_owner, clauses: [OAK-06]}\n"


@pytest.fixture
def owner(oakfield: Organisation) -> User:
    user = User.objects.create_user(username="olive", password="olive-password")
    set_membership(
        organisation=oakfield, user=user, roles=["staff", "policy_owner"], acting_user=None
    )
    return user


def test_a_pack_that_does_not_load_is_refused_with_its_line(
    oakfield: Organisation, owner: User
) -> None:
    broken = pack_text("oakfield").replace("  cycle_months: 24\n", "  cycle_months: often\n")
    with pytest.raises(Rejected) as caught:
        publish_pack(organisation=oakfield, text=broken, acting_user=owner)
    [problem] = caught.value.problems
    assert problem.line == 18 and "cycle_months" in problem.field
    assert oakfield.pack().version == "test.1" and not PackVersion.objects.exists()


def test_only_the_policy_owner_and_administrators_publish(
    client: Client, oakfield: Organisation, bob: User, owner: User
) -> None:
    client.force_login(bob)
    assert client.get("/orgs/oakfield/policy/publish/").status_code == 403
    client.force_login(owner)
    page = client.post("/orgs/oakfield/policy/publish/", {"text": "format: 1\n"})
    assert page.status_code == 422 and "Nothing was published" in page.content.decode()


@pytest.mark.clause("WCUC-03")
def test_an_overdue_review_is_a_duty_and_recording_it_schedules_the_next(
    oakfield: Organisation, owner: User, django_capture_on_commit_callbacks: Any
) -> None:
    # Approved 2023-01-10 on a 24-month cycle: due 2025-01-10, overdue on 2026-11-21.
    assert pack_versions(now=NOW) == "1 new version(s) recorded"
    assert pack_versions(now=NOW) == "0 new version(s) recorded"
    review = PolicyReview.objects.get()
    assert review.due_on == date(2025, 1, 10) and review.status == ReviewStatus.OPEN
    with django_capture_on_commit_callbacks(execute=True):
        assert review_reminders(now=NOW) == "0 reminder(s), 1 overdue review(s)"
    duty = Duty.objects.get(source_key=f"compliance.review:{review.pk}")
    assert duty.role == "policy_owner" and duty.status == "open"

    complete_policy_review(
        review=review,
        outcome="no_change",
        reviewed_on=NOW.date(),
        notes="Read against this year's guidance; still right.",
        acting_user=owner,
    )
    duty.refresh_from_db()
    assert duty.status == "done"
    done, following = PolicyReview.objects.order_by("id")
    assert (done.status, done.reviewer, done.outcome) == ("done", owner, "no_change")
    assert following.status == "open" and following.due_on == date(2028, 11, 21)


def test_the_owner_is_reminded_before_the_review_falls_due(
    oakfield: Organisation, owner: User, django_capture_on_commit_callbacks: Any
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    PolicyReview.objects.update(due_on=NOW.date() + timedelta(days=20))  # reminders: 30 days
    with django_capture_on_commit_callbacks(execute=True):
        assert review_reminders(now=NOW) == "1 reminder(s), 0 overdue review(s)"
    [note] = Notification.objects.filter(kind="compliance.review_due")
    assert note.recipient == owner and note.link == "/orgs/oakfield/policy/review/"
    assert not Duty.objects.exists()


@pytest.mark.clause("WCUC-23")
def test_a_new_version_asks_its_role_for_an_impact_assessment(
    client: Client, oakfield: Organisation, owner: User, bob: User
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    text = pack_text("oakfield").replace('version: "test.1"', 'version: "test.2"') + IMPACT
    version = publish_pack(organisation=oakfield, text=text, acting_user=owner)
    assessment = ImpactAssessment.objects.get(pack_version=version)
    duty = Duty.objects.get(source_key=f"compliance.impact:{assessment.pk}")
    assert duty.role == "policy_owner" and duty.clauses == ["OAK-06"]

    url = f"/orgs/oakfield/policy/impact/{assessment.pk}/"
    client.force_login(bob)
    assert client.get(url).status_code == 404
    client.force_login(owner)
    page = client.post(url, {"data_protection": "No new data.", "conclusion": ""})
    assert page.status_code == 422  # the equality impact and the conclusion are missing
    client.post(
        url,
        {
            "data_protection": "No new personal data is kept.",
            "equality_impact": "Nobody is affected differently.",
            "conclusion": "Go ahead.",
        },
    )
    assessment.refresh_from_db()
    assert assessment.status == "done" and assessment.completed_by == owner
    duty.refresh_from_db()
    assert duty.status == "done"
