"""Tasks of the people app: the name index is built on the worker after a change."""

from __future__ import annotations

from django_tasks import task

from portal.people.nameindex import store_name_index


@task()
def build_name_index(organisation_id: int) -> str:
    """Build and store the organisation's screening name index; its directory version."""
    return store_name_index(organisation_id).version
