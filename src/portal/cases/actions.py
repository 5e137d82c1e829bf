"""Writes for concerns and cases. Each runs in one transaction, writes an audit row, adds
to the case's chronology, and notifies (on commit) only people who may open the page the
notification links to. Who may call which is the caller's check (``portal.cases.access``).

- :func:`report_concern`: the pack routes the report (one route, a decision recorded);
  its handler gets a duty, the roles told of it a notification, the reporter an
  acknowledgement (WCUC-05);
- :func:`open_case` from a concern, an alert, a decision or a moderation finding, and
  :func:`add_to_case` for more of them; :func:`add_person`, :func:`add_note`,
  :func:`change_case`, :func:`assign_worker`;
- :func:`assign_action` (a duty), :func:`record_referral` and
  :func:`record_referral_outcome`, :func:`record_breach_outcome` (a duty for its owner)
  and :func:`complete_breach_outcome`;
- :func:`close_case` (refused while actions or outcomes are open), :func:`close_concern`
  (dealt with without a case), :func:`take_concern_in_hand`;
- :func:`record_view`: every view of a case or a concern is audited, not only changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from policyguard import AffiliationKind
from policyguard import Decision as CoreDecision
from portal.audit.actions import write_audit_entry
from portal.cases.access import access_for, case_visible, concern_visible
from portal.cases.documents import check_document, size_label
from portal.cases.models import (
    Agency,
    Area,
    BreachOutcome,
    Case,
    CaseAction,
    CaseDocument,
    CaseEntry,
    CasePerson,
    CaseStatus,
    Category,
    ClosureReason,
    Concern,
    ConcernStatus,
    EntryKind,
    Involvement,
    OutcomeKind,
    OutcomeStatus,
    Referral,
    Risk,
    Where,
)
from portal.consent.disclosure import without_consent_detail
from portal.decisions.actions import decide_event
from portal.decisions.models import Decision
from portal.duties.actions import open_duty, set_duty_status
from portal.duties.models import OPEN_STATUSES, Duty, DutyStatus
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.moderation.models import Post
from portal.monitoring.models import SafeguardingAlert
from portal.notifications.actions import notify
from portal.notifications.recipients import role_holders
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.people.models import Person
from portal.types import Actor, User

TEXT_LIMIT = 20_000
# Clauses that a referral or a breach outcome carries out, where the pack holds them.
REFERRAL_CLAUSES = ("LI-18", "QTSD-11", "NCLT-10")
OUTCOME_CLAUSES = {
    OutcomeKind.IT_ACCESS_WITHDRAWN: ("LI-18",),
    OutcomeKind.DISCIPLINARY: ("LI-18", "WCUC-01"),
    OutcomeKind.MATERIAL_REMOVED: ("WCUC-01", "LI-18"),
}
# Who carries out an outcome, by the first role the pack has.
OUTCOME_ROLES = {
    OutcomeKind.IT_ACCESS_WITHDRAWN: ("it_manager", "it_support", "office_manager", "dsl"),
    OutcomeKind.DISCIPLINARY: ("hr",),
    OutcomeKind.MATERIAL_REMOVED: ("moderator", "hr"),
}


def _rejected(field: str, message: str) -> Rejected:
    return Rejected(message, problems=[Problem(None, field, message)])


def _clauses(organisation: Organisation, wanted: Sequence[str]) -> list[str]:
    known = {c.id for c in organisation.pack().clauses}
    return [c for c in wanted if c in known]


def _user(acting_user: Actor) -> User | None:
    return acting_user if isinstance(acting_user, User) else None


def case_link(case: Case) -> str:
    return reverse("cases:detail", args=[case.organisation.slug, case.pk])


def concern_link(concern: Concern) -> str:
    return reverse("cases:concern", args=[concern.organisation.slug, concern.pk])


def my_report_link(concern: Concern) -> str:
    return reverse("cases:my_report", args=[concern.organisation.slug, concern.pk])


def _entry(
    case: Case,
    kind: str,
    summary: str,
    *,
    acting_user: Actor,
    at: datetime | None = None,
    text: str = "",
    clauses: Sequence[str] = (),
    **sources: Any,
) -> CaseEntry:
    user = _user(acting_user)
    return CaseEntry.objects.create(
        case=case,
        at=at or timezone.now(),
        kind=kind,
        summary=summary[:300],
        text=text[:TEXT_LIMIT],
        clauses=list(clauses),
        recorded_by=user,
        recorded_by_name=user.get_username() if user else "",
        **sources,
    )


def _audit(case: Case | Concern, verb: str, acting_user: Actor, **detail: Any) -> None:
    write_audit_entry(
        acting_user=acting_user,
        organisation=case.organisation,
        verb=verb,
        target=case,
        detail=detail,
    )


# Reporting a concern -------------------------------------------------------------------


@dataclass(frozen=True)
class Report:
    """What a reporter says: the form and the API both build one."""

    kind: str
    what: str
    subject: Person | None = None
    subject_kind: str = ""
    subject_description: str = ""
    happened_at: datetime | None = None
    where: str = Where.UNKNOWN
    place: str = ""
    link_url: str = ""
    post: Post | None = None
    alert: SafeguardingAlert | None = None


def _reference(person: Person | None, user: User, *, is_student: bool) -> str | dict[str, Any]:
    if person is not None:
        return person.external_id
    kind = AffiliationKind.STUDENT if is_student else AffiliationKind.STAFF
    return {"id": f"portal-user:{user.get_username()}", "affiliations": [{"kind": kind.value}]}


def _described(kind: str) -> dict[str, Any]:
    person: dict[str, Any] = {"id": "described:subject"}
    if kind == "former_student":
        person["affiliations"] = [{"kind": "student", "end": "2000-01-01"}]
    elif kind in {k.value for k in AffiliationKind}:
        person["affiliations"] = [{"kind": kind}]
    return person


def _route(decision: Decision) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The routing finding's facts (kind, route, area) and its actions."""
    for finding in decision.decision.get("findings", []):
        if finding.get("rule") != "report.routing":
            continue
        facts = next(
            (
                e["value"]
                for e in finding.get("evidence", [])
                if str(e.get("field", "")).startswith("reports.") and isinstance(e["value"], dict)
            ),
            {},
        )
        return facts, list(finding.get("actions", []))
    raise ValueError("the pack binds no report.routing rule")


