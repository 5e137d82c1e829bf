from __future__ import annotations

from django.contrib import admin

from portal.audit.adminmixins import AuditedAdminMixin
from portal.organisations.models import Membership, Organisation, Trust


class MembershipInline(admin.TabularInline[Membership, Organisation]):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Trust)
class TrustAdmin(AuditedAdminMixin, admin.ModelAdmin[Trust]):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdminMixin, admin.ModelAdmin[Organisation]):
    list_display = ["name", "slug", "trust", "pack_slug", "pack_version"]
    list_filter = ["trust"]
    search_fields = ["name", "slug"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(AuditedAdminMixin, admin.ModelAdmin[Membership]):
    list_display = ["user", "organisation", "roles", "is_admin"]
    list_filter = ["organisation", "is_admin"]
    search_fields = ["user__username", "organisation__slug"]
    raw_id_fields = ["user"]
