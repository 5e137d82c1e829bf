"""Web filtering in the portal: review requests from the block page, the organisation's
own lists, the filter's decision log, and the safeguarding alerts it raises.

- :class:`UnblockRequest`: someone on a filtered computer asks for a blocked page to be
  reviewed; the pack's filtering role decides (see ``queries.filtering_roles``).
- :class:`ListEntry`: an allow, deny or always-block entry, stored in the canonical
  form the core's matcher uses, exported as custom lists for the snapshot build.
- :class:`WebLogEntry`: one decision record of the Squid helper (the DfE fields),
  unique per organisation by the hash of its content so re-ingesting adds nothing.
- :class:`SafeguardingAlert`: a record whose search term is of the alert severity,
  routed to the pack's alert role (``dsl`` unless ``web.search_terms.alert_role`` says).
- :class:`WebListState`: the version of the organisation's lists, and the version its
  proxies read (a change is live when that one reaches it).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import ExpressionWrapper, F, Q, Value
from django.utils import timezone

from policyguard import Outcome
from portal.organisations.models import Organisation

# The core's outcomes, one vocabulary with decisions: the proxy's log line says ``warn``
# (the person saw a warning page and could go on), which is stored as ``review``
# (``Outcome.of_web_action``).
OUTCOME_CHOICES = [
    (Outcome.ALLOW.value, "allowed"),
    (Outcome.REVIEW.value, "warned (review)"),
    (Outcome.BLOCK.value, "blocked"),
]


class RequestStatus(models.TextChoices):
    OPEN = "open", "open"
    APPROVED = "approved", "approved"
    REFUSED = "refused", "refused"


class Tier(models.TextChoices):
    """The core's list tiers an organisation edits (``policyguard.webfilter.lists.Tier``)."""

    ALLOW = "allow", "allow"
    DENY = "deny", "deny"
    ALWAYS_BLOCK = "always_block", "always block (illegal content)"


class EntryKind(models.TextChoices):
    DOMAIN = "domain", "domain and every name under it"
    URL_PREFIX = "url_prefix", "URL prefix (whole path segments)"


class AlertStatus(models.TextChoices):
    OPEN = "open", "open"
    ACKNOWLEDGED = "acknowledged", "acknowledged"
    CLOSED = "closed", "closed"


class UnblockRequest(models.Model):
    """A request, made on the block page, that a blocked page be reviewed.

    Everything but ``requester_*`` and ``message`` comes from the block page's
    parameters, which anyone can type: it is evidence of what the person saw, never
    trusted as what the filter decided.
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="unblock_requests"
    )
    url = models.CharField(max_length=2000)
    category = models.CharField(max_length=100, blank=True)
    entry = models.CharField(max_length=1000, blank=True)
    reason = models.CharField(max_length=32, blank=True, help_text="The filter's reason code.")
    clauses: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    requester_name = models.CharField(max_length=200, blank=True)
    requester_email = models.EmailField(blank=True)
    requester_ip = models.GenericIPAddressField(
        null=True, blank=True, help_text="Where the request came from (for rate limiting)."
    )
    message = models.TextField(help_text="Why the page is needed.")
    routed_roles: models.JSONField[Any] = models.JSONField(
        default=list, help_text="The pack roles whose holders decide."
    )
    status = models.CharField(
        max_length=16, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    allow_entry = models.ForeignKey(
        "ListEntry", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["organisation", "status", "created_at"]),
            models.Index(fields=["requester_ip", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.organisation.slug} unblock #{self.pk} {self.status}"

    @property
    def is_open(self) -> bool:
        return self.status == RequestStatus.OPEN


class ListEntry(models.Model):
    """One entry of the organisation's own lists, ``value`` in the core's canonical form
    (``example.com`` for a domain, ``example.com/path`` for a URL prefix)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="web_list_entries"
    )
    tier = models.CharField(max_length=16, choices=Tier.choices)
    kind = models.CharField(max_length=16, choices=EntryKind.choices)
    value = models.CharField(max_length=2000)
    category = models.CharField(max_length=100, blank=True, help_text="e.g. iwf, gambling")
    note = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    list_version = models.PositiveBigIntegerField(
        default=0, help_text="The lists' version this entry was added in (WebListState)."
    )

    class Meta:
        ordering = ["tier", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "tier", "value"], name="one_list_entry_per_tier"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation.slug} {self.tier} {self.value}"