def report_concern(
    *, organisation: Organisation, access: Access, report: Report, acting_user: User
) -> Concern:
    """Record a concern reported by ``acting_user`` and route it by the pack.

    The reporter may name by id only the people they may see (``decide_event``'s
    ``asked_by``); anyone else is described. Raises ``Rejected`` naming the field, or the
    core's ``EventError`` for a person the reporter may not name."""
    pack = organisation.pack()
    if report.kind not in pack.reports:
        raise _rejected("kind", f"{report.kind!r} is not a kind of concern this policy lists")
    what = report.what.strip()
    if not what:
        raise _rejected("what", "Say what happened.")
    reporter_person = Person.objects.filter(organisation=organisation, user=acting_user).first()
    event: dict[str, Any] = {
        "kind": "report",
        "at": timezone.now().isoformat(),
        "reporter": _reference(reporter_person, acting_user, is_student=access.is_student_only),
        "concern": report.kind,
        "text": what[:TEXT_LIMIT],
    }
    if report.subject is not None:
        event["subject"] = report.subject.external_id
    elif report.subject_kind:
        event["subject"] = _described(report.subject_kind)
    with transaction.atomic():
        record, _ = decide_event(
            organisation=organisation,
            event=event,
            acting_user=acting_user,
            channel="concern",
            asked_by=access,
            handled_by_workflow={f"handle_{k}" for k in pack.reports}
            | {f"told_of_{k}" for k in pack.reports},
        )
        facts, actions = _route(record)
        owner = actions[0]
        kind = pack.reports[facts.get("kind", report.kind)]
        concern = Concern.objects.create(
            organisation=organisation,
            reporter=acting_user,
            reporter_name=acting_user.get_username(),
            reporter_person=reporter_person,
            kind=facts.get("kind", report.kind),
            kind_title=kind.title or report.kind.replace("_", " "),
            subject_person=report.subject,
            subject_kind=report.subject_kind if report.subject is None else "",
            subject_description=report.subject_description[:TEXT_LIMIT],
            what=what[:TEXT_LIMIT],
            happened_at=report.happened_at,
            where=report.where,
            place=report.place[:300],
            link_url=report.link_url[:2000],
            post=report.post,
            alert=report.alert,
            decision=record,
            area=facts.get("area", Area.CONDUCT),
            route_role=owner["role"],
            route_role_title=owner.get("role_title", ""),
            route_person_external_id=owner.get("person_id") or "",
            urgency=owner.get("urgency", "soon"),
            clauses=list(owner.get("clauses", [])),
            told_roles="".join(f",{a['role']}," for a in actions[1:]),
        )
        duty = open_duty(
            organisation=organisation,
            title=f"Concern {concern.reference}: {concern.kind_title}"[:200],
            description="A concern was reported and routed to you by the policy. Open it to "
            "read it, then open a case, add it to one, or close it with a note.",
            role=concern.route_role,
            person_external_id=concern.route_person_external_id,
            urgency=concern.urgency,
            code=owner.get("code", ""),
            clauses=concern.clauses,
            link=concern_link(concern),
            source_key=f"cases.concern:{concern.pk}",
            acting_user=acting_user,
        )
        concern.duty = duty
        concern.routed_user = duty.owner_user
        concern.save(update_fields=["duty", "routed_user"])
        _audit(
            concern,
            "cases.concern.report",
            acting_user,
            kind=concern.kind,
            route=concern.route_role,
            person=concern.route_person_external_id,
            urgency=concern.urgency,
            decision=record.pk,
        )
        told = [a["role"] for a in actions[1:]]
        if told:
            notify(
                recipients=role_holders(organisation, told),
                can_open=lambda user: _may_open_concern(user, concern),
                organisation=organisation,
                kind="cases.concern.told",
                title=f"For information: concern {concern.reference} ({concern.kind_title})",
                body=f"Routed to {concern.route_role_title}; you are told of it as well.",
                link=concern_link(concern),
                dedupe_key=f"cases.concern.told:{concern.pk}",
            )
        _tell_reporter(concern, "received")
    return concern


