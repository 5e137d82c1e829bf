"""Concerns people report, and the cases the people the pack names open to deal with them.

A **concern** is one report: who made it, whom and what it is about, and the ONE route the
pack gave it (``policyguard.packs.reports``): the role, the person holding it where the
directory knows them, the urgency and the clauses. Its reporter sees only its status.

A **case** gathers concerns, web-filter alerts, decisions (a disclosure under NCLT-20)
and moderation findings about the same matter, with the people involved, a category and
a risk level, and keeps a **chronology** (``CaseEntry``): every item, note, action,
referral and outcome in the order it happened, with who recorded it and when. Actions
are duties (``portal.duties``) with an owner, a due time and a status; referrals to
outside agencies and breach outcomes (LI-18, WCUC-01) are tracked to done; a case closes
with a reason.

Which **area** a case is in decides who may open it (``portal.cases.access``):
safeguarding (the DSL and the safeguarding team), staff conduct (HR), or conduct (only
the people working on it).
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone


class Area(models.TextChoices):
    SAFEGUARDING = "safeguarding", "safeguarding"
    STAFF_CONDUCT = "staff_conduct", "staff conduct"
    CONDUCT = "conduct", "conduct"


class ConcernStatus(models.TextChoices):
    """What the reporter sees: nothing more."""

    RECEIVED = "received", "received"
    IN_HAND = "in_hand", "being dealt with"
    CLOSED = "closed", "closed"


class Where(models.TextChoices):
    ONLINE = "online", "online"
    ON_SITE = "on_site", "on site"
    BOTH = "both", "online and on site"
    UNKNOWN = "unknown", "not sure"


class Concern(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="concerns"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="concerns_reported",
    )
    reporter_name = models.CharField(max_length=150, blank=True)
    reporter_person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=64, help_text="The pack's report kind.")
    kind_title = models.CharField(max_length=300, blank=True)
    subject_person = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="concerns_about",
    )
    subject_kind = models.CharField(
        max_length=32, blank=True, help_text="Who they are, when described rather than named."
    )
    subject_description = models.TextField(blank=True)
    what = models.TextField(help_text="What happened, in the reporter's words.")
    happened_at = models.DateTimeField(null=True, blank=True)
    where = models.CharField(max_length=16, choices=Where.choices, default=Where.UNKNOWN)
    place = models.CharField(max_length=300, blank=True, help_text="e.g. Instagram, the library")
    link_url = models.URLField(max_length=2000, blank=True)
    post = models.ForeignKey(
        "moderation.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    alert = models.ForeignKey(
        "monitoring.SafeguardingAlert",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision = models.ForeignKey(
        "decisions.Decision", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    area = models.CharField(max_length=16, choices=Area.choices, default=Area.CONDUCT)
    route_role = models.CharField(max_length=64)
    route_role_title = models.CharField(max_length=200, blank=True)
    route_person_external_id = models.CharField(max_length=64, blank=True)
    routed_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="concerns_routed",
    )
    told_roles = models.CharField(
        max_length=500, blank=True, help_text="Roles told of it as well, as ,role,role,"
    )
    urgency = models.CharField(max_length=16, default="soon")
    clauses: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    duty = models.ForeignKey(
        "duties.Duty", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        max_length=16, choices=ConcernStatus.choices, default=ConcernStatus.RECEIVED
    )
    case = models.ForeignKey(
        "cases.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="concerns"
    )
    first_action_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["organisation", "-created_at"]),
            models.Index(fields=["reporter", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.kind} ({self.status})"

    @property
    def reference(self) -> str:
        return f"R{self.pk:05d}" if self.pk else "R-new"


class Category(models.TextChoices):
    """What a case is about, in the words the safeguarding tools use."""

    ONLINE_BULLYING = "online_bullying", "bullying or harassment online"
    OFFENSIVE_CONTENT = "offensive_content", "offensive, abusive or discriminatory content"
    SELF_HARM = "self_harm", "self-harm or suicide"
    EXTREMISM = "extremism", "radicalisation or extremism (Prevent)"
    EXPLOITATION = "exploitation", "sexual exploitation or grooming"
    STAFF_BOUNDARIES = "staff_boundaries", "staff-student boundaries"
    PERSONAL_DATA = "personal_data", "personal data or confidentiality"
    MISUSE_OF_IT = "misuse_of_it", "misuse of IT or the internet"
    REPUTATION = "reputation", "the institution's reputation"
    OTHER = "other", "other"


class Risk(models.TextChoices):
    LOW = "low", "low"
    MEDIUM = "medium", "medium"
    HIGH = "high", "high"
    CRITICAL = "critical", "critical: at immediate risk"


class CaseStatus(models.TextChoices):
    OPEN = "open", "open"
    CLOSED = "closed", "closed"


class ClosureReason(models.TextChoices):
    RESOLVED = "resolved", "resolved within the institution"
    REFERRED = "referred", "referred to an outside agency, which leads"
    NO_FURTHER_ACTION = "no_further_action", "no further action needed"
    UNFOUNDED = "unfounded", "the concern was not borne out"
    DUPLICATE = "duplicate", "a duplicate of another case"


class Case(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="cases"
    )
    title = models.CharField(max_length=200)
    area = models.CharField(max_length=16, choices=Area.choices)
    category = models.CharField(max_length=32, choices=Category.choices)
    risk = models.CharField(max_length=16, choices=Risk.choices, default=Risk.MEDIUM)
    status = models.CharField(max_length=16, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    route_role = models.CharField(
        max_length=64, blank=True, help_text="The route of the concern it was opened from."
    )
    urgency = models.CharField(max_length=16, default="soon")
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(default=timezone.now)
    received_at = models.DateTimeField(
        default=timezone.now, help_text="When the first item of the case came in."
    )
    first_action_at = models.DateTimeField(null=True, blank=True)
    workers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="cases_assigned"
    )
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases_led",
        help_text="Who leads the work on it now; reassigning the case hands it on.",
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closure_reason = models.CharField(max_length=32, choices=ClosureReason.choices, blank=True)
    closure_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-opened_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status", "-opened_at"])]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def reference(self) -> str:
        return f"C{self.pk:05d}" if self.pk else "C-new"

    @property
    def is_open(self) -> bool:
        return self.status == CaseStatus.OPEN


class Involvement(models.TextChoices):
    SUBJECT = "subject", "the concern is about them"
    AFFECTED = "affected", "affected or at risk"
    REPORTER = "reporter", "reported it"
    WITNESS = "witness", "witness"
    OTHER = "other", "other"


class CasePerson(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="people")
    person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200, help_text="As named, or described if not known.")
    involvement = models.CharField(max_length=16, choices=Involvement.choices)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["added_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "person", "involvement"],
                condition=models.Q(person__isnull=False),
                name="one_involvement_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.involvement})"


class Agency(models.TextChoices):
    POLICE = "police", "Police"
    LADO = "lado", "LADO (Local Authority Designated Officer)"
    LSCB = "lscb", "Local Safeguarding Children Board / partnership"
    DBS = "dbs", "Disclosure and Barring Service"
    PREVENT = "prevent", "Prevent / Channel"
    SOCIAL_CARE = "social_care", "Children's social care"
    OTHER = "other", "another agency"


class Referral(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="referrals")
    agency = models.CharField(max_length=16, choices=Agency.choices)
    made_on = models.DateField()
    reference = models.CharField(max_length=100, blank=True, help_text="The agency's own.")
    reason = models.TextField(blank=True)
    outcome = models.TextField(blank=True)
    outcome_on = models.DateField(null=True, blank=True)
    clauses: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["made_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_agency_display()} {self.reference}"


class OutcomeKind(models.TextChoices):
    IT_ACCESS_WITHDRAWN = "it_access_withdrawn", "IT access withdrawn"
    DISCIPLINARY = "disciplinary", "referred under the disciplinary procedure"
    MATERIAL_REMOVED = "material_removed", "material removed (told to take it down)"


class OutcomeStatus(models.TextChoices):
    PENDING = "pending", "to do"
    DONE = "done", "done"


class BreachOutcome(models.Model):
    """What follows a breach (LI-18, WCUC-01), tracked to done through its duty."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(max_length=32, choices=OutcomeKind.choices)
    person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    detail = models.TextField(blank=True)
    status = models.CharField(
        max_length=16, choices=OutcomeStatus.choices, default=OutcomeStatus.PENDING
    )
    duty = models.ForeignKey(
        "duties.Duty", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    clauses: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.status})"


