"""Cases under retention, and what they keep.

- ``cases``: closed cases, counted from closing (six years by default); an open case is
  never purged. Deleting a case deletes its chronology, people and actions with it.
- The hold ``cases.in_a_case``: an alert, a decision or a moderated post that is in a
  case stays as long as the case does, whatever its own period (the web-log record
  behind an alert follows the alert, by monitoring's own hold).
"""

from __future__ import annotations

from portal.cases.models import Case, CaseEntry, CaseStatus
from portal.organisations.models import Organisation
from portal.retention.registry import Hold, RecordKind, Records, register_hold, register_kind

register_kind(
    RecordKind(
        key="cases",
        records=lambda organisation: Case.objects.filter(
            organisation=organisation, status=CaseStatus.CLOSED, closed_at__isnull=False
        ),
        moment="closed_at",
        description="Closed cases with their chronology, from the day each was closed.",
    )
)

# The kind's key -> the field of a case entry that points at a record of that kind.
_ENTRY_FIELD = {"alerts": "alert", "decisions": "decision", "drafts": "post"}


def _in_a_case(organisation: Organisation, kind: RecordKind, records: Records) -> Records:
    field = _ENTRY_FIELD[kind.key]
    cited = CaseEntry.objects.filter(
        case__organisation=organisation, **{f"{field}__isnull": False}
    ).values(f"{field}_id")
    return records.filter(pk__in=cited)


register_hold(
    Hold(
        key="cases.in_a_case",
        title="in a case (kept as long as the case)",
        kinds=frozenset(_ENTRY_FIELD),
        held=_in_a_case,
    )
)
