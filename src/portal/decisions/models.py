"""Decisions the core made for an organisation, kept with the event that caused them."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from policyguard import Outcome
from portal.organisations.models import Organisation

OUTCOME_CHOICES = [(o.value, o.value) for o in Outcome]


class Decision(models.Model):
    """One call of ``evaluate``: the event as received, the full decision, who asked.

    ``outcome``, ``event_kind`` and ``clauses`` copy parts of ``decision`` so that lists
    and filters need no JSON queries (which differ between SQLite and PostgreSQL).
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="decisions"
    )
    event_kind = models.CharField(max_length=32)
    outcome = models.CharField(max_length=16, choices=OUTCOME_CHOICES)
    clauses: models.JSONField[Any] = models.JSONField(default=list)
    pack_version = models.CharField(max_length=64)
    event: models.JSONField[Any] = models.JSONField()
    decision: models.JSONField[Any] = models.JSONField()
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    requested_at = models.DateTimeField(default=timezone.now, db_index=True)
    channel = models.CharField(max_length=16, default="api", help_text="api, web, task")

    class Meta:
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["organisation", "-requested_at"])]

    def __str__(self) -> str:
        return f"{self.organisation.slug} {self.event_kind} → {self.outcome}"


class Obligation(models.Model):
    """An action the decision asks of a role, so its holders can find the decision.

    ``person_external_id`` names the holder when the role is relative to someone (their
    line manager, their progress tutor); empty means any holder of the role.
    """

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="obligations")
    role = models.CharField(max_length=64, db_index=True)
    person_external_id = models.CharField(max_length=64, blank=True)
    code = models.CharField(max_length=64)
    description = models.TextField()
    urgency = models.CharField(max_length=16)

    def __str__(self) -> str:
        return f"{self.role}: {self.code}"
