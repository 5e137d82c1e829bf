"""Leavers and inactivity: the register's two sweeps, and the leaver check an import or
an HR action starts.

- A person with access to an account whose every affiliation has ended (by a people
  import, HR's "record leaving" or the date passing) is a leaver: the core's
  ``accounts.leaver_revocation`` decides, and each of its actions (remove access, change
  the credentials) becomes a duty for the custodian, linked to the account, citing the
  clause. The account shows "at risk" until both are done (``queries.with_risk``).
- An approved account whose last activity is older than the pack's limit is flagged by
  ``accounts.inactivity``: a duty for the communications manager to review it, or, for
  a departmental account the pack closes when not kept up, to have it closed.

Both are idempotent: an access row is handled once (``left_at``), an account is flagged
once until it is used again (``inactive_flagged_at``), and duties carry source keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from policyguard import Action, evaluate, parse_event
from portal.decisions.actions import decide_event
from portal.duties.actions import open_duty
from portal.officialaccounts.actions import account_info, account_link
from portal.officialaccounts.models import AccountAccess, AccountStatus, OfficialAccount
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.people.queries import DatabaseLookups
from portal.types import Actor

LEAVER_ACTIONS = frozenset({"revoke_access", "rotate_credentials"})
INACTIVE_ACTIONS = frozenset({"review_inactive_account", "close_account"})


def has_left(person: Person, *, today: object) -> bool:
    """Whether every affiliation of ``person`` has ended by ``today`` (a person with
    none on record is not treated as a leaver: nothing says they left)."""
    core = person.to_core()
    if not core.affiliations:
        return False
    return not any(a.active_on(today) for a in core.affiliations)  # type: ignore[arg-type]


def check_leavers(
    *, organisation: Organisation, people: Iterable[Person] | None = None, acting_user: Actor
) -> int:
    """Open leaver duties for every account a leaver (among ``people``, or anyone) can
    still use; the number of people handled."""
    today = timezone.localdate()
    rows = (
        AccountAccess.objects.filter(
            account__organisation=organisation,
            account__status=AccountStatus.APPROVED,
            removed_at__isnull=True,
            left_at__isnull=True,
        )
        .select_related("account", "person")
        .prefetch_related("person__affiliations")
    )
    if people is not None:
        rows = rows.filter(person__in=[p.pk for p in people])
    by_person: dict[int, list[AccountAccess]] = {}
    for row in rows:
        if has_left(row.person, today=today):
            by_person.setdefault(row.person_id, []).append(row)
    for access_rows in by_person.values():
        _handle_leaver(organisation, access_rows, acting_user)
    return len(by_person)


def _handle_leaver(
    organisation: Organisation, rows: list[AccountAccess], acting_user: Actor
) -> None:
    person = rows[0].person
    now = timezone.now()
    with transaction.atomic():
        # Race: an import and the sweep may notice the same leaver at once; the row locks
        # let one of them handle each access row.
        locked = list(
            AccountAccess.objects.select_for_update()
            .filter(pk__in=[r.pk for r in rows], left_at__isnull=True, removed_at__isnull=True)
            .select_related("account")
        )
        if not locked:
            return
        for row in locked:
            # One decision per account, so each duty names its own account's clause.
            event = {
                "kind": "account_change",
                "at": now.isoformat(),
                "change": "leaver",
                "person": person.external_id,
                "accounts_with_access": [account_info(row.account)],
            }
            _record, decision = decide_event(
                organisation=organisation,
                event=event,
                acting_user=acting_user,
                channel="task",
                handled_by_workflow=LEAVER_ACTIONS,
            )
            for action in decision.actions:
                if action.code in LEAVER_ACTIONS:
                    _open_leaver_duty(organisation, row.account, person, action, acting_user)
            row.left_at = now
            row.save(update_fields=["left_at"])
            if any(a.code == "rotate_credentials" for a in decision.actions):
                OfficialAccount.objects.filter(
                    pk=row.account.pk, rotation_due_since__isnull=True
                ).update(rotation_due_since=now)


def _open_leaver_duty(
    organisation: Organisation,
    account: OfficialAccount,
    person: Person,
    action: Action,
    acting_user: Actor,
) -> None:
    open_duty(
        organisation=organisation,
        title=action.description[:200],
        description=action.description,
        role=action.role,
        urgency=action.urgency,
        code=action.code,
        clauses=list(action.clauses),
        link=account_link(account),
        source_key=f"accounts.leaver:{account.pk}:{person.external_id}:{action.code}",
        acting_user=acting_user,
    )


def sweep_leavers(*, now: datetime) -> str:
    """Every organisation: people whose leaving date has passed and who can still use an
    account (the scheduled job)."""
    handled = 0
    for organisation in Organisation.objects.filter(
        official_accounts__access__removed_at__isnull=True,
        official_accounts__access__left_at__isnull=True,
    ).distinct():
        handled += check_leavers(organisation=organisation, acting_user=None)
    return f"{handled} leaver(s) with access to official accounts found"


def sweep_inactivity(*, now: datetime) -> str:
    """Flag approved accounts past the pack's inactivity limit (the scheduled job)."""
    flagged = 0
    for account in OfficialAccount.objects.filter(status=AccountStatus.APPROVED).select_related(
        "organisation"
    ):
        if account.inactive_flagged_at is not None and (
            account.last_activity_at is None
            or account.last_activity_at < account.inactive_flagged_at
        ):
            continue  # flagged already, and not used since
        if _flag_if_inactive(account, now=now):
            flagged += 1
    return f"{flagged} account(s) past the inactivity limit flagged"


def _flag_if_inactive(account: OfficialAccount, *, now: datetime) -> bool:
    organisation = account.organisation
    event = {
        "kind": "account_change",
        "at": now.isoformat(),
        "change": "activity_check",
        "account": account_info(account),
    }
    # Asked first without recording: most accounts are in use, and a decision row per
    # account per day would bury the ones that matter.
    verdict = evaluate(organisation.pack(), parse_event(event), DatabaseLookups(organisation))
    if verdict.outcome == "allow":
        return False
    with transaction.atomic():
        locked = OfficialAccount.objects.select_for_update().get(pk=account.pk)
        if locked.inactive_flagged_at is not None and (
            locked.last_activity_at is None or locked.last_activity_at < locked.inactive_flagged_at
        ):
            return False
        _record, decision = decide_event(
            organisation=organisation,
            event=event,
            acting_user=None,
            channel="task",
            handled_by_workflow=INACTIVE_ACTIONS,
        )
        for action in decision.actions:
            if action.code not in INACTIVE_ACTIONS:
                continue
            open_duty(
                organisation=organisation,
                title=action.description[:200],
                description=action.description,
                role=action.role,
                urgency=action.urgency,
                code=action.code,
                clauses=list(action.clauses),
                link=account_link(locked),
                source_key=f"accounts.inactive:{locked.pk}:{now:%Y-%m-%d}:{action.code}",
                acting_user=None,
            )
        locked.inactive_flagged_at = now
        locked.save(update_fields=["inactive_flagged_at"])
    return True
