"""Device checks under retention (``device_checks``: two years by default), from the day
each check was made; the device stays in the register."""

from __future__ import annotations

from portal.compliance.models import DeviceCheck
from portal.retention.registry import RecordKind, register_kind

register_kind(
    RecordKind(
        key="device_checks",
        records=lambda organisation: DeviceCheck.objects.filter(device__organisation=organisation),
        moment="checked_on",
        description="Device checks, from the day each was made.",
    )
)
