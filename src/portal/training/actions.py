"""Writes of the training app. Each is keyword-only, runs in one transaction, writes an
audit row, and notifies on commit.

- :func:`acknowledge_policy`: a member acknowledges the version they were shown;
- :func:`confirm_team`: a manager confirms their team knows the version (VTS-17);
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.compliance.actions import record_pack_version
from portal.compliance.models import PackVersion
from portal.errors import NotAllowedNow
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.training.models import Acknowledgement, TeamConfirmation
from portal.training.queries import team_acknowledgements
from portal.types import User

NOTE_LIMIT = 500


def acknowledge_policy(
    *, organisation: Organisation, digest: str, acting_user: User
) -> Acknowledgement:
    """Record that ``acting_user`` read and acknowledged the pack they were shown, named
    by its ``digest``: if the policy changed since the page was drawn, nothing is
    recorded (they must read the new one)."""
    version = record_pack_version(organisation=organisation, acting_user=acting_user)
    if version.digest != digest:
        raise NotAllowedNow(
            "The policy changed while you were reading it: read the new version, then "
            "acknowledge it."
        )
    existing = Acknowledgement.objects.filter(user=acting_user, pack_version=version).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            acknowledgement = Acknowledgement.objects.create(
                organisation=organisation,
                user=acting_user,
                username=acting_user.get_username(),
                pack_version=version,
                version=version.version,
                acknowledged_at=timezone.now(),
            )
            write_audit_entry(
                acting_user=acting_user,
                organisation=organisation,
                verb="policy.acknowledge",
                target=acknowledgement,
                detail={"version": version.version, "pack_version": version.pk},
            )
    except IntegrityError:  # the same person, twice at once (a double click)
        return Acknowledgement.objects.get(user=acting_user, pack_version=version)
    return acknowledgement


def confirm_team(
    *, access: Access, version: PackVersion, note: str = "", acting_user: User
) -> TeamConfirmation:
    """A manager confirms that their team knows ``version`` of the policy (VTS-17)."""
    lines = team_acknowledgements(acting_user, access)
    if not lines:
        raise NotAllowedNow("Nobody in the directory has you as their manager or tutor.")
    with transaction.atomic():
        confirmation = TeamConfirmation.objects.create(
            organisation=access.organisation,
            manager=acting_user,
            manager_name=acting_user.get_username(),
            pack_version=version,
            confirmed_at=timezone.now(),
            team_size=len(lines),
            acknowledged=sum(1 for line in lines if not line.pending),
            note=note.strip()[:2000],
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=access.organisation,
            verb="policy.team.confirm",
            target=confirmation,
            detail={
                "version": version.version,
                "team": confirmation.team_size,
                "acknowledged": confirmation.acknowledged,
            },
        )
    return confirmation
