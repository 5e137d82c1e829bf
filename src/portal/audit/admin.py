from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from portal.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin[AuditEntry]):
    list_display = ["at", "actor_name", "organisation_slug", "verb", "object_type", "object_id"]
    list_filter = ["verb", "organisation_slug"]
    search_fields = ["actor_name", "verb", "object_id"]
    date_hierarchy = "at"

    # The log is evidence: readable in the admin, never changed through it.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
