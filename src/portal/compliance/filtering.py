"""The yearly review of filtering and monitoring the DfE standards ask for, with its
evidence: the roles named, a saved run of the web filter's check suite (the pack's
``review.filtering.checks``: each test URL from each device class, as a learner, against
the organisation's compiled snapshot as its proxies read it), the block and allow lists
reviewed with their reasons, and the reports (unblock requests, safeguarding alerts)
acted on. Each write is an action: keyword-only, transactional, audited.

- :func:`start_filtering_review` takes the roles, lists and reports as they stand;
- :func:`run_filter_checks` saves a check run and attaches it to the open review;
- :func:`complete_filtering_review` records the reviewer's confirmations and
  conclusion, refusing (with each missing part named) until every part is done.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from policyguard import Pack, add_months
from portal.audit.actions import write_audit_entry
from portal.compliance.models import (
    FilterCheckResult,
    FilterCheckRun,
    FilteringReview,
    ReviewStatus,
)
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.monitoring.models import (
    AlertStatus,
    ListEntry,
    RequestStatus,
    SafeguardingAlert,
    UnblockRequest,
)
from portal.monitoring.urltest import check_url, device_choices
from portal.notifications.recipients import role_holders
from portal.organisations.models import Organisation
from portal.organisations.snapshots import current_snapshot
from portal.types import User

AUDIENCE = "learner"  # the standards protect learners: the checks are asked as one
NOTE_LIMIT = 10_000
# The duty the reminder job opens for an overdue review: this prefix and the due date.
FILTERING_DUTY = "compliance.filtering_review:"


def next_due(organisation: Organisation, *, today: date) -> date:
    """When the next review is due: a cycle after the last one completed, or today."""
    last = (
        FilteringReview.objects.filter(organisation=organisation, status=ReviewStatus.DONE)
        .order_by("-completed_at")
        .first()
    )
    if last is None or last.completed_at is None:
        return today
    months = organisation.pack().review.filtering.cycle_months
    return add_months(timezone.localdate(last.completed_at), months)


def _roles(organisation: Organisation, pack: Pack) -> list[dict[str, Any]]:
    lead = pack.review.filtering.lead_role(pack)
    keys = [lead, *(k for k in pack.roles_that_may("filter_web") if k != lead)]
    return [
        {
            "key": key,
            "title": pack.role_title(key),
            "lead": key == lead,
            "holders": [u.get_username() for u in role_holders(organisation, [key])],
        }
        for key in keys
    ]


def _lists(organisation: Organisation) -> list[dict[str, str]]:
    entries = ListEntry.objects.filter(organisation=organisation).order_by("tier", "value")
    return [
        {
            "tier": e.get_tier_display(),
            "kind": e.kind,
            "value": e.value,
            "category": e.category,
            "reason": e.note,
            "added": e.created_at.date().isoformat(),
        }
        for e in entries[:2000]
    ]


def _reports(organisation: Organisation, since: date) -> dict[str, int]:
    start = timezone.make_aware(datetime.combine(since, time.min))
    requests = UnblockRequest.objects.filter(organisation=organisation, created_at__gte=start)
    alerts = SafeguardingAlert.objects.filter(organisation=organisation, at__gte=start)
    return {
        "requests": requests.count(),
        "requests_open": requests.filter(status=RequestStatus.OPEN).count(),
        "alerts": alerts.count(),
        "alerts_open": alerts.filter(status=AlertStatus.OPEN).count(),
        "alerts_closed": alerts.filter(status=AlertStatus.CLOSED).count(),
    }


def open_filtering_review(organisation: Organisation) -> FilteringReview | None:
    return (
        FilteringReview.objects.filter(organisation=organisation, status=ReviewStatus.OPEN)
        .select_related("check_run")
        .order_by("-id")
        .first()
    )


def start_filtering_review(*, organisation: Organisation, acting_user: User) -> FilteringReview:
    """Open this year's review, with the roles, lists and reports as they stand."""
    pack = organisation.pack()
    today = timezone.localdate()
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        if open_filtering_review(organisation) is not None:
            raise NotAllowedNow("A review of filtering and monitoring is already open.")
        since = today - timedelta(days=365)
        review = FilteringReview.objects.create(
            organisation=organisation,
            period_start=since,
            due_on=next_due(organisation, today=today),
            started_by=acting_user,
            roles=_roles(organisation, pack),
            lists=_lists(organisation),
            reports=_reports(organisation, since),
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="filtering.review.start",
            target=review,
            detail={"due_on": str(review.due_on), "lists": len(review.lists)},
        )
    return review


