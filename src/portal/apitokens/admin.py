from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from portal.apitokens.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ["prefix", "name", "user", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["prefix", "name", "user__username"]
    readonly_fields = ["user", "name", "prefix", "digest", "created_at", "last_used_at"]

    # Tokens are made by the create_api_token command (which shows the token once);
    # the admin can only revoke them by setting revoked_at.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
