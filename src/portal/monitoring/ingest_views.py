"""The page that starts web-log ingestion (IT and administrators: who may send the logs)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from portal.errors import Problem
from portal.jobs.actions import start_work
from portal.monitoring.forms import IngestLogForm
from portal.monitoring.ingestion import WEBLOG_INGEST, first_lines_problems
from portal.monitoring.queries import can_filter, monitoring_links
from portal.organisations.queries import access_or_404
from portal.types import User


@login_required
def ingest_page(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not can_filter(access):
        raise PermissionDenied("Web logs are sent by whoever runs the web filter.")
    form = IngestLogForm(request.POST or None, request.FILES or None)
    problems: list[Problem] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        name = upload.name or "upload"
        # A file that is not the helper's log at all is answered here; the rest is
        # checked and stored on the worker, its progress and bad lines on the work page.
        problems = first_lines_problems(data)
        if not problems:
            assert isinstance(request.user, User)  # login_required ran
            work = start_work(
                organisation=access.organisation,
                kind=WEBLOG_INGEST,
                title=f"Storing the web log {name}",
                payload=data,
                options={"source": name},
                acting_user=request.user,
            )
            return redirect("jobs:work", org=org, work_id=work.pk)
    return render(
        request,
        "monitoring/ingest.html",
        {
            "access": access,
            "organisation": access.organisation,
            "links": monitoring_links(access),
            "form": form,
            "problems": problems,
        },
        status=422 if problems or form.errors else 200,
    )
