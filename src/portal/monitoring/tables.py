"""The monitoring lists: review requests, the organisation's own allow and block lists,
safeguarding alerts. Each a table (sorting, columns) with its search and filters."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Any

import django_filters
import django_tables2 as tables
from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from policyguard import Outcome
from portal.lists import ListFilter, ListTable, day_filters, search_filter
from portal.monitoring.forms import DecideUnblockForm
from portal.monitoring.logstore import ReviewEntry
from portal.monitoring.models import (
    AlertStatus,
    EntryKind,
    ListEntry,
    RequestStatus,
    SafeguardingAlert,
    Tier,
    UnblockRequest,
    WebListState,
    WebLogEntry,
)
from portal.monitoring.queries import day_bounds, learner_filter
from portal.organisations.snapshots import snapshot_path

ANY = "any"
NOT_CLOSED = "not_closed"


def _when(value: Any, pattern: str = "%-d %b %Y %H:%M") -> SafeString:
    when = timezone.localtime(value)
    return format_html('<time datetime="{}">{}</time>', when.isoformat(), f"{when:{pattern}}")


class _StatusDefault(ListFilter):
    """A list that opens on one status (``default_status``); ``any`` shows every one."""

    default_status: str = ANY

    def __init__(self, data: QueryDict | None = None, *args: Any, **kwargs: Any) -> None:
        data = (data or QueryDict()).copy()
        if not data.get("status"):
            data["status"] = self.default_status
        super().__init__(data, *args, **kwargs)


# Review requests ------------------------------------------------------------------------


class RequestTable(ListTable):
    id = tables.Column(verbose_name="#")
    created_at = tables.Column(verbose_name="When", order_by=("created_at", "id"))
    url = tables.Column(verbose_name="Address", attrs={"td": {"class": "url"}})
    category = tables.Column(verbose_name="Why blocked", empty_values=())
    requester_name = tables.Column(verbose_name="Asked by, and why", empty_values=())
    decision = tables.Column(
        verbose_name="Decision", empty_values=(), orderable=False, exclude_from_export=True
    )
    status = tables.Column(verbose_name="Status", visible=False)
    message = tables.Column(verbose_name="Message", visible=False)
    decision_note = tables.Column(verbose_name="Decision note", visible=False)

    class Meta(ListTable.Meta):
        model = UnblockRequest
        fields = (
            "id",
            "created_at",
            "url",
            "category",
            "requester_name",
            "decision",
            "status",
            "message",
            "decision_note",
        )
        order_by = ("-created_at",)
        empty_text = "No requests match."

    def render_created_at(self, record: UnblockRequest) -> SafeString:
        return _when(record.created_at)

    def value_created_at(self, record: UnblockRequest) -> str:
        return timezone.localtime(record.created_at).isoformat()

    def render_category(self, record: UnblockRequest) -> SafeString:
        entry = format_html(' (<span class="url">{}</span>)', record.entry) if record.entry else ""
        return format_html(
            "{}{}<br>{}", record.category or "-", entry, ", ".join(record.clauses) or ""
        )

    def value_category(self, record: UnblockRequest) -> str:
        return record.category

    def render_requester_name(self, record: UnblockRequest) -> SafeString:
        email = format_html(" &lt;{}&gt;", record.requester_email) if record.requester_email else ""
        return format_html(
            "{}{}<br>{}", record.requester_name or "anonymous", email, record.message
        )

    def value_requester_name(self, record: UnblockRequest) -> str:
        email = f" <{record.requester_email}>" if record.requester_email else ""
        return f"{record.requester_name or 'anonymous'}{email}"

    def render_decision(self, record: UnblockRequest) -> SafeString:
        if not record.is_open:
            who = record.decided_by.get_username() if record.decided_by else "?"
            note = f": {record.decision_note}" if record.decision_note else ""
            added = " (allow-list entry added)" if record.allow_entry_id else ""
            return format_html("{} by {}{}{}", record.get_status_display(), who, note, added)
        form = DecideUnblockForm(
            initial={"allow_kind": "domain", "allow_value": record.url},
            auto_id=f"request-{record.pk}-%s",  # one page holds many of these forms
        )
        return SafeString(
            render_to_string(
                "monitoring/_decide_form.html",
                {
                    "form": form,
                    "action": reverse(
                        "monitoring:decide", args=[self.organisation.slug, record.pk]
                    ),
                    "request_id": record.pk,
                    "csrf_token": get_token(self.request) if self.request else "",
                },
            )
        )

    def value_decision(self, record: UnblockRequest) -> str:
        return record.get_status_display()


class RequestFilter(_StatusDefault):
    q = search_filter("url", "message", "requester_name", "requester_email", label="Search")
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[*RequestStatus.choices, (ANY, "any status")],
        empty_label=None,
        method="with_status",
    )
    since, until = day_filters("created_at")

    default_status = RequestStatus.OPEN

    class Meta:
        model = UnblockRequest
        fields: list[str] = []

    def with_status(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset if value == ANY else queryset.filter(status=value)


# The organisation's own lists ---------------------------------------------------------


class ListEntryTable(ListTable):
    value = tables.Column(verbose_name="Entry", attrs={"td": {"class": "url"}})
    tier = tables.Column(verbose_name="List")
    kind = tables.Column(verbose_name="Kind")
    category = tables.Column(verbose_name="Category")
    note = tables.Column(verbose_name="Note", orderable=False)
    created_at = tables.Column(verbose_name="Added", order_by=("created_at", "id"))
    live = tables.Column(verbose_name="On the proxies", accessor="list_version", orderable=False)
    remove = tables.Column(
        verbose_name="Remove", empty_values=(), orderable=False, exclude_from_export=True
    )

    class Meta(ListTable.Meta):
        model = ListEntry
        fields = ("value", "tier", "kind", "category", "note", "created_at", "live", "remove")
        order_by = ("tier", "value")
        empty_text = "No entries match."

    def render_tier(self, record: ListEntry) -> str:
        return record.get_tier_display()

    def value_tier(self, record: ListEntry) -> str:
        return record.tier

    def render_kind(self, record: ListEntry) -> str:
        return record.get_kind_display()

    def value_kind(self, record: ListEntry) -> str:
        return record.kind

    def render_created_at(self, record: ListEntry) -> SafeString:
        who = record.created_by.get_username() if record.created_by else "system"
        return format_html("{}, {}", who, _when(record.created_at, "%-d %b %Y"))

    def value_created_at(self, record: ListEntry) -> str:
        return timezone.localtime(record.created_at).isoformat()

    @cached_property
    def _published_version(self) -> int:
        """The lists' version the proxies use (-1: they have none); one query a page."""
        if not snapshot_path(self.organisation).exists():
            return -1
        state = WebListState.objects.filter(organisation=self.organisation).first()
        return state.published_version if state is not None else 0

    def render_live(self, record: ListEntry) -> str:
        return "live" if record.list_version <= self._published_version else "not yet"

    def value_live(self, record: ListEntry) -> str:
        return self.render_live(record)

    def render_remove(self, record: ListEntry) -> SafeString:
        action = reverse("monitoring:remove_entry", args=[self.organisation.slug, record.pk])
        token = get_token(self.request) if self.request else ""
        return format_html(
            '<form method="post" action="{}" class="inline">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<button type="submit" aria-label="Remove {}">Remove</button></form>',
            action,
            token,
            record.value,
        )


