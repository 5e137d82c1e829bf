"""Pages: the public block page, review requests, the lists, alerts and log review."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import django_tables2 as tables
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from portal.accounts.secondfactor import demand_second_factor
from portal.clientip import client_ip
from portal.errors import NotAllowedNow, RateLimited
from portal.lists import (
    EXPORT_PARAM,
    PER_PAGE,
    CappedPaginator,
    export_csv,
    export_url,
    list_page,
)
from portal.monitoring.actions import (
    add_list_entry,
    decide_unblock,
    handle_alert,
    mark_reviewed,
    remove_list_entry,
    request_unblock,
)
from portal.monitoring.forms import (
    DecideUnblockForm,
    HandleAlertForm,
    ListEntryForm,
    MarkReviewedForm,
    UnblockRequestForm,
    UrlCheckForm,
)
from portal.monitoring.logstore import log_store
from portal.monitoring.models import WebLogEntry
from portal.monitoring.queries import (
    REASONS,
    ListsStatus,
    alerts_for,
    block_page,
    can_filter,
    can_review_logs,
    can_see_alerts,
    entries_of,
    lists_status,
    monitoring_links,
    requests_for,
    sees_every_alert,
    unreviewed_count,
    with_names,
)
from portal.monitoring.review import entries_count, filters_scope, review_groups
from portal.monitoring.tables import (
    AlertFilter,
    AlertTable,
    ListEntryFilter,
    ListEntryTable,
    RequestFilter,
    RequestTable,
    ReviewFilter,
    WebLogTable,
)
from portal.monitoring.urltest import audience_choices, check_url, device_choices
from portal.monitoring.weblists import EntryError
from portal.organisations.queries import Access, access_or_404
from portal.organisations.snapshots import snapshot_path
from portal.types import User


def _context(access: Access, **extra: Any) -> dict[str, Any]:
    return {
        "access": access,
        "organisation": access.organisation,
        "links": monitoring_links(access),
        **extra,
    }


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # login_required ran
    return request.user


# The block page (no sign-in) ---------------------------------------------------------


def blocked(request: HttpRequest) -> HttpResponse:
    """What was blocked and why, with a form to ask for a review. Public: it shows only
    its own parameters and the pack's clause summaries."""
    if request.method == "POST":
        return _ask_for_review(request)
    page = block_page(request.GET)
    form = UnblockRequestForm(
        initial={
            "org": page.org_slug,
            "url": page.url,
            "category": page.category,
            "entry": page.entry,
            "reason": page.reason,
            "clauses": ",".join(page.clause_ids),
        }
    )
    return _render_blocked(request, page, form)


def _render_blocked(
    request: HttpRequest, page: Any, form: UnblockRequestForm, status: int = 200
) -> HttpResponse:
    context = {
        "page": page,
        "reason_text": REASONS.get(page.reason, ""),
        "form": form if page.organisation is not None and page.url else None,
    }
    response = render(request, "monitoring/blocked.html", context, status=status)
    response["Cache-Control"] = "no-store"
    # Not "no-referrer": Chromium then posts the review form with "Origin: null", which
    # the CSRF check refuses. "same-origin" still keeps the blocked address (in this
    # page's query) from every other site.
    response["Referrer-Policy"] = "same-origin"
    return response


def _ask_for_review(request: HttpRequest) -> HttpResponse:
    form = UnblockRequestForm(request.POST)
    page = block_page(request.POST)
    if not form.is_valid() or page.organisation is None:
        if page.organisation is None:
            form.add_error(None, "This organisation is not known here; ask your IT team in person.")
        return _render_blocked(request, page, form, status=422)
    try:
        request_unblock(
            requester_ip=client_ip(request),
            organisation=page.organisation,
            url=form.cleaned_data["url"],
            category=form.cleaned_data["category"],
            entry=form.cleaned_data["entry"],
            reason=form.cleaned_data["reason"],
            clauses=page.clause_ids,
            message=form.cleaned_data["message"],
            requester_name=form.cleaned_data["requester_name"],
            requester_email=form.cleaned_data["requester_email"],
            acting_user=request.user,
        )
    except RateLimited as exc:
        form.add_error(None, exc.message)
        return _render_blocked(request, page, form, status=429)
    return redirect("monitoring:requested")


def requested(request: HttpRequest) -> HttpResponse:
    return render(request, "monitoring/requested.html")


# Review requests and lists (the filtering role) -------------------------------------


def _filtering_access(request: HttpRequest, org: str) -> Access:
    access = access_or_404(request.user, org)
    if not can_filter(access):
        raise PermissionDenied("Web filtering is managed by the IT team (or the DSL).")
    return access


