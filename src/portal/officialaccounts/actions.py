"""Writes to the register: requests, approval and refusal, access, credentials, activity.

Every action runs in one transaction with an audit row; notifications and duties' e-mail
go out after commit. Approval and refusal ask the core (``accounts.creation_approval``
and, where the pack binds it, ``accounts.named_maintainer``) and record its decision, so
the register cites the pack's clauses. Leavers and inactivity are in ``workflows.py``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.decisions.actions import decide_event
from portal.duties.actions import open_duty, set_duty_status
from portal.duties.models import OPEN_STATUSES, Duty, DutyStatus
from portal.errors import Forbidden, NotAllowedNow, Problem, Rejected
from portal.notifications.actions import notify
from portal.notifications.recipients import access_of
from portal.officialaccounts import custody
from portal.officialaccounts.models import (
    AccountAccess,
    AccountActivity,
    AccountStatus,
    ActivitySource,
    Credential,
    CredentialKind,
    OfficialAccount,
)
from portal.officialaccounts.queries import (
    approver_roles_for,
    can_approve,
    can_view_register,
    custodian_roles,
)
from portal.organisations.models import Membership, Organisation
from portal.people.models import Person
from portal.types import Actor, User
from portal.uploads import DOCUMENT_KINDS, IMAGE_KINDS, check_upload

DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
SECRET_LIMIT = 4000
# The request's own duty ("approve or refuse") is opened by this workflow, linking to the
# account's page; the decision's copy of it would link to the decision instead.
APPROVAL_ACTIONS = frozenset({"approve_account"})


def account_link(account: OfficialAccount) -> str:
    return reverse("officialaccounts:detail", args=[account.organisation.slug, account.pk])


def account_info(account: OfficialAccount, *, document: bool | None = None) -> dict[str, Any]:
    """The account as the core's ``AccountInfo``."""
    return {
        "id": str(account.pk),
        "name": account.name,
        "platform": account.platform,
        "account_type": account.account_type,
        "purpose": account.purpose,
        "area": account.area,
        "owners": sorted(p.external_id for p in account.owners.all()),
        "approval_document": bool(account.approval_document) if document is None else document,
        "last_activity_at": account.last_activity_at.isoformat()
        if account.last_activity_at
        else None,
    }


def member_as_person(organisation: Organisation, user: User) -> dict[str, Any]:
    """The signed-in member as the core sees them: their directory entry's id and name
    (or their username), holding the roles of their membership and their entry."""
    entry = Person.objects.filter(organisation=organisation, user=user).first()
    membership = Membership.objects.filter(organisation=organisation, user=user).first()
    roles = set(membership.roles if membership else []) | set(entry.roles if entry else [])
    return {
        "id": entry.external_id if entry else f"user:{user.get_username()}",
        "name": entry.name if entry else user.get_username(),
        "roles": sorted(roles),
    }


def _clauses_of(decision: Any, rule_prefix: str = "accounts.") -> list[str]:
    return list(
        dict.fromkeys(
            c for f in decision.findings if f.rule.startswith(rule_prefix) for c in f.clauses
        )
    )


def _notify_users(
    users: list[User], account: OfficialAccount, *, kind: str, title: str, body: str = ""
) -> None:
    def may_open(user: User) -> bool:
        access = access_of(user, account.organisation)
        return access is not None and can_view_register(access)

    notify(
        recipients=users,
        can_open=may_open,
        organisation=account.organisation,
        kind=kind,
        title=title,
        body=body,
        link=account_link(account),
        dedupe_key=f"{kind}:{account.pk}:{timezone.now().isoformat()}",
    )


def _owner_users(account: OfficialAccount) -> list[User]:
    return [p.user for p in account.owners.select_related("user") if p.user and p.user.is_active]


