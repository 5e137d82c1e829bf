"""The compliance app's work area: keeping the policy current (its review, overdue on
the dashboard, and impact assessments to do)."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from portal.compliance.devices import device_states
from portal.compliance.filtering import next_due, open_filtering_review
from portal.compliance.queries import (
    may_keep_device_register,
    may_manage_policy,
    may_review_filtering,
    open_assessments,
    review_state,
)
from portal.dashboards.registry import Item, WorkArea, register
from portal.organisations.queries import Access
from portal.types import Viewer


def _items(user: Viewer, access: Access) -> list[Item]:
    found: list[Item] = []
    slug = access.organisation.slug
    if may_manage_policy(access):
        state = review_state(access.organisation, today=timezone.localdate())
        if state.review is not None:
            if state.due_on is None:
                # The pack gives no approval date: until a review is recorded, nobody
                # knows when the next is due, which is itself the keeper's to settle.
                note = "no date: record the last review to set the next"
            elif state.overdue:
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


def _filtering_items(user: Viewer, access: Access) -> list[Item]:
    today = timezone.localdate()
    review = open_filtering_review(access.organisation)
    due = review.due_on if review is not None else next_due(access.organisation, today=today)
    if review is None and due > today + timedelta(days=30):
        return []
    what = "Finish the review" if review is not None else "Start the review"
    note = f"{'overdue: ' if due < today else ''}due {due:%-d %B %Y}"
    url = reverse("compliance:filtering", args=[access.organisation.slug])
    return [Item(what, url, note=note)]


register(
    WorkArea(
        key="compliance.filtering",
        title="Filtering and monitoring review",
        order=72,
        description="The yearly review the DfE standards ask for: roles, a saved run of the "
        "filter's checks, the lists and the reports, kept as a printable record.",
        url=lambda access: reverse("compliance:filtering", args=[access.organisation.slug]),
        applies=lambda user, access: may_review_filtering(access),
        count=lambda user, access: len(_filtering_items(user, access)),
        items=_filtering_items,
        urgent=lambda user, access: sum(
            1 for item in _filtering_items(user, access) if item.note.startswith("overdue")
        ),
    )
)


def _flagged(user: Viewer, access: Access) -> int:
    return sum(
        1 for s in device_states(access.organisation, today=timezone.localdate()) if s.flagged
    )


register(
    WorkArea(
        key="compliance.devices",
        title="Device checks",
        order=75,
        description="The register of checks on learners' computers; overdue or failed ones "
        "flagged.",
        url=lambda access: reverse("compliance:devices", args=[access.organisation.slug]),
        applies=lambda user, access: may_keep_device_register(access),
        count=_flagged,
        urgent=_flagged,
    )
)
