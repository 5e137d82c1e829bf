"""``python -m portal rotate_credential_keys``: re-encrypt every kept credential with the
newest key of POLICYGUARD_CREDENTIAL_KEYS (then the older keys can be removed)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.audit.actions import write_audit_entry
from portal.officialaccounts.custody import reseal
from portal.officialaccounts.models import Credential


def rotate_all() -> int:
    count = 0
    with transaction.atomic():
        for credential in Credential.objects.select_for_update():
            credential.secret = reseal(credential.secret)
            credential.save(update_fields=["secret"])
            count += 1
        write_audit_entry(
            acting_user=None,
            organisation=None,
            verb="officialaccounts.keys.rotate",
            detail={"credentials": count},
        )
    return count


class Command(BaseCommand):
    help = "Re-encrypt every kept credential with the newest credential key."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"{rotate_all()} credential(s) re-encrypted with the newest key")
