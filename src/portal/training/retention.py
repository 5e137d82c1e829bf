"""Training records under retention (defaults and reasons in
``policyguard.RETENTION_DEFAULTS``):

- ``training_records``: a session with its register, from the day it was held (six years);
- ``acknowledgements``: each acknowledgement of a version of the policy, from when it was
  made (six years); each person's latest one is kept whatever its age, since it is what
  shows they know the policy in force (and purging it would ask them again);
- ``team_confirmations``: a manager's confirmation that their team knows the policy, from
  when it was made (six years).
"""

from __future__ import annotations

from django.db.models import Max, QuerySet

from portal.organisations.models import Organisation
from portal.retention.registry import RecordKind, register_kind
from portal.training.models import Acknowledgement, TeamConfirmation, TrainingSession

register_kind(
    RecordKind(
        key="training_records",
        records=lambda organisation: TrainingSession.objects.filter(organisation=organisation),
        moment="held_on",
        description="Training sessions and their registers, from the day each was held.",
    )
)


def acknowledgements_that_may_expire(organisation: Organisation) -> QuerySet[Acknowledgement]:
    """Every acknowledgement but each person's latest."""
    everyone = Acknowledgement.objects.filter(organisation=organisation)
    latest = everyone.order_by().values("username").annotate(last=Max("id")).values("last")
    return everyone.exclude(pk__in=latest)


register_kind(
    RecordKind(
        key="acknowledgements",
        records=acknowledgements_that_may_expire,
        moment="acknowledged_at",
        subject_fields=("username",),
        description="Acknowledgements of the policy, from when each was made; each "
        "person's latest is kept.",
    )
)
register_kind(
    RecordKind(
        key="team_confirmations",
        records=lambda organisation: TeamConfirmation.objects.filter(organisation=organisation),
        moment="confirmed_at",
        subject_fields=("manager_name",),
        description="Managers' confirmations that their team knows the policy.",
    )
)
