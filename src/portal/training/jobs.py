"""Scheduled jobs of the training app: reminders to acknowledge the policy and about
training that is due."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from django.urls import reverse
from django.utils import timezone

from policyguard import PackError
from portal.jobs.registry import scheduled_job
from portal.notifications.actions import notify
from portal.notifications.recipients import access_of, holders_or_administrators
from portal.organisations.models import Organisation
from portal.training.courses import count, course_states
from portal.training.queries import may_keep_training_records
from portal.training.tasks import remind_to_acknowledge
from portal.types import User


@scheduled_job(
    "training.acknowledgement_reminders",
    cron="0 8 * * 1-5",
    summary="Reminds each member who has not yet acknowledged the policy version they "
    "were asked to, every few days as the pack's training.acknowledgement says.",
)
def acknowledgement_reminders(*, now: datetime) -> str:
    """Idempotent within a reminder period: each round has its own dedupe key."""
    sent = 0
    today = timezone.localdate(now)
    for organisation in Organisation.objects.order_by("slug"):
        try:
            every = organisation.pack().training.acknowledgement.remind_every_days
        except PackError:
            continue
        round_key = f"round-{today.toordinal() // every}"
        sent += remind_to_acknowledge(organisation, now=now, round_key=round_key)
    return f"{sent} reminder(s)"


@scheduled_job(
    "training.overdue",
    cron="15 8 * * 1",
    summary="Tells training managers, each Monday, how many people are overdue for each of "
    "the pack's courses, linking to the course's list.",
)
def overdue_training(*, now: datetime) -> str:
    """Idempotent within a week (the dedupe key names the course and the week)."""
    today = timezone.localdate(now)
    week = today.isocalendar()
    told = 0
    for organisation in Organisation.objects.order_by("slug"):
        try:
            pack = organisation.pack()
        except PackError:
            continue
        if not pack.training.courses:
            continue
        managers = holders_or_administrators(organisation, pack.training.manager_roles(pack))
        for key, course in pack.training.courses.items():
            overdue = count(course_states(organisation, key, today=today, pack=pack)).overdue
            if not overdue:
                continue
            told += 1
            notify(
                recipients=managers,
                can_open=partial(_keeps_records, organisation=organisation),
                organisation=organisation,
                kind="training.overdue",
                title=f"{overdue} {'person is' if overdue == 1 else 'people are'} overdue "
                f"for {course.title}",
                link=reverse("training:course", args=[organisation.slug, key]),
                dedupe_key=f"training.overdue:{key}:{week.year}-{week.week}",
            )
    return f"{told} course(s) with people overdue"


def _keeps_records(user: User, *, organisation: Organisation) -> bool:
    access = access_of(user, organisation)
    return access is not None and may_keep_training_records(access)
