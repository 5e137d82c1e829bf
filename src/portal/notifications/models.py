"""The in-app inbox and each user's choice of e-mail.

A :class:`Notification` is one message to one user: a short title, a body, and the
portal page it is about (``link``, a path). It says no more than that page would show
its reader (``portal.notifications.actions.notify`` checks each recipient against the
page's own rule before writing anything).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class EmailMode(models.TextChoices):
    IMMEDIATE = "immediate", "each notification as it comes"
    DAILY = "daily", "one daily digest"
    OFF = "off", "no e-mail (the inbox only)"


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(max_length=64, help_text="e.g. duty.assigned, moderation.waiting")
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    link = models.CharField(max_length=500, help_text="The page it is about (a path).")
    dedupe_key = models.CharField(
        max_length=200, blank=True, help_text="Set: the same key notifies a user once."
    )
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at", "-created_at"]),
            models.Index(fields=["emailed_at", "created_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "dedupe_key"],
                condition=~Q(dedupe_key=""),
                name="one_notification_per_key_and_user",
            )
        ]

    def __str__(self) -> str:
        return f"{self.recipient} {self.kind} {self.title}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationSettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    email = models.CharField(max_length=16, choices=EmailMode.choices, default=EmailMode.IMMEDIATE)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.user} e-mail {self.email}"