def _may_open_concern(user: User, concern: Concern) -> bool:
    access = access_for(user, concern.organisation)
    return access is not None and concern_visible(user, access, concern)


def _may_open_case(user: User, case: Case) -> bool:
    access = access_for(user, case.organisation)
    return access is not None and case_visible(user, access, case)


_STATUS_WORDS = {
    "received": "was received",
    ConcernStatus.IN_HAND: "is being dealt with",
    ConcernStatus.CLOSED: "is closed",
}


def _tell_reporter(concern: Concern, status: str) -> None:
    """The reporter hears the status of their report, never what is behind it."""
    if concern.reporter is None:
        return
    reporter = concern.reporter
    notify(
        recipients=[reporter],
        can_open=lambda user: user.pk == reporter.pk,
        organisation=concern.organisation,
        kind="cases.concern.status",
        title=f"Your report {concern.reference} {_STATUS_WORDS[status]}",
        body="Thank you for reporting it. It is taken seriously; the people the policy names "
        "deal with it.",
        link=my_report_link(concern),
        dedupe_key=f"cases.concern.status:{concern.pk}:{status}",
    )


def _concern_acted_on(concern: Concern, status: str, acting_user: Actor, note: str) -> None:
    """The concern's first action, status for the reporter, and its duty done."""
    now = timezone.now()
    fields = ["status"]
    if concern.first_action_at is None:
        concern.first_action_at = now
        fields.append("first_action_at")
    before = concern.status
    concern.status = status
    if status == ConcernStatus.CLOSED:
        concern.closed_at, concern.closed_note = now, note[:TEXT_LIMIT]
        fields += ["closed_at", "closed_note"]
    concern.save(update_fields=fields)
    user = _user(acting_user)
    duty = concern.duty
    if duty is not None and duty.status in OPEN_STATUSES and user is not None:
        set_duty_status(duty=duty, status=DutyStatus.DONE, note=note[:500], acting_user=user)
    if status != before:
        _tell_reporter(concern, status)


def take_concern_in_hand(*, concern: Concern, note: str = "", acting_user: User) -> Concern:
    """The handler says they are dealing with it (without a case for now)."""
    with transaction.atomic():
        concern = Concern.objects.select_for_update().get(pk=concern.pk)
        if concern.status != ConcernStatus.RECEIVED:
            raise NotAllowedNow(f"The concern is {concern.get_status_display()} already.")
        _concern_acted_on(concern, ConcernStatus.IN_HAND, acting_user, note or "In hand.")
        _audit(concern, "cases.concern.in_hand", acting_user, note=note)
    return concern


def close_concern(*, concern: Concern, note: str, acting_user: User) -> Concern:
    """Close a concern dealt with without a case; a note says how (required)."""
    note = note.strip()
    if not note:
        raise _rejected("note", "Say how it was dealt with: a note is required.")
    with transaction.atomic():
        concern = Concern.objects.select_for_update().get(pk=concern.pk)
        if concern.status == ConcernStatus.CLOSED:
            raise NotAllowedNow("The concern is closed already.")
        if concern.case_id is not None:
            raise NotAllowedNow("The concern is part of a case: it closes with the case.")
        _concern_acted_on(concern, ConcernStatus.CLOSED, acting_user, note)
        _audit(concern, "cases.concern.close", acting_user, note=note)
    return concern


# Cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One thing a case is opened from or gathers: exactly one of these."""

    concern: Concern | None = None
    alert: SafeguardingAlert | None = None
    decision: Decision | None = None
    post: Post | None = None

    def at(self) -> datetime:
        if self.concern is not None:
            return self.concern.created_at
        if self.alert is not None:
            return self.alert.created_at
        if self.decision is not None:
            return self.decision.requested_at
        assert self.post is not None
        return self.post.created_at


def _check_choice(field: str, value: str, choices: Any) -> None:
    if value not in choices.values:
        raise _rejected(field, f"{value!r} is not one of: {', '.join(choices.values)}")


