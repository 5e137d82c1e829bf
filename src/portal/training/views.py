"""Pages of the training app: the policy to read and acknowledge, the staff guide, a
manager's team, the acknowledgement report; courses, sessions, attendance."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from portal.compliance.actions import digest, latest_version, pack_text
from portal.compliance.models import PackVersion
from portal.errors import NotAllowedNow
from portal.organisations.queries import Access, access_or_404
from portal.training.acknowledging import sides, state_of, states
from portal.training.actions import acknowledge_policy, confirm_team
from portal.training.models import Acknowledgement, TeamConfirmation
from portal.training.policypage import policy_sections, staff_guide
from portal.training.queries import (
    may_see_acknowledgements,
    team_acknowledgements,
)
from portal.types import User


def _changes_for(access: Access, user: User) -> list[dict[str, object]]:
    """What changed for this member since the version they last acknowledged."""
    mine = sides(access.roles)
    last = (
        Acknowledgement.objects.filter(organisation=access.organisation, user=user)
        .order_by("-pack_version_id")
        .values_list("pack_version_id", flat=True)
        .first()
    )
    if last is None:
        return []
    newer = PackVersion.objects.filter(organisation=access.organisation, pk__gt=last).order_by("id")
    return [
        change
        for version in newer
        for change in version.changes
        if mine & set(change.get("audiences", []))
    ]


@login_required
def policy(request: HttpRequest, org: str) -> HttpResponse:
    """The policy as it stands, under the institution's headings, to read and acknowledge."""
    access = access_or_404(request.user, org)
    assert isinstance(request.user, User)
    organisation = access.organisation
    pack = organisation.pack()
    if request.method == "POST":
        try:
            acknowledge_policy(
                organisation=organisation,
                digest=request.POST.get("digest", ""),
                acting_user=request.user,
            )
        except NotAllowedNow as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, f"Thank you: you acknowledged version {pack.version}.")
        return redirect("training:policy", org=org)
    current = digest(pack_text(organisation)[0])
    latest = latest_version(organisation)
    mine = Acknowledgement.objects.filter(organisation=organisation, user=request.user)
    acknowledged = mine.filter(pack_version__digest=current).order_by("-id").first()
    if latest is not None and latest.digest != current:
        acknowledged = None  # the pack changed since the last version recorded
    asked = bool(sides(access.roles) & {str(a) for a in pack.training.acknowledgement.audiences})
    state = state_of(request.user, organisation)
    return render(
        request,
        "training/policy.html",
        {
            "access": access,
            "organisation": organisation,
            "pack": pack,
            "sections": policy_sections(pack),
            "roles": [(key, role.title) for key, role in pack.roles.items()],
            "digest": current,
            "acknowledged": acknowledged,
            "asked": asked,
            "state": state,
            "overdue": state.overdue(timezone.now()),
            "changes": _changes_for(access, request.user) if acknowledged is None else [],
            "latest": latest,
        },
    )


@login_required
def guide(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    pack = access.organisation.pack()
    return render(
        request,
        "training/guide.html",
        {
            "access": access,
            "organisation": access.organisation,
            "pack": pack,
            "sections": staff_guide(pack),
        },
    )


@login_required
def team(request: HttpRequest, org: str) -> HttpResponse:
    """A manager's (or tutor's) team: who has not acknowledged, and the confirmation that
    the team knows the policy (VTS-17)."""
    access = access_or_404(request.user, org)
    assert isinstance(request.user, User)
    lines = team_acknowledgements(request.user, access)
    if not lines:
        raise PermissionDenied("Nobody in the directory has you as their manager or tutor.")
    latest = latest_version(access.organisation)
    pack = access.organisation.pack()
    if request.method == "POST":
        if latest is None:
            messages.error(request, "No version of the policy is recorded yet.")
        else:
            confirm_team(
                access=access,
                version=latest,
                note=request.POST.get("note", ""),
                acting_user=request.user,
            )
            messages.success(request, f"You confirmed your team knows version {latest.version}.")
        return redirect("training:team", org=org)
    confirmed = (
        TeamConfirmation.objects.filter(
            organisation=access.organisation, manager=request.user, pack_version=latest
        ).first()
        if latest is not None
        else None
    )
    return render(
        request,
        "training/team.html",
        {
            "access": access,
            "organisation": access.organisation,
            "lines": lines,
            "pending": [line for line in lines if line.pending],
            "latest": latest,
            "confirmed": confirmed,
            "team_confirmation": pack.training.acknowledgement.team_confirmation,
            "now": timezone.now(),
        },
    )


@login_required
def acknowledgements(request: HttpRequest, org: str) -> HttpResponse:
    """Everyone's acknowledgement, for administrators, the policy owner and training
    managers: who is still to acknowledge, and the managers' confirmations."""
    access = access_or_404(request.user, org)
    if not may_see_acknowledgements(access):
        raise PermissionDenied("This report is for administrators and the policy's owner.")
    from portal.organisations.models import Membership

    found = states(access.organisation)
    members = {
        m.user_id: m.user
        for m in Membership.objects.filter(organisation=access.organisation).select_related("user")
    }
    now = timezone.now()
    pending = sorted(
        (
            (members[uid], state, state.overdue(now))
            for uid, state in found.items()
            if state.pending and uid in members
        ),
        key=lambda row: (not row[2], row[0].get_username()),
    )
    asked = sum(1 for s in found.values() if s.version is not None)
    return render(
        request,
        "training/acknowledgements.html",
        {
            "access": access,
            "organisation": access.organisation,
            "pending": pending,
            "asked": asked,
            "done": asked - len(pending),
            "confirmations": TeamConfirmation.objects.filter(
                organisation=access.organisation
            ).select_related("pack_version")[:100],
            "latest": latest_version(access.organisation),
        },
    )