class WebLogEntry(models.Model):
    """One decision record of the web filter (fields of ``policyguard.webfilter.records``)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="web_log_entries"
    )
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the record's content.")
    at = models.DateTimeField()
    device = models.CharField(max_length=64, blank=True)
    device_id = models.CharField(max_length=255, blank=True)
    client_ip = models.CharField(max_length=64, blank=True)
    user = models.CharField(max_length=255, blank=True)
    audience = models.CharField(max_length=16, blank=True)
    url = models.CharField(max_length=2000)
    outcome = models.CharField(max_length=8, choices=OUTCOME_CHOICES)
    reason = models.CharField(max_length=32, blank=True)
    category = models.CharField(max_length=100, blank=True)
    entry = models.CharField(max_length=1000, blank=True)
    clauses: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    search_site = models.CharField(max_length=64, blank=True)
    search_term = models.CharField(max_length=1000, blank=True)
    terms: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    alert = models.BooleanField(default=False)
    ingested_at = models.DateTimeField(default=timezone.now)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-at", "-id"]
        # Every index here is written with each record ingested: no more than the reads
        # and the duplicate check need.
        indexes = [
            models.Index(fields=["organisation", "reviewed_at", "at"]),
            # The review's drill-down: one learner's entries of one day.
            models.Index(fields=["organisation", "user", "at"], name="web_log_user_at"),
        ]
        constraints = [
            # Re-ingesting a file (or a retried API call) must not double a record. The
            # time is part of the hashed content, so a record's copy has the same time
            # and the same hash: keyed by time first, a new record's entry goes beside
            # the other recent ones (a few index pages, in memory) instead of at a random
            # place in an index of every record. The index also serves every read of an
            # organisation's records by time (reports, retention, history).
            models.UniqueConstraint(
                fields=["organisation", "at", "content_hash"], name="one_web_log_entry_at_content"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation.slug} {self.at:%Y-%m-%d %H:%M:%S} {self.outcome} {self.url}"

    @property
    def learner(self) -> str:
        """Who (or which computer) made the request: the user, else the device, else the IP."""
        return self.user or self.device_id or self.client_ip or "unknown"


class SafeguardingAlert(models.Model):
    """A search for a term of the alert severity: the alert role must act at once."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="safeguarding_alerts"
    )
    log_entry = models.OneToOneField(WebLogEntry, on_delete=models.CASCADE, related_name="alert_of")
    routed_role = models.CharField(max_length=64)
    term = models.CharField(max_length=200)
    category = models.CharField(max_length=100)
    severity = models.CharField(max_length=16)
    search_term = models.CharField(max_length=1000, blank=True)
    user = models.CharField(max_length=255, blank=True)
    device = models.CharField(max_length=64, blank=True)
    device_id = models.CharField(max_length=255, blank=True)
    client_ip = models.CharField(max_length=64, blank=True)
    at = models.DateTimeField(help_text="When the search was made.")
    status = models.CharField(max_length=16, choices=AlertStatus.choices, default=AlertStatus.OPEN)
    note = models.TextField(blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["organisation", "status", "at"])]

    def __str__(self) -> str:
        return f"{self.organisation.slug} alert #{self.pk} {self.category} {self.status}"

    @property
    def is_closed(self) -> bool:
        return self.status == AlertStatus.CLOSED


class WebListState(models.Model):
    """Where the organisation's own lists stand against what its proxies use.

    ``version`` goes up with every change to the lists (in the change's transaction);
    ``published_version`` is the state the proxies read: the overlay beside the
    organisation's snapshot, or the snapshot itself when it was built later. A change is
    live once ``published_version`` reaches the version it made.
    """

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="web_list_state"
    )
    version = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True, blank=True)
    published_version = models.PositiveBigIntegerField(default=0)
    published_at = models.DateTimeField(null=True, blank=True)
    problem = models.TextField(
        blank=True, help_text="Why the last change could not be published (empty when it was)."
    )

    def __str__(self) -> str:
        return (
            f"{self.organisation.slug} lists v{self.version} (published v{self.published_version})"
        )

    @property
    def is_live(self) -> bool:
        return self.published_version >= self.version and not self.problem


_REVIEW_KINDS = ("searched", "blocked_searched", "blocked", "visited")


def _cell(help_text: str) -> models.PositiveBigIntegerField[int, int]:
    return models.PositiveBigIntegerField(default=0, help_text=help_text)


class ReviewCells(models.Model):
    """The log review's sixteen cells (names in ``logstore.REVIEW_CELLS``), kept by both
    rollups: a day's (or a learner-day's) records split by kind (a search that was not
    blocked, a blocked search, another blocked page, any other visit), by whether they
    raised an alert, all of them and those not yet reviewed (``_open``). Any view of the
    review (with or without alerts, every visit or only searches and blocks, one kind,
    not yet reviewed) is a sum of some of them."""

    searched = _cell("Searches not blocked, no alert.")
    searched_open = _cell("Of those, not yet reviewed.")
    blocked_searched = _cell("Blocked searches, no alert.")
    blocked_searched_open = _cell("Of those, not yet reviewed.")
    blocked = _cell("Other blocked pages, no alert.")
    blocked_open = _cell("Of those, not yet reviewed.")
    visited = _cell("Other visits, no alert.")
    visited_open = _cell("Of those, not yet reviewed.")
    alert_searched = _cell("Searches not blocked that raised an alert.")
    alert_searched_open = _cell("Of those, not yet reviewed.")
    alert_blocked_searched = _cell("Blocked searches that raised an alert.")
    alert_blocked_searched_open = _cell("Of those, not yet reviewed.")
    alert_blocked = _cell("Other blocked pages marked as an alert.")
    alert_blocked_open = _cell("Of those, not yet reviewed.")
    alert_visited = _cell("Other visits marked as an alert.")
    alert_visited_open = _cell("Of those, not yet reviewed.")

    class Meta:
        abstract = True


