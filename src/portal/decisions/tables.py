"""Decisions as a list: the table and its search and filters."""

from __future__ import annotations

import django_filters
import django_tables2 as tables
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from portal.decisions.choices import event_kind_choices
from portal.decisions.models import OUTCOME_CHOICES, Decision
from portal.lists import ListFilter, ListTable, day_filters, search_filter

KIND_CHOICES = event_kind_choices()
CHANNEL_CHOICES = [("api", "API"), ("web", "web"), ("task", "task")]


class DecisionTable(ListTable):
    requested_at = tables.Column(verbose_name="When", order_by=("requested_at", "id"))
    event_kind = tables.Column(verbose_name="Event")
    outcome = tables.Column(verbose_name="Outcome")
    clauses = tables.Column(verbose_name="Clauses", orderable=False, empty_values=())
    requested_by = tables.Column(
        verbose_name="Asked by", orderable=False, empty_values=(), accessor="requested_by"
    )
    channel = tables.Column(verbose_name="Channel", orderable=False)

    class Meta(ListTable.Meta):
        model = Decision
        fields = ("requested_at", "event_kind", "outcome", "clauses", "requested_by", "channel")
        order_by = ("-requested_at",)
        empty_text = "No decisions match."

    def render_requested_at(self, record: Decision) -> str:
        url = reverse("decisions:detail", args=[self.organisation.slug, record.pk])
        when = timezone.localtime(record.requested_at)
        return format_html(
            '<a href="{}"><time datetime="{}">{}</time></a>',
            url,
            when.isoformat(),
            f"{when:%-d %b %Y %H:%M}",
        )

    def value_requested_at(self, record: Decision) -> str:
        return timezone.localtime(record.requested_at).isoformat()

    def render_outcome(self, value: str) -> str:
        return format_html('<span class="outcome {}">{}</span>', value, value)

    def value_outcome(self, value: str) -> str:
        return value

    def render_clauses(self, record: Decision) -> str:
        return ", ".join(record.clauses) or "none"

    def value_clauses(self, record: Decision) -> str:
        return "; ".join(record.clauses)

    def render_requested_by(self, record: Decision) -> str:
        return record.requested_by.get_username() if record.requested_by else "system"


class DecisionFilter(ListFilter):
    q = search_filter("clauses", "requested_by__username", label="Clause or asked by")
    event_kind = django_filters.ChoiceFilter(label="Event", choices=KIND_CHOICES)
    outcome = django_filters.ChoiceFilter(label="Outcome", choices=OUTCOME_CHOICES)
    channel = django_filters.ChoiceFilter(label="Channel", choices=CHANNEL_CHOICES)
    since, until = day_filters("requested_at")

    class Meta:
        model = Decision
        fields: list[str] = []
