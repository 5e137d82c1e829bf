"""Pages: scheduled jobs for superusers; the progress of one piece of background work."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from portal.jobs.actions import JobError, run_job_now, set_job_enabled
from portal.jobs.models import Job
from portal.jobs.queries import can_see_jobs, job_lines, recent_runs, work_visible_to
from portal.organisations.queries import access_or_404
from portal.types import User


def _superuser(request: HttpRequest) -> User:
    if not can_see_jobs(request.user) or not isinstance(request.user, User):
        raise PermissionDenied("Scheduled jobs are for the portal's administrators.")
    return request.user


@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    _superuser(request)
    return render(request, "jobs/list.html", {"lines": job_lines()})


@login_required
def job_detail(request: HttpRequest, name: str) -> HttpResponse:
    _superuser(request)
    job = get_object_or_404(Job, name=name)
    return render(request, "jobs/detail.html", {"job": job, "runs": recent_runs(job)})


@login_required
@require_POST
def job_control(request: HttpRequest, name: str) -> HttpResponse:
    user = _superuser(request)
    job = get_object_or_404(Job, name=name)
    what = request.POST.get("do", "")
    if what == "run":
        try:
            run_job_now(job=job, acting_user=user)
        except JobError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"{job.name} is queued; the worker runs it shortly.")
    elif what in ("pause", "resume"):
        set_job_enabled(job=job, enabled=what == "resume", acting_user=user)
        messages.success(request, f"{job.name} {'resumed' if what == 'resume' else 'paused'}.")
    else:
        messages.error(request, "Choose run, pause or resume.")
    return redirect("jobs:detail", name=job.name)


@login_required
def work_page(request: HttpRequest, org: str, work_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    work = work_visible_to(request.user, access, work_id)
    if work is None:
        raise Http404("No such work, or you may not see it.")
    template = "jobs/_work_status.html" if request.GET.get("partial") else "jobs/work.html"
    return render(
        request,
        template,
        {"access": access, "organisation": access.organisation, "work": work},
    )
