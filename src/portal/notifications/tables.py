"""The inbox as a list: the table, its search and filters."""

from __future__ import annotations

from typing import Any

import django_filters
import django_tables2 as tables
from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from portal.lists import ListFilter, ListTable, day_filters, search_filter
from portal.notifications.models import Notification
from portal.organisations.models import Organisation

UNREAD = "unread"
ALL = "all"


class InboxTable(ListTable):
    title = tables.Column(verbose_name="Notification", order_by=("title", "id"))
    org = tables.Column(
        verbose_name="Organisation",
        accessor="organisation__name",
        order_by=("organisation__name", "id"),
        default="",
    )
    created_at = tables.Column(verbose_name="When", order_by=("created_at", "id"))
    read_at = tables.Column(verbose_name="Read", empty_values=(), order_by=("read_at", "id"))

    class Meta(ListTable.Meta):
        model = Notification
        fields = ("title", "org", "created_at", "read_at")
        order_by = ("-created_at",)
        empty_text = "Nothing new."
        row_attrs = {"class": lambda record: "unread" if record.is_unread else ""}

    def render_title(self, record: Notification) -> str:
        url = reverse("notifications:open", args=[record.pk])
        new = mark_safe(' <strong class="tag">new</strong>') if record.is_unread else ""
        body = format_html('<span class="help">{}</span>', record.body) if record.body else ""
        return format_html('<a href="{}">{}</a>{}{}', url, record.title, new, body)

    def render_created_at(self, record: Notification) -> str:
        when = timezone.localtime(record.created_at)
        return format_html(
            '<time datetime="{}">{}</time>', when.isoformat(), f"{when:%-d %b %Y %H:%M}"
        )

    def render_read_at(self, record: Notification) -> str:
        if record.read_at is None:
            return "not yet"
        return f"{timezone.localtime(record.read_at):%-d %b %Y %H:%M}"


class InboxFilter(ListFilter):
    """Unread (the default) or all; search; organisation (among one's own); days."""

    q = search_filter("title", "body", label="Search")
    show = django_filters.ChoiceFilter(
        label="Show",
        choices=[(UNREAD, "unread"), (ALL, "all")],
        empty_label=None,
        method="read_or_not",
    )
    org = django_filters.ModelChoiceFilter(
        label="Organisation",
        field_name="organisation",
        queryset=Organisation.objects.none(),
        empty_label="any organisation",
    )
    since, until = day_filters("created_at")

    class Meta:
        model = Notification
        fields: list[str] = []

    def __init__(self, data: QueryDict | None = None, *args: Any, **kwargs: Any) -> None:
        data = (data or QueryDict()).copy()
        if not data.get("show"):
            data["show"] = UNREAD
        super().__init__(data, *args, **kwargs)
        user = self.request.user if self.request is not None else None
        if user is not None and user.is_authenticated:
            self.filters["org"].queryset = Organisation.objects.filter(
                memberships__user=user
            ).order_by("name")

    def read_or_not(
        self, queryset: QuerySet[Notification], name: str, value: str
    ) -> QuerySet[Notification]:
        return queryset if value == ALL else queryset.filter(read_at__isnull=True)
