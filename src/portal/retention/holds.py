"""The retention app's own hold: legal holds placed in the portal (``LegalHold``)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils import timezone

from portal.organisations.models import Organisation
from portal.retention.models import LegalHold
from portal.retention.registry import Hold, RecordKind, Records, register_hold


def _start(day: date, *, later: bool) -> datetime:
    moment = datetime.combine(day + timedelta(days=1) if later else day, time.min)
    return timezone.make_aware(moment)


def legal_hold_filter(hold: LegalHold, kind: RecordKind) -> Q:
    """The records of ``kind`` that ``hold`` keeps, as a filter."""
    condition = Q()
    if hold.records_from is not None:
        condition &= Q(**{f"{kind.moment}__gte": _start(hold.records_from, later=False)})
    if hold.records_to is not None:
        condition &= Q(**{f"{kind.moment}__lt": _start(hold.records_to, later=True)})
    if hold.subject and kind.subject_fields:
        condition &= reduce(
            or_, (Q(**{f"{name}__iexact": hold.subject}) for name in kind.subject_fields)
        )
    return condition


def held_by_legal_holds(organisation: Organisation, kind: RecordKind, records: Records) -> Records:
    holds = [
        h
        for h in LegalHold.objects.filter(organisation=organisation, released_at__isnull=True)
        if h.covers(kind.key)
    ]
    if not holds:
        return records.none()
    return records.filter(reduce(or_, (legal_hold_filter(h, kind) for h in holds)))


register_hold(Hold(key="retention.legal_hold", title="under legal hold", held=held_by_legal_holds))
