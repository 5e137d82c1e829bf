"""The directory of people per organisation, as the core's rules need it.

``Person.to_core()`` turns a row (with its affiliations, relations and managers) into
``policyguard.people.Person``; ``portal.people.queries.DatabaseLookups`` serves them to
``evaluate``. Ids in events are the ``external_id`` (the college's own id).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

import policyguard as core
from portal.organisations.models import Organisation

AFFILIATION_CHOICES = [(k.value, k.value.replace("_", " ")) for k in core.AffiliationKind]
RELATION_CHOICES = [(k.value, k.value.replace("_", " ")) for k in core.RelationKind]
CONSENT_GIVER_CHOICES = [(k.value, k.value) for k in core.ConsentGiver]
MEDIA_CHOICES = [("image", "images"), ("video", "video"), ("lesson_recording", "lesson recordings")]


def _all_media() -> list[str]:
    return [key for key, _ in MEDIA_CHOICES]


class Person(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="people")
    external_id = models.CharField(max_length=64, help_text="The institution's own id.")
    name = models.CharField(max_length=200)
    date_of_birth = models.DateField(null=True, blank=True)
    line_manager = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    progress_tutor = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="tutees"
    )
    roles: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    network_username = models.CharField(
        max_length=150,
        blank=True,
        help_text="The name the web filter logs for them (e.g. s654321): alerts show who.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="directory_entries",
        help_text="The portal login of this person, if they have one.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "external_id"]
        # The directory list pages in this order (and by id, which the constraint indexes).
        indexes = [
            models.Index(fields=["organisation", "name", "external_id"]),
            models.Index(fields=["organisation", "network_username"]),
            # Who a logged network username is (alerts list, a person's web history): only
            # people who have one. Without it PostgreSQL, seeing most usernames empty,
            # scanned the whole directory once per alert (62 ms for 29 alerts at 50,000
            # people; 0.04 ms with it).
            models.Index(
                fields=["organisation", "network_username", "external_id"],
                condition=~models.Q(network_username=""),
                name="person_network_username_set",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "external_id"], name="unique_external_id_per_org"
            ),
            models.UniqueConstraint(
                fields=["organisation", "user"], name="one_directory_entry_per_user_and_org"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.external_id})"

    def to_core(self) -> core.Person:
        """The core's view of this person. Prefetch ``affiliations``, ``relations__other``,
        ``line_manager`` and ``progress_tutor`` to keep this to one query per batch."""
        return core.Person(
            id=self.external_id,
            name=self.name,
            date_of_birth=self.date_of_birth,
            affiliations=[
                core.Affiliation(kind=a.kind, start=a.start, end=a.end)
                for a in self.affiliations.all()
            ],
            relations=[
                core.Relation(kind=r.kind, person_id=r.other.external_id)
                for r in self.relations.all()
            ],
            roles=list(self.roles),
            line_manager_id=self.line_manager.external_id if self.line_manager else None,
            progress_tutor_id=self.progress_tutor.external_id if self.progress_tutor else None,
        )


class Affiliation(models.Model):
    """A period as staff, student, applicant…; ``end`` is the leaving date (exclusive)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="affiliations")
    kind = models.CharField(max_length=32, choices=AFFILIATION_CHOICES)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True, verbose_name="leaving date")

    class Meta:
        ordering = ["start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__isnull=True)
                | models.Q(end__isnull=True)
                | models.Q(end__gt=models.F("start")),
                name="affiliation_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.start or '…'} to {self.end or '…'}"


class Relation(models.Model):
    """``person`` is ``kind`` of ``other`` (e.g. parent_of a student)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(max_length=32, choices=RELATION_CHOICES)
    other = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="related_from")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "kind", "other"], name="unique_relation")
        ]

    def __str__(self) -> str:
        return f"{self.person.external_id} {self.kind} {self.other.external_id}"


class Consent(models.Model):
    """Permission to use images or information of ``person`` for the listed uses."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    given_by = models.CharField(max_length=16, choices=CONSENT_GIVER_CHOICES)
    given_by_person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="consents_given"
    )
    uses: models.JSONField[Any] = models.JSONField(default=list)
    media: models.JSONField[Any] = models.JSONField(
        default=_all_media, help_text="What it covers: image, video, lesson_recording."
    )
    given_on = models.DateField()
    withdrawn_on = models.DateField(null=True, blank=True)
    withdrawn_reason = models.CharField(max_length=500, blank=True)
    source = models.CharField(
        max_length=32, blank=True, help_text="form, import, takedown, admin or demo."
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["given_on", "id"]
        indexes = [models.Index(fields=["person", "given_on"])]

    def __str__(self) -> str:
        return f"consent for {self.person.external_id} ({', '.join(self.uses)})"

    @property
    def media_words(self) -> str:
        words = dict(MEDIA_CHOICES)
        return ", ".join(words.get(m, m) for m in self.media)

    def is_valid_on(self, day: Any) -> bool:
        return bool(self.given_on <= day and (self.withdrawn_on is None or day < self.withdrawn_on))

    def to_core(self) -> core.Consent:
        return core.Consent(
            person_id=self.person.external_id,
            given_by=self.given_by,
            given_by_person_id=(self.given_by_person.external_id if self.given_by_person else None),
            uses=list(self.uses),
            media=list(self.media),
            given_on=self.given_on,
            withdrawn_on=self.withdrawn_on,
        )
