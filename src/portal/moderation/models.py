"""The moderation queue: drafts for official accounts and comments made to them.

A :class:`Post` is either a draft a member of staff wants to publish (``outgoing``) or a
comment imported from an official account (``incoming``). Each was screened by the core;
``decision`` is the latest recorded decision, and the text it judged is ``text`` exactly,
so its text spans index into it. :class:`PostStep` keeps the history people see on the
page (the audit log keeps the same steps for administrators).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from policyguard import Outcome
from portal.decisions.models import Decision
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation


class Direction(models.TextChoices):
    OUTGOING = "outgoing", "draft for the account"
    INCOMING = "incoming", "comment made to the account"


class Status(models.TextChoices):
    AWAITING_MODERATION = "awaiting_moderation", "awaiting moderation"
    APPROVED = "approved", "approved"
    CHANGES_REQUESTED = "changes_requested", "changes requested"
    REJECTED = "rejected", "rejected"


class Post(models.Model):
    """One item of the queue. ``outcome`` copies the decision's for lists and filters."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="moderated_posts"
    )
    account = models.ForeignKey(OfficialAccount, on_delete=models.PROTECT, related_name="posts")
    direction = models.CharField(max_length=16, choices=Direction.choices)
    text = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderated_posts",
        help_text="Who wrote a draft; empty for imported comments.",
    )
    author_name = models.CharField(
        max_length=200, blank=True, help_text="Who wrote an imported comment, as the feed says."
    )
    external_id = models.CharField(
        max_length=255, blank=True, help_text="The platform's id of an imported comment."
    )
    published_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=32, choices=Status.choices)
    decision = models.ForeignKey(
        Decision, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=16)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True, help_text="The moderator's latest note to the author.")
    purpose = models.CharField(
        max_length=64, blank=True, help_text="Why its media are published: a pack purpose key."
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status", "updated_at"])]
        constraints = [
            # An import run twice must not double a comment.
            models.UniqueConstraint(
                fields=["account", "external_id"],
                condition=~Q(external_id=""),
                name="one_post_per_external_id",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation.slug} {self.direction} #{self.pk} {self.status}"

    @property
    def is_awaiting(self) -> bool:
        return self.status == Status.AWAITING_MODERATION

    @property
    def is_editable(self) -> bool:
        """Its author may still change the text: it waits, or changes were asked for."""
        return self.status in (Status.AWAITING_MODERATION, Status.CHANGES_REQUESTED)

    @property
    def is_blocked(self) -> bool:
        """The screen blocked it: it can be sent back or rejected, never approved as is."""
        return self.outcome == Outcome.BLOCK

    @property
    def written_by(self) -> str:
        if self.author is not None:
            return self.author.get_username()
        return self.author_name or "unknown"


class PostStep(models.Model):
    """One step in a post's life: submitted, screened again, approved, sent back..."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="steps")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    actor_name = models.CharField(max_length=150, blank=True)
    verb = models.CharField(max_length=32)
    note = models.TextField(blank=True)
    outcome = models.CharField(max_length=16, blank=True, help_text="The screen's, if any.")

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.post_id} {self.verb}"

    @property
    def verb_display(self) -> str:
        return self.verb.replace("_", " ")


def _media_path(instance: PostMedia, filename: str) -> str:
    # A random name: the uploader's file name never reaches the disk.
    return f"drafts/{instance.post.organisation.slug}/{uuid.uuid4().hex}{Path(filename).suffix}"


class PostMedia(models.Model):
    """An image or video a draft carries, checked by content (``portal.uploads``), and the
    people it shows (directory ids). Sent only by a view that checks who may see the
    draft."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="media")
    file = models.FileField(upload_to=_media_path)
    kind = models.CharField(max_length=16, help_text="What the content is: jpeg, png, mp4...")
    media_type = models.CharField(max_length=16, help_text="image or video.")
    size = models.PositiveBigIntegerField()
    original_name = models.CharField(max_length=200, blank=True)
    people_shown: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.media_type} of post {self.post_id}"
