"""Pages of declared attendance: a person's own training, where they say they attended a
session, and the list where the session's tutor (or a training manager) confirms or
rejects what people declared."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from portal.errors import NotAllowedNow, NotFound, Rejected
from portal.organisations.queries import access_or_404
from portal.training.actions import answer_declaration, declare_attendance
from portal.training.courses import course_states
from portal.training.models import Attendance, AttendanceSource, TrainingSession
from portal.training.queries import (
    DECLARE_WITHIN_DAYS,
    confirms_declarations,
    declarable_sessions,
    directory_entry,
    must_attend,
    pending_declarations,
)
from portal.types import User


def _number(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise NotFound("No such session.") from None


@login_required
def mine(request: HttpRequest, org: str) -> HttpResponse:
    """The courses the reader must attend, when each is due, the sessions they may say
    they attended, and what became of what they declared."""
    access = access_or_404(request.user, org)
    assert isinstance(request.user, User)
    organisation = access.organisation
    person = directory_entry(request.user, access)
    today = timezone.localdate()
    if request.method == "POST" and person is not None:
        session = TrainingSession.objects.filter(
            organisation=organisation, pk=_number(request.POST.get("session", ""))
        ).first()
        if session is None:
            raise NotFound("No such session.")
        try:
            declare_attendance(
                access=access,
                session=session,
                note=str(request.POST.get("note", "")),
                acting_user=request.user,
            )
        except NotAllowedNow as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request,
                f"Thank you: you said you attended {session.title} on "
                f"{session.held_on:%-d %B %Y}. It counts once the tutor confirms it.",
            )
        return redirect("training:mine", org=org)
    pack = organisation.pack()
    states = []
    sessions: list[TrainingSession] = []
    declared: list[Attendance] = []
    if person is not None:
        for key in sorted(must_attend(person, organisation, today=today)):
            states.extend(
                course_states(organisation, key, today=today, people=[person.pk], pack=pack)
            )
        sessions = list(declarable_sessions(person, access, today=today))
        declared = list(
            Attendance.objects.filter(person=person, source=AttendanceSource.DECLARED)
            .select_related("session")
            .order_by("-recorded_at", "-id")[:20]
        )
    return render(
        request,
        "training/mine.html",
        {
            "access": access,
            "organisation": organisation,
            "person": person,
            "states": [(pack.training.courses[s.course], s) for s in states],
            "sessions": sessions,
            "declared": declared,
            "within_days": DECLARE_WITHIN_DAYS,
        },
    )


@login_required
def declarations(request: HttpRequest, org: str) -> HttpResponse:
    """Declarations waiting for the reader: of their own sessions for a tutor, every one
    for training managers. Confirm, or reject with a reason."""
    access = access_or_404(request.user, org)
    assert isinstance(request.user, User)
    if not confirms_declarations(request.user, access):
        raise PermissionDenied("Declarations are answered by the session's tutor.")
    if request.method == "POST":
        confirm = request.POST.get("decision") == "confirm"
        try:
            answered = answer_declaration(
                access=access,
                attendance_id=_number(request.POST.get("attendance", "")),
                confirm=confirm,
                note=str(request.POST.get("reason", "")),
                acting_user=request.user,
            )
        except (NotAllowedNow, Rejected) as exc:
            messages.error(request, "; ".join(str(p) for p in exc.problems) or exc.message)
        else:
            verb = "confirmed" if confirm else "recorded as absent"
            messages.success(
                request,
                f"{answered.person.name}'s attendance of {answered.session.title} is {verb}.",
            )
        return redirect("training:declarations", org=org)
    return render(
        request,
        "training/declarations.html",
        {
            "access": access,
            "organisation": access.organisation,
            "pending": list(pending_declarations(request.user, access)),
        },
    )
