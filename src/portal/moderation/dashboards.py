"""The moderation app's work areas: the queue for moderators, drafts for their authors."""

from __future__ import annotations

from django.urls import reverse

from portal.dashboards.registry import Item, WorkArea, register
from portal.moderation.models import Status
from portal.moderation.queries import (
    can_moderate,
    can_submit,
    posts_visible_to,
    posts_visible_to_moderator,
)
from portal.organisations.queries import Access
from portal.types import Viewer


def _waiting(access: Access):  # type: ignore[no-untyped-def]
    return posts_visible_to_moderator(access).filter(status=Status.AWAITING_MODERATION)


def _queue_items(user: Viewer, access: Access) -> list[Item]:
    return [
        Item(
            f"{post.account.name}: {post.text[:60]}",
            reverse("moderation:detail", args=[access.organisation.slug, post.pk]),
            post.updated_at,
            f"screen: {post.outcome}",
        )
        for post in _waiting(access).order_by("updated_at", "id")[:5]
    ]


def _my_drafts(user: Viewer, access: Access):  # type: ignore[no-untyped-def]
    return posts_visible_to(user, access).filter(
        author_id=getattr(user, "pk", None),
        status__in=[Status.AWAITING_MODERATION, Status.CHANGES_REQUESTED],
    )


def _draft_items(user: Viewer, access: Access) -> list[Item]:
    return [
        Item(
            f"{post.account.name}: {post.text[:60]}",
            reverse("moderation:detail", args=[access.organisation.slug, post.pk]),
            post.updated_at,
            post.get_status_display(),
        )
        for post in _my_drafts(user, access).order_by("-updated_at")[:5]
    ]


register(
    WorkArea(
        key="moderation.queue",
        title="Drafts waiting",
        order=30,
        description="Posts and comments waiting for a moderator.",
        url=lambda access: reverse("moderation:queue", args=[access.organisation.slug]),
        applies=lambda user, access: can_moderate(access),
        count=lambda user, access: _waiting(access).count(),
        items=_queue_items,
    )
)
register(
    WorkArea(
        key="moderation.mine",
        title="My drafts",
        order=60,
        description="Your drafts for official accounts still waiting or sent back.",
        url=lambda access: reverse("moderation:mine", args=[access.organisation.slug]),
        applies=lambda user, access: can_submit(access) and not can_moderate(access),
        count=lambda user, access: _my_drafts(user, access).count(),
        items=_draft_items,
    )
)
