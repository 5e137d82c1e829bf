"""Consents under retention: only withdrawn ones, counted from the withdrawal (a consent
in force is kept while images may be used)."""

from __future__ import annotations

from portal.people.models import Consent
from portal.retention.registry import RecordKind, register_kind

register_kind(
    RecordKind(
        key="consents",
        records=lambda organisation: Consent.objects.filter(
            person__organisation=organisation, withdrawn_on__isnull=False
        ),
        moment="withdrawn_on",
        description="Withdrawn consents, from the day they were withdrawn.",
        subject_fields=("person__external_id",),
    )
)
