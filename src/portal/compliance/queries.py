"""Reads and access rules of the compliance app.

- the policy's versions and their change summaries: every member (it is the policy);
- publishing a version, policy reviews: administrators and holders of the pack's
  ``review.owner`` role;
- an impact assessment: administrators and holders of its role;
- the filtering and monitoring review and check runs: administrators, the review's lead
  role (``review.filtering``, the DSL by default) and the roles that may filter the web;
- the device register: administrators and the ``device_checks`` role.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import QuerySet

from portal.compliance.models import (
    ImpactAssessment,
    PackVersion,
    PolicyReview,
    ReviewStatus,
)
from portal.organisations.models import Organisation
from portal.organisations.queries import Access


def may_manage_policy(access: Access) -> bool:
    return access.is_admin or access.organisation.pack().review.owner in access.roles


def may_assess_impact(access: Access, assessment: ImpactAssessment) -> bool:
    return access.is_admin or assessment.role in access.roles


def filtering_roles(access: Access) -> set[str]:
    pack = access.organisation.pack()
    return {pack.review.filtering.lead_role(pack), *pack.roles_that_may("filter_web")}


def may_review_filtering(access: Access) -> bool:
    return access.is_admin or bool(filtering_roles(access) & access.roles)


def may_keep_device_register(access: Access) -> bool:
    checks = access.organisation.pack().device_checks
    return checks is not None and (access.is_admin or checks.role in access.roles)


def versions_of(organisation: Organisation) -> QuerySet[PackVersion]:
    return PackVersion.objects.filter(organisation=organisation).select_related("recorded_by")


def open_review(organisation: Organisation) -> PolicyReview | None:
    return (
        PolicyReview.objects.filter(organisation=organisation, status=ReviewStatus.OPEN)
        .select_related("pack_version")
        .order_by("-id")
        .first()
    )


@dataclass(frozen=True)
class ReviewState:
    review: PolicyReview | None
    due_on: date | None
    remind_from: date | None
    overdue: bool
    due_soon: bool
    days: int  # overdue by, or due in

    @property
    def needs_a_date(self) -> bool:
        return self.review is not None and self.due_on is None


def review_state(organisation: Organisation, *, today: date) -> ReviewState:
    review = open_review(organisation)
    due = review.due_on if review is not None else None
    if due is None:
        return ReviewState(review, None, None, False, False, 0)
    remind = due - timedelta(days=organisation.pack().review.remind_days_before)
    return ReviewState(
        review,
        due,
        remind,
        overdue=today > due,
        due_soon=remind <= today <= due,
        days=abs((today - due).days),
    )


def open_assessments(access: Access) -> QuerySet[ImpactAssessment]:
    found = ImpactAssessment.objects.filter(
        organisation=access.organisation, status=ReviewStatus.OPEN
    ).select_related("pack_version")
    if access.is_admin:
        return found
    return found.filter(role__in=list(access.roles))
