"""Moderated drafts and comments under retention: only those decided (approved or
rejected), counted from their last change; anything still waiting or sent back for
changes is never purged."""

from __future__ import annotations

from portal.moderation.models import Post, Status
from portal.retention.registry import RecordKind, register_kind

register_kind(
    RecordKind(
        key="drafts",
        records=lambda organisation: Post.objects.filter(
            organisation=organisation, status__in=[Status.APPROVED, Status.REJECTED]
        ),
        moment="updated_at",
        description="Decided drafts and comments with their history, from their last change.",
        subject_fields=("author__username", "author_name"),
    )
)
