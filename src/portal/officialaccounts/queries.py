"""Who sees and does what with official accounts, read from the pack.

- The register (approved accounts, requests, each account's page) is for staff-side
  members and administrators; students see none of it.
- A request goes to the roles the pack's ``accounts.creation_approval`` binding names for
  the account's type (NCLT: the DPO or a head of school for departmental accounts); a
  type no binding covers goes to the ``account_approver`` role. Only holders of those
  roles approve or refuse: administrators do not, unless they hold one.
- Custodians keep the credentials: the role the pack's ``accounts.leaver_revocation``
  names (WCUC: the M&C Manager; VTS: the Office Manager), else the approver roles. Only
  they set, rotate and reveal credentials, reveal with a verified second factor.
- The inactivity limit and who reviews it come from ``accounts.inactivity``.
"""

from __future__ import annotations

from typing import Any

from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
)

from policyguard import Pack
from portal.officialaccounts.models import (
    AccountAccess,
    AccountStatus,
    OfficialAccount,
)
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.people.models import Person
from portal.types import Viewer

FALLBACK_APPROVER = "account_approver"


def _bindings(pack: Pack, rule: str) -> list[dict[str, Any]]:
    return [b.params for b in pack.rules if b.rule == rule]


def approver_roles_for(organisation: Organisation, account_type: str) -> list[str]:
    """The roles a request for an account of ``account_type`` goes to (module docstring)."""
    pack = organisation.pack()
    roles: list[str] = []
    for params in _bindings(pack, "accounts.creation_approval"):
        types = params.get("account_types")
        if types is None or account_type in types:
            roles += [r for r in params["approver_roles"] if r not in roles]
    if not roles and FALLBACK_APPROVER in pack.roles:
        roles = [FALLBACK_APPROVER]
    return roles


def custodian_roles(organisation: Organisation) -> list[str]:
    pack = organisation.pack()
    roles = [p["revoke_role"] for p in _bindings(pack, "accounts.leaver_revocation")]
    if not roles:
        for params in _bindings(pack, "accounts.creation_approval"):
            roles += params["approver_roles"]
    if not roles and FALLBACK_APPROVER in pack.roles:
        roles = [FALLBACK_APPROVER]
    return list(dict.fromkeys(roles))


def inactivity_roles(organisation: Organisation) -> list[str]:
    """Who is told about accounts past the inactivity limit (the communications manager)."""
    pack = organisation.pack()
    return list(dict.fromkeys(p["review_role"] for p in _bindings(pack, "accounts.inactivity")))


def inactivity_months(organisation: Organisation) -> int | None:
    months = [
        int(p.get("months", 3)) for p in _bindings(organisation.pack(), "accounts.inactivity")
    ]
    return min(months) if months else None


def can_view_register(access: Access) -> bool:
    return access.is_admin or access.can_view_people


def can_request(access: Access) -> bool:
    return access.is_admin or access.can_view_people


def is_custodian(access: Access) -> bool:
    return bool(access.roles & set(custodian_roles(access.organisation)))


def can_approve(access: Access, account: OfficialAccount) -> bool:
    return bool(access.roles & set(account.approver_roles))


def may_decide(access: Access, account: OfficialAccount) -> bool:
    return account.status == AccountStatus.REQUESTED and can_approve(access, account)


def is_approver_anywhere(access: Access) -> bool:
    """Whether the member holds a role some account type's request goes to."""
    organisation = access.organisation
    roles = {
        r
        for t in ("official", "departmental", "group")
        for r in approver_roles_for(organisation, t)
    }
    return bool(access.roles & roles)


def accounts_visible_to(user: Viewer, access: Access) -> QuerySet[OfficialAccount]:
    accounts = OfficialAccount.objects.filter(organisation=access.organisation)
    if not can_view_register(access):
        return accounts.none()
    return accounts


def with_risk(accounts: QuerySet[OfficialAccount]) -> QuerySet[OfficialAccount]:
    """``accounts`` with ``at_risk``: a leaver can still use it, or its credentials must
    change because one could."""
    leaver_in = AccountAccess.objects.filter(
        account=OuterRef("pk"), left_at__isnull=False, removed_at__isnull=True
    )
    return accounts.annotate(
        at_risk=ExpressionWrapper(
            Q(Exists(leaver_in)) | Q(rotation_due_since__isnull=False),
            output_field=BooleanField(),
        )
    )


def register_of(
    organisation: Organisation, *, owners: QuerySet[Person] | None = None
) -> QuerySet[OfficialAccount]:
    """The approved (and closed) accounts: the register itself, with their owners
    (from ``owners`` when given, e.g. annotated for the reader)."""
    return with_risk(
        OfficialAccount.objects.filter(
            organisation=organisation, status__in=[AccountStatus.APPROVED, AccountStatus.CLOSED]
        )
    ).prefetch_related(Prefetch("owners", queryset=owners) if owners is not None else "owners")


def requests_waiting_for(access: Access) -> list[OfficialAccount]:
    """Requests this member may decide."""
    waiting = OfficialAccount.objects.filter(
        organisation=access.organisation, status=AccountStatus.REQUESTED
    ).order_by("requested_at", "id")
    return [a for a in waiting if can_approve(access, a)]


def at_risk_accounts(organisation: Organisation) -> QuerySet[OfficialAccount]:
    leaver_in = AccountAccess.objects.filter(
        account=OuterRef("pk"), left_at__isnull=False, removed_at__isnull=True
    )
    return register_of(organisation).filter(
        Q(Exists(leaver_in)) | Q(rotation_due_since__isnull=False), status=AccountStatus.APPROVED
    )


def accounts_due_a_check(organisation: Organisation) -> QuerySet[OfficialAccount]:
    """Approved accounts the sweep found past the inactivity limit and not used since."""
    return OfficialAccount.objects.filter(
        organisation=organisation,
        status=AccountStatus.APPROVED,
        inactive_flagged_at__isnull=False,
    ).filter(Q(last_activity_at__isnull=True) | Q(last_activity_at__lt=F("inactive_flagged_at")))


def areas_of(organisation: Organisation) -> list[str]:
    return sorted(
        set(
            OfficialAccount.objects.filter(organisation=organisation)
            .exclude(area="")
            .values_list("area", flat=True)
        )
    )
