"""Takedown requests: recorded, decided by the core's takedown rule, made a duty, closed.

- :func:`request_takedown` records a request (the public form or the portal's), asks
  the core (``takedown.removal_request``: who acts, how fast, which clause), and opens
  a duty for that role, due at once where the clause says immediately; the overdue
  sweep escalates it like any duty. A request no clause of the pack covers still gets
  a duty for the moderating role, marked as covered by no clause.
- :func:`confirm_removal` closes it: the removal is confirmed with a note, the duty is
  done, and the consents of the person it is about are withdrawn from today where the
  pack's rule says a request withdraws them: only for the media kind asked about (and
  the purpose, when the handler names it), the rest of each consent kept
  (``withdraw_consent_in_part``). Whoever asked is told.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from portal.accounts.throttle import allow
from portal.audit.actions import write_audit_entry
from portal.consent.actions import TAKEDOWN_REASON, withdraw_consent_in_part
from portal.consent.csvfile import MEDIA
from portal.consent.models import Channel, TakedownRequest, TakedownStatus
from portal.decisions.actions import decide_event
from portal.duties.actions import open_duty, reroute_duty, set_duty_status
from portal.duties.models import DutyStatus
from portal.errors import NotAllowedNow, Problem, RateLimited, Rejected
from portal.notifications.actions import send_plain_email
from portal.organisations.models import Organisation
from portal.people.models import Consent, Person
from portal.people.queries import directory_id_of
from portal.types import Actor, User

TAKE_DOWN = "take_down_material"
NOTE_LIMIT = 4000


def takedown_link(request: TakedownRequest) -> str:
    return reverse("consent:takedown", args=[request.organisation.slug, request.pk])


def _event(request: TakedownRequest, requester: str | None) -> dict[str, Any]:
    event: dict[str, Any] = {
        "kind": "takedown",
        "at": request.created_at.isoformat(),
        "on_behalf": request.on_behalf,
        "material": request.material,
        "account_type": "official",
        "where": request.where[:2000],
    }
    if requester:
        event["requester"] = requester
    if request.subject is not None:
        event["subject"] = request.subject.external_id
    return event


def match_subject(
    organisation: Organisation,
    *,
    name: str,
    date_of_birth: date | None,
    email: str,
    on_behalf: str,
) -> tuple[Person | None, str]:
    """The one directory entry a public request is about, found privately, and how.

    The name must match exactly (letter case and spacing aside) and one more fact must
    agree: the date of birth the requester gave, or, when they ask about themselves,
    the e-mail address of the entry's portal account. Anything less (a name alone, two
    entries that fit) finds nobody, and the handler links the person at triage. The
    result only routes the request: it is never shown to the requester, and a consent
    is withdrawn only when the handler confirms the removal."""
    wanted = " ".join(name.split())
    if not wanted:
        return None, ""
    candidates = list(
        Person.objects.filter(organisation=organisation, name__iexact=wanted).select_related("user")
    )
    if date_of_birth is not None:
        found = [p for p in candidates if p.date_of_birth == date_of_birth]
        how = "name and date of birth"
    elif on_behalf == "self" and email:
        found = [
            p
            for p in candidates
            if p.user is not None and p.user.email and p.user.email.lower() == email.lower()
        ]
        how = "name and e-mail"
    else:
        return None, ""
    return (found[0], how) if len(found) == 1 else (None, "")


def _fallback_role(organisation: Organisation) -> str:
    roles = organisation.pack().roles_that_may("moderate")
    return roles[0] if roles else "moderator"


def request_takedown(
    *,
    organisation: Organisation,
    channel: str,
    material: str,
    on_behalf: str,
    subject_name: str,
    where: str,
    details: str = "",
    requester_name: str,
    requester_email: str = "",
    subject: Person | None = None,
    subject_date_of_birth: date | None = None,
    requester_ip: str | None = None,
    acting_user: Actor,
) -> TakedownRequest:
    """Record a takedown request and give it to whoever must act (module docstring).

    A public request names nobody in the directory: the person is looked for privately
    (``match_subject``) so that the clause for them (NCLT-13 for a member of staff)
    routes it from the start; the requester is told the same whatever was found.

    The public form is counted per address and the API per user
    (``POLICYGUARD_TAKEDOWN_REQUESTS_PER_HOUR``; ``RateLimited`` past it, on an atomic
    counter so parallel posts cannot all pass).
    """
    limit = settings.POLICYGUARD_TAKEDOWN_REQUESTS_PER_HOUR
    if channel == Channel.PUBLIC and not allow(f"takedown:{requester_ip}", limit=limit, per=3600):
        raise RateLimited(
            "Too many requests from this address in the last hour; please try again "
            "later, or telephone the college."
        )
    # A token asks as fast as a script can: counted per user, like the public form.
    if (
        channel == Channel.API
        and isinstance(acting_user, User)
        and not allow(f"takedown:user:{acting_user.pk}", limit=limit, per=3600)
    ):
        raise RateLimited("Too many takedown requests from you in the last hour.")
    if subject is not None and subject.organisation_id != organisation.pk:
        raise Rejected(problems=[Problem(None, "subject", "no such person here")])
    user = acting_user if isinstance(acting_user, User) else None
    found_by = "requester" if subject is not None else ""
    if subject is None and channel == Channel.PUBLIC:
        subject, found_by = match_subject(
            organisation,
            name=subject_name,
            date_of_birth=subject_date_of_birth,
            email=requester_email,
            on_behalf=on_behalf,
        )
    with transaction.atomic():
        request = TakedownRequest.objects.create(
            organisation=organisation,
            channel=channel,
            material=material,
            on_behalf=on_behalf,
            subject_name=subject_name.strip()[:200],
            subject=subject,
            subject_found_by=found_by,
            subject_date_of_birth=subject_date_of_birth,
            where=where.strip()[:2000],
            details=details.strip()[:NOTE_LIMIT],
            requester_name=requester_name.strip()[:200],
            requester_email=requester_email.strip(),
            requested_by=user,
            requester_ip=requester_ip,
        )
        requester = directory_id_of(organisation, user) if user is not None else None
        record, decision = decide_event(
            organisation=organisation,
            event=_event(request, requester),
            acting_user=acting_user,
            channel={"public": "public", "api": "api"}.get(channel, "web"),
            handled_by_workflow={TAKE_DOWN},
        )
        actions = [a for a in decision.actions if a.code == TAKE_DOWN]
        what = request.get_material_display()
        if actions:
            action = actions[0]
            request.clauses = list(action.clauses)
            duty = open_duty(
                organisation=organisation,
                title=f"Take down {what} about {request.subject_name} (request #{request.pk})",
                description=action.description,
                role=action.role,
                urgency=action.urgency,
                code=TAKE_DOWN,
                clauses=list(action.clauses),
                decision=record,
                link=takedown_link(request),
                source_key=f"takedown:{request.pk}",
                acting_user=acting_user,
            )
        else:
            duty = open_duty(
                organisation=organisation,
                title=f"Take down {what} about {request.subject_name} (request #{request.pk})",
                description="No clause of the policy covers this request; decide whether to "
                "take it down and answer whoever asked.",
                role=_fallback_role(organisation),
                urgency="soon",
                code=TAKE_DOWN,
                decision=record,
                link=takedown_link(request),
                source_key=f"takedown:{request.pk}",
                acting_user=acting_user,
            )
        request.decision = record
        request.duty = duty
        request.save(update_fields=["clauses", "decision", "duty"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="takedown.request",
            target=request,
            detail={
                "channel": channel,
                "material": material,
                "on_behalf": on_behalf,
                "clauses": request.clauses,
                "duty": duty.pk,
                "due_at": duty.due_at.isoformat(),
            },
        )
    return request


def link_subject(
    *, request: TakedownRequest, subject: Person, acting_user: User
) -> TakedownRequest:
    """Triage: the handler says whom an open request is about. The request is decided
    again with that person, and its duty goes where the clause for them says (role,
    urgency counted from when the request arrived, clause), e.g. NCLT-13 for a member
    of staff asking about themselves. Who may is the caller's check."""
    organisation = request.organisation
    if subject.organisation_id != organisation.pk:
        raise Rejected(problems=[Problem(None, "subject", "no such person here")])
    with transaction.atomic():
        locked = TakedownRequest.objects.select_for_update().get(pk=request.pk)
        if not locked.is_open:
            raise NotAllowedNow(f"Request #{locked.pk} was closed already.")
        locked.subject = subject
        locked.subject_found_by = "handler"
        requester = (
            directory_id_of(organisation, locked.requested_by)
            if locked.requested_by is not None
            else None
        )
        record, decision = decide_event(
            organisation=organisation,
            event=_event(locked, requester),
            acting_user=acting_user,
            channel="web",
            handled_by_workflow={TAKE_DOWN},
        )
        locked.decision = record
        actions = [a for a in decision.actions if a.code == TAKE_DOWN]
        locked.clauses = list(actions[0].clauses) if actions else []
        locked.save(update_fields=["subject", "subject_found_by", "decision", "clauses"])
        if actions and locked.duty is not None and locked.duty.is_open:
            action = actions[0]
            reroute_duty(
                duty=locked.duty,
                role=action.role,
                urgency=action.urgency,
                clauses=list(action.clauses),
                description=action.description,
                since=locked.created_at,
                decision=record,
                note=f"The request is about {subject.name}: "
                f"{', '.join(action.clauses) or 'no clause'}.",
                acting_user=acting_user,
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="takedown.link",
            target=locked,
            detail={"subject": subject.external_id, "clauses": locked.clauses},
        )
    return locked


