from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from portal.decisions.models import Decision, Obligation


class ObligationInline(admin.TabularInline[Obligation, Decision]):
    model = Obligation
    extra = 0
    can_delete = False
    readonly_fields = ["role", "person_external_id", "code", "description", "urgency"]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin[Decision]):
    list_display = ["requested_at", "organisation", "event_kind", "outcome", "requested_by"]
    list_filter = ["organisation", "event_kind", "outcome"]
    date_hierarchy = "requested_at"
    inlines = [ObligationInline]

    # A recorded decision is what the core said at the time; it is never edited or deleted.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