def add_official_account(
    *,
    organisation: Organisation,
    name: str,
    platform: str,
    acting_user: Actor,
    account_type: str = "official",
    area: str = "",
) -> OfficialAccount:
    """Put an account that already exists on the register as approved (accounts older
    than the portal; the demo). New accounts go through :func:`request_account`."""
    with transaction.atomic():
        account = OfficialAccount.objects.create(
            organisation=organisation,
            name=name.strip(),
            platform=platform.strip().lower(),
            account_type=account_type,
            area=area.strip(),
            status=AccountStatus.APPROVED,
            decision_note="Recorded by an administrator as an existing account.",
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="officialaccounts.add",
            target=account,
            detail={"name": account.name, "platform": account.platform},
        )
    return account


def request_account(
    *,
    organisation: Organisation,
    name: str,
    platform: str,
    account_type: str,
    area: str,
    purpose: str,
    description: str,
    owners: list[Person],
    acting_user: User,
) -> OfficialAccount:
    """Ask for a new account. The core records that it needs the pack's approver, and a
    duty "approve or refuse" goes to the holders of that role."""
    name, platform = name.strip(), platform.strip().lower()
    if OfficialAccount.objects.filter(organisation=organisation, name__iexact=name).exists():
        message = f"An account named {name} is already on the register or requested."
        raise Rejected(message, problems=[Problem(None, "name", message)])
    roles = approver_roles_for(organisation, account_type)
    now = timezone.now()
    with transaction.atomic():
        account = OfficialAccount.objects.create(
            organisation=organisation,
            name=name,
            platform=platform,
            account_type=account_type,
            area=area.strip(),
            purpose=purpose,
            description=description.strip(),
            status=AccountStatus.REQUESTED,
            requested_by=acting_user,
            requested_at=now,
            approver_roles=roles,
        )
        account.owners.set(owners)
        event = {
            "kind": "account_change",
            "at": now.isoformat(),
            "change": "create",
            "account": account_info(account),
            "requested_by": member_as_person(organisation, acting_user),
        }
        record, decision = decide_event(
            organisation=organisation,
            event=event,
            acting_user=acting_user,
            channel="web",
            handled_by_workflow=APPROVAL_ACTIONS,
        )
        account.request_decision = record
        account.clauses = _clauses_of(decision)
        account.save(update_fields=["request_decision", "clauses"])
        pack = organisation.pack()
        for role in roles:
            open_duty(
                organisation=organisation,
                title=f"Approve or refuse the account {account.name} ({account.platform})",
                description=f"Requested by {acting_user.get_username()}: {account.description}",
                role=role,
                urgency="soon",
                code="approve_account",
                clauses=account.clauses,
                link=account_link(account),
                source_key=f"accounts.approve:{account.pk}:{role}",
                acting_user=acting_user,
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="officialaccounts.request",
            target=account,
            detail={
                "name": account.name,
                "platform": account.platform,
                "account_type": account_type,
                "approver_roles": roles,
                "approver_titles": [pack.role_title(r) for r in roles],
                "decision": record.pk,
            },
        )
    return account


def _close_duties(account: OfficialAccount, prefix: str, note: str, acting_user: User) -> None:
    for duty in Duty.objects.filter(
        organisation=account.organisation,
        source_key__startswith=f"{prefix}:{account.pk}:",
        status__in=OPEN_STATUSES,
    ):
        set_duty_status(duty=duty, status=DutyStatus.DONE, note=note, acting_user=acting_user)


def _decide(account: OfficialAccount, acting_user: User, *, document: bool) -> tuple[Any, Any]:
    event = {
        "kind": "account_change",
        "at": timezone.now().isoformat(),
        "change": "create",
        "account": account_info(account, document=document),
        "approved_by": member_as_person(account.organisation, acting_user),
    }
    return decide_event(
        organisation=account.organisation,
        event=event,
        acting_user=acting_user,
        channel="web",
        handled_by_workflow=APPROVAL_ACTIONS,
    )


