"""Who acts on web filtering in an organisation, and what they see.

Roles come from the organisation's pack; an administrator of the organisation may do
everything below. The choices, and why:

- **filtering** (decide review requests, edit the lists, send logs): ``it_manager`` and
  ``it_support`` where the pack has either (NCLT, the Learning Institute); packs
  without an IT role (VTS, QTSD, WCUC, the test packs) give it to ``dsl``, the one role
  every pack has and the one the DfE standards make responsible for filtering.
- **alerts**: the pack's ``web.search_terms.alert_role`` (default ``dsl``) only. A
  search history that raised a safeguarding alert is safeguarding information:
  nobody else, IT included, sees it. A pack may route alerts by the audience of the
  person who searched (``alert_routes``, e.g. WCUC-04: learners' to the Safeguarding
  Team, a staff member's to the DSL): each alert is seen only by holders of the role it
  was routed to (an alert whose role no longer receives alerts falls to
  ``alert_role``). A concern about a member of staff may concern a colleague of the
  learners' team, so that team does not see it. Where the log itself shows alert
  searches (the log review, a person's history, an upload's alert count), it cannot
  tell the routes apart, so only those who hold every alert role see them there; the
  others find their own alerts in the alerts list.
- **log review** (VTS-26, VTS-24, NCLT-02, QTSD-03): ``office_manager`` and
  ``administration_team`` (VTS-26 names them), ``dsl``, ``safeguarding_team`` and
  ``it_manager``, where the pack has them. ``it_support`` is left out on purpose:
  fixing computers does not need anyone's search history.
- the **block page** is public (learners are not signed in on a filtered PC): it shows
  only its own parameters and the pack's clause summaries, which the policy publishes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from policyguard import Outcome
from portal.monitoring.logstore import ReviewScope, log_store
from portal.monitoring.models import (
    AlertStatus,
    ListEntry,
    RequestStatus,
    SafeguardingAlert,
    UnblockRequest,
    WebListState,
    WebLogEntry,
)
from portal.monitoring.weblists import ExportEntry
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.people.queries import people_visible_to
from portal.types import Viewer

FALLBACK_ROLE = "dsl"
_CLAUSE_ID = re.compile(r"[A-Z]{2,10}-\d{2,3}")


def filtering_roles(organisation: Organisation) -> list[str]:
    """The pack roles that decide review requests and edit the lists (module docstring)."""
    return list(organisation.pack().roles_that_may("filter_web")) or [FALLBACK_ROLE]


def alert_role(organisation: Organisation, audience: str = "") -> str:
    """The role alerted for a search by someone of ``audience`` (the pack's route for
    it, else its ``alert_role``)."""
    web = organisation.pack().web
    return web.alert_role_for(audience) if web else FALLBACK_ROLE


def alert_roles(organisation: Organisation) -> list[str]:
    """Every role that receives alerts, the default (``alert_role``) first."""
    web = organisation.pack().web
    return web.alert_roles if web else [FALLBACK_ROLE]


def alert_visibility(access: Access) -> Q | None:
    """The alerts ``access`` sees, as a filter (``Q()``: all, administrators), or None
    for none: those routed to a role the reader holds, and to the default role's
    holders, alerts routed to a role that no longer receives any."""
    if access.is_admin:
        return Q()
    routes = alert_roles(access.organisation)
    held = [role for role in routes if role in access.roles]
    if not held:
        return None
    found = Q(routed_role__in=held)
    if routes[0] in access.roles:
        found |= ~Q(routed_role__in=routes)
    return found


def review_roles(organisation: Organisation) -> list[str]:
    return list(organisation.pack().roles_that_may("review_web_log"))


def can_filter(access: Access) -> bool:
    return access.is_admin or bool(access.roles & set(filtering_roles(access.organisation)))


def can_see_alerts(access: Access) -> bool:
    """The reader receives some alerts (the alerts list, its dashboard, the API)."""
    return access.is_admin or bool(access.roles & set(alert_roles(access.organisation)))


def sees_every_alert(access: Access) -> bool:
    """The reader holds every alert role: the log's alert searches are theirs to see
    (the log cannot tell which route a search's alert took; module docstring)."""
    return access.is_admin or set(alert_roles(access.organisation)) <= access.roles


def may_see_alert_of(access: Access, routed_role: str) -> bool:
    """``access`` sees an alert routed to ``routed_role`` (as ``alert_visibility``)."""
    if access.is_admin:
        return True
    routes = alert_roles(access.organisation)
    if routed_role in routes:
        return routed_role in access.roles
    return routes[0] in access.roles


def can_review_logs(access: Access) -> bool:
    return access.is_admin or bool(access.roles & set(review_roles(access.organisation)))


def report_roles(organisation: Organisation) -> list[str]:
    """Who receives the monitoring report: the alert role and the leadership roles the
    pack names (``web.logging.report_to``)."""
    web = organisation.pack().web
    return web.report_roles if web else [FALLBACK_ROLE]


def sees_alert_figures(access: Access) -> bool:
    """Alert counts by category (never the words searched for, never who): the alert
    role and the report's leadership roles."""
    return access.is_admin or bool(access.roles & set(report_roles(access.organisation)))


def can_read_reports(access: Access) -> bool:
    """The monitoring report and its charts: its recipients and the filtering role (who
    sees the blocks and the review coverage, not the alerts)."""
    return sees_alert_figures(access) or can_filter(access)


def monitoring_links(access: Access) -> dict[str, bool]:
    """Which monitoring pages to link from the organisation's home page."""
    return {
        "filtering": can_filter(access),
        "alerts": can_see_alerts(access),
        "review": can_review_logs(access),
        "reports": can_read_reports(access),
    }


# The block page ------------------------------------------------------------------------


@dataclass(frozen=True)
class ClauseLine:
    id: str
    summary: str  # empty: not a clause of this organisation's policy


@dataclass(frozen=True)
class BlockPage:
    """What the block page shows: its parameters, checked for shape, and the clauses."""

    organisation: Organisation | None
    url: str
    category: str
    entry: str
    reason: str
    clauses: list[ClauseLine]
    at: str
    org_slug: str

    @property
    def clause_ids(self) -> list[str]:
        return [c.id for c in self.clauses]


REASONS = {
    "always_block": "This address is on a list of illegal content that is always blocked.",
    "deny_list": "This address is on the organisation's own block list.",
    "bypass": "This looks like a way round the filter (a VPN, proxy or similar).",
    "rule": "The organisation's policy blocks this category here.",
    "expression": "The address matched a pattern the filter blocks.",
    "unreadable": "The address could not be read safely, so it was blocked.",
}


def _param(params: Any, name: str, limit: int) -> str:
    value = params.get(name, "")
    return str(value)[:limit] if isinstance(value, str) else ""


def block_page(params: Any) -> BlockPage:
    """The block page for query parameters ``params`` (names in ``policyguard.webfilter.squid``).

    Unknown organisations and clauses are shown as given, never as an error: the page
    must work for whatever the helper (or a person editing the address) sends.
    """
    slug = _param(params, "org", 64)
    organisation = Organisation.objects.filter(slug=slug).first() if slug else None
    summaries: dict[str, str] = {}
    if organisation is not None:
        try:
            summaries = {c.id: c.summary for c in organisation.pack().clauses}
        except Exception:
            summaries = {}
    ids = [c.strip() for c in _param(params, "clauses", 200).split(",") if c.strip()][:10]
    clauses = [ClauseLine(c[:20], summaries.get(c, "")) for c in ids if _CLAUSE_ID.fullmatch(c)]
    return BlockPage(
        organisation=organisation,
        url=_param(params, "url", 2000),
        category=_param(params, "category", 100),
        entry=_param(params, "entry", 1000),
        reason=_param(params, "reason", 32),
        clauses=clauses,
        at=_param(params, "at", 32),
        org_slug=slug,
    )


# Review requests, lists, alerts ------------------------------------------------------


def requests_for(
    access: Access, *, status: str | None = RequestStatus.OPEN
) -> QuerySet[UnblockRequest]:
    if not can_filter(access):
        return UnblockRequest.objects.none()
    found = UnblockRequest.objects.filter(organisation=access.organisation).select_related(
        "decided_by"
    )
    return found.filter(status=status) if status else found


def entries_of(organisation: Organisation, tier: str | None = None) -> QuerySet[ListEntry]:
    found = ListEntry.objects.filter(organisation=organisation).select_related("created_by")
    return found.filter(tier=tier) if tier else found


def with_names(
    alerts: QuerySet[SafeguardingAlert], user: Viewer, access: Access
) -> QuerySet[SafeguardingAlert]:
    """``alerts`` with ``person_name`` and ``person_id`` (directory id): the person whose
    network username each alert's user is, when ``user`` may see that person in the
    directory (``people_visible_to``); empty otherwise. Two subqueries in the one query
    of the page, whatever its length."""
    people = people_visible_to(user, access).filter(network_username=OuterRef("user"))
    people = people.exclude(network_username="").order_by("external_id")
    return alerts.annotate(
        person_name=Coalesce(Subquery(people.values("name")[:1]), Value("")),
        person_id=Coalesce(Subquery(people.values("external_id")[:1]), Value("")),
    )


def alerts_for(access: Access, *, open_only: bool = False) -> QuerySet[SafeguardingAlert]:
    """The organisation's alerts routed to the reader (``alert_visibility``)."""
    visible = alert_visibility(access)
    if visible is None:
        return SafeguardingAlert.objects.none()
    found = (
        SafeguardingAlert.objects.filter(organisation=access.organisation)
        .filter(visible)
        .select_related("handled_by")
    )
    return found.exclude(status=AlertStatus.CLOSED) if open_only else found


# Log review -------------------------------------------------------------------------


def logs_every_visit(organisation: Organisation) -> bool:
    """The pack says every visit is monitored (``web.logging.log_all``: NCLT-02, QTSD-03)."""
    web = organisation.pack().web
    return bool(web and web.log_all)


def monitoring_mode(organisation: Organisation) -> str:
    """What the log holds, in words for reports and pages."""
    if logs_every_visit(organisation):
        return "every visit is logged and reviewable"
    return "blocked requests, warnings and searches are logged and reviewable"


def reviewable(organisation: Organisation, *, with_alerts: bool) -> QuerySet[WebLogEntry]:
    """What the log review asks to be read after use: searches and blocked requests
    (VTS-26), or every visit where the pack monitors every visit (``logs_every_visit``).
    Entries that raised a safeguarding alert only ``with_alerts`` (for those who may see
    alerts, ``can_see_alerts``): anyone else reviewing the logs never sees those searches."""
    found = WebLogEntry.objects.filter(organisation=organisation)
    if not logs_every_visit(organisation):
        found = found.filter(~Q(search_term="") | Q(outcome=Outcome.BLOCK))
    return found if with_alerts else found.filter(alert=False)


def reviewable_for(access: Access) -> QuerySet[WebLogEntry]:
    """What ``access`` may read in the log review."""
    return reviewable(access.organisation, with_alerts=sees_every_alert(access))


def day_bounds(day: date) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    start = datetime.combine(day, time.min, tzinfo=zone)
    return start, datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)


