"""Pages of the monitoring reports: the list with the reader's e-mail choices, one report
(page and PDF), its charts as SVG images, and the last seven days' charts that the
dashboards show.

Who sees what (``queries``): the report's readers (alert role, the pack's leadership
roles, administrators) see everything but who raised alerts, which only the alert role
and administrators see, with a second factor; the filtering role (IT) sees blocks,
requests and review coverage, not alerts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from portal.accounts.secondfactor import demand_second_factor
from portal.charts import svg_response
from portal.monitoring.forms import ReportChoiceForm
from portal.monitoring.models import MonitoringReport, ReportSubscription
from portal.monitoring.queries import (
    can_read_reports,
    can_review_logs,
    monitoring_links,
    monitoring_mode,
    report_roles,
    sees_alert_figures,
    sees_every_alert,
)
from portal.monitoring.report_actions import report_context, report_pdf, set_report_subscription
from portal.monitoring.report_charts import CHARTS, charts_for, draw
from portal.monitoring.reports import Period, report_figures
from portal.organisations.queries import Access, access_or_404
from portal.pdf import pdf_response
from portal.types import User

LIST_LIMIT = 60
LIVE_DAYS = 7


@dataclass(frozen=True)
class Reader:
    access: Access
    alert_figures: bool  # alert counts by category
    names: bool  # learners with most blocks
    alert_names: bool  # learners with most alerts


def _reader(request: HttpRequest, org: str) -> Reader:
    access = access_or_404(request.user, org)
    if not can_read_reports(access):
        raise PermissionDenied(
            "Monitoring reports are for the DSL, leaders the policy names and IT."
        )
    reader = Reader(
        access=access,
        alert_figures=sees_alert_figures(access),
        names=sees_alert_figures(access) or can_review_logs(access),
        alert_names=sees_every_alert(access),
    )
    if reader.alert_names:
        demand_second_factor(request)  # who raised alerts is safeguarding data
    return reader


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def _live_period() -> Period:
    today = timezone.localdate()
    return Period("last seven days", today - timedelta(days=LIVE_DAYS - 1), today)


@login_required
def reports(request: HttpRequest, org: str) -> HttpResponse:
    reader = _reader(request, org)
    organisation = reader.access.organisation
    user = _user(request)
    may_subscribe = reader.alert_figures
    choice = ReportSubscription.objects.filter(organisation=organisation, user=user).first()
    initial = {"weekly": choice.weekly if choice else True, "daily": bool(choice and choice.daily)}
    form = ReportChoiceForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not may_subscribe:
            raise PermissionDenied("Only the report's readers choose its e-mails.")
        if form.is_valid():
            set_report_subscription(
                organisation=organisation,
                user=user,
                daily=form.cleaned_data["daily"],
                weekly=form.cleaned_data["weekly"],
                acting_user=user,
            )
            messages.success(request, "Your report e-mails are saved.")
            return redirect("monitoring:reports", org=org)
    found = list(MonitoringReport.objects.filter(organisation=organisation)[: LIST_LIMIT + 1])
    pack = organisation.pack()
    titles = [pack.roles[r].title if r in pack.roles else r for r in report_roles(organisation)]
    return render(
        request,
        "monitoring/reports.html",
        {
            "access": reader.access,
            "organisation": organisation,
            "links": monitoring_links(reader.access),
            "reports": found[:LIST_LIMIT],
            "more": len(found) > LIST_LIMIT,
            "readers": titles,
            "mode": monitoring_mode(organisation),
            "form": form,
            "may_subscribe": may_subscribe,
        },
    )


def _report(reader: Reader, report_id: int) -> MonitoringReport:
    found = MonitoringReport.objects.filter(
        organisation=reader.access.organisation, pk=report_id
    ).first()
    if found is None:
        raise Http404("No such report.")
    return found


def _page_context(reader: Reader, report: MonitoringReport, chart_url: Any) -> dict[str, Any]:
    context = report_context(
        report,
        alert_figures=reader.alert_figures,
        names=reader.names,
        alert_names=reader.alert_names,
    )
    for chart in context["charts"].values():
        chart["url"] = chart_url(chart["name"])
    return {
        **context,
        "access": reader.access,
        "links": monitoring_links(reader.access),
        "mode": "page",
    }


@login_required
def report(request: HttpRequest, org: str, report_id: int) -> HttpResponse:
    reader = _reader(request, org)
    found = _report(reader, report_id)
    context = _page_context(
        reader,
        found,
        lambda name: reverse("monitoring:report_chart", args=[org, found.pk, name]),
    )
    return render(request, "monitoring/report.html", context)


@login_required
def report_pdf_view(request: HttpRequest, org: str, report_id: int) -> HttpResponse:
    reader = _reader(request, org)
    found = _report(reader, report_id)
    pdf = report_pdf(
        found,
        alert_figures=reader.alert_figures,
        names=reader.names,
        alert_names=reader.alert_names,
    )
    figures = found.figures
    return pdf_response(pdf, filename=f"{org}-{found.kind}-{figures['first_day']}.pdf")


def _chart(reader: Reader, name: str, figures: dict[str, Any]) -> HttpResponse:
    if name not in charts_for(alert_figures=reader.alert_figures, names=reader.names):
        raise Http404("No such chart.")
    return svg_response(draw(name, figures))


@login_required
def report_chart(request: HttpRequest, org: str, report_id: int, name: str) -> HttpResponse:
    reader = _reader(request, org)
    return _chart(reader, name, _report(reader, report_id).figures)


@login_required
def live(request: HttpRequest, org: str) -> HttpResponse:
    """The last seven days, live: the figures the dashboards' charts show."""
    reader = _reader(request, org)
    organisation = reader.access.organisation
    figures = report_figures(organisation, _live_period())
    unsaved = MonitoringReport(organisation=organisation, kind="live", figures=figures)
    context = _page_context(
        reader, unsaved, lambda name: reverse("monitoring:live_chart", args=[org, name])
    )
    return render(request, "monitoring/report.html", {**context, "live": True})


@login_required
def live_chart(request: HttpRequest, org: str, name: str) -> HttpResponse:
    reader = _reader(request, org)
    if name not in CHARTS:
        raise Http404("No such chart.")
    return _chart(reader, name, report_figures(reader.access.organisation, _live_period()))
