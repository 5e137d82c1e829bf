"""The audit log as a list: the table and its search and filters."""

from __future__ import annotations

import json

import django_filters
import django_tables2 as tables
from django.utils import timezone
from django.utils.html import format_html

from portal.audit.models import AuditEntry
from portal.lists import ListFilter, ListTable, day_filters, search_filter


class AuditTable(ListTable):
    at = tables.Column(verbose_name="When", order_by=("at", "id"))
    actor_name = tables.Column(verbose_name="Who", empty_values=())
    verb = tables.Column(verbose_name="What")
    object = tables.Column(verbose_name="Object", empty_values=(), orderable=False)
    detail = tables.Column(verbose_name="Detail", orderable=False, empty_values=())

    class Meta(ListTable.Meta):
        model = AuditEntry
        fields = ("at", "actor_name", "verb", "object", "detail")
        order_by = ("-at",)
        empty_text = "Nothing recorded matches."

    def render_at(self, record: AuditEntry) -> str:
        when = timezone.localtime(record.at)
        return format_html(
            '<time datetime="{}">{}</time>', when.isoformat(), f"{when:%-d %b %Y %H:%M:%S}"
        )

    def value_at(self, record: AuditEntry) -> str:
        return timezone.localtime(record.at).isoformat()

    def render_actor_name(self, record: AuditEntry) -> str:
        return record.actor_name or "system"

    def render_object(self, record: AuditEntry) -> str:
        return f"{record.object_type} {record.object_id}".strip()

    def render_detail(self, record: AuditEntry) -> str:
        return format_html("<code>{}</code>", self.value_detail(record))

    def value_detail(self, record: AuditEntry) -> str:
        return json.dumps(record.detail, ensure_ascii=False, sort_keys=True)


class AuditFilter(ListFilter):
    q = search_filter("detail", "object_id", label="Detail or object id")
    verb = django_filters.CharFilter(label="What (starts with)", lookup_expr="startswith")
    actor = django_filters.CharFilter(
        label="Who", field_name="actor_name", lookup_expr="iexact", max_length=150
    )
    since, until = day_filters("at")

    class Meta:
        model = AuditEntry
        fields: list[str] = []
