"""Legal holds: records kept whatever their age, until the hold is released.

A hold covers the records of some kinds (all kinds when ``kinds`` is empty) whose moment
(the time their retention counts from) falls between ``records_from`` and
``records_to`` (either open), and, when ``subject`` is given, only records about that
person: the value is matched, ignoring case, against each kind's ``subject_fields`` (a
network user name, a directory id). A kind that cannot tell whom its records are about
keeps every record in the window: a hold errs on the side of keeping.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from portal.organisations.models import Organisation


class LegalHold(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="legal_holds"
    )
    kinds: models.JSONField[Any] = models.JSONField(
        default=list, blank=True, help_text="Kinds of record held; empty: every kind."
    )
    subject = models.CharField(
        max_length=255, blank=True, help_text="Only records about this person (user name, id)."
    )
    records_from = models.DateField(null=True, blank=True)
    records_to = models.DateField(null=True, blank=True)
    reason = models.TextField(help_text="Why the records must be kept (a claim, a police request).")
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    placed_at = models.DateTimeField(default=timezone.now)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    released_at = models.DateTimeField(null=True, blank=True)
    release_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-placed_at", "-id"]
        indexes = [models.Index(fields=["organisation", "released_at"])]

    def __str__(self) -> str:
        return f"{self.organisation.slug} legal hold #{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.released_at is None

    def covers(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds
