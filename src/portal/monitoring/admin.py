from __future__ import annotations

from django.contrib import admin

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
    list_display = ["at", "organisation", "user", "device_id", "outcome", "category", "url"]
    list_filter = ["organisation", "outcome", "alert"]
    date_hierarchy = "at"


@admin.register(SafeguardingAlert)
class SafeguardingAlertAdmin(_ReadOnly, admin.ModelAdmin[SafeguardingAlert]):
    list_display = ["pk", "organisation", "at", "category", "severity", "status"]
    list_filter = ["organisation", "status", "severity"]
