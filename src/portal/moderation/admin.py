from __future__ import annotations

from django.contrib import admin

from portal.moderation.models import Post, PostStep


class PostStepInline(admin.TabularInline[PostStep, Post]):
    model = PostStep
    extra = 0
    can_delete = False
    readonly_fields = ["at", "actor", "actor_name", "verb", "note", "outcome"]


@admin.register(Post)
class PostAdmin(admin.ModelAdmin[Post]):
    """Read-only: decisions on posts go through the queue, so they are audited; a post
    and its history are never deleted by hand."""

    list_display = ["pk", "organisation", "account", "direction", "outcome", "status"]
    list_filter = ["organisation", "direction", "status", "outcome"]
    inlines = [PostStepInline]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
