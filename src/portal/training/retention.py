"""Training records under retention: a session with its register, counted from the day it
was held (``training_records``: six years by default)."""

from __future__ import annotations

from portal.retention.registry import RecordKind, register_kind
from portal.training.models import TrainingSession

register_kind(
    RecordKind(
        key="training_records",
        records=lambda organisation: TrainingSession.objects.filter(organisation=organisation),
        moment="held_on",
        description="Training sessions and their registers, from the day each was held.",
    )
)