def _check_decider(account: OfficialAccount, acting_user: User) -> None:
    access = access_of(acting_user, account.organisation)
    if access is None or not can_approve(access, account):
        titles = ", ".join(
            account.organisation.pack().role_title(r) for r in account.approver_roles
        )
        raise Forbidden(f"Only the {titles or 'approver'} may decide on this request.")
    if account.status != AccountStatus.REQUESTED:
        raise NotAllowedNow(f"This account was {account.get_status_display()} already.")


def approve_account(
    *,
    account: OfficialAccount,
    acting_user: User,
    document: UploadedFile[bytes] | None = None,
    note: str = "",
) -> OfficialAccount:
    """Approve a request, with the signed approval where the pack wants it in writing.

    The core decides: a block (not the named role) is Forbidden, a review (written
    permission missing, nobody named to maintain it) is NotAllowedNow with its reason;
    either way the decision is recorded and nothing else changes."""
    if document is not None:
        check_upload(
            document,
            field="approval_document",
            kinds=(*DOCUMENT_KINDS, *IMAGE_KINDS),
            max_bytes=DOCUMENT_MAX_BYTES,
        )
    with transaction.atomic():
        locked = OfficialAccount.objects.select_for_update().get(pk=account.pk)
        _check_decider(locked, acting_user)
        has_document = document is not None or bool(locked.approval_document)
        record, decision = _decide(locked, acting_user, document=has_document)
        if decision.outcome != "allow":
            reasons = "; ".join(f.explanation for f in decision.findings if f.outcome != "allow")
            raise NotAllowedNow(f"Not approved: {reasons}")
        now = timezone.now()
        if document is not None:
            locked.approval_document.save(
                f"{locked.organisation.slug}-{locked.pk}{_extension(document)}",
                document,
                save=False,
            )
        locked.status = AccountStatus.APPROVED
        locked.decided_by = acting_user
        locked.decided_by_name = member_as_person(locked.organisation, acting_user)["name"]
        locked.decided_at = now
        locked.decision_note = note.strip()
        locked.approval_decision = record
        locked.clauses = _clauses_of(decision) or locked.clauses
        locked.save()
        _close_duties(locked, "accounts.approve", "Approved.", acting_user)
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="officialaccounts.approve",
            target=locked,
            detail={"decision": record.pk, "clauses": locked.clauses, "note": locked.decision_note},
        )
        users = [u for u in [locked.requested_by, *_owner_users(locked)] if u is not None]
        _notify_users(
            users,
            locked,
            kind="officialaccounts.approved",
            title=f"The account {locked.name} was approved",
            body=locked.decision_note,
        )
    return locked


def _extension(upload: UploadedFile[bytes]) -> str:
    from portal.uploads import sniff

    upload.seek(0)
    kind = sniff(upload.read(32))
    upload.seek(0)
    return {"pdf": ".pdf", "png": ".png", "jpeg": ".jpg", "gif": ".gif", "webp": ".webp"}.get(
        kind or "", ""
    )


def refuse_account(*, account: OfficialAccount, reason: str, acting_user: User) -> OfficialAccount:
    """Refuse a request, saying why. The core is asked whether the refuser holds the
    approving role (a refusal is the approver's to make, like an approval)."""
    reason = reason.strip()
    if not reason:
        message = "Say why the request is refused: the requester reads it."
        raise Rejected(message, problems=[Problem(None, "reason", message)])
    with transaction.atomic():
        locked = OfficialAccount.objects.select_for_update().get(pk=account.pk)
        _check_decider(locked, acting_user)
        record, decision = _decide(locked, acting_user, document=True)
        approval = [f for f in decision.findings if f.rule == "accounts.creation_approval"]
        if approval and approval[0].outcome == "block":
            raise Forbidden(approval[0].explanation)
        locked.status = AccountStatus.REFUSED
        locked.decided_by = acting_user
        locked.decided_by_name = member_as_person(locked.organisation, acting_user)["name"]
        locked.decided_at = timezone.now()
        locked.decision_note = reason
        locked.approval_decision = record
        locked.save()
        _close_duties(locked, "accounts.approve", f"Refused: {reason}", acting_user)
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="officialaccounts.refuse",
            target=locked,
            detail={"decision": record.pk, "clauses": locked.clauses, "reason": reason},
        )
        users = [u for u in [locked.requested_by] if u is not None]
        _notify_users(
            users,
            locked,
            kind="officialaccounts.refused",
            title=f"The account {locked.name} was refused",
            body=reason,
        )
    return locked


