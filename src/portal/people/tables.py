"""The directory as a list: its table (columns, sorting) and its search and filters."""

from __future__ import annotations

from typing import Any

import django_filters
import django_tables2 as tables
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from portal.lists import ListFilter, ListTable, search_filter
from portal.people.models import AFFILIATION_CHOICES, Affiliation, Person
from portal.people.queries import leavers_among

LEAVERS = "leavers"
STATUS_CHOICES = [
    ("current", "current"),
    ("former", "former (all affiliations ended)"),
    (LEAVERS, "leavers (leaving or left within 30 days)"),
]


def _affiliations(person: Person) -> list[Affiliation]:
    return list(person.affiliations.all())


class PeopleTable(ListTable):
    external_id = tables.Column(verbose_name="Id")
    name = tables.Column(verbose_name="Name", order_by=("name", "external_id"))
    affiliations = tables.Column(verbose_name="Affiliations", empty_values=(), orderable=False)
    roles = tables.Column(verbose_name="Roles", empty_values=(), orderable=False)

    class Meta(ListTable.Meta):
        model = Person
        fields = ("external_id", "name", "affiliations", "roles")
        order_by = ("name",)
        empty_text = "Nobody matches."

    def render_external_id(self, record: Person) -> str:
        url = reverse("people:person", args=[self.organisation.slug, record.external_id])
        return format_html('<a href="{}">{}</a>', url, record.external_id)

    def value_external_id(self, record: Person) -> str:
        return record.external_id

    def render_affiliations(self, record: Person) -> str:
        found = _affiliations(record)
        if not found:
            return "none"
        return format_html_join(
            ", ",
            "{}{}",
            ((a.kind, f" (leaving {a.end:%-d %b %Y})" if a.end else "") for a in found),
        )

    def value_affiliations(self, record: Person) -> str:
        return "; ".join(f"{a.kind}:{a.start or ''}:{a.end or ''}" for a in _affiliations(record))

    def render_roles(self, record: Person) -> str:
        return ", ".join(record.roles) or "none"

    def value_roles(self, record: Person) -> str:
        return "; ".join(record.roles)


class PeopleFilter(ListFilter):
    q = search_filter("name", "external_id", label="Name or id")
    kind = django_filters.ChoiceFilter(
        label="Affiliation", choices=AFFILIATION_CHOICES, method="with_affiliation"
    )
    status = django_filters.ChoiceFilter(
        label="Current or former", choices=STATUS_CHOICES, method="with_status"
    )
    role = django_filters.CharFilter(label="Role", method="with_role", max_length=64)

    class Meta:
        model = Person
        fields: list[str] = []

    def with_affiliation(self, queryset: QuerySet[Person], name: str, value: str) -> Any:
        # EXISTS, not a join: no duplicate rows to remove, and the page stays one query.
        return queryset.filter(
            Exists(Affiliation.objects.filter(person=OuterRef("pk"), kind=value))
        )

    def with_status(self, queryset: QuerySet[Person], name: str, value: str) -> Any:
        today = timezone.localdate()
        if value == LEAVERS:
            return leavers_among(queryset, today=today)
        current = Exists(
            Affiliation.objects.filter(person=OuterRef("pk")).filter(
                Q(end__isnull=True) | Q(end__gt=today)
            )
        )
        return queryset.filter(current) if value == "current" else queryset.exclude(current)

    def with_role(self, queryset: QuerySet[Person], name: str, value: str) -> Any:
        role = value.strip()
        if not role:
            return queryset
        # A JSON list of role keys: match the quoted key, which works on SQLite and
        # PostgreSQL alike (``contains`` on JSON is PostgreSQL-only).
        return queryset.filter(roles__icontains=f'"{role}"')