class ListEntryFilter(ListFilter):
    q = search_filter("value", "category", "note", label="Entry, category or note")
    tier = django_filters.ChoiceFilter(label="List", choices=Tier.choices)
    kind = django_filters.ChoiceFilter(label="Kind", choices=EntryKind.choices)

    class Meta:
        model = ListEntry
        fields: list[str] = []


# Safeguarding alerts -----------------------------------------------------------------


class AlertTable(ListTable):
    id = tables.Column(verbose_name="Alert")
    at = tables.Column(verbose_name="When", order_by=("at", "id"))
    category = tables.Column(verbose_name="Category")
    severity = tables.Column(verbose_name="Severity")
    search_term = tables.Column(verbose_name="Searched for", orderable=False)
    term = tables.Column(verbose_name="Term matched", visible=False)
    person_name = tables.Column(verbose_name="Person", empty_values=(), orderable=False)
    user = tables.Column(verbose_name="User", empty_values=())
    device_id = tables.Column(verbose_name="Device", empty_values=(), orderable=False)
    client_ip = tables.Column(verbose_name="IP", visible=False)
    status = tables.Column(verbose_name="Status")
    note = tables.Column(verbose_name="Note", visible=False)

    class Meta(ListTable.Meta):
        model = SafeguardingAlert
        fields = (
            "id",
            "at",
            "category",
            "severity",
            "search_term",
            "term",
            "person_name",
            "user",
            "device_id",
            "client_ip",
            "status",
            "note",
        )
        order_by = ("-at",)
        empty_text = "No alerts match."

    def render_id(self, record: SafeguardingAlert) -> SafeString:
        url = reverse("monitoring:alert", args=[self.organisation.slug, record.pk])
        return format_html('<a href="{}">Alert {}</a>', url, record.pk)

    def value_id(self, record: SafeguardingAlert) -> str:
        return str(record.pk)

    def render_at(self, record: SafeguardingAlert) -> SafeString:
        return _when(record.at, "%-d %b %Y %H:%M:%S")

    def value_at(self, record: SafeguardingAlert) -> str:
        return timezone.localtime(record.at).isoformat()

    def render_person_name(self, record: SafeguardingAlert) -> str | SafeString:
        """The person's name from the directory, linked to their page, when the reader
        may see them there (``queries.with_names``); else a dash (the user column still
        says what the filter logged)."""
        name = getattr(record, "person_name", "")
        if not name:
            return "\u2014"
        person_id: str = getattr(record, "person_id", "")
        url = reverse("people:person", args=[self.organisation.slug, person_id])
        return format_html('<a href="{}">{}</a>', url, name)

    def value_person_name(self, record: SafeguardingAlert) -> str:
        return str(getattr(record, "person_name", ""))

    def render_user(self, record: SafeguardingAlert) -> str:
        return record.user or "unknown"

    def render_device_id(self, record: SafeguardingAlert) -> str:
        device = record.device_id or "unknown"
        return f"{device} ({record.device or '?'}), IP {record.client_ip or 'unknown'}"

    def value_device_id(self, record: SafeguardingAlert) -> str:
        return record.device_id

    def render_status(self, record: SafeguardingAlert) -> str:
        return record.get_status_display()


