"""Duties: something a person or a role must do, by when, and whether it was done.

A duty comes from a decision's action (``Decision`` → ``Obligation`` → ``Duty``) or from
a workflow (a leaver to remove, a review to hold), named by ``source_key`` so that the
same workflow step never opens two duties.

Owner: ``owner_user`` when the duty names a person with a portal login (a tutor's line
manager); else the holders of ``role``; else, for a per-person role whose holder is not
known, the organisation's administrators. ``escalated_to`` is who it went to when it
became overdue (null with ``escalated_at`` set: the administrators).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class DutyStatus(models.TextChoices):
    OPEN = "open", "open"
    IN_PROGRESS = "in_progress", "in progress"
    DONE = "done", "done"
    NOT_NEEDED = "not_needed", "not needed"


OPEN_STATUSES = (DutyStatus.OPEN, DutyStatus.IN_PROGRESS)


class Duty(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="duties"
    )
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    code = models.CharField(max_length=64, blank=True, help_text="The action's code.")
    clauses = models.JSONField(default=list, blank=True)
    role = models.CharField(max_length=64, blank=True)
    role_title = models.CharField(max_length=200, blank=True)
    owner_person_external_id = models.CharField(max_length=64, blank=True)
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duties_owned",
    )
    for_administrators = models.BooleanField(
        default=False, help_text="Nobody else could act on it when it was opened."
    )
    urgency = models.CharField(max_length=16, default="routine")
    due_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=DutyStatus.choices, default=DutyStatus.OPEN)
    note = models.TextField(blank=True, help_text="The latest note on the status.")
    decision = models.ForeignKey(
        "decisions.Decision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duties",
    )
    obligation = models.OneToOneField(
        "decisions.Obligation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duty",
    )
    source_key = models.CharField(max_length=200, blank=True)
    link = models.CharField(max_length=500, blank=True, help_text="The page the duty is about.")
    escalated_at = models.DateTimeField(null=True, blank=True)
    escalated_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duties_escalated",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["due_at", "id"]
        indexes = [
            models.Index(fields=["organisation", "status", "due_at"]),
            models.Index(fields=["owner_user", "status", "due_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "source_key"],
                condition=~Q(source_key=""),
                name="one_duty_per_source_key",
            )
        ]
        verbose_name_plural = "duties"

    def __str__(self) -> str:
        return f"{self.organisation.slug} duty #{self.pk} {self.status}: {self.title}"

    @property
    def about_link(self) -> str:
        """The page the duty is about, unless that is the decision that asks for it (a
        workflow's duty, like a takedown request's, links to its own page)."""
        if self.decision_id is not None and self.link.endswith(f"/decisions/{self.decision_id}/"):
            return ""
        return self.link

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, now: object = None) -> bool:
        moment = now or timezone.now()
        return self.is_open and self.due_at < moment  # type: ignore[operator]


class DutyStep(models.Model):
    """One change in a duty's life, as its owner sees it (the audit log keeps the same)."""

    duty = models.ForeignKey(Duty, on_delete=models.CASCADE, related_name="steps")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150, blank=True)
    verb = models.CharField(max_length=32)
    status = models.CharField(max_length=16, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"duty {self.duty_id} {self.verb}"
