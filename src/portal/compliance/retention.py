"""Compliance records under retention (defaults and reasons in
``policyguard.RETENTION_DEFAULTS``):

- ``device_checks``: from the day each check was made; the device stays in the register;
- ``policy_reviews``: reviews done, from the day of the review; the latest is kept;
- ``impact_assessments``: completed ones, from their completion;
- ``filtering_reviews``: completed ones, from their completion; the latest is kept (the
  next review is due a cycle after it);
- ``filter_check_runs``: from the run; a run a kept review names is kept with it (the
  review PROTECTs it, and the purge counts it as referenced).

Open reviews and assessments are never purged.
"""

from __future__ import annotations

from django.db.models import QuerySet

from portal.compliance.models import (
    DeviceCheck,
    FilterCheckRun,
    FilteringReview,
    ImpactAssessment,
    PolicyReview,
    ReviewStatus,
)
from portal.organisations.models import Organisation
from portal.retention.registry import RecordKind, register_kind

register_kind(
    RecordKind(
        key="device_checks",
        records=lambda organisation: DeviceCheck.objects.filter(device__organisation=organisation),
        moment="checked_on",
        description="Device checks, from the day each was made.",
    )
)


def _policy_reviews(organisation: Organisation) -> QuerySet[PolicyReview]:
    done = PolicyReview.objects.filter(organisation=organisation, status=ReviewStatus.DONE)
    latest = done.order_by("-reviewed_on", "-id").values_list("pk", flat=True).first()
    return done.exclude(pk=latest) if latest is not None else done


def _filtering_reviews(organisation: Organisation) -> QuerySet[FilteringReview]:
    done = FilteringReview.objects.filter(organisation=organisation, status=ReviewStatus.DONE)
    latest = done.order_by("-completed_at", "-id").values_list("pk", flat=True).first()
    return done.exclude(pk=latest) if latest is not None else done


register_kind(
    RecordKind(
        key="policy_reviews",
        records=_policy_reviews,
        moment="reviewed_on",
        subject_fields=("reviewer__username",),
        description="Reviews of the policy, from the day each was done; the latest is kept.",
    )
)
register_kind(
    RecordKind(
        key="impact_assessments",
        records=lambda organisation: ImpactAssessment.objects.filter(
            organisation=organisation, status=ReviewStatus.DONE
        ),
        moment="completed_at",
        subject_fields=("completed_by__username",),
        description="Impact assessments of new versions, from their completion.",
    )
)
register_kind(
    RecordKind(
        key="filtering_reviews",
        records=_filtering_reviews,
        moment="completed_at",
        subject_fields=("completed_by__username",),
        description="Filtering and monitoring reviews, from their completion; the latest is kept.",
    )
)
register_kind(
    RecordKind(
        key="filter_check_runs",
        records=lambda organisation: FilterCheckRun.objects.filter(organisation=organisation),
        moment="at",
        subject_fields=("run_by__username",),
        description="Runs of the filter's checks; one a kept review names is kept with it.",
    )
)