def open_case(
    *,
    organisation: Organisation,
    title: str,
    area: str,
    category: str,
    risk: str = Risk.MEDIUM,
    source: Source | None = None,
    acting_user: User,
) -> Case:
    """Open a case (optionally from ``source``); its opener works on it."""
    title = title.strip()
    if not title:
        raise _rejected("title", "Give the case a short title.")
    _check_choice("area", area, Area)
    _check_choice("category", category, Category)
    _check_choice("risk", risk, Risk)
    now = timezone.now()
    with transaction.atomic():
        case = Case.objects.create(
            organisation=organisation,
            title=title[:200],
            area=area,
            category=category,
            risk=risk,
            opened_by=acting_user,
            opened_at=now,
            received_at=source.at() if source else now,
            first_action_at=now,
            route_role=source.concern.route_role if source and source.concern else "",
            urgency=source.concern.urgency if source and source.concern else "soon",
        )
        case.workers.add(acting_user)
        _entry(
            case,
            EntryKind.OPENED,
            f"Case opened: {case.get_category_display()}, {case.get_risk_display()} risk",
            acting_user=acting_user,
            at=now,
        )
        _audit(case, "cases.case.open", acting_user, area=area, category=category, risk=risk)
        if source is not None:
            _add_source(case, source, acting_user)
    return case


def add_to_case(*, case: Case, source: Source, acting_user: User) -> Case:
    """Add a concern, an alert, a decision or a moderation finding to an open case."""
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        if not case.is_open:
            raise NotAllowedNow("The case is closed: reopen it first.")
        _add_source(case, source, acting_user)
    return case


def _add_source(case: Case, source: Source, acting_user: User) -> None:
    if source.concern is not None:
        concern = Concern.objects.select_for_update().get(pk=source.concern.pk)
        if concern.case_id is not None:
            raise NotAllowedNow(f"Concern {concern.reference} is in a case already.")
        if concern.status == ConcernStatus.CLOSED:
            raise NotAllowedNow(f"Concern {concern.reference} was closed without a case.")
        concern.case = case
        concern.save(update_fields=["case"])
        _entry(
            case,
            EntryKind.CONCERN,
            f"Concern {concern.reference} reported by {concern.reporter_name}: "
            f"{concern.kind_title}",
            acting_user=acting_user,
            at=concern.happened_at or concern.created_at,
            text=concern.what,
            clauses=concern.clauses,
            concern=concern,
        )
        for person, involvement in (
            (concern.subject_person, Involvement.SUBJECT),
            (concern.reporter_person, Involvement.REPORTER),
        ):
            if person is not None:
                _involve(case, person, person.name, involvement)
        _concern_acted_on(
            concern, ConcernStatus.IN_HAND, acting_user, f"Added to case {case.reference}."
        )
        kind, what = "concern", concern.reference
    elif source.alert is not None:
        alert = source.alert
        if CaseEntry.objects.filter(case=case, alert=alert).exists():
            raise NotAllowedNow("That alert is in this case already.")
        person = _person_of_alert(alert)
        _entry(
            case,
            EntryKind.ALERT,
            f"Web-filter alert: {alert.category} ({alert.severity}) by "
            f"{person.name if person else alert.user or alert.device_id or 'unknown'}",
            acting_user=acting_user,
            at=alert.at,
            text=f"Search: {alert.search_term}" if alert.search_term else "",
            alert=alert,
        )
        if person is not None:
            _involve(case, person, person.name, Involvement.AFFECTED)
        kind, what = "alert", str(alert.pk)
    elif source.decision is not None:
        decision = source.decision
        if CaseEntry.objects.filter(case=case, decision=decision, kind=EntryKind.DECISION).exists():
            raise NotAllowedNow("That decision is in this case already.")
        # A case's readers are not the consent register's keepers: a consent's detail
        # (who gave it, when, the person's age) stays on the register.
        plain = without_consent_detail(CoreDecision.model_validate(decision.decision))
        explanation = "; ".join(f.explanation for f in plain.findings)
        _entry(
            case,
            EntryKind.DECISION,
            f"Decision #{decision.pk}: {decision.event_kind}, {decision.outcome}",
            acting_user=acting_user,
            at=decision.requested_at,
            text=explanation,
            clauses=list(decision.clauses),
            decision=decision,
        )
        kind, what = "decision", str(decision.pk)
    else:
        post = source.post
        assert post is not None
        if CaseEntry.objects.filter(case=case, post=post).exists():
            raise NotAllowedNow("That post is in this case already.")
        _entry(
            case,
            EntryKind.POST,
            f"Moderation finding on {post.account.name}: {post.get_status_display()}",
            acting_user=acting_user,
            at=post.created_at,
            text=post.text,
            clauses=list(post.decision.clauses) if post.decision else [],
            post=post,
            decision=post.decision,
        )
        kind, what = "post", str(post.pk)
    _audit(case, "cases.case.add", acting_user, kind=kind, item=what)
    _tell_workers(case, f"Added to case {case.reference}: a {kind}", acting_user)