@login_required
def unblock_requests(request: HttpRequest, org: str) -> HttpResponseBase:
    access = _filtering_access(request, org)
    return list_page(
        request,
        organisation=access.organisation,
        template="monitoring/requests.html",
        queryset=requests_for(access, status=None).select_related("decided_by"),
        table_class=RequestTable,
        filterset_class=RequestFilter,
        context=_context(access),
        export="review-requests",
    )


@login_required
@require_POST
def decide_request(request: HttpRequest, org: str, request_id: int) -> HttpResponse:
    access = _filtering_access(request, org)
    unblock = requests_for(access, status=None).filter(pk=request_id).first()
    if unblock is None:
        raise Http404("No such request.")
    form = DecideUnblockForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose approve or refuse.")
        return redirect("monitoring:requests", org=org)
    approve = form.cleaned_data["verdict"] == "approve"
    try:
        decide_unblock(
            request=unblock,
            approve=approve,
            note=form.cleaned_data["note"],
            allow_kind=form.cleaned_data["allow_kind"] or None,
            allow_value=form.cleaned_data["allow_value"],
            acting_user=_user(request),
        )
    except EntryError as exc:
        messages.error(request, f"Request #{unblock.pk} not decided: {exc.field}: {exc.message}")
    except NotAllowedNow as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Request #{unblock.pk} {'approved' if approve else 'refused'}.")
    return redirect("monitoring:requests", org=org)


@login_required
def lists_page(request: HttpRequest, org: str) -> HttpResponseBase:
    access = _filtering_access(request, org)
    form = ListEntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            entry = add_list_entry(
                organisation=access.organisation,
                acting_user=_user(request),
                **form.cleaned_data,
            )
        except EntryError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            messages.success(
                request, f"Added {entry.value} to the {entry.get_tier_display()} list."
            )
            return redirect("monitoring:lists", org=org)
    response = list_page(
        request,
        organisation=access.organisation,
        template="monitoring/lists.html",
        queryset=entries_of(access.organisation),
        table_class=ListEntryTable,
        filterset_class=ListEntryFilter,
        context=_context(access, form=form, status=_lists_status(access)),
        export="web-lists",
    )
    if form.errors:
        response.status_code = 422
    return response


def _lists_status(access: Access) -> ListsStatus:
    return lists_status(
        access.organisation, has_snapshot=snapshot_path(access.organisation).exists()
    )


@login_required
def lists_status_view(request: HttpRequest, org: str) -> HttpResponse:
    """The lists page's status box alone: the page asks for it again until changes are live."""
    access = _filtering_access(request, org)
    return render(
        request,
        "monitoring/_lists_status.html",
        _context(access, status=_lists_status(access)),
    )


@login_required
def url_check_page(request: HttpRequest, org: str) -> HttpResponse:
    """Test a URL: the proxies' answer for any audience, device and time, with reasons."""
    access = _filtering_access(request, org)
    organisation = access.organisation
    with timezone.override(ZoneInfo(organisation.pack().organisation.timezone)):
        devices = device_choices(organisation)
        form = UrlCheckForm(
            request.GET or None,
            audiences=audience_choices(),
            devices=devices,
            initial={
                "audience": "learner",
                "device": devices[0] if devices else "",
                "at": timezone.localtime().replace(second=0, microsecond=0, tzinfo=None),
            },
        )
        result = None
        if form.is_bound and form.is_valid():
            result = check_url(organisation, **form.cleaned_data)
        response = render(
            request, "monitoring/url_check.html", _context(access, form=form, result=result)
        )
    if form.is_bound and form.errors:
        response.status_code = 422
    return response


@login_required
@require_POST
def remove_entry(request: HttpRequest, org: str, entry_id: int) -> HttpResponse:
    access = _filtering_access(request, org)
    entry = entries_of(access.organisation).filter(pk=entry_id).first()
    if entry is None:
        raise Http404("No such entry.")
    remove_list_entry(entry=entry, acting_user=_user(request))
    messages.success(request, f"Removed {entry.value} from the {entry.get_tier_display()} list.")
    return redirect("monitoring:lists", org=org)


# Safeguarding alerts (the alert role only) ------------------------------------------


def _alerts_access(request: HttpRequest, org: str) -> Access:
    access = access_or_404(request.user, org)
    if not can_see_alerts(access):
        raise PermissionDenied("Safeguarding alerts are for the Designated Safeguarding Lead.")
    # Whoever holds the alert role, alerts open only to a session with a second factor.
    demand_second_factor(request)
    return access


@login_required
def alerts_page(request: HttpRequest, org: str) -> HttpResponseBase:
    access = _alerts_access(request, org)
    return list_page(
        request,
        organisation=access.organisation,
        template="monitoring/alerts.html",
        queryset=with_names(alerts_for(access), request.user, access),
        table_class=AlertTable,
        filterset_class=AlertFilter,
        context=_context(access),
        export="alerts",
    )


