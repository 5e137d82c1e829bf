"""The case and concern lists (``portal.lists``): sort, search, filter, export."""

from __future__ import annotations

from typing import Any

import django_filters
import django_tables2 as tables
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from portal.cases.models import Area, Case, CaseStatus, Category, Concern, ConcernStatus, Risk
from portal.lists import ListFilter, ListTable, search_filter


class CaseTable(ListTable):
    reference = tables.Column(verbose_name="Case", accessor="pk", order_by="id")
    title = tables.Column(verbose_name="Title")
    area = tables.Column(verbose_name="Area")
    category = tables.Column(verbose_name="Category")
    risk = tables.Column(verbose_name="Risk")
    status = tables.Column(verbose_name="Status")
    opened_at = tables.DateTimeColumn(verbose_name="Opened", format="j M Y H:i")

    class Meta(ListTable.Meta):
        model = Case
        fields = ("reference", "title", "area", "category", "risk", "status", "opened_at")
        order_by = ("-opened_at",)

    def render_reference(self, record: Case) -> SafeString:
        url = reverse("cases:detail", args=[self.organisation.slug, record.pk])
        return format_html('<a href="{}">{}</a>', url, record.reference)

    def value_reference(self, record: Case) -> str:
        return record.reference


class CaseFilter(ListFilter):
    q = search_filter("title", label="Title")
    status = django_filters.ChoiceFilter(label="Status", choices=CaseStatus.choices)
    area = django_filters.ChoiceFilter(label="Area", choices=Area.choices)
    category = django_filters.ChoiceFilter(label="Category", choices=Category.choices)
    risk = django_filters.ChoiceFilter(label="Risk", choices=Risk.choices)

    class Meta:
        model = Case
        fields: list[str] = []


class ConcernTable(ListTable):
    reference = tables.Column(verbose_name="Report", accessor="pk", order_by="id")
    kind_title = tables.Column(verbose_name="Kind")
    route_role_title = tables.Column(verbose_name="Routed to")
    urgency = tables.Column(verbose_name="Urgency")
    status = tables.Column(verbose_name="Status")
    created_at = tables.DateTimeColumn(verbose_name="Reported", format="j M Y H:i")

    class Meta(ListTable.Meta):
        model = Concern
        fields = ("reference", "kind_title", "route_role_title", "urgency", "status", "created_at")
        order_by = ("-created_at",)

    def render_reference(self, record: Concern) -> SafeString:
        url = reverse("cases:concern", args=[self.organisation.slug, record.pk])
        return format_html('<a href="{}">{}</a>', url, record.reference)

    def value_reference(self, record: Concern) -> str:
        return record.reference


class ConcernFilter(ListFilter):
    status = django_filters.ChoiceFilter(label="Status", choices=ConcernStatus.choices)
    area = django_filters.ChoiceFilter(label="Area", choices=Area.choices)

    class Meta:
        model = Concern
        fields: list[str] = []


def choice_label(choices: Any, value: str) -> str:
    return str(dict(choices).get(value, value))