def _person_of_alert(alert: SafeguardingAlert) -> Person | None:
    """The directory entry whose network username made the search (case-insensitive)."""
    if not alert.user:
        return None
    return Person.objects.filter(
        organisation=alert.organisation, network_username__iexact=alert.user
    ).first()


def _involve(case: Case, person: Person | None, name: str, involvement: str) -> CasePerson:
    if person is not None:
        found = CasePerson.objects.filter(case=case, person=person, involvement=involvement).first()
        if found is not None:
            return found
    return CasePerson.objects.create(
        case=case, person=person, name=name[:200], involvement=involvement
    )


def add_person(
    *,
    case: Case,
    involvement: str,
    acting_user: User,
    person: Person | None = None,
    name: str = "",
) -> CasePerson:
    """Someone involved: a directory entry, or a name or description."""
    _check_choice("involvement", involvement, Involvement)
    name = (person.name if person is not None else name).strip()
    if not name:
        raise _rejected("person", "Choose someone from the directory, or describe them.")
    with transaction.atomic():
        involved = _involve(case, person, name, involvement)
        _entry(
            case,
            EntryKind.PERSON,
            f"{name} involved: {involved.get_involvement_display()}",
            acting_user=acting_user,
        )
        _audit(case, "cases.case.person", acting_user, name=name, involvement=involvement)
    return involved


def add_note(*, case: Case, text: str, at: datetime | None = None, acting_user: User) -> CaseEntry:
    """A note in the chronology; ``at`` is when what it records happened (default now)."""
    text = text.strip()
    if not text:
        raise _rejected("text", "Write the note.")
    if at is not None and at > timezone.now():
        raise _rejected("at", "A note records what happened: the time cannot be in the future.")
    with transaction.atomic():
        entry = _entry(
            case,
            EntryKind.NOTE,
            text.splitlines()[0][:120],
            acting_user=acting_user,
            at=at,
            text=text,
        )
        _audit(case, "cases.case.note", acting_user, entry=entry.pk)
    return entry


def add_document(
    *, case: Case, upload: Any, acting_user: User, description: str = ""
) -> CaseDocument:
    """A document in the chronology (a statement, a screenshot, a letter): its type read
    from its bytes and its size checked (``portal.cases.documents``), stored under a
    random name, audited with its SHA-256. Nothing is kept if any step fails."""
    checked = check_document(upload, max_bytes=settings.POLICYGUARD_CASE_DOCUMENT_MAX_BYTES)
    description = description.strip()[:300]
    stored: list[str] = []
    try:
        with transaction.atomic():
            if not Case.objects.select_for_update().get(pk=case.pk).is_open:
                raise NotAllowedNow("The case is closed: reopen it first.")
            document = CaseDocument(
                case=case,
                name=checked.name,
                content_type=checked.content_type,
                size=checked.size,
                sha256=checked.sha256,
                description=description,
                uploaded_by=acting_user,
            )
            document.file.save(checked.name, upload, save=False)
            stored.append(str(document.file.name))
            document.save()
            _entry(
                case,
                EntryKind.DOCUMENT,
                f"Document: {checked.name} ({size_label(checked.size)})",
                acting_user=acting_user,
                text=description,
                document=document,
            )
            _audit(
                case,
                "cases.case.document",
                acting_user,
                document=document.pk,
                name=checked.name,
                content_type=checked.content_type,
                size=checked.size,
                sha256=checked.sha256,
            )
            _tell_workers(case, f"A document was added to case {case.reference}", acting_user)
    except BaseException:
        for name in stored:
            default_storage.delete(name)
        raise
    return document


def change_case(*, case: Case, category: str, risk: str, area: str, acting_user: User) -> Case:
    """Change the category, the risk level or the area (which changes who sees it)."""
    _check_choice("area", area, Area)
    _check_choice("category", category, Category)
    _check_choice("risk", risk, Risk)
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        before = {"category": case.category, "risk": case.risk, "area": case.area}
        after = {"category": category, "risk": risk, "area": area}
        if before == after:
            raise NotAllowedNow("Nothing changed.")
        case.category, case.risk, case.area = category, risk, area
        case.save(update_fields=["category", "risk", "area"])
        changed = ", ".join(
            f"{k} {before[k]} to {after[k]}" for k in after if before[k] != after[k]
        )
        _entry(case, EntryKind.CHANGE, f"Changed: {changed}", acting_user=acting_user)
        _audit(case, "cases.case.change", acting_user, before=before, after=after)
    return case