class CaseAction(models.Model):
    """An action on a case: a duty (owner, due time, status) that belongs to it."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="actions")
    duty = models.OneToOneField("duties.Duty", on_delete=models.PROTECT, related_name="case_action")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"case {self.case_id} action {self.duty_id}"


def _document_path(document: CaseDocument, filename: str) -> str:
    """Where a document is stored: under its case, by a random name (never the name it
    was uploaded with, which is kept in ``name`` for the download only)."""
    return f"cases/{document.case.organisation_id}/{document.case_id}/{uuid.uuid4().hex}"


class CaseDocument(models.Model):
    """A file in a case's chronology: a screenshot, a letter, a statement. Stored outside
    anything served as static; sent only by a view that checks the reader may see the case
    (``portal.cases.case_views.download_document``), and each download audited."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(upload_to=_document_path, max_length=300)
    name = models.CharField(max_length=200, help_text="The file's name as uploaded, cleaned.")
    content_type = models.CharField(max_length=100, help_text="Read from its bytes.")
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    description = models.CharField(max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return f"{self.case} document {self.name}"


class EntryKind(models.TextChoices):
    OPENED = "opened", "case opened"
    CONCERN = "concern", "concern"
    ALERT = "alert", "web-filter alert"
    DECISION = "decision", "decision"
    POST = "post", "moderation finding"
    NOTE = "note", "note"
    ACTION = "action", "action"
    REFERRAL = "referral", "referral"
    OUTCOME = "outcome", "breach outcome"
    PERSON = "person", "person involved"
    CHANGE = "change", "category, risk or area changed"
    CLOSED = "closed", "case closed"
    REOPENED = "reopened", "case reopened"
    DOCUMENT = "document", "document"
    REASSIGNED = "reassigned", "case reassigned"


class CaseEntry(models.Model):
    """One line of a case's chronology: what happened (``at``) and who recorded it when."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="entries")
    at = models.DateTimeField(help_text="When it happened.")
    kind = models.CharField(max_length=16, choices=EntryKind.choices)
    summary = models.CharField(max_length=300)
    text = models.TextField(blank=True)
    clauses: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_by_name = models.CharField(max_length=150, blank=True)
    concern = models.ForeignKey(
        Concern, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    alert = models.ForeignKey(
        "monitoring.SafeguardingAlert",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_entries",
    )
    decision = models.ForeignKey(
        "decisions.Decision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_entries",
    )
    post = models.ForeignKey(
        "moderation.Post",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_entries",
    )
    duty = models.ForeignKey(
        "duties.Duty", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.ForeignKey(
        CaseDocument, null=True, blank=True, on_delete=models.RESTRICT, related_name="entries"
    )

    class Meta:
        ordering = ["at", "recorded_at", "id"]
        verbose_name_plural = "case entries"
        constraints = [
            # One case holds an alert, a decision or a post once (each may be in others).
            models.UniqueConstraint(
                fields=["case", "alert"], condition=models.Q(alert__isnull=False), name="alert_once"
            ),
            models.UniqueConstraint(
                fields=["case", "decision"],
                condition=models.Q(decision__isnull=False, kind="decision"),
                name="decision_once",
            ),
            models.UniqueConstraint(
                fields=["case", "post"], condition=models.Q(post__isnull=False), name="post_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.kind}: {self.summary}"
