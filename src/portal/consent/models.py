"""Takedown requests: someone asks for an image, a video or information to be removed.

Consents themselves live with the directory (``portal.people.models.Consent``): the
core's lookups read them per person. A request is decided by the core's takedown rule
(``takedown.removal_request``, citing the pack's clause), becomes a duty for the role it
names, and is closed once the removal is confirmed, withdrawing the consent it implies.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from portal.organisations.models import Organisation


class Material(models.TextChoices):
    IMAGE = "image", "an image"
    VIDEO = "video", "a video"
    INFORMATION = "information", "information"


class Behalf(models.TextChoices):
    SELF = "self", "me"
    CHILD = "child", "my child (I am their parent or carer)"
    COLLEAGUE = "colleague", "a colleague"
    OTHER = "other", "someone else"


class Channel(models.TextChoices):
    PUBLIC = "public", "public form"
    PORTAL = "portal", "portal"
    API = "api", "API"


class TakedownStatus(models.TextChoices):
    OPEN = "open", "open"
    REMOVED = "removed", "removed"


class TakedownRequest(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="takedown_requests"
    )
    channel = models.CharField(max_length=16, choices=Channel.choices)
    material = models.CharField(max_length=16, choices=Material.choices)
    on_behalf = models.CharField(max_length=16, choices=Behalf.choices)
    subject_name = models.CharField(
        max_length=200, help_text="Whom the material shows or is about, as the requester says."
    )
    subject = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="takedown_requests",
        help_text="The directory entry of the person, once known.",
    )
    subject_found_by = models.CharField(
        max_length=32,
        blank=True,
        help_text="How the directory entry was found (requester, match, handler).",
    )
    subject_date_of_birth = models.DateField(
        null=True, blank=True, help_text="As the requester gave it, to find the person."
    )
    where = models.CharField(max_length=2000, help_text="Where it is: an address or description.")
    purpose = models.CharField(
        max_length=64,
        blank=True,
        help_text="What it was published for, when known (empty: every purpose).",
    )
    details = models.TextField(blank=True)
    requester_name = models.CharField(max_length=200)
    requester_email = models.EmailField(blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="takedown_requests",
    )
    requester_ip = models.GenericIPAddressField(null=True, blank=True)
    status = models.CharField(
        max_length=16, choices=TakedownStatus.choices, default=TakedownStatus.OPEN
    )
    clauses: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    decision = models.ForeignKey(
        "decisions.Decision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    duty = models.ForeignKey(
        "duties.Duty", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    removal_note = models.TextField(blank=True, help_text="How and where it was taken down.")
    consents_withdrawn = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status", "created_at"])]

    def __str__(self) -> str:
        return f"takedown #{self.pk} ({self.material}, {self.status})"

    @property
    def is_open(self) -> bool:
        return self.status == TakedownStatus.OPEN
