"""The register as a list: per area, with owners, approval, last activity and risk."""

from __future__ import annotations

from typing import Any

import django_filters
import django_tables2 as tables
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from portal.lists import ListFilter, ListTable, search_filter
from portal.officialaccounts.models import AccountKind, AccountStatus, OfficialAccount
from portal.organisations.models import Organisation
from portal.people.models import Person


def person_name(organisation: Organisation, person: Person) -> SafeString:
    """``person``'s name, a link to their page when it is annotated ``page_open``."""
    if getattr(person, "page_open", False):
        url = reverse("people:person", args=[organisation.slug, person.external_id])
        return format_html('<a href="{}">{}</a>', url, person.name)
    return format_html("{}", person.name)


def _day(value: Any) -> str:
    return f"{timezone.localtime(value):%-d %b %Y}" if value else ""


class RegisterTable(ListTable):
    name = tables.Column(verbose_name="Account")
    platform = tables.Column(verbose_name="Platform")
    area = tables.Column(verbose_name="Area")
    account_type = tables.Column(verbose_name="Kind")
    owners = tables.Column(verbose_name="Owners", orderable=False, empty_values=())
    decided_by_name = tables.Column(verbose_name="Approved by")
    decided_at = tables.Column(verbose_name="Approved on")
    last_activity_at = tables.Column(verbose_name="Last activity")
    status = tables.Column(verbose_name="Status", empty_values=())
    clauses = tables.Column(verbose_name="Clauses", orderable=False)

    class Meta(ListTable.Meta):
        model = OfficialAccount
        fields = (
            "name",
            "platform",
            "area",
            "account_type",
            "owners",
            "decided_by_name",
            "decided_at",
            "last_activity_at",
            "status",
            "clauses",
        )
        order_by = ("area", "name")
        empty_text = "No accounts on the register."

    def render_name(self, record: OfficialAccount) -> str:
        url = reverse("officialaccounts:detail", args=[self.organisation.slug, record.pk])
        return format_html('<a href="{}">{}</a>', url, record.name)

    def value_name(self, record: OfficialAccount) -> str:
        return record.name

    def render_account_type(self, record: OfficialAccount) -> str:
        return record.account_type

    def render_owners(self, record: OfficialAccount) -> SafeString:
        """Each owner's name, linked to their page where the reader may open it (the
        view annotates ``page_open``: ``people.keepers.with_page_links``)."""
        return format_html_join(
            ", ", "{}", ((person_name(self.organisation, p),) for p in record.owners.all())
        )

    def value_owners(self, record: OfficialAccount) -> str:
        return ", ".join(p.name for p in record.owners.all())

    def render_decided_at(self, value: Any) -> str:
        return _day(value)

    def render_last_activity_at(self, value: Any) -> str:
        return _day(value)

    def render_status(self, record: OfficialAccount) -> str:
        if record.status == AccountStatus.APPROVED and getattr(record, "at_risk", False):
            return format_html('<strong class="outcome block">at risk</strong>')
        return record.get_status_display()

    def value_status(self, record: OfficialAccount) -> str:
        if record.status == AccountStatus.APPROVED and getattr(record, "at_risk", False):
            return "at risk"
        return record.status

    def render_clauses(self, value: list[str]) -> str:
        return ", ".join(value)


class RegisterFilter(ListFilter):
    q = search_filter("name", "platform", "area", "description", label="Account, platform or area")
    area = django_filters.ChoiceFilter(label="Area", choices=[], empty_label="every area")
    account_type = django_filters.ChoiceFilter(
        label="Kind", choices=AccountKind.choices, empty_label="any kind"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        areas = (
            OfficialAccount.objects.filter(organisation=self.organisation)
            .exclude(area="")
            .order_by("area")
            .values_list("area", flat=True)
            .distinct()
        )
        self.filters["area"].extra["choices"] = [(a, a) for a in areas]