def grant_access(*, account: OfficialAccount, person: Person, acting_user: Actor) -> AccountAccess:
    if person.organisation_id != account.organisation_id:
        raise Rejected("That person is not in this organisation's directory.")
    try:
        with transaction.atomic():
            row = AccountAccess.objects.create(account=account, person=person)
            write_audit_entry(
                acting_user=acting_user,
                organisation=account.organisation,
                verb="officialaccounts.access.grant",
                target=account,
                detail={"person": person.external_id},
            )
    except IntegrityError:
        raise NotAllowedNow(f"{person.name} can use {account.name} already.") from None
    return row


def remove_access(*, access: AccountAccess, acting_user: User) -> AccountAccess:
    """Record that ``access.person`` can no longer use the account; a leaver duty for it
    is done with this."""
    with transaction.atomic():
        locked = (
            AccountAccess.objects.select_for_update()
            .select_related("account", "person")
            .get(pk=access.pk)
        )
        if locked.removed_at is not None:
            raise NotAllowedNow("That access was removed already.")
        locked.removed_at = timezone.now()
        locked.removed_by = acting_user
        locked.save(update_fields=["removed_at", "removed_by"])
        account = locked.account
        for duty in Duty.objects.filter(
            organisation=account.organisation,
            source_key=f"accounts.leaver:{account.pk}:{locked.person.external_id}:revoke_access",
            status__in=OPEN_STATUSES,
        ):
            set_duty_status(
                duty=duty,
                status=DutyStatus.DONE,
                note=f"Access of {locked.person.name} removed.",
                acting_user=acting_user,
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=account.organisation,
            verb="officialaccounts.access.remove",
            target=account,
            detail={"person": locked.person.external_id},
        )
    return locked


def _check_custodian(account: OfficialAccount, user: User) -> None:
    access = access_of(user, account.organisation)
    if access is None or not (access.roles & set(custodian_roles(account.organisation))):
        titles = ", ".join(
            account.organisation.pack().role_title(r) for r in custodian_roles(account.organisation)
        )
        raise Forbidden(f"Credentials are kept by the {titles or 'custodian'} alone.")


def store_credential(
    *, account: OfficialAccount, kind: str, secret: str, acting_user: User
) -> Credential:
    """Keep (or replace: a rotation) the account's password or recovery codes, encrypted.
    A rotation after a leaver closes the duty to change the credentials."""
    if kind not in CredentialKind.values:
        raise Rejected(f"{kind!r} is not a kind of credential")
    if not secret.strip() or len(secret) > SECRET_LIMIT:
        message = f"Give the {kind.replace('_', ' ')} (at most {SECRET_LIMIT} characters)."
        raise Rejected(message, problems=[Problem(None, "secret", message)])
    _check_custodian(account, acting_user)
    sealed = custody.seal(secret)
    now = timezone.now()
    with transaction.atomic():
        locked = OfficialAccount.objects.select_for_update().get(pk=account.pk)
        credential, created = Credential.objects.update_or_create(
            account=locked,
            kind=kind,
            defaults={"secret": sealed, "rotated_at": now, "rotated_by": acting_user},
        )
        if locked.rotation_due_since is not None:
            # Any credential set after a leaver could use the account is its rotation.
            locked.rotation_due_since = None
            locked.save(update_fields=["rotation_due_since"])
            for duty in Duty.objects.filter(
                organisation=locked.organisation,
                source_key__startswith=f"accounts.leaver:{locked.pk}:",
                source_key__endswith=":rotate_credentials",
                status__in=OPEN_STATUSES,
            ):
                set_duty_status(
                    duty=duty,
                    status=DutyStatus.DONE,
                    note=f"The {credential.get_kind_display()} was changed.",
                    acting_user=acting_user,
                )
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="officialaccounts.credential.set"
            if created
            else "officialaccounts.credential.rotate",
            target=locked,
            detail={"kind": kind},  # never the secret
        )
    return credential


