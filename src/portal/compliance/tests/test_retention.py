"""Compliance records under retention (WCUC-23): policy reviews, impact assessments,
filtering reviews and check runs are purged after their period (six years, two for runs
no review kept), but never an open one, nor the latest review, which the next due date
counts from; a run a kept review names is kept with it."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from portal.compliance.actions import record_pack_version
from portal.compliance.filtering import next_due
from portal.compliance.models import (
    FilterCheckRun,
    FilteringReview,
    ImpactAssessment,
    PolicyReview,
    ReviewStatus,
)
from portal.conftest import NOW
from portal.organisations.models import Organisation
from portal.retention.actions import purge_expired

pytestmark = pytest.mark.clause("WCUC-23")
LONG_AGO = datetime(2018, 11, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


def _filtering(vts: Organisation, when: datetime, run: FilterCheckRun | None) -> FilteringReview:
    return FilteringReview.objects.create(
        organisation=vts,
        period_start=when.date(),
        due_on=when.date(),
        status=ReviewStatus.DONE,
        completed_at=when,
        check_run=run,
    )


def test_old_reviews_and_runs_go_the_latest_and_open_ones_stay(vts: Organisation) -> None:
    version = record_pack_version(organisation=vts, acting_user=None)
    PolicyReview.objects.all().delete()
    old_review, last_review = (
        PolicyReview.objects.create(
            organisation=vts,
            pack_version=version,
            status=ReviewStatus.DONE,
            reviewed_on=day,
            outcome="no_change",
        )
        for day in (date(2018, 1, 10), date(2019, 1, 10))
    )
    PolicyReview.objects.create(organisation=vts, pack_version=version)  # open
    assessment = ImpactAssessment.objects.create(
        organisation=vts,
        pack_version=version,
        role="policy_owner",
        status=ReviewStatus.DONE,
        completed_at=LONG_AGO,
    )
    runs = [
        FilterCheckRun.objects.create(organisation=vts, at=LONG_AGO, snapshot="vts.pgwf")
        for _ in range(3)
    ]
    _filtering(vts, LONG_AGO, runs[0])
    latest = _filtering(vts, datetime(2019, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London")), runs[1])

    results = {r.kind.key: r.outcome for r in purge_expired(organisation=vts, now=NOW)}

    assert results["policy_reviews"].deleted == 1
    assert set(PolicyReview.objects.values_list("pk", flat=True)) >= {last_review.pk}
    assert not PolicyReview.objects.filter(pk=old_review.pk).exists()
    assert PolicyReview.objects.filter(status=ReviewStatus.OPEN).exists()
    assert results["impact_assessments"].deleted == 1
    assert not ImpactAssessment.objects.filter(pk=assessment.pk).exists()
    assert list(FilteringReview.objects.all()) == [latest]
    assert next_due(vts, today=NOW.date()) == date(2020, 2, 1)  # still counted from it
    # The first run went with its review (purged in the order of the kinds); the latest
    # review's run is kept as referenced; the run no review named is gone.
    assert list(FilterCheckRun.objects.all()) == [runs[1]]
    assert results["filter_check_runs"].referenced == 1