def assign_worker(*, case: Case, worker: User, acting_user: User) -> Case:
    """Let ``worker`` (a member of the organisation) work on this case, and only it."""
    if access_for(worker, case.organisation) is None:
        raise _rejected("worker", "They are not a member of this organisation.")
    with transaction.atomic():
        case.workers.add(worker)
        _entry(
            case,
            EntryKind.PERSON,
            f"{worker.get_username()} assigned to work on the case",
            acting_user=acting_user,
        )
        _audit(case, "cases.case.assign", acting_user, worker=worker.get_username())
        notify(
            recipients=[worker],
            can_open=lambda user: _may_open_case(user, case),
            organisation=case.organisation,
            kind="cases.case.assigned",
            title=f"You were assigned to case {case.reference}",
            link=case_link(case),
            dedupe_key=f"cases.case.assigned:{case.pk}:{worker.pk}",
        )
    return case


# The source key of the duty a new lead gets to take a case on (one per hand-over).
TAKE_ON_KEY = "cases.case.take_on"


def reassign_case(*, case: Case, person: Person, acting_user: User, note: str = "") -> Case:
    """Hand the case to ``person`` (in the directory, with a portal login, on the staff
    side): they become its lead and one of its workers, and get an action (a duty, with
    the case's urgency) to take it on and a notification; the previous lead stops working
    on it (they still see it if they manage its area or opened it), and their own open
    take-on action is no longer needed. In the chronology and the audit log."""
    worker = person.user
    if worker is None or person.organisation_id != case.organisation_id:
        raise _rejected("person", f"{person.name} has no login here: choose someone who has.")
    access = access_for(worker, case.organisation)
    if access is None or not access.can_view_people:
        raise _rejected("person", f"{person.name} is not a member of staff here.")
    note = note.strip()[:TEXT_LIMIT]
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        if not case.is_open:
            raise NotAllowedNow("The case is closed: reopen it first.")
        previous = case.lead
        if previous == worker:
            raise NotAllowedNow(f"{person.name} leads the case already.")
        for action in case.actions.select_related("duty").filter(
            duty__source_key__startswith=f"{TAKE_ON_KEY}:{case.pk}:",
            duty__status__in=OPEN_STATUSES,
        ):
            set_duty_status(
                duty=action.duty,
                status=DutyStatus.NOT_NEEDED,
                note="The case was handed on to someone else.",
                acting_user=acting_user,
            )
        case.lead = worker
        case.save(update_fields=["lead"])
        case.workers.add(worker)
        if previous is not None:
            case.workers.remove(previous)
        turn = Duty.objects.filter(source_key__startswith=f"{TAKE_ON_KEY}:{case.pk}:").count()
        duty = open_duty(
            organisation=case.organisation,
            title=f"Case {case.reference}: take it on",
            description=note,
            role="",
            person_external_id=person.external_id,
            urgency=case.urgency,
            link=case_link(case),
            source_key=f"{TAKE_ON_KEY}:{case.pk}:{turn + 1}",
            acting_user=acting_user,
        )
        CaseAction.objects.create(case=case, duty=duty)
        handed = f"from {previous.get_username()} " if previous is not None else ""
        _entry(
            case,
            EntryKind.REASSIGNED,
            f"Reassigned {handed}to {worker.get_username()} ({person.name})",
            acting_user=acting_user,
            text=note,
            duty=duty,
        )
        _audit(
            case,
            "cases.case.reassign",
            acting_user,
            to=worker.get_username(),
            previous=previous.get_username() if previous is not None else "",
            duty=duty.pk,
        )
        notify(
            recipients=[worker],
            can_open=lambda user: _may_open_case(user, case),
            organisation=case.organisation,
            kind="cases.case.reassigned",
            title=f"Case {case.reference} was handed to you",
            link=case_link(case),
            dedupe_key=f"cases.case.reassigned:{case.pk}:{duty.pk}",
        )
    return case


def _tell_workers(case: Case, title: str, acting_user: Actor) -> None:
    notify(
        recipients=[w for w in case.workers.all() if w != acting_user],
        can_open=lambda user: _may_open_case(user, case),
        organisation=case.organisation,
        kind="cases.case.changed",
        title=title,
        link=case_link(case),
    )


def _end_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(17, 0)))


