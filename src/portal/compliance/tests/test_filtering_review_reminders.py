"""The filtering and monitoring review comes round every cycle (DfE standards, VTS-25):
the scheduled job reminds the review's lead from ``remind_days_before`` days ahead and
makes an overdue review a duty for that role; running it again does nothing more, and
recording the review closes the duty."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from portal.compliance.filtering import (
    complete_filtering_review,
    run_filter_checks,
    start_filtering_review,
)
from portal.compliance.jobs import filtering_review_reminders
from portal.compliance.models import FilteringReview, ReviewStatus
from portal.conftest import NOW
from portal.duties.models import Duty, DutyStatus
from portal.notifications.models import Notification
from portal.organisations.models import Organisation
from portal.types import User

pytestmark = pytest.mark.clause("VTS-25")


def _done_days_ago(vts: Organisation, days: int) -> FilteringReview:
    return FilteringReview.objects.create(
        organisation=vts,
        period_start=(NOW - timedelta(days=days + 365)).date(),
        due_on=(NOW - timedelta(days=days)).date(),
        status=ReviewStatus.DONE,
        completed_at=NOW - timedelta(days=days),
        conclusion="Done.",
    )


def test_the_lead_is_reminded_before_it_is_due_once_a_week(
    vts: Organisation, vts_lead: User, django_capture_on_commit_callbacks: Any
) -> None:
    _done_days_ago(vts, 350)  # due 15 days from now, inside the 30 days' notice
    with django_capture_on_commit_callbacks(execute=True):
        assert filtering_review_reminders(now=NOW) == "1 reminder(s), 0 overdue review(s)"
        filtering_review_reminders(now=NOW + timedelta(hours=3))
    [note] = Notification.objects.filter(kind="compliance.filtering_review_due")
    assert note.recipient == vts_lead
    assert note.title == "The filtering and monitoring review is due on 6 December 2026"
    assert note.link == "/orgs/vts/policy/filtering/"
    assert not Duty.objects.filter(organisation=vts).exists()


def test_nothing_is_said_long_before_it_is_due(vts: Organisation, vts_lead: User) -> None:
    _done_days_ago(vts, 100)
    assert filtering_review_reminders(now=NOW) == "0 reminder(s), 0 overdue review(s)"


def test_an_overdue_review_is_a_duty_for_the_lead_until_it_is_recorded(
    vts: Organisation, vts_lead: User, django_capture_on_commit_callbacks: Any
) -> None:
    _done_days_ago(vts, 400)  # due 35 days ago
    with django_capture_on_commit_callbacks(execute=True):
        assert filtering_review_reminders(now=NOW) == "0 reminder(s), 1 overdue review(s)"
        filtering_review_reminders(now=NOW + timedelta(days=1))
    [duty] = Duty.objects.filter(organisation=vts)
    assert duty.role == "dsl" and duty.status == DutyStatus.OPEN
    assert duty.title == "The filtering and monitoring review was due on 17 October 2026"
    assert duty.link == "/orgs/vts/policy/filtering/"

    review = start_filtering_review(organisation=vts, acting_user=vts_lead)
    run_filter_checks(organisation=vts, acting_user=vts_lead)
    review.refresh_from_db()
    complete_filtering_review(
        review=review,
        roles_confirmed=True,
        lists_reviewed=True,
        reports_reviewed=True,
        conclusion="Checked.",
        acting_user=vts_lead,
    )
    duty.refresh_from_db()
    assert duty.status == DutyStatus.DONE
    assert filtering_review_reminders(now=NOW) == "0 reminder(s), 0 overdue review(s)"
