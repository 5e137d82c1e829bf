from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest, HttpResponse

from portal.monitoring.logstore import log_store
from portal.monitoring.models import ListEntry, SafeguardingAlert, UnblockRequest, WebLogEntry


class _ReadOnly:
    """Changes go through the portal's pages and actions, so they are audited; logs,
    alerts and requests are records, never deleted by hand."""

    def has_add_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(UnblockRequest)
class UnblockRequestAdmin(_ReadOnly, admin.ModelAdmin[UnblockRequest]):
    list_display = ["pk", "organisation", "url", "category", "status", "created_at"]
    list_filter = ["organisation", "status"]


@admin.register(ListEntry)
class ListEntryAdmin(_ReadOnly, admin.ModelAdmin[ListEntry]):
    list_display = ["value", "tier", "kind", "category", "organisation"]
    list_filter = ["organisation", "tier", "kind"]
    search_fields = ["value"]


@admin.register(WebLogEntry)
class WebLogEntryAdmin(_ReadOnly, admin.ModelAdmin[WebLogEntry]):
    """What the portal's database holds of the web log: all of it with the database log
    store; with a store that keeps the raw records itself (ClickHouse), only the records
    behind safeguarding alerts (and any stored before the switch). The title says which."""

    list_display = ["at", "organisation", "user", "device_id", "outcome", "alert", "url"]
    list_filter = ["organisation", "outcome", "alert"]
    date_hierarchy = "at"

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if log_store().keeps_raw_records:
            title = "Web log records (every record: the log store is this database)"
        else:
            title = (
                "Web log records behind safeguarding alerts (the rest of the web log is "
                "in the log store, not in this database)"
            )
        return super().changelist_view(request, {**(extra_context or {}), "title": title})


@admin.register(SafeguardingAlert)
class SafeguardingAlertAdmin(_ReadOnly, admin.ModelAdmin[SafeguardingAlert]):
    list_display = ["pk", "organisation", "at", "category", "severity", "status"]
    list_filter = ["organisation", "status", "severity"]
