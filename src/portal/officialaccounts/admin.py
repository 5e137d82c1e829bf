from __future__ import annotations

from django.contrib import admin

from portal.audit.adminmixins import AuditedAdminMixin
from portal.officialaccounts.models import OfficialAccount


@admin.register(OfficialAccount)
class OfficialAccountAdmin(AuditedAdminMixin, admin.ModelAdmin[OfficialAccount]):
    """Names and platforms may be corrected here (audited); approval, access and
    credentials go through the register's pages, never the admin."""

    list_display = ["name", "platform", "area", "status", "organisation"]
    list_filter = ["organisation", "platform", "status"]
    fields = ["organisation", "name", "platform", "area", "description"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
