"""Any save or delete of a person (an action, the admin, a shell) changes the directory
version, so the screening name index is built again (``portal.people.nameindex``).
Bulk writes send no signals: the import calls ``directory_changed`` itself."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.people.models import Person
from portal.people.nameindex import directory_changed


@receiver(post_save, sender=Person, dispatch_uid="people.directory_changed.save")
@receiver(post_delete, sender=Person, dispatch_uid="people.directory_changed.delete")
def _person_changed(sender: Any, instance: Person, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return  # loading fixtures: nothing to index yet
    directory_changed(instance.organisation_id)