class WebLogDailyCount(ReviewCells):
    """Pre-aggregated web log: records of one day by outcome, category and audience.

    Written by ingestion in the same transaction as the records it counts (only records
    stored now, never duplicates), so reports read a few hundred rows a week instead of
    millions of records (``portal.monitoring.logstore``). Its review cells (``ReviewCells``)
    are the log review's counts for the whole organisation (the page's "not yet
    reviewed" and the navigation's count): "mark reviewed" takes from its ``_open``
    cells and retention from every count, as from the learner rollup's."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    outcome = models.CharField(max_length=8, choices=OUTCOME_CHOICES)
    category = models.CharField(max_length=100, blank=True)
    audience = models.CharField(max_length=16, blank=True)
    records = models.PositiveBigIntegerField(default=0)
    searches = models.PositiveBigIntegerField(default=0)
    reviewable = models.PositiveBigIntegerField(
        default=0, help_text="Searches and blocks: what the log review asks to be read."
    )
    alerts = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "day", "outcome", "category", "audience"],
                name="one_web_log_daily_count",
            )
        ]


class WebLogDailyUser(ReviewCells):
    """Pre-aggregated web log: one user's (else device's, else address's) records of one
    day, for the report's top users and for the log review (VTS-26).

    The review's groups are its rows, counted from the sixteen cells (``ReviewCells``),
    so the page never groups raw records. Ingestion adds to them, "mark reviewed" takes from
    the ``_open`` cells and retention subtracts what it deletes or anonymises, each in
    its own transaction (``portal.monitoring.logstore``)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    learner = models.CharField(max_length=255)
    records = models.PositiveBigIntegerField(default=0)
    blocks = models.PositiveBigIntegerField(default=0)
    searches = models.PositiveBigIntegerField(default=0)
    alerts = models.PositiveBigIntegerField(default=0)
    # Every open cell together: the learner-days with anything left to review are the
    # few recent ones, found through the partial index below without reading the rest.
    open_records = models.GeneratedField(
        expression=ExpressionWrapper(
            sum(
                (F(f"{a}{k}_open") for a in ("", "alert_") for k in _REVIEW_KINDS),
                start=Value(0),
            ),
            output_field=models.BigIntegerField(),
        ),
        output_field=models.BigIntegerField(),
        db_persist=True,
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "day", "learner"], name="one_web_log_daily_user"
            )
        ]
        # Every index here is updated with each ingestion's rows (the open cells change
        # every time), so there are no more than the reads need: the unique one serves
        # a report's days and the review of every day (newest first, then by learner,
        # which PostgreSQL sorts within each day as it reads).
        indexes = [
            # The review's default: the learner-days still open, newest first.
            models.Index(
                fields=["organisation", "-day", "learner"],
                condition=Q(open_records__gt=0),
                name="web_log_review_open",
            ),
            # One learner's days (the review's learner filter).
            models.Index(fields=["organisation", "learner", "day"], name="web_log_learner_days"),
        ]


class WebLogReviewDays(models.Model):
    """How many learner-days of one day have records in each set of review cells: the
    log review's count of groups without reading every learner-day.

    ``cells`` is a set of the eight review cells as bits (``logstore.CELL_BITS``: bit
    ``n`` when the ``n``th cell, or with ``open`` its ``_open`` count, is above nought);
    ``learner_days`` how many of the day's learner-days (``WebLogDailyUser``) have
    exactly that set. The groups of any view are then the learner-days whose set meets
    the view's cells: a sum over a few rows a day. Kept with the learner rollup, in the
    same statements' transaction: each learner-day whose set changes moves from one row
    to another (``portal.monitoring.logstore``)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    open = models.BooleanField(help_text="Sets of the open cells (else of all records).")
    cells = models.PositiveSmallIntegerField(help_text="The review cells above nought, as bits.")
    learner_days = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "day", "open", "cells"], name="one_web_log_review_days"
            )
        ]


class ReportKind(models.TextChoices):
    WEEKLY = "weekly", "weekly"
    DAILY = "daily", "daily"


class MonitoringReport(models.Model):
    """A report sent for one organisation and period: its figures as sent (JSON), so the
    page and PDF show what the e-mail said even after retention has purged the records."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="monitoring_reports"
    )
    kind = models.CharField(max_length=8, choices=ReportKind.choices)
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    figures: models.JSONField[Any] = models.JSONField(default=dict)
    recipients: models.JSONField[Any] = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-period_start", "-id"]
        constraints = [
            # The scheduler may run a job twice for one due time: one report a period.
            models.UniqueConstraint(
                fields=["organisation", "kind", "period_start"], name="one_report_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation.slug} {self.kind} report {self.period_start:%Y-%m-%d}"


class ReportSubscription(models.Model):
    """A report reader's choice: the weekly report (default) or also a daily digest."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    daily = models.BooleanField(default=False)
    weekly = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="one_report_subscription_per_member"
            )
        ]
