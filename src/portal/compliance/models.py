"""What the institution keeps to show its policy is current and its checks are made:

- :class:`PackVersion`: each version of the pack the organisation has run, with its
  text, what changed from the one before and who must acknowledge it again;
- :class:`PolicyReview`: a review of the policy, due from the pack's review cycle;
- :class:`ImpactAssessment`: the data protection and equality impact assessment a new
  version asks for (WCUC-23);
- :class:`FilteringReview` with its :class:`FilterCheckRun`: the DfE standards' yearly
  review of filtering and monitoring, with a saved run of the web filter's checks;
- :class:`Device` and :class:`DeviceCheck`: the register of device checks (VTS-22).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from portal.organisations.models import Organisation


class PackVersion(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="pack_versions"
    )
    version = models.CharField(max_length=64, help_text="The pack's own version.")
    digest = models.CharField(max_length=64, help_text="SHA-256 of the text.")
    text = models.TextField(help_text="The pack as it was.")
    source = models.CharField(
        max_length=100, help_text="bundled/<slug>.yaml or the organisation's own"
    )
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changes: models.JSONField[Any] = models.JSONField(
        default=list, blank=True, help_text="What changed from the previous version."
    )
    asks_again: models.JSONField[Any] = models.JSONField(
        default=list, blank=True, help_text="Who must acknowledge this version (staff, student)."
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["organisation", "-id"])]

    def __str__(self) -> str:
        return f"{self.organisation.slug} pack {self.version} (#{self.pk})"


class ReviewStatus(models.TextChoices):
    OPEN = "open", "to do"
    DONE = "done", "done"


class ReviewOutcome(models.TextChoices):
    NO_CHANGE = "no_change", "still right: no change needed"
    CHANGES_NEEDED = "changes_needed", "changes needed (a new version will follow)"
    REPLACED = "replaced", "replaced by a new version"


class PolicyReview(models.Model):
    """One review of the policy as it stood in ``pack_version``."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="policy_reviews"
    )
    pack_version = models.ForeignKey(PackVersion, on_delete=models.PROTECT, related_name="reviews")
    due_on = models.DateField(null=True, blank=True, help_text="Empty: the pack gives no date.")
    status = models.CharField(max_length=8, choices=ReviewStatus.choices, default=ReviewStatus.OPEN)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_on = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=16, choices=ReviewOutcome.choices, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.organisation.slug} policy review #{self.pk} ({self.status})"


class ImpactAssessment(models.Model):
    """The impact assessment of one new version of the policy (WCUC-23)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="impact_assessments"
    )
    pack_version = models.OneToOneField(
        PackVersion, on_delete=models.PROTECT, related_name="impact_assessment"
    )
    role = models.CharField(max_length=64)
    equality = models.BooleanField(default=True, help_text="Equality impact assessed too.")
    status = models.CharField(max_length=8, choices=ReviewStatus.choices, default=ReviewStatus.OPEN)
    data_protection = models.TextField(blank=True, help_text="Risks to people's data, and steps.")
    equality_impact = models.TextField(blank=True)
    conclusion = models.TextField(blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.organisation.slug} impact assessment #{self.pk} ({self.status})"


class FilterCheckRun(models.Model):
    """One run of the web filter's check suite against the organisation's compiled
    snapshot: each test URL tried from each device class, with what must happen."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="filter_check_runs"
    )
    at = models.DateTimeField(default=timezone.now)
    run_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    snapshot = models.CharField(max_length=300, help_text="The snapshot file checked.")
    pack_version = models.CharField(max_length=64, blank=True)
    total = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.organisation.slug} check run #{self.pk}: {self.passed}/{self.total}"

    @property
    def failed(self) -> int:
        return self.total - self.passed


class FilterCheckResult(models.Model):
    run = models.ForeignKey(FilterCheckRun, on_delete=models.CASCADE, related_name="results")
    url = models.CharField(max_length=2000)
    source = models.CharField(max_length=32, help_text="the pack, the allow list, the deny list")
    note = models.CharField(max_length=500, blank=True)
    device = models.CharField(max_length=64)
    audience = models.CharField(max_length=16)
    expected = models.CharField(max_length=8)
    outcome = models.CharField(max_length=8)
    reason = models.TextField(blank=True, help_text="Why, in words, as Test a URL says it.")
    clauses: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    passed = models.BooleanField()

    class Meta:
        ordering = ["id"]


class FilteringReview(models.Model):
    """The yearly review of filtering and monitoring the DfE standards ask for: roles
    named, a saved check run, the lists reviewed with their reasons, reports acted on."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="filtering_reviews"
    )
    period_start = models.DateField(help_text="The review covers from here to its completion.")
    due_on = models.DateField()
    status = models.CharField(max_length=8, choices=ReviewStatus.choices, default=ReviewStatus.OPEN)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(default=timezone.now)
    roles: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    roles_confirmed = models.BooleanField(default=False)
    roles_note = models.TextField(blank=True)
    check_run = models.ForeignKey(
        FilterCheckRun, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    checks_note = models.TextField(blank=True)
    lists: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    lists_reviewed = models.BooleanField(default=False)
    lists_note = models.TextField(blank=True)
    reports: models.JSONField[Any] = models.JSONField(default=dict, blank=True)
    reports_reviewed = models.BooleanField(default=False)
    reports_note = models.TextField(blank=True)
    conclusion = models.TextField(blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.organisation.slug} filtering review #{self.pk} ({self.status})"

    @property
    def is_done(self) -> bool:
        return self.status == ReviewStatus.DONE


class Device(models.Model):
    """A device whose checks are registered (a learner computer, for VTS-22)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="devices")
    name = models.CharField(max_length=100, help_text="Asset tag or computer name.")
    location = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True, help_text="Still in use; checks are due.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="one_device_per_name")
        ]

    def __str__(self) -> str:
        return f"{self.organisation.slug} device {self.name}"


class CheckResult(models.TextChoices):
    PASSED = "passed", "passed: up to date"
    FIXED = "fixed", "fixed at the check (updated)"
    FAILED = "failed", "failed: needs action"


class DeviceCheck(models.Model):
    device = models.ForeignKey(Device, on_delete=models.CASCADE, related_name="checks")
    checked_on = models.DateField()
    result = models.CharField(max_length=8, choices=CheckResult.choices)
    detail = models.CharField(max_length=300, blank=True, help_text="e.g. the product and version")
    note = models.TextField(blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checked_by_name = models.CharField(max_length=150, blank=True)
    source = models.CharField(max_length=16, default="form", help_text="form or import")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-checked_on", "-id"]
        indexes = [models.Index(fields=["device", "-checked_on"])]
        constraints = [
            # One result per device and day: an import run twice changes nothing.
            models.UniqueConstraint(
                fields=["device", "checked_on"], name="one_check_per_device_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.device.name} {self.checked_on} {self.result}"
