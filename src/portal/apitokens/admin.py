from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from portal.apitokens.actions import revoke_api_token
from portal.apitokens.models import ApiToken


@admin.action(description="Revoke the selected tokens")
def revoke(modeladmin: Any, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
    for token in queryset.filter(revoked_at__isnull=True):
        revoke_api_token(token=token, acting_user=request.user)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ["prefix", "name", "user", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["prefix", "name", "user__username"]
    readonly_fields = [
        "user",
        "name",
        "prefix",
        "digest",
        "created_at",
        "last_used_at",
        "revoked_at",
    ]
    actions = [revoke]

    # Tokens are made by the create_api_token command (which shows the token once);
    # the admin only revokes them, through the audited action above.
    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
