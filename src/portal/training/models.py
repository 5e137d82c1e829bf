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
from portal.people.models import Person


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


class TrainingSession(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="training_sessions"
    )
    course = models.CharField(max_length=64, help_text="A key of the pack's training.courses.")
    title = models.CharField(max_length=200)
    held_on = models.DateField()
    tutor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who ran it; they record attendance and confirm declarations.",
    )
    location = models.CharField(max_length=200, blank=True)
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["organisation", "course", "held_on"])]

    def __str__(self) -> str:
        return f"{self.title} on {self.held_on}"


class AttendanceStatus(models.TextChoices):
    ATTENDED = "attended", "attended"
    ABSENT = "absent", "absent"
    EXCUSED = "excused", "excused"


class AttendanceSource(models.TextChoices):
    FORM = "form", "recorded on the register"
    IMPORT = "import", "imported"
    DECLARED = "declared", "declared by the person"


class Attendance(models.Model):
    session = models.ForeignKey(
        TrainingSession, on_delete=models.CASCADE, related_name="attendance"
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(max_length=8, choices=AttendanceStatus.choices)
    source = models.CharField(max_length=8, choices=AttendanceSource.choices)
    confirmed = models.BooleanField(default=True, help_text="A declaration counts once confirmed.")
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["person__name", "id"]
        indexes = [models.Index(fields=["person", "status", "confirmed"])]
        constraints = [
            models.UniqueConstraint(fields=["session", "person"], name="one_attendance_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.person.external_id} {self.status} {self.session}"

    @property
    def counts(self) -> bool:
        return self.confirmed and self.status == AttendanceStatus.ATTENDED
