"""The moderation queue and one's own drafts as lists: the table, search and filters."""

from __future__ import annotations

from typing import Any

import django_filters
import django_tables2 as tables
from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from portal.decisions.models import OUTCOME_CHOICES
from portal.lists import ListFilter, ListTable, day_filters, search_filter
from portal.moderation.models import Direction, Post, Status
from portal.officialaccounts.models import OfficialAccount

ANY = "any"


class PostTable(ListTable):
    id = tables.Column(verbose_name="Post")
    text = tables.Column(verbose_name="Text", visible=False)  # the page shows its start
    account = tables.Column(verbose_name="Account", accessor="account__name")
    written_by = tables.Column(verbose_name="From", orderable=False, empty_values=())
    outcome = tables.Column(verbose_name="Screen")
    status = tables.Column(verbose_name="Status")
    updated_at = tables.Column(verbose_name="Updated", order_by=("updated_at", "id"))

    class Meta(ListTable.Meta):
        model = Post
        fields = ("id", "text", "account", "written_by", "outcome", "status", "updated_at")
        order_by = ("updated_at",)  # the longest waiting first
        empty_text = "Nothing here."

    def render_id(self, record: Post) -> str:
        url = reverse("moderation:detail", args=[self.organisation.slug, record.pk])
        text = Truncator(record.text).chars(80)
        return format_html('<a href="{}">#{}: {}</a>', url, record.pk, text)

    def value_id(self, record: Post) -> str:
        return str(record.pk)

    def render_written_by(self, record: Post) -> str:
        comment = " (comment)" if record.direction == Direction.INCOMING else ""
        return f"{record.written_by}{comment}"

    def value_written_by(self, record: Post) -> str:
        return record.written_by

    def render_outcome(self, value: str) -> str:
        return format_html('<span class="outcome {}">{}</span>', value, value)

    def value_outcome(self, value: str) -> str:
        return value

    def render_status(self, record: Post) -> str:
        return record.get_status_display()

    def render_updated_at(self, record: Post) -> str:
        when = timezone.localtime(record.updated_at)
        return format_html(
            '<time datetime="{}">{}</time>', when.isoformat(), f"{when:%-d %b %Y %H:%M}"
        )

    def value_updated_at(self, record: Post) -> str:
        return timezone.localtime(record.updated_at).isoformat()


class PostFilter(ListFilter):
    q = search_filter("text", "author__username", "author_name", label="Text or author")
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[*Status.choices, (ANY, "any status")],
        empty_label=None,
        method="with_status",
    )
    account = django_filters.ModelChoiceFilter(
        label="Account", queryset=OfficialAccount.objects.none(), empty_label="any account"
    )
    outcome = django_filters.ChoiceFilter(label="Screen", choices=OUTCOME_CHOICES)
    direction = django_filters.ChoiceFilter(
        label="Kind", choices=[("outgoing", "drafts"), ("incoming", "comments")]
    )
    since, until = day_filters("updated_at")

    default_status: str = Status.AWAITING_MODERATION

    class Meta:
        model = Post
        fields: list[str] = []

    def __init__(self, data: QueryDict | None = None, *args: Any, **kwargs: Any) -> None:
        data = (data or QueryDict()).copy()
        if not data.get("status"):
            data["status"] = self.default_status
        super().__init__(data, *args, **kwargs)
        self.filters["account"].queryset = OfficialAccount.objects.filter(
            organisation=self.organisation
        )

    def with_status(self, queryset: QuerySet[Post], name: str, value: str) -> QuerySet[Post]:
        return queryset if value == ANY else queryset.filter(status=value)


class MyDraftsFilter(PostFilter):
    """One's own drafts: every status unless asked."""

    default_status = ANY