class AlertFilter(_StatusDefault):
    q = search_filter("search_term", "user", "device_id", "client_ip", label="Search")
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[(NOT_CLOSED, "not closed"), *AlertStatus.choices, (ANY, "any status")],
        empty_label=None,
        method="with_status",
    )
    category = django_filters.CharFilter(label="Category", max_length=100)
    since, until = day_filters("at")

    default_status = NOT_CLOSED

    class Meta:
        model = SafeguardingAlert
        fields: list[str] = []

    def with_status(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        if value == ANY:
            return queryset
        if value == NOT_CLOSED:
            return queryset.exclude(status=AlertStatus.CLOSED)
        return queryset.filter(status=value)


# Log review ----------------------------------------------------------------------------

UNREVIEWED = "unreviewed"


class ReviewFilter(_StatusDefault):
    """The log review's filters; ``status`` opens on the entries not yet reviewed."""

    q = search_filter("search_term", "url", label="Search or address")
    learner = django_filters.CharFilter(
        label="Learner, device or IP", method="for_learner", max_length=255
    )
    day = django_filters.DateFilter(
        label="Day",
        method="on_day",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    kind = django_filters.ChoiceFilter(
        label="Kind",
        choices=[("search", "searches"), ("block", "blocked pages")],
        method="of_kind",
        empty_label="searches and blocked pages",
    )
    status = django_filters.ChoiceFilter(
        label="Reviewed",
        choices=[(UNREVIEWED, "not yet reviewed"), (ANY, "reviewed too")],
        empty_label=None,
        method="with_status",
    )

    default_status = UNREVIEWED

    class Meta:
        model = WebLogEntry
        fields: list[str] = []

    def for_learner(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(learner_filter(value.strip())) if value.strip() else queryset

    def on_day(self, queryset: QuerySet[Any], name: str, value: date) -> QuerySet[Any]:
        start, end = day_bounds(value)
        return queryset.filter(at__gte=start, at__lt=end)

    def of_kind(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return (
            queryset.exclude(search_term="")
            if value == "search"
            else queryset.filter(outcome=Outcome.BLOCK)
        )

    def with_status(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(reviewed_at__isnull=True) if value == UNREVIEWED else queryset


class WebLogTable(ListTable):
    at = tables.Column(verbose_name="When", order_by=("at", "id"))
    learner = tables.Column(verbose_name="Learner", empty_values=(), orderable=False)
    search_term = tables.Column(verbose_name="Search or address", empty_values=(), orderable=False)
    url = tables.Column(verbose_name="Address", visible=False)
    outcome = tables.Column(verbose_name="Outcome")
    category = tables.Column(verbose_name="Category")
    terms = tables.Column(verbose_name="Safeguarding", empty_values=(), orderable=False)
    device_id = tables.Column(verbose_name="Device", visible=False)
    client_ip = tables.Column(verbose_name="IP", visible=False)
    reviewed_at = tables.Column(verbose_name="Reviewed", empty_values=(), orderable=False)

    class Meta(ListTable.Meta):
        model = WebLogEntry
        fields = (
            "at",
            "learner",
            "search_term",
            "url",
            "outcome",
            "category",
            "terms",
            "device_id",
            "client_ip",
            "reviewed_at",
        )
        order_by = ("-at",)
        empty_text = "Nothing to review."

    def render_at(self, record: WebLogEntry) -> SafeString:
        return _when(record.at, "%-d %b %Y %H:%M:%S")

    def value_at(self, record: WebLogEntry) -> str:
        return timezone.localtime(record.at).isoformat()

    def render_learner(self, record: WebLogEntry) -> str:
        return record.learner

    def render_search_term(self, record: WebLogEntry) -> SafeString:
        if record.search_term:
            return format_html("<strong>{}</strong> ({})", record.search_term, record.search_site)
        return format_html('<span class="url">{}</span>', record.url)

    def value_search_term(self, record: WebLogEntry) -> str:
        return record.search_term

    def render_outcome(self, record: WebLogEntry) -> SafeString:
        return format_html(
            '<span class="outcome {}">{}</span>', record.outcome, record.get_outcome_display()
        )

    def value_outcome(self, record: WebLogEntry) -> str:
        return record.outcome

    def render_terms(self, record: WebLogEntry) -> str:
        found = ", ".join(f"{t['category']} ({t['severity']})" for t in record.terms)
        return f"{found} · alert raised" if record.alert else found

    def render_reviewed_at(self, record: WebLogEntry | ReviewEntry) -> str:
        if record.reviewed_at is None:
            return "no"
        if isinstance(record, ReviewEntry):  # from the log store (``HistoryEntry``)
            who = record.reviewer or "?"
        else:
            who = record.reviewed_by.get_username() if record.reviewed_by else "?"
        return f"{who}, {timezone.localtime(record.reviewed_at):%-d %b %H:%M}"