def _withdraws_consent(organisation: Organisation) -> bool:
    bindings = [b for b in organisation.pack().rules if b.rule == "takedown.removal_request"]
    return any(bool(b.params.get("withdraws_consent", True)) for b in bindings)


def withdrawn_media(material: str) -> list[str]:
    """The media kinds a request about ``material`` withdraws: an image the image
    consent, a video the video consent; information every kind (what was published
    about them rested on the consent as a whole)."""
    if material in MEDIA:
        return [material]
    return list(MEDIA)


def _consents_to_withdraw(request: TakedownRequest, subject: Person) -> list[Consent]:
    """The subject's consents in force today that give what the request is about: the
    media kind, and the purpose when the request names one."""
    today = timezone.localdate()
    kinds = set(withdrawn_media(request.material))
    found = [
        c
        for c in Consent.objects.filter(person=subject)
        if c.is_valid_on(today) and kinds & set(c.media)
    ]
    if request.purpose:
        found = [c for c in found if request.purpose in c.uses]
    return found


def confirm_removal(
    *,
    request: TakedownRequest,
    note: str,
    subject: Person | None = None,
    purpose: str = "",
    acting_user: User,
) -> TakedownRequest:
    """The material is gone: close the request and its duty, and withdraw the consent it
    implies (``subject``: the person it is about, when the request did not name them).
    Who may is the caller's check (``may_handle_takedowns``)."""
    note = note.strip()[:NOTE_LIMIT]
    if not note:
        message = "Say where it was taken down from and how: a note is needed."
        raise Rejected(message, problems=[Problem(None, "note", message)])
    organisation = request.organisation
    if subject is not None and subject.organisation_id != organisation.pk:
        raise Rejected(problems=[Problem(None, "subject", "no such person here")])
    if purpose and purpose not in organisation.pack().purposes:
        raise Rejected(problems=[Problem(None, "purpose", "not a purpose of this pack")])
    with transaction.atomic():
        # Two handlers confirming at once: the first closes it, the second is told.
        locked = TakedownRequest.objects.select_for_update().get(pk=request.pk)
        if not locked.is_open:
            raise NotAllowedNow(f"Request #{locked.pk} was closed already.")
        if subject is not None:
            locked.subject = subject
        if purpose:
            locked.purpose = purpose
        withdrawn = 0
        if locked.subject is not None and _withdraws_consent(organisation):
            reason = f"{TAKEDOWN_REASON}{locked.pk}"
            for consent in _consents_to_withdraw(locked, locked.subject):
                # Only the kind (and purpose) asked about: other consents stay.
                withdraw_consent_in_part(
                    consent=consent,
                    media=withdrawn_media(locked.material),
                    purposes=[locked.purpose] if locked.purpose else None,
                    reason=reason,
                    acting_user=acting_user,
                )
                withdrawn += 1
        now = timezone.now()
        locked.status = TakedownStatus.REMOVED
        locked.removal_note = note
        locked.consents_withdrawn = withdrawn
        locked.closed_at = now
        locked.closed_by = acting_user
        locked.save(
            update_fields=[
                "subject",
                "purpose",
                "status",
                "removal_note",
                "consents_withdrawn",
                "closed_at",
                "closed_by",
            ]
        )
        if locked.duty is not None and locked.duty.is_open:
            set_duty_status(
                duty=locked.duty,
                status=DutyStatus.DONE,
                note=f"Removal confirmed: {note}",
                acting_user=acting_user,
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="takedown.removed",
            target=locked,
            detail={
                "note": note,
                "subject": locked.subject.external_id if locked.subject else "",
                "consents_withdrawn": withdrawn,
            },
        )
        _tell_requester(locked)
    return locked


def _tell_requester(request: TakedownRequest) -> None:
    if not request.requester_email:
        return
    body = (
        f"{request.organisation.name} has taken down {request.get_material_display()} "
        f"about {request.subject_name} that you asked to be removed (request "
        f"#{request.pk}).\n\nWhat was done: {request.removal_note}\n"
        # The same words whether or not a consent was on the register: whoever asked is
        # not known to be the person, and the register is not theirs to read.
        + "\nWhere the college held a consent to publish such material, it no longer "
        "covers it.\n"
    )
    send_plain_email(
        address=request.requester_email,
        subject=f"[policyguard] Request #{request.pk}: taken down",
        body=body,
    )
