"""The web filter's work on the task worker: publishing the organisation's lists."""

from __future__ import annotations

from django_tasks import task

from portal.monitoring.snapshots import publish_lists as publish
from portal.organisations.models import Organisation


@task()
def publish_lists(organisation_id: int) -> str:
    """Make the proxies use the organisation's lists as they are now (queued on commit
    by every change to them; safe to run twice, and after a later change)."""
    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if organisation is None:
        return f"organisation {organisation_id} is gone"
    return publish(organisation)