def assign_action(
    *,
    case: Case,
    title: str,
    due_on: date,
    acting_user: User,
    person: Person | None = None,
    role: str = "",
    description: str = "",
) -> CaseAction:
    """An action with an owner (a person in the directory, else a role), a due date and a
    status: a duty. Its title is what the owner's inbox shows: keep names out of it."""
    title = title.strip()
    if not title:
        raise _rejected("title", "Say what must be done.")
    if person is None and not role:
        raise _rejected("owner", "Choose who must do it: a person or a role.")
    if role and role not in case.organisation.pack().roles:
        raise _rejected("role", f"{role!r} is not a role of this policy.")
    if due_on < timezone.localdate():
        raise _rejected("due_on", "The due date has passed.")
    with transaction.atomic():
        if not Case.objects.select_for_update().get(pk=case.pk).is_open:
            raise NotAllowedNow("The case is closed.")
        action = CaseAction(case=case)
        duty = open_duty(
            organisation=case.organisation,
            title=f"Case {case.reference}: {title}"[:200],
            description=description[:TEXT_LIMIT],
            role=role,
            person_external_id=person.external_id if person is not None else "",
            link=case_link(case),
            due_at=_end_of(due_on),
            acting_user=acting_user,
        )
        action.duty = duty
        action.save()
        owner = person.name if person is not None else case.organisation.pack().role_title(role)
        _entry(
            case,
            EntryKind.ACTION,
            f"Action for {owner}, due {due_on:%d %b %Y}: {title}",
            acting_user=acting_user,
            text=description,
            duty=duty,
        )
        _audit(case, "cases.action.assign", acting_user, duty=duty.pk, owner=owner)
    return action


def set_action_status(
    *, action: CaseAction, status: str, note: str = "", acting_user: User
) -> CaseAction:
    """Change an action's status (its duty's), with a line in the chronology."""
    with transaction.atomic():
        set_duty_status(duty=action.duty, status=status, note=note, acting_user=acting_user)
        action.duty.refresh_from_db()
        _entry(
            action.case,
            EntryKind.ACTION,
            f"Action {action.duty.get_status_display()}: {action.duty.title}",
            acting_user=acting_user,
            text=note,
            duty=action.duty,
        )
        _audit(action.case, "cases.action.status", acting_user, duty=action.duty.pk, status=status)
    return action


def record_referral(
    *,
    case: Case,
    agency: str,
    made_on: date,
    reference: str = "",
    reason: str = "",
    acting_user: User,
) -> Referral:
    """A referral to an outside agency (LI-18, QTSD-11): when, their reference, why."""
    _check_choice("agency", agency, Agency)
    if made_on > timezone.localdate():
        raise _rejected("made_on", "A referral is recorded once made: not a future date.")
    with transaction.atomic():
        clauses = _clauses(case.organisation, REFERRAL_CLAUSES)
        referral = Referral.objects.create(
            case=case,
            agency=agency,
            made_on=made_on,
            reference=reference.strip()[:100],
            reason=reason.strip()[:TEXT_LIMIT],
            clauses=clauses,
            made_by=acting_user,
        )
        _entry(
            case,
            EntryKind.REFERRAL,
            f"Referred to {referral.get_agency_display()}"
            + (f", reference {referral.reference}" if referral.reference else ""),
            acting_user=acting_user,
            at=_end_of(made_on) if made_on < timezone.localdate() else None,
            text=referral.reason,
            clauses=clauses,
        )
        _audit(case, "cases.referral", acting_user, agency=agency, reference=referral.reference)
    return referral


def record_referral_outcome(
    *, referral: Referral, outcome: str, outcome_on: date, acting_user: User
) -> Referral:
    outcome = outcome.strip()
    if not outcome:
        raise _rejected("outcome", "Say what the agency decided or did.")
    if outcome_on < referral.made_on:
        raise _rejected("outcome_on", "The outcome cannot come before the referral.")
    with transaction.atomic():
        referral.outcome, referral.outcome_on = outcome[:TEXT_LIMIT], outcome_on
        referral.save(update_fields=["outcome", "outcome_on"])
        _entry(
            referral.case,
            EntryKind.REFERRAL,
            f"Outcome from {referral.get_agency_display()}: {outcome.splitlines()[0][:100]}",
            acting_user=acting_user,
            text=outcome,
            clauses=referral.clauses,
        )
        _audit(referral.case, "cases.referral.outcome", acting_user, referral=referral.pk)
    return referral


def _outcome_role(organisation: Organisation, kind: str) -> str:
    roles = organisation.pack().roles
    for role in OUTCOME_ROLES[OutcomeKind(kind)]:
        if role in roles:
            return role
    return "dsl"


