"""The register of device checks (VTS-22): the devices, flagged when overdue or failed, a
check recorded on the form, or many from a CSV file."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from portal.compliance.devices import CheckRow, device_states, parse_checks_csv, record_checks
from portal.compliance.forms import DeviceCheckForm, DeviceFileForm
from portal.compliance.queries import may_keep_device_register
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.organisations.queries import access_or_404
from portal.people.csv_import import decode
from portal.types import User


@login_required
def devices(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not may_keep_device_register(access):
        raise PermissionDenied("The register of device checks is for the role that makes them.")
    assert isinstance(request.user, User)
    organisation = access.organisation
    today = timezone.localdate()
    form = DeviceCheckForm(prefix="check", initial={"checked_on": today})
    upload = DeviceFileForm(prefix="upload")
    problems: list[Problem] = []
    if request.method == "POST":
        rows: list[CheckRow] = []
        source = "form"
        if "check-device" in request.POST:
            form = DeviceCheckForm(request.POST, prefix="check")
            if form.is_valid():
                data = form.cleaned_data
                if data["checked_on"] > today:
                    form.add_error("checked_on", "A check is recorded once it is made.")
                else:
                    rows = [
                        CheckRow(
                            0,
                            data["device"].strip(),
                            data["checked_on"],
                            data["result"],
                            data["detail"],
                            None,
                        )
                    ]
        else:
            upload = DeviceFileForm(request.POST, request.FILES, prefix="upload")
            if upload.is_valid():
                source = "import"
                raw = upload.cleaned_data["file"].read(settings.POLICYGUARD_CSV_MAX_BYTES + 1)
                try:
                    rows = parse_checks_csv(decode(raw), today=today)
                except Rejected as exc:
                    problems = list(exc.problems)
        if rows:
            try:
                count = record_checks(
                    organisation=organisation, rows=rows, source=source, acting_user=request.user
                )
            except NotAllowedNow as exc:
                messages.error(request, exc.message)
            else:
                messages.success(request, f"{count} check(s) recorded.")
                return redirect("compliance:devices", org=org)
    checks = organisation.pack().device_checks
    states = device_states(organisation, today=today)
    return render(
        request,
        "compliance/devices.html",
        {
            "access": access,
            "organisation": organisation,
            "checks": checks,
            "states": states,
            "flagged": sum(1 for s in states if s.flagged),
            "form": form,
            "upload": upload,
            "problems": problems,
        },
        status=422 if problems or form.errors else 200,
    )
