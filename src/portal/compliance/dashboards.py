"""The compliance app's work area: keeping the policy current (its review, overdue on
the dashboard, and impact assessments to do)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from portal.compliance.queries import may_manage_policy, open_assessments, review_state
from portal.dashboards.registry import Item, WorkArea, register
from portal.organisations.queries import Access
from portal.types import Viewer


def _items(user: Viewer, access: Access) -> list[Item]:
    found: list[Item] = []
    slug = access.organisation.slug
    if may_manage_policy(access):
        state = review_state(access.organisation, today=timezone.localdate())
        if state.review is not None and state.due_on is not None:
            if state.overdue:
                note = f"overdue: due {state.due_on:%-d %B %Y}"
            else:
                note = f"due {state.due_on:%-d %B %Y}"
            found.append(
                Item("Review the policy", reverse("compliance:overview", args=[slug]), note=note)
            )
    for assessment in open_assessments(access)[:4]:
        found.append(
            Item(
                f"Impact assessment of version {assessment.pack_version.version}",
                reverse("compliance:impact", args=[slug, assessment.pk]),
                assessment.created_at,
            )
        )
    return found


def _urgent(user: Viewer, access: Access) -> int:
    if not may_manage_policy(access):
        return 0
    return int(review_state(access.organisation, today=timezone.localdate()).overdue)


register(
    WorkArea(
        key="compliance.review",
        title="Policy review",
        order=70,
        description="When the policy is next due for review, past reviews, and the impact "
        "assessments a new version asks for.",
        url=lambda access: reverse("compliance:overview", args=[access.organisation.slug]),
        applies=lambda user, access: may_manage_policy(access) or open_assessments(access).exists(),
        count=lambda user, access: len(_items(user, access)),
        items=_items,
        urgent=_urgent,
    )
)
