from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from policyguard import Pack
from portal.audit.adminmixins import AuditedAdminMixin
from portal.organisations.actions import check_pack
from portal.organisations.models import Membership, Organisation, Trust


class MembershipInline(admin.TabularInline[Membership, Organisation]):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Trust)
class TrustAdmin(AuditedAdminMixin, admin.ModelAdmin[Trust]):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class OrganisationForm(forms.ModelForm[Organisation]):
    """The pack is checked as ``create_organisation`` checks it: a pack that does not
    load is refused with each problem and its line, and never saved."""

    pack: Pack  # the pack that loaded, set by ``clean``

    class Meta:
        model = Organisation
        fields = "__all__"

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        slug = cleaned.get("slug") or self.instance.slug
        if "pack_slug" not in cleaned:
            return cleaned  # pack_slug itself is missing: Django names that field already
        try:
            self.pack = check_pack(
                slug=slug or "new",
                pack_slug=cleaned["pack_slug"],
                pack_yaml=cleaned.get("pack_yaml", ""),
            )
        except forms.ValidationError as exc:
            field = "pack_yaml" if cleaned.get("pack_yaml") else "pack_slug"
            self.add_error(field, exc)
        return cleaned


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdminMixin, admin.ModelAdmin[Organisation]):
    form = OrganisationForm
    list_display = ["name", "slug", "trust", "pack_slug", "pack_version"]
    list_filter = ["trust"]
    search_fields = ["name", "slug"]
    readonly_fields = ["pack_version"]
    inlines = [MembershipInline]

    def save_model(
        self, request: HttpRequest, obj: Organisation, form: forms.ModelForm[Any], change: bool
    ) -> None:
        # The version that runs is the pack's own; the form checked that it loads.
        assert isinstance(form, OrganisationForm)
        obj.pack_version = form.pack.version
        super().save_model(request, obj, form, change)


@admin.register(Membership)
class MembershipAdmin(AuditedAdminMixin, admin.ModelAdmin[Membership]):
    list_display = ["user", "organisation", "roles", "is_admin"]
    list_filter = ["organisation", "is_admin"]
    search_fields = ["user__username", "organisation__slug"]
    raw_id_fields = ["user"]