def record_breach_outcome(
    *,
    case: Case,
    kind: str,
    due_on: date,
    acting_user: User,
    person: Person | None = None,
    detail: str = "",
) -> BreachOutcome:
    """What follows a breach (IT access withdrawn, a disciplinary referral, material
    removed: LI-18, WCUC-01), with a duty for the role that carries it out."""
    _check_choice("kind", kind, OutcomeKind)
    if due_on < timezone.localdate():
        raise _rejected("due_on", "The due date has passed.")
    label = OutcomeKind(kind).label
    with transaction.atomic():
        if not Case.objects.select_for_update().get(pk=case.pk).is_open:
            raise NotAllowedNow("The case is closed.")
        clauses = _clauses(case.organisation, OUTCOME_CLAUSES[OutcomeKind(kind)])
        role = _outcome_role(case.organisation, kind)
        who = person.name if person is not None else "the person concerned"
        duty = open_duty(
            organisation=case.organisation,
            title=f"Case {case.reference}: {label}",
            description=detail[:TEXT_LIMIT],
            role=role,
            clauses=clauses,
            link=case_link(case),
            due_at=_end_of(due_on),
            acting_user=acting_user,
        )
        outcome = BreachOutcome.objects.create(
            case=case,
            kind=kind,
            person=person,
            detail=detail.strip()[:TEXT_LIMIT],
            duty=duty,
            clauses=clauses,
            created_by=acting_user,
        )
        _entry(
            case,
            EntryKind.OUTCOME,
            f"Outcome to carry out: {label} ({who}), by {duty.role_title}",
            acting_user=acting_user,
            text=detail,
            clauses=clauses,
            duty=duty,
        )
        _audit(case, "cases.outcome", acting_user, kind=kind, role=role)
    return outcome


def complete_breach_outcome(
    *, outcome: BreachOutcome, note: str = "", acting_user: User
) -> BreachOutcome:
    with transaction.atomic():
        outcome = BreachOutcome.objects.select_for_update().get(pk=outcome.pk)
        if outcome.status == OutcomeStatus.DONE:
            raise NotAllowedNow("That outcome is done already.")
        outcome.status, outcome.done_at, outcome.done_by = (
            OutcomeStatus.DONE,
            timezone.now(),
            acting_user,
        )
        outcome.save(update_fields=["status", "done_at", "done_by"])
        if outcome.duty is not None and outcome.duty.status in OPEN_STATUSES:
            set_duty_status(
                duty=outcome.duty, status=DutyStatus.DONE, note=note, acting_user=acting_user
            )
        _entry(
            outcome.case,
            EntryKind.OUTCOME,
            f"Done: {outcome.get_kind_display()}",
            acting_user=acting_user,
            text=note,
            clauses=outcome.clauses,
            duty=outcome.duty,
        )
        _audit(outcome.case, "cases.outcome.done", acting_user, outcome=outcome.pk)
    return outcome


def open_items(case: Case) -> list[str]:
    """What must be done or marked not needed before the case can close."""
    items = [
        f"action: {a.duty.title}"
        for a in case.actions.select_related("duty")
        if a.duty.status in OPEN_STATUSES
    ]
    items += [
        f"outcome: {o.get_kind_display()}"
        for o in case.outcomes.all()
        if o.status != OutcomeStatus.DONE
    ]
    return items


def close_case(*, case: Case, reason: str, note: str = "", acting_user: User) -> Case:
    """Close with a reason; refused while an action or an outcome is open (each named).
    Its concerns close with it, and their reporters are told "closed"."""
    _check_choice("reason", reason, ClosureReason)
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        if not case.is_open:
            raise NotAllowedNow("The case is closed already.")
        waiting = open_items(case)
        if waiting:
            raise NotAllowedNow(
                "Finish or mark not needed first: " + "; ".join(waiting),
                problems=[Problem(None, "case", item) for item in waiting],
            )
        now = timezone.now()
        case.status, case.closed_at, case.closed_by = CaseStatus.CLOSED, now, acting_user
        case.closure_reason, case.closure_note = reason, note.strip()[:TEXT_LIMIT]
        case.save(
            update_fields=["status", "closed_at", "closed_by", "closure_reason", "closure_note"]
        )
        _entry(
            case,
            EntryKind.CLOSED,
            f"Case closed: {case.get_closure_reason_display()}",
            acting_user=acting_user,
            at=now,
            text=case.closure_note,
        )
        for concern in case.concerns.select_for_update().exclude(status=ConcernStatus.CLOSED):
            _concern_acted_on(
                concern, ConcernStatus.CLOSED, acting_user, f"Case {case.reference} closed."
            )
        _audit(case, "cases.case.close", acting_user, reason=reason)
    return case


def reopen_case(*, case: Case, note: str, acting_user: User) -> Case:
    note = note.strip()
    if not note:
        raise _rejected("note", "Say why the case is reopened.")
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        if case.is_open:
            raise NotAllowedNow("The case is open.")
        case.status, case.closed_at, case.closed_by = CaseStatus.OPEN, None, None
        case.save(update_fields=["status", "closed_at", "closed_by"])
        _entry(case, EntryKind.REOPENED, "Case reopened", acting_user=acting_user, text=note)
        _audit(case, "cases.case.reopen", acting_user, note=note)
    return case


def record_view(*, target: Case | Concern, acting_user: User, page: str) -> None:
    """Every view of a case or a concern is audited (who, when, which page)."""
    write_audit_entry(
        acting_user=acting_user,
        organisation=target.organisation,
        verb="cases.view",
        target=target,
        detail={"page": page},
    )


def duty_is_open(duty: Duty) -> bool:
    return duty.status in OPEN_STATUSES