def run_filter_checks(*, organisation: Organisation, acting_user: User) -> FilterCheckRun:
    """Try every test URL of the pack from each device class it names (every class when
    it names none), as a learner, now; save the run and attach it to the open review."""
    pack = organisation.pack()
    checks = pack.review.filtering.checks
    if not checks:
        raise NotAllowedNow(
            "The pack names no test URLs (review.filtering.checks): add those your "
            "filtering must block and allow, then run the checks."
        )
    now = timezone.now()
    snapshot = current_snapshot(organisation)
    devices = device_choices(organisation)
    rows: list[FilterCheckResult] = []
    for check in checks:
        for device in check.devices or devices:
            found = check_url(organisation, url=check.url, audience=AUDIENCE, device=device, at=now)
            answer = found.answers[0] if found.answers else None
            outcome = answer.outcome if answer is not None else "error"
            rows.append(
                FilterCheckResult(
                    url=check.url,
                    source="the pack",
                    note=(check.note or found.problem)[:500],
                    device=device,
                    audience=AUDIENCE,
                    expected=check.expect,
                    outcome=outcome[:8],
                    reason=" ".join(answer.lines) if answer else found.problem,
                    clauses=[c for c, _ in answer.clauses] if answer else [],
                    passed=(outcome == "block") == (check.expect == "block"),
                )
            )
    with transaction.atomic():
        run = FilterCheckRun.objects.create(
            organisation=organisation,
            at=now,
            run_by=acting_user,
            snapshot=snapshot.path.name
            if snapshot is not None
            else "(none built: the pack's rules only)",
            pack_version=pack.version,
            total=len(rows),
            passed=sum(1 for r in rows if r.passed),
        )
        for row in rows:
            row.run = run
        FilterCheckResult.objects.bulk_create(rows)
        review = open_filtering_review(organisation)
        if review is not None:
            review.check_run = run
            review.save(update_fields=["check_run"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="filtering.checks.run",
            target=run,
            detail={"total": run.total, "passed": run.passed, "review": review and review.pk},
        )
    return run


def _note(field: str, value: str) -> str:
    value = value.strip()
    if len(value) > NOTE_LIMIT:
        raise Rejected(problems=[Problem(None, field, f"longer than {NOTE_LIMIT} characters")])
    return value


def complete_filtering_review(
    *,
    review: FilteringReview,
    roles_confirmed: bool,
    roles_note: str = "",
    checks_note: str = "",
    lists_reviewed: bool,
    lists_note: str = "",
    reports_reviewed: bool,
    reports_note: str = "",
    conclusion: str,
    acting_user: User,
) -> FilteringReview:
    """Record the review as done, once each part of it is."""
    problems = []
    if not roles_confirmed:
        problems.append(Problem(None, "roles_confirmed", "confirm the roles are named and right"))
    if review.check_run_id is None:
        problems.append(Problem(None, "check_run", "run the checks: the review keeps their result"))
    if not lists_reviewed:
        problems.append(
            Problem(None, "lists_reviewed", "confirm the block and allow lists were reviewed")
        )
    if not reports_reviewed:
        problems.append(Problem(None, "reports_reviewed", "confirm the reports were acted on"))
    if not conclusion.strip():
        problems.append(Problem(None, "conclusion", "write what the review concluded"))
    if problems:
        raise Rejected("The review is not finished", problems=problems)
    notes = {
        "roles_note": _note("roles_note", roles_note),
        "checks_note": _note("checks_note", checks_note),
        "lists_note": _note("lists_note", lists_note),
        "reports_note": _note("reports_note", reports_note),
        "conclusion": _note("conclusion", conclusion),
    }
    with transaction.atomic():
        locked = FilteringReview.objects.select_for_update().get(pk=review.pk)
        if locked.status != ReviewStatus.OPEN:
            raise NotAllowedNow("This review is already recorded.")
        for name, value in notes.items():
            setattr(locked, name, value)
        locked.roles_confirmed = locked.lists_reviewed = locked.reports_reviewed = True
        locked.status = ReviewStatus.DONE
        locked.completed_by = acting_user
        locked.completed_at = timezone.now()
        locked.save()
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="filtering.review.complete",
            target=locked,
            detail={"check_run": locked.check_run_id, "due_on": str(locked.due_on)},
        )
        _close_overdue_duties(locked.organisation, acting_user)
    return locked


def _close_overdue_duties(organisation: Organisation, acting_user: User) -> None:
    """The review is recorded: the duty the reminder job opened when it fell overdue is
    done (whatever due date it named)."""
    from portal.duties.actions import set_duty_status
    from portal.duties.models import OPEN_STATUSES, Duty, DutyStatus

    for duty in Duty.objects.filter(
        organisation=organisation,
        source_key__startswith=FILTERING_DUTY,
        status__in=OPEN_STATUSES,
    ):
        set_duty_status(
            duty=duty, status=DutyStatus.DONE, note="Recorded.", acting_user=acting_user
        )
