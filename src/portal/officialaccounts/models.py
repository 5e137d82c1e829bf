"""The register of official accounts: who asked, who approved, who may use them, and the
credentials the institution keeps for them.

An :class:`OfficialAccount` is requested, then approved or refused by the role the pack
names (``accounts.creation_approval``); every approved account is on the register of its
area. :class:`AccountAccess` lists the people who can use it (a leaver's row gets a
duty to remove them); :class:`Credential` holds its password or recovery codes,
encrypted (``portal.officialaccounts.custody``); :class:`AccountActivity` is what shows
it is in use (approved posts, imported activity, a manual check).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from portal.organisations.models import Organisation


class AccountStatus(models.TextChoices):
    REQUESTED = "requested", "requested"
    APPROVED = "approved", "approved"
    REFUSED = "refused", "refused"
    CLOSED = "closed", "closed"


class AccountKind(models.TextChoices):
    OFFICIAL = "official", "official (the institution's own)"
    DEPARTMENTAL = "departmental", "departmental"
    GROUP = "group", "group"


class AccountPurpose(models.TextChoices):
    ACADEMIC = "academic", "academic (teaching and study only)"
    PROMOTIONAL = "promotional", "promotional (courses, events, the department)"
    GENERAL = "general", "general"


class OfficialAccount(models.Model):
    """One account on a social network used for the organisation."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="official_accounts"
    )
    name = models.CharField(
        max_length=200,
        verbose_name="handle",
        help_text="e.g. @OakfieldCollege or Oakfield News",
    )
    platform = models.CharField(max_length=64, help_text="e.g. x, instagram, facebook")
    account_type = models.CharField(
        max_length=16, choices=AccountKind.choices, default=AccountKind.OFFICIAL
    )
    area = models.CharField(
        max_length=200, blank=True, help_text="The department or area it serves."
    )
    purpose = models.CharField(
        max_length=16, choices=AccountPurpose.choices, default=AccountPurpose.GENERAL
    )
    description = models.TextField(blank=True, help_text="What it is for, in a few words.")
    status = models.CharField(
        max_length=16, choices=AccountStatus.choices, default=AccountStatus.APPROVED
    )
    owners = models.ManyToManyField(
        "people.Person", blank=True, related_name="official_accounts_owned"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="official_accounts_requested",
    )
    requested_at = models.DateTimeField(null=True, blank=True)
    approver_roles = models.JSONField(
        default=list, blank=True, help_text="The pack roles the request went to."
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="official_accounts_decided",
    )
    decided_by_name = models.CharField(max_length=200, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    approval_document = models.FileField(upload_to="approvals/", blank=True)
    clauses = models.JSONField(default=list, blank=True, help_text="Cited by the decision.")
    request_decision = models.ForeignKey(
        "decisions.Decision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approval_decision = models.ForeignKey(
        "decisions.Decision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity_at = models.DateTimeField(null=True, blank=True)
    inactive_flagged_at = models.DateTimeField(
        null=True, blank=True, help_text="When the sweep last found it past the limit."
    )
    rotation_due_since = models.DateTimeField(
        null=True, blank=True, help_text="A leaver could use it: change its credentials."
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="one_official_account_name_per_org"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.platform})"

    @property
    def is_approved(self) -> bool:
        return self.status == AccountStatus.APPROVED


class AccountAccess(models.Model):
    """A person who can use the account (has its password or a login to it)."""

    account = models.ForeignKey(OfficialAccount, on_delete=models.CASCADE, related_name="access")
    person = models.ForeignKey(
        "people.Person", on_delete=models.CASCADE, related_name="official_account_access"
    )
    granted_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(
        null=True, blank=True, help_text="When their leaving was noticed (a duty opened)."
    )
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["granted_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "person"],
                condition=Q(removed_at__isnull=True),
                name="one_current_access_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} on {self.account_id}"

    @property
    def is_current(self) -> bool:
        return self.removed_at is None


class CredentialKind(models.TextChoices):
    PASSWORD = "password", "password"
    RECOVERY_CODES = "recovery_codes", "recovery codes"


class Credential(models.Model):
    """A secret the institution keeps for the account, encrypted: ``secret`` is a Fernet
    token (``custody.seal``); the key never touches the database."""

    account = models.ForeignKey(
        OfficialAccount, on_delete=models.CASCADE, related_name="credentials"
    )
    kind = models.CharField(max_length=16, choices=CredentialKind.choices)
    secret = models.TextField()
    rotated_at = models.DateTimeField(default=timezone.now)
    rotated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "kind"], name="one_credential_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.account_id}"


class ActivitySource(models.TextChoices):
    POST = "post", "approved post"
    IMPORT = "import", "imported activity"
    CHECK = "check", "checked, in use"


class AccountActivity(models.Model):
    account = models.ForeignKey(OfficialAccount, on_delete=models.CASCADE, related_name="activity")
    at = models.DateTimeField()
    source = models.CharField(max_length=16, choices=ActivitySource.choices)
    note = models.CharField(max_length=300, blank=True)
    external_id = models.CharField(max_length=255, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-at", "-id"]
        constraints = [
            # An activity file imported twice records each line once.
            models.UniqueConstraint(
                fields=["account", "source", "external_id"],
                condition=~Q(external_id=""),
                name="one_activity_per_external_id",
            )
        ]

    def __str__(self) -> str:
        return f"{self.account_id} {self.source} {self.at:%Y-%m-%d}"
