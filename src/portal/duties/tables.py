"""Duties as a list: the table, its search and filters."""

from __future__ import annotations

from typing import Any

import django_filters
import django_tables2 as tables
from django import forms
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from portal.duties.models import OPEN_STATUSES, Duty, DutyStatus
from portal.lists import ListFilter, ListTable, day_filters, search_filter

OPEN = "open"
ANY = "any"
MINE = "mine"
URGENCY_CHOICES = [("immediately", "immediately"), ("soon", "soon"), ("routine", "routine")]


def _when(moment: Any) -> str:
    when = timezone.localtime(moment)
    return format_html('<time datetime="{}">{}</time>', when.isoformat(), f"{when:%-d %b %Y %H:%M}")


class DutyTable(ListTable):
    title = tables.Column(verbose_name="Duty", order_by=("title", "id"))
    owner = tables.Column(verbose_name="Who", orderable=False, empty_values=())
    urgency = tables.Column(verbose_name="Urgency")
    due_at = tables.Column(verbose_name="Due", order_by=("due_at", "id"))
    status = tables.Column(verbose_name="Status")
    clauses = tables.Column(verbose_name="Clauses", orderable=False, empty_values=())
    updated_at = tables.Column(verbose_name="Updated", order_by=("updated_at", "id"))

    class Meta(ListTable.Meta):
        model = Duty
        fields = ("title", "owner", "urgency", "due_at", "status", "clauses", "updated_at")
        order_by = ("due_at",)  # the soonest due (the most overdue) first
        empty_text = "No duties match."

    def render_title(self, record: Duty) -> str:
        url = reverse("duties:detail", args=[self.organisation.slug, record.pk])
        return format_html('<a href="{}">{}</a>', url, record.title)

    def render_owner(self, record: Duty) -> str:
        return owner_text(record)

    def render_due_at(self, record: Duty) -> str:
        if record.is_overdue(timezone.now()):
            return format_html('{} <strong class="overdue">overdue</strong>', _when(record.due_at))
        return _when(record.due_at)

    def value_due_at(self, record: Duty) -> str:
        return timezone.localtime(record.due_at).isoformat()

    def render_status(self, record: Duty) -> str:
        return record.get_status_display()

    def render_clauses(self, record: Duty) -> str:
        return ", ".join(record.clauses) or "none"

    def value_clauses(self, record: Duty) -> str:
        return "; ".join(record.clauses)

    def render_updated_at(self, record: Duty) -> str:
        return _when(record.updated_at)

    def value_updated_at(self, record: Duty) -> str:
        return timezone.localtime(record.updated_at).isoformat()


def owner_text(duty: Duty) -> str:
    """Who must act, as the list and the CSV say it."""
    if duty.owner_user is not None:
        return duty.owner_user.get_username()
    role = duty.role_title or duty.role
    if duty.for_administrators:
        return f"the administrators (for the {role})" if role else "the administrators"
    return f"any {role}"


class DutyFilter(ListFilter):
    """Whose (one's own work, or every duty one may see), status (open by default),
    urgency, overdue, and due days."""

    q = search_filter("title", "description", "clauses", label="Search")
    whose = django_filters.ChoiceFilter(
        label="Whose",
        choices=[(MINE, "mine"), (ANY, "all I may see")],
        empty_label=None,
        method="by_owner",
    )
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[(OPEN, "open or in progress"), *DutyStatus.choices, (ANY, "any status")],
        empty_label=None,
        method="with_status",
    )
    urgency = django_filters.ChoiceFilter(label="Urgency", choices=URGENCY_CHOICES)
    overdue = django_filters.BooleanFilter(
        label="Overdue only",
        method="only_overdue",
        widget=forms.CheckboxInput,
    )
    due_from, due_to = day_filters("due_at")

    class Meta:
        model = Duty
        fields: list[str] = []

    def __init__(self, data: QueryDict | None = None, *args: Any, **kwargs: Any) -> None:
        data = (data or QueryDict()).copy()
        for name, default in (("whose", MINE), ("status", OPEN)):
            if not data.get(name):
                data[name] = default
        super().__init__(data, *args, **kwargs)

    def by_owner(self, queryset: QuerySet[Duty], name: str, value: str) -> QuerySet[Duty]:
        """``mine``: the view's ``filter_options["mine"]``, a ``Q`` for the member's own
        work (``portal.duties.queries.mine``)."""
        mine: Q | None = self.options.get("mine")
        if value == MINE and mine is not None:
            return queryset.filter(mine)
        return queryset

    def with_status(self, queryset: QuerySet[Duty], name: str, value: str) -> QuerySet[Duty]:
        if value == OPEN:
            return queryset.filter(status__in=OPEN_STATUSES)
        return queryset if value == ANY else queryset.filter(status=value)

    def only_overdue(self, queryset: QuerySet[Duty], name: str, value: bool) -> QuerySet[Duty]:
        if not value:
            return queryset
        return queryset.filter(status__in=OPEN_STATUSES, due_at__lt=timezone.now())
