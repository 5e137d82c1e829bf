"""A person's web history page (``history``), its CSV export and its chart."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import django_tables2 as tables
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from portal.accounts.secondfactor import demand_second_factor
from portal.charts import svg_response
from portal.lists import EXPORT_PARAM, PER_PAGE, CappedPaginator, export_csv, export_url
from portal.monitoring.actions import record_history_view
from portal.monitoring.history import (
    CHART_DAYS,
    HistoryFilter,
    alerts_of,
    entries_of,
    history_chart,
    history_days,
    may_read_history,
    network_usernames,
    requests_of,
)
from portal.monitoring.models import WebLogEntry
from portal.monitoring.queries import can_see_alerts, monitoring_links
from portal.monitoring.tables import WebLogTable
from portal.organisations.queries import Access, access_or_404
from portal.people.models import Person
from portal.people.queries import people_visible_to
from portal.types import User


def _person(request: HttpRequest, org: str, external_id: str) -> tuple[Access, Person]:
    access = access_or_404(request.user, org)
    person = (
        people_visible_to(request.user, access)
        .select_related("user")
        .filter(external_id=external_id)
        .first()
    )
    if person is None:
        raise Http404("No such person, or you may not see them.")
    if not may_read_history(access):
        raise PermissionDenied("Web history is for those who review the logs or see alerts.")
    if can_see_alerts(access):
        demand_second_factor(request)  # alerts are safeguarding data
    return access, person


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _chart_range(request: HttpRequest) -> tuple[date, date]:
    last = _day(request.GET.get("end")) or timezone.localdate()
    first = _day(request.GET.get("start")) or last - timedelta(days=CHART_DAYS - 1)
    if first > last or (last - first).days > 366 * 2:
        first = last - timedelta(days=CHART_DAYS - 1)
    return first, last


@login_required
def person_history(request: HttpRequest, org: str, external_id: str) -> HttpResponseBase:
    access, person = _person(request, org, external_id)
    assert isinstance(request.user, User)
    record_history_view(
        organisation=access.organisation,
        external_id=person.external_id,
        acting_user=request.user,
        export=request.GET.get("export") == "csv",
    )
    query = request.GET.copy()
    for name in ("page", "sort", "export", "per_page"):
        query.pop(name, None)
    chart = reverse("monitoring:person_history_chart", args=[org, external_id])
    context: dict[str, Any] = {
        "access": access,
        "organisation": access.organisation,
        "links": monitoring_links(access),
        "person": person,
        "usernames": network_usernames(person),
        "alerts": list(alerts_of(access, person).order_by("-at")[:50]),
        "sees_alerts": can_see_alerts(access),
        "requests": list(requests_of(access, person).order_by("-created_at")[:50]),
        "chart_url": f"{chart}?{query.urlencode()}" if query else chart,
    }
    # The filters' form only: the log store applies them (``history_scope``).
    filterset = HistoryFilter(
        request.GET,
        queryset=WebLogEntry.objects.none(),
        request=request,
        organisation=access.organisation,
    )
    filterset.form.is_valid()  # an invalid value shows its error and is left out
    table = WebLogTable(
        entries_of(access, person, filterset.form.cleaned_data), organisation=access.organisation
    )
    wants_export = request.GET.get(EXPORT_PARAM) == "csv"
    paginate: Any = (
        False if wants_export else {"paginator_class": CappedPaginator, "per_page": PER_PAGE}
    )
    tables.RequestConfig(request, paginate=paginate).configure(table)
    if wants_export:
        return export_csv(request, table, name=f"web-history-{person.external_id}")
    return render(
        request,
        "monitoring/person_history.html",
        {**context, "table": table, "filter": filterset, "export_url": export_url(request)},
    )


@login_required
def person_history_chart(request: HttpRequest, org: str, external_id: str) -> HttpResponse:
    access, person = _person(request, org, external_id)
    first, last = _chart_range(request)
    days = history_days(access, person, first=first, last=last)
    return svg_response(history_chart(days, alerts_of(access, person), first=first, last=last))
