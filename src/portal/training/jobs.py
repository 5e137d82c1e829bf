"""Scheduled jobs of the training app: reminders to acknowledge the policy and about
training that is due."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from policyguard import PackError
from portal.jobs.registry import scheduled_job
from portal.organisations.models import Organisation
from portal.training.tasks import remind_to_acknowledge


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
