"""People knowing the policy: acknowledgements of each version, managers' confirmations
for their team (VTS-17), and the sessions people attend (VTS-11, WCUC-06).

- :class:`Acknowledgement`: a member read version N of the policy and said so;
- :class:`TeamConfirmation`: a manager confirms their team knows version N;
- :class:`TrainingSession` and :class:`Attendance`: a session of one of the pack's
  courses and who attended it (by the tutor's form, a CSV import, or a person's own
  declaration that the tutor confirms; only confirmed attendance counts).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from portal.compliance.models import PackVersion
from portal.organisations.models import Organisation


class Acknowledgement(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="acknowledgements"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(max_length=150, help_text="Kept if the login is removed.")
    pack_version = models.ForeignKey(
        PackVersion, on_delete=models.PROTECT, related_name="acknowledgements"
    )
    version = models.CharField(max_length=64)
    acknowledged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-acknowledged_at", "-id"]
        indexes = [models.Index(fields=["organisation", "user", "pack_version"])]
        constraints = [
            models.UniqueConstraint(fields=["user", "pack_version"], name="one_ack_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.username} acknowledged {self.version}"


class TeamConfirmation(models.Model):
    """A manager confirms that the people they manage or tutor know this version."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="team_confirmations"
    )
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    manager_name = models.CharField(max_length=150)
    pack_version = models.ForeignKey(PackVersion, on_delete=models.PROTECT, related_name="+")
    confirmed_at = models.DateTimeField(default=timezone.now)
    team_size = models.PositiveIntegerField()
    acknowledged = models.PositiveIntegerField(help_text="Of the team, how many had acknowledged.")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-confirmed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.manager_name} confirmed {self.pack_version.version}"
