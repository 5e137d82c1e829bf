"""Pages of training records: the courses with who is due and overdue, a course's report
per team, recording a session, and a session's register (the form or a CSV file)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from portal.errors import Problem, Rejected
from portal.organisations.models import Membership
from portal.organisations.queries import Access, access_or_404
from portal.people.uploads import keep_upload, take_upload
from portal.training.actions import create_session, record_attendance
from portal.training.attendance_import import (
    AttendancePreview,
    import_attendance_csv,
    preview_attendance,
)
from portal.training.courses import count, course_states, report_by_team
from portal.training.forms import AttendanceFileForm, RegisterForm, SessionForm
from portal.training.models import TrainingSession
from portal.training.queries import may_keep_training_records, may_record_attendance
from portal.types import User


def _keeper(request: HttpRequest, org: str) -> Access:
    access = access_or_404(request.user, org)
    if not may_keep_training_records(access):
        raise PermissionDenied("Training records are for administrators and training managers.")
    return access


def _session_form(access: Access, data: object = None) -> SessionForm:
    pack = access.organisation.pack()
    tutors = list(
        User.objects.filter(
            pk__in=Membership.objects.filter(organisation=access.organisation).values("user_id")
        ).order_by("username")
    )
    return SessionForm(
        data,
        courses=[(key, course.title) for key, course in pack.training.courses.items()],
        tutors=tutors,
        initial={"held_on": timezone.localdate()},
    )


@login_required
def courses(request: HttpRequest, org: str) -> HttpResponse:
    """Every course of the pack with who is overdue and due soon; record a session."""
    access = _keeper(request, org)
    assert isinstance(request.user, User)
    organisation = access.organisation
    pack = organisation.pack()
    form = _session_form(access, request.POST or None)
    if request.method == "POST" and form.is_valid():
        tutor_id = form.cleaned_data["tutor"]
        try:
            session = create_session(
                organisation=organisation,
                course=form.cleaned_data["course"],
                held_on=form.cleaned_data["held_on"],
                title=form.cleaned_data["title"],
                tutor=form.chosen_tutor(tutor_id),
                location=form.cleaned_data["location"],
                acting_user=request.user,
            )
        except Rejected as exc:
            for problem in exc.problems:
                form.add_error(
                    problem.field if problem.field in form.fields else None, problem.message
                )
        else:
            messages.success(
                request, f"{session.title} on {session.held_on:%-d %B %Y} is recorded."
            )
            return redirect("training:session", org=org, session_id=session.pk)
    today = timezone.localdate()
    lines = [
        (key, course, count(course_states(organisation, key, today=today, pack=pack)))
        for key, course in pack.training.courses.items()
    ]
    return render(
        request,
        "training/courses.html",
        {
            "access": access,
            "organisation": organisation,
            "lines": lines,
            "form": form,
            "sessions": TrainingSession.objects.filter(organisation=organisation).select_related(
                "tutor"
            )[:20],
        },
        status=422 if form.errors else 200,
    )


@login_required
def course(request: HttpRequest, org: str, course_key: str) -> HttpResponse:
    """Who must attend one course: overdue first, then due soon; and per team."""
    access = _keeper(request, org)
    pack = access.organisation.pack()
    if course_key not in pack.training.courses:
        raise Http404("No such course.")
    states = course_states(access.organisation, course_key, today=timezone.localdate(), pack=pack)
    return render(
        request,
        "training/course.html",
        {
            "access": access,
            "organisation": access.organisation,
            "course": pack.training.courses[course_key],
            "course_key": course_key,
            "states": states,
            "counts": count(states),
            "teams": report_by_team(states),
        },
    )


def _session_or_404(
    request: HttpRequest, org: str, session_id: int
) -> tuple[Access, TrainingSession]:
    access = access_or_404(request.user, org)
    session = (
        TrainingSession.objects.filter(organisation=access.organisation, pk=session_id)
        .select_related("tutor")
        .first()
    )
    if session is None or not may_record_attendance(request.user, access, session):
        raise Http404("No such session.")
    return access, session


@login_required
def session(request: HttpRequest, org: str, session_id: int) -> HttpResponse:
    """A session's register: mark people on the form, or import a CSV file (preview, then
    confirm)."""
    access, found = _session_or_404(request, org, session_id)
    assert isinstance(request.user, User)
    user_id = request.user.pk or 0
    register = RegisterForm(prefix="register")
    upload = AttendanceFileForm(prefix="upload")
    problems: list[Problem] = []
    preview: AttendancePreview | None = None
    token = ""
    if request.method == "POST" and "token" in request.POST:
        data = take_upload(request.POST["token"], organisation_slug=org, user_id=user_id)
        if data is None:
            messages.error(request, "That preview has expired; choose the file again.")
            return redirect("training:session", org=org, session_id=found.pk)
        try:
            done = import_attendance_csv(
                session=found,
                data=data,
                source=str(request.POST.get("name", "")),
                acting_user=request.user,
            )
        except Rejected as exc:
            problems = list(exc.problems)
        else:
            messages.success(
                request,
                f"Imported {done.total} line(s): {len(done.added)} added, "
                f"{len(done.changed)} changed.",
            )
            return redirect("training:session", org=org, session_id=found.pk)
    elif request.method == "POST" and "register-people" in request.POST:
        register = RegisterForm(request.POST, prefix="register")
        if register.is_valid():
            try:
                marked = record_attendance(
                    session=found,
                    person_ids=register.ids(),
                    status=register.cleaned_data["status"],
                    acting_user=request.user,
                )
            except Rejected as exc:
                for problem in exc.problems:
                    register.add_error("people", problem.message)
            else:
                messages.success(request, f"{marked} marked {register.cleaned_data['status']}.")
                return redirect("training:session", org=org, session_id=found.pk)
    elif request.method == "POST":
        upload = AttendanceFileForm(request.POST, request.FILES, prefix="upload")
        if upload.is_valid():
            data = upload.cleaned_data["file"].read(settings.POLICYGUARD_CSV_MAX_BYTES + 1)
            try:
                preview = preview_attendance(session=found, data=data)
            except Rejected as exc:
                problems = list(exc.problems)
            else:
                token = keep_upload(data, organisation_slug=org, user_id=user_id)
    return render(
        request,
        "training/session.html",
        {
            "access": access,
            "organisation": access.organisation,
            "session": found,
            "attendance": found.attendance.select_related("person").order_by("person__name"),
            "register": register,
            "upload": upload,
            "problems": problems,
            "preview": preview,
            "token": token,
            "upload_name": getattr(request.FILES.get("upload-file"), "name", ""),
        },
        status=422 if problems or register.errors else 200,
    )