@login_required
def alert_page(request: HttpRequest, org: str, alert_id: int) -> HttpResponse:
    access = _alerts_access(request, org)
    alert = alerts_for(access).filter(pk=alert_id).first()
    if alert is None:
        raise Http404("No such alert.")
    return render(
        request, "monitoring/alert.html", _context(access, alert=alert, form=HandleAlertForm())
    )


@login_required
@require_POST
def handle_alert_view(request: HttpRequest, org: str, alert_id: int) -> HttpResponse:
    access = _alerts_access(request, org)
    alert = alerts_for(access).filter(pk=alert_id).first()
    if alert is None:
        raise Http404("No such alert.")
    form = HandleAlertForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose acknowledge or close, and write a note.")
        return redirect("monitoring:alert", org=org, alert_id=alert.pk)
    try:
        handle_alert(
            alert=alert,
            status=form.cleaned_data["status"],
            note=form.cleaned_data["note"],
            acting_user=_user(request),
        )
    except NotAllowedNow as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Alert #{alert.pk}: {form.cleaned_data['status']}.")
    return redirect("monitoring:alerts", org=org)


# Log review ------------------------------------------------------------------------


def _review_access(request: HttpRequest, org: str) -> Access:
    access = access_or_404(request.user, org)
    if not can_review_logs(access):
        raise PermissionDenied("Log review is for the roles the policy names for it.")
    return access


def _review(request: HttpRequest, org: str, template: str) -> HttpResponse:
    access = _review_access(request, org)
    # The filters' form only: the log store applies them.
    filterset = ReviewFilter(
        request.GET, queryset=WebLogEntry.objects.none(), organisation=access.organisation
    )
    filterset.form.is_valid()  # an invalid value shows its error and is left out
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        template,
        _context(
            access,
            groups=review_groups(
                access, filterset.form.cleaned_data, page=request.GET.get("page", 1)
            ),
            filter=filterset,
            query=params.urlencode(),
            here=request.get_full_path(),
            unreviewed=unreviewed_count(access),
            printed_at=timezone.localtime(),
        ),
    )


@login_required
def review_page(request: HttpRequest, org: str) -> HttpResponse:
    return _review(request, org, "monitoring/review.html")


@login_required
def review_print(request: HttpRequest, org: str) -> HttpResponse:
    return _review(request, org, "monitoring/review_print.html")


@login_required
def review_entries(request: HttpRequest, org: str) -> HttpResponseBase:
    """Every entry the filters choose, one a row, paged: a group's entries past those the
    review page shows, and the CSV export."""
    access = _review_access(request, org)
    filterset = ReviewFilter(
        request.GET,
        queryset=WebLogEntry.objects.none(),
        request=request,
        organisation=access.organisation,
    )
    filterset.form.is_valid()  # an invalid value shows its error and is left out
    chosen = filterset.form.cleaned_data
    rows = log_store().entries(
        access.organisation.pk,
        filters_scope(access, chosen),
        words=(chosen.get("q") or "").strip(),
    )
    table = WebLogTable(rows, organisation=access.organisation)
    wants_export = request.GET.get(EXPORT_PARAM) == "csv"
    if not wants_export:
        # The count from the log store's rollup, not millions of raw records.
        known = entries_count(access, chosen)
        if known is not None:
            table.data._length = known
    paginate: Any = (
        False if wants_export else {"paginator_class": CappedPaginator, "per_page": PER_PAGE}
    )
    tables.RequestConfig(request, paginate=paginate).configure(table)
    if wants_export:
        return export_csv(request, table, name="web-log-review")
    return render(
        request,
        "monitoring/review_entries.html",
        {
            **_context(access),
            "table": table,
            "filter": filterset,
            "export_url": export_url(request),
        },
    )


@login_required
@require_POST
def mark_reviewed_view(request: HttpRequest, org: str) -> HttpResponse:
    access = _review_access(request, org)
    form = MarkReviewedForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say which learner and day were reviewed.")
        return redirect("monitoring:review", org=org)
    count = mark_reviewed(
        organisation=access.organisation,
        learner=form.cleaned_data["learner"],
        day=form.cleaned_data["day"],
        acting_user=_user(request),
        with_alerts=sees_every_alert(access),
        entry_keys=form.cleaned_data["entries"],
    )
    messages.success(request, f"Marked {count} item(s) of {form.cleaned_data['learner']} reviewed.")
    back = form.cleaned_data["next"]
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts=None):
        return redirect(back)
    return redirect("monitoring:review", org=org)
