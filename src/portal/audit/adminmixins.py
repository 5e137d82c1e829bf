"""Admin edits are writes too: this mixin audits them like any action does."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.db.models import QuerySet
from django.forms import BaseFormSet, ModelForm
from django.http import HttpRequest

from portal.audit.actions import write_audit_entry


def _organisation_of(obj: models.Model) -> Any:
    from portal.organisations.models import Organisation

    if isinstance(obj, Organisation):
        return obj
    return getattr(obj, "organisation", None)


class AuditedAdminMixin:
    """Writes an audit row for each save and delete made through the Django admin."""

    def save_model(
        self, request: HttpRequest, obj: Any, form: ModelForm[Any], change: bool
    ) -> None:
        with transaction.atomic():
            super().save_model(request, obj, form, change)  # type: ignore[misc]
            write_audit_entry(
                acting_user=request.user,
                organisation=_organisation_of(obj),
                verb="admin.change" if change else "admin.add",
                target=obj,
                detail={"fields": sorted(form.changed_data)},
            )

    def save_formset(
        self, request: HttpRequest, form: ModelForm[Any], formset: BaseFormSet[Any], change: bool
    ) -> None:
        with transaction.atomic():
            super().save_formset(request, form, formset, change)  # type: ignore[misc]
            if formset.has_changed():
                write_audit_entry(
                    acting_user=request.user,
                    organisation=_organisation_of(form.instance),
                    verb="admin.change_related",
                    target=form.instance,
                    detail={"inline": formset.prefix or ""},
                )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        with transaction.atomic():
            _audit_delete(request, obj)
            super().delete_model(request, obj)  # type: ignore[misc]

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        """The admin's "delete selected" action: one audit row per object, as for one."""
        with transaction.atomic():
            for obj in queryset:
                _audit_delete(request, obj)
            super().delete_queryset(request, queryset)  # type: ignore[misc]


def _audit_delete(request: HttpRequest, obj: Any) -> None:
    write_audit_entry(
        acting_user=request.user,
        organisation=_organisation_of(obj),
        verb="admin.delete",
        target=obj,
        detail={"repr": str(obj)},
    )
