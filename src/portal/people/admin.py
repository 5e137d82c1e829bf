from __future__ import annotations

from django.contrib import admin

from portal.audit.adminmixins import AuditedAdminMixin
from portal.people.models import Affiliation, Consent, Person, Relation


class AffiliationInline(admin.TabularInline[Affiliation, Person]):
    model = Affiliation
    extra = 0


class RelationInline(admin.TabularInline[Relation, Person]):
    model = Relation
    fk_name = "person"
    extra = 0
    raw_id_fields = ["other"]


class ConsentInline(admin.TabularInline[Consent, Person]):
    model = Consent
    fk_name = "person"
    extra = 0
    raw_id_fields = ["given_by_person"]


@admin.register(Person)
class PersonAdmin(AuditedAdminMixin, admin.ModelAdmin[Person]):
    list_display = ["name", "external_id", "organisation", "date_of_birth"]
    list_filter = ["organisation"]
    search_fields = ["name", "external_id"]
    raw_id_fields = ["line_manager", "progress_tutor", "user"]
    inlines = [AffiliationInline, RelationInline, ConsentInline]


@admin.register(Consent)
class ConsentAdmin(AuditedAdminMixin, admin.ModelAdmin[Consent]):
    list_display = ["person", "given_by", "given_on", "withdrawn_on"]
    raw_id_fields = ["person", "given_by_person"]