def review_scope(
    access: Access,
    *,
    kind: str = "",
    unreviewed_only: bool = True,
    learner: str = "",
    day: date | None = None,
) -> ReviewScope:
    """What ``access`` may read in the log review, as the log store's rollup counts it
    (the same records as ``reviewable_for``)."""
    return ReviewScope(
        with_alerts=sees_every_alert(access),
        every_visit=logs_every_visit(access.organisation),
        kind=kind,
        unreviewed_only=unreviewed_only,
        learner=learner,
        day=day,
    )


def unreviewed_count(access: Access) -> int:
    """Entries awaiting review that ``access`` may see (from the log store's rollup)."""
    return log_store().count(access.organisation.pk, review_scope(access))


def learner_filter(learner: str) -> Q:
    """Entries whose ``WebLogEntry.learner`` is ``learner`` (the same fallbacks, in SQL;
    ``unknown`` includes the records with no user, device or address, such as those
    retention anonymised)."""
    found = (
        Q(user=learner)
        | Q(user="", device_id=learner)
        | Q(user="", device_id="", client_ip=learner)
    )
    if learner == "unknown":
        found |= Q(user="", device_id="", client_ip="")
    return found


def export_entries(organisation: Organisation) -> list[ExportEntry]:
    """The organisation's list entries, ready for ``weblists.write_lists``."""
    return [
        ExportEntry(tier=e.tier, value=e.value, category=e.category, note=e.note)
        for e in entries_of(organisation)
    ]


@dataclass(frozen=True)
class ListsStatus:
    """Whether the organisation's list changes are live on its proxies, for the lists page."""

    live: bool
    published_version: int
    published_at: datetime | None
    changed_at: datetime | None
    problem: str
    has_snapshot: bool


def lists_status(organisation: Organisation, *, has_snapshot: bool) -> ListsStatus:
    """Where the lists stand (``has_snapshot``: whether the organisation's compiled
    snapshot exists, which the caller knows from its folder)."""
    state = WebListState.objects.filter(organisation=organisation).first()
    if state is None:
        return ListsStatus(True, 0, None, None, "", has_snapshot)
    return ListsStatus(
        live=state.is_live,
        published_version=state.published_version,
        published_at=state.published_at,
        changed_at=state.changed_at,
        problem=state.problem,
        has_snapshot=has_snapshot,
    )
