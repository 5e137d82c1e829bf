"""Demo work for ``load_demo``: something waiting on the dashboards a newcomer signs in to.

Each item goes through the same action a person would use, so it routes by the pack
exactly as real work does (which role gets it differs by institution):

- the demo student reports a safeguarding concern (the DSL's, every pack): the student
  sees it under "My reports";
- the demo staff member (Tom Ellis, S002) reports a colleague's post, routed by the
  pack (their line manager, HR or the directors);
- the administrator asks, for Tom Ellis, whether he may send a friend request to his
  brother Jack (L002), a current student: where the pack asks for the contact to be
  disclosed, a duty opens for the person it names;
- a learner asks IT to review a blocked page (the filtering role's review requests);
- a member of staff (S004) leaves in two weeks (HR's leavers; created with the people);
- the policy in force is recorded as a version (``record_pack_version``, as publishing
  does): its review falls due for whoever keeps the policy, and everyone the pack asks
  is asked to acknowledge it, so a line manager's and a tutor's team shows who has not;
- the demo staff member asks for a new departmental account, which waits for whoever
  the pack has approve accounts;
- last week's monitoring report is made (as the Monday job does) for its readers, the
  senior leaders the pack names among them.

Loading the demo again adds none of it twice: the organisation's demo concerns,
decisions and requests are looked for first.
"""

from __future__ import annotations

import json
from datetime import timedelta

from django.utils import timezone

from policyguard import EventError
from portal.cases.actions import Report, report_concern
from portal.cases.models import Concern
from portal.compliance.actions import record_pack_version
from portal.decisions.actions import decide_event
from portal.decisions.models import Decision
from portal.errors import PortalError
from portal.monitoring.actions import request_unblock
from portal.monitoring.models import UnblockRequest
from portal.monitoring.report_actions import make_report
from portal.monitoring.reports import weekly_period
from portal.officialaccounts.actions import request_account
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.organisations.queries import access_to
from portal.people.models import Person
from portal.types import User

DEMO_BLOCKED_URL = "https://www.instagram.com/college_drama_society/"


def _login(organisation: Organisation, suffix: str) -> User | None:
    return User.objects.filter(username=f"{organisation.slug}-{suffix}").first()


def _report(organisation: Organisation, username: str, kind: str, what: str) -> None:
    user = _login(organisation, username)
    if user is None or kind not in organisation.pack().reports:
        return
    if Concern.objects.filter(organisation=organisation, reporter=user, kind=kind).exists():
        return
    report_concern(
        organisation=organisation,
        access=access_to(user, organisation.slug),
        report=Report(kind=kind, what=what),
        acting_user=user,
    )


def _ask_about_contact(organisation: Organisation) -> None:
    # Asked by the administrator (Tom may name only the people he line-manages or
    # tutors; Jack is neither): Tom came to them with it.
    user = _login(organisation, "admin")
    if user is None:
        return
    asked = Decision.objects.filter(
        organisation=organisation, requested_by=user, event_kind="connection"
    )
    if asked.exists():
        return
    event = {
        "kind": "connection",
        "at": (timezone.now() - timedelta(hours=2)).isoformat(),
        "actor": "S002",
        "target": "L002",
        "action": "friend_request",
        "platform": "facebook",
    }
    decide_event(
        organisation=organisation,
        event=json.dumps(event),
        acting_user=user,
        asked_by=access_to(user, organisation.slug),
    )


def _review_request(organisation: Organisation) -> None:
    if UnblockRequest.objects.filter(organisation=organisation).exists():
        return
    request_unblock(
        organisation=organisation,
        url=DEMO_BLOCKED_URL,
        category="social_networks",
        entry="instagram.com",
        reason="rule",
        clauses=[],
        message="Our drama society posts rehearsal times here; we need it for the show.",
        requester_name="Jack Ellis",
        acting_user=None,
    )


def _account_request(organisation: Organisation) -> None:
    user = _login(organisation, "staff")
    name = f"@{organisation.slug.replace('-', '')}drama"
    if (
        user is None
        or OfficialAccount.objects.filter(organisation=organisation, name=name).exists()
    ):
        return
    owner = Person.objects.filter(organisation=organisation, external_id="S002").first()
    request_account(
        organisation=organisation,
        name=name,
        platform="instagram",
        account_type="departmental",
        area="Performing Arts",
        purpose="promotional",
        description="Rehearsal times, shows and the students' work on stage.",
        owners=[owner] if owner is not None else [],
        acting_user=user,
    )


def load_demo_work(organisation: Organisation) -> None:
    """Add the demo's waiting work to ``organisation`` (its logins exist already)."""
    try:
        _report(
            organisation,
            "student",
            "safeguarding",
            "A friend in my class posted that she wants to hurt herself. I am worried.",
        )
        _report(
            organisation,
            "staff",
            "colleague_post",
            "A colleague posted a photo of a learner's work with the learner's full name.",
        )
        _ask_about_contact(organisation)
        record_pack_version(organisation=organisation, acting_user=_login(organisation, "admin"))
        _account_request(organisation)
    except (PortalError, EventError) as exc:  # a pack this demo does not fit: say so
        raise RuntimeError(f"{organisation.slug}: the demo work does not fit: {exc}") from exc
    _review_request(organisation)
    make_report(organisation=organisation, period=weekly_period(timezone.now()), acting_user=None)
