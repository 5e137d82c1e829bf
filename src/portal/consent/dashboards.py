"""The consent register and takedown requests as work areas."""

from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from portal.consent.models import TakedownRequest, TakedownStatus
from portal.consent.queries import may_handle_takedowns, may_record_consent, takedowns_visible_to
from portal.dashboards.registry import Item, WorkArea, register
from portal.organisations.queries import Access
from portal.types import Viewer


def _open(user: Viewer, access: Access) -> QuerySet[TakedownRequest]:
    return takedowns_visible_to(user, access).filter(status=TakedownStatus.OPEN)


def _overdue(user: Viewer, access: Access) -> int:
    return _open(user, access).filter(duty__due_at__lt=timezone.now()).count()


register(
    WorkArea(
        key="consent.takedowns",
        title="Takedown requests",
        order=25,
        description="Requests to take down an image, a video or information: act at once.",
        url=lambda access: reverse("consent:takedowns", args=[access.organisation.slug]),
        applies=lambda user, access: may_handle_takedowns(access),
        count=lambda user, access: _open(user, access).count(),
        urgent=_overdue,
        items=lambda user, access: [
            Item(
                f"#{r.pk}: {r.get_material_display()} about {r.subject_name}",
                reverse("consent:takedown", args=[access.organisation.slug, r.pk]),
                r.created_at,
            )
            for r in _open(user, access)[:5]
        ],
    )
)

register(
    WorkArea(
        key="consent.register",
        title="Consent register",
        order=86,
        description="Consent to show people in images, video and lesson recordings.",
        url=lambda access: reverse("consent:register", args=[access.organisation.slug]),
        applies=lambda user, access: may_record_consent(access),
        on_dashboard=False,
    )
)

register(
    WorkArea(
        key="consent.ask_takedown",
        title="Ask for a takedown",
        order=95,
        description="Ask for an image or information about you to be taken down.",
        url=lambda access: reverse("consent:takedown_new", args=[access.organisation.slug]),
        applies=lambda user, access: not may_handle_takedowns(access),
        on_dashboard=False,
    )
)