def reveal_credential(*, credential: Credential, acting_user: User) -> str:
    """The secret, for a custodian who proved a second factor (the view's check); audited,
    and the account's owners are told who revealed it and when."""
    account = credential.account
    _check_custodian(account, acting_user)
    secret = custody.unseal(credential.secret)
    with transaction.atomic():
        write_audit_entry(
            acting_user=acting_user,
            organisation=account.organisation,
            verb="officialaccounts.credential.reveal",
            target=account,
            detail={"kind": credential.kind},
        )
        when = timezone.localtime()
        _notify_users(
            _owner_users(account),
            account,
            kind="officialaccounts.revealed",
            title=f"The {credential.get_kind_display()} of {account.name} was revealed",
            body=f"By {acting_user.get_username()} at {when:%d %b %Y %H:%M}.",
        )
    return secret


def record_activity(
    *,
    account: OfficialAccount,
    at: datetime,
    source: str,
    acting_user: Actor,
    note: str = "",
    external_id: str = "",
) -> AccountActivity | None:
    """One sign of use; the account's last activity moves forward to it. None when the
    same imported line was recorded before."""
    try:
        with transaction.atomic():
            activity = AccountActivity.objects.create(
                account=account,
                at=at,
                source=source,
                note=note[:300],
                external_id=external_id[:255],
                recorded_by=acting_user if isinstance(acting_user, User) else None,
            )
            OfficialAccount.objects.filter(pk=account.pk).filter(
                last_activity_at__isnull=True
            ).update(last_activity_at=at)
            OfficialAccount.objects.filter(pk=account.pk, last_activity_at__lt=at).update(
                last_activity_at=at
            )
            if source == ActivitySource.CHECK:
                write_audit_entry(
                    acting_user=acting_user,
                    organisation=account.organisation,
                    verb="officialaccounts.checked",
                    target=account,
                    detail={"note": note},
                )
    except IntegrityError:
        return None
    account.refresh_from_db(fields=["last_activity_at"])
    return activity


def mark_checked_in_use(*, account: OfficialAccount, acting_user: User, note: str = "") -> None:
    """ "Checked, in use": someone who may see the register looked and found it in use; the
    inactivity duty (if any) is done."""
    record_activity(
        account=account,
        at=timezone.now(),
        source=ActivitySource.CHECK,
        acting_user=acting_user,
        note=note or "checked, in use",
    )
    with transaction.atomic():
        for duty in Duty.objects.filter(
            organisation=account.organisation,
            source_key__startswith=f"accounts.inactive:{account.pk}:",
            status__in=OPEN_STATUSES,
        ):
            set_duty_status(
                duty=duty,
                status=DutyStatus.DONE,
                note=f"Checked by {acting_user.get_username()}: in use.",
                acting_user=acting_user,
            )


def close_account(*, account: OfficialAccount, acting_user: User, note: str) -> OfficialAccount:
    with transaction.atomic():
        locked = OfficialAccount.objects.select_for_update().get(pk=account.pk)
        if locked.status != AccountStatus.APPROVED:
            raise NotAllowedNow(f"This account is {locked.get_status_display()}.")
        locked.status = AccountStatus.CLOSED
        locked.closed_at = timezone.now()
        locked.save(update_fields=["status", "closed_at"])
        for duty in Duty.objects.filter(
            organisation=locked.organisation,
            source_key__startswith=f"accounts.inactive:{locked.pk}:",
            status__in=OPEN_STATUSES,
        ):
            set_duty_status(
                duty=duty, status=DutyStatus.DONE, note=f"Closed: {note}", acting_user=acting_user
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="officialaccounts.close",
            target=locked,
            detail={"note": note},
        )
    return locked
