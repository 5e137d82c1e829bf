"""Scheduled jobs of the compliance app: recording new pack versions however they came,
and reminding people of reviews before they fall due."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial

from django.urls import reverse
from django.utils import timezone

from policyguard import PackError
from portal.compliance.actions import record_pack_version
from portal.compliance.filtering import FILTERING_DUTY, next_due, open_filtering_review
from portal.compliance.queries import may_review_filtering, review_state
from portal.duties.actions import open_duty
from portal.jobs.registry import scheduled_job
from portal.notifications.actions import notify
from portal.notifications.recipients import access_of, holders_or_administrators
from portal.organisations.models import Organisation
from portal.types import User

logger = logging.getLogger(__name__)


@scheduled_job(
    "compliance.pack_versions",
    cron="*/15 * * * *",
    summary="Records each organisation's pack when it changed (published, edited in the "
    "admin, a new bundled release), with its change summary, so people are asked again.",
)
def pack_versions(*, now: datetime) -> str:
    """Idempotent: an unchanged pack is already the latest version recorded."""
    recorded = 0
    for organisation in Organisation.objects.order_by("slug"):
        try:
            before = organisation.pack_versions.order_by("-id").values_list("pk", flat=True)
            latest = before.first()
            version = record_pack_version(organisation=organisation, acting_user=None)
        except PackError:
            logger.warning("%s: the pack does not load; no version recorded", organisation.slug)
            continue
        recorded += int(version.pk != latest)
    return f"{recorded} new version(s) recorded"


@scheduled_job(
    "compliance.review_reminders",
    cron="30 7 * * *",
    summary="Reminds the policy's owner of a review coming due; an overdue review becomes "
    "a duty and shows as overdue on the dashboard.",
)
def review_reminders(*, now: datetime) -> str:
    """Idempotent: reminders are deduplicated per review and week, duties per review."""
    today = timezone.localdate(now)
    reminded = overdue = 0
    for organisation in Organisation.objects.order_by("slug"):
        try:
            pack = organisation.pack()
        except PackError:
            continue
        state = review_state(organisation, today=today)
        review = state.review
        if review is None or state.due_on is None:
            continue
        link = reverse("compliance:overview", args=[organisation.slug])
        owner = pack.review.owner
        if state.overdue:
            overdue += 1
            open_duty(
                organisation=organisation,
                title=f"Review the policy: it was due on {state.due_on:%-d %B %Y}",
                description="The pack's review cycle says the policy is due for review.",
                role=owner,
                urgency="soon",
                link=link,
                source_key=f"compliance.review:{review.pk}",
                acting_user=None,
            )
        elif state.due_soon:
            reminded += 1
            week = today.isocalendar()
            notify(
                recipients=holders_or_administrators(organisation, [owner]),
                can_open=partial(_may_manage, organisation=organisation),
                organisation=organisation,
                kind="compliance.review_due",
                title=f"The policy is due for review on {state.due_on:%-d %B %Y}",
                link=link,
                dedupe_key=f"compliance.review:{review.pk}:{week.year}-{week.week}",
            )
    return f"{reminded} reminder(s), {overdue} overdue review(s)"


@scheduled_job(
    "compliance.filtering_review_reminders",
    cron="45 7 * * *",
    summary="Reminds the lead of the yearly filtering and monitoring review (the DSL unless "
    "the pack names another role) before it is due; an overdue review becomes their duty.",
)
def filtering_review_reminders(*, now: datetime) -> str:
    """Idempotent: reminders are deduplicated per due date and week, duties per due date
    (recording the review closes its duty; the next one has a new due date)."""
    today = timezone.localdate(now)
    reminded = overdue = 0
    for organisation in Organisation.objects.order_by("slug"):
        try:
            pack = organisation.pack()
        except PackError:
            continue
        settings = pack.review.filtering
        review = open_filtering_review(organisation)
        due = review.due_on if review is not None else next_due(organisation, today=today)
        lead = settings.lead_role(pack)
        link = reverse("compliance:filtering", args=[organisation.slug])
        if due < today:
            overdue += 1
            open_duty(
                organisation=organisation,
                title=f"The filtering and monitoring review was due on {due:%-d %B %Y}",
                description="The DfE filtering and monitoring standards ask for a review "
                "each year: the roles, a saved run of the filter's checks, the block and "
                "allow lists, and the reports acted on.",
                role=lead,
                urgency="soon",
                clauses=list(settings.clauses),
                link=link,
                source_key=f"{FILTERING_DUTY}{due.isoformat()}",
                acting_user=None,
            )
        elif due <= today + timedelta(days=settings.remind_days_before):
            reminded += 1
            week = today.isocalendar()
            notify(
                recipients=holders_or_administrators(organisation, [lead]),
                can_open=partial(_may_review_filtering, organisation=organisation),
                organisation=organisation,
                kind="compliance.filtering_review_due",
                title=f"The filtering and monitoring review is due on {due:%-d %B %Y}",
                link=link,
                dedupe_key=f"compliance.filtering_review:{due.isoformat()}:{week.year}-{week.week}",
            )
    return f"{reminded} reminder(s), {overdue} overdue review(s)"


def _may_review_filtering(user: User, *, organisation: Organisation) -> bool:
    access = access_of(user, organisation)
    return access is not None and may_review_filtering(access)


def _may_manage(user: object, *, organisation: Organisation) -> bool:
    from portal.compliance.queries import may_manage_policy

    if not isinstance(user, User):
        return False
    access = access_of(user, organisation)
    return access is not None and may_manage_policy(access)
