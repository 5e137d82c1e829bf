"""The register's work areas: requests to decide, accounts at risk or due a check."""

from __future__ import annotations

from django.urls import reverse

from portal.dashboards.registry import Item, WorkArea, register
from portal.officialaccounts.queries import (
    accounts_due_a_check,
    at_risk_accounts,
    can_view_register,
    inactivity_roles,
    is_approver_anywhere,
    is_custodian,
    requests_waiting_for,
)
from portal.organisations.queries import Access
from portal.types import Viewer


def _watches(access: Access) -> bool:
    return is_custodian(access) or bool(access.roles & set(inactivity_roles(access.organisation)))


def _link(access: Access, pk: int) -> str:
    return reverse("officialaccounts:detail", args=[access.organisation.slug, pk])


register(
    WorkArea(
        key="officialaccounts.requests",
        title="Account requests",
        order=35,
        description="New official accounts waiting for your approval.",
        url=lambda access: reverse("officialaccounts:requests", args=[access.organisation.slug]),
        applies=lambda user, access: is_approver_anywhere(access),
        count=lambda user, access: len(requests_waiting_for(access)),
        items=lambda user, access: [
            Item(f"{a.name} ({a.platform})", _link(access, a.pk), a.requested_at)
            for a in requests_waiting_for(access)[:5]
        ],
    )
)


def _watch_items(user: Viewer, access: Access) -> list[Item]:
    organisation = access.organisation
    risky = [
        Item(f"{a.name}: at risk (a leaver)", _link(access, a.pk), a.rotation_due_since)
        for a in at_risk_accounts(organisation)[:5]
    ]
    idle = [
        Item(f"{a.name}: due a check", _link(access, a.pk), a.inactive_flagged_at)
        for a in accounts_due_a_check(organisation)[:5]
    ]
    return (risky + idle)[:5]


register(
    WorkArea(
        key="officialaccounts.watch",
        title="Accounts at risk or due a check",
        order=36,
        description="Accounts a leaver could still use, and accounts past the inactivity limit.",
        url=lambda access: reverse("officialaccounts:register", args=[access.organisation.slug]),
        applies=lambda user, access: _watches(access),
        count=lambda user, access: (
            at_risk_accounts(access.organisation).count()
            + accounts_due_a_check(access.organisation).count()
        ),
        urgent=lambda user, access: at_risk_accounts(access.organisation).count(),
        items=_watch_items,
    )
)
register(
    WorkArea(
        key="officialaccounts.register",
        title="Official accounts",
        order=85,
        description="The register of the organisation's accounts, by area.",
        url=lambda access: reverse("officialaccounts:register", args=[access.organisation.slug]),
        applies=lambda user, access: can_view_register(access) and not _watches(access),
        on_dashboard=False,
    )
)
