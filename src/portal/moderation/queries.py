"""Who sees which queue items, what the screen says about a text, and the text cut into
highlighted segments for a page.

Access within an organisation (on top of membership, see ``portal.organisations``):

- the moderating role (``moderator``, the role the packs' ``content.moderation`` rule
  routes posts to) and administrators see the organisation's whole queue and decide;
  ``account_approver`` is left out on purpose: approving an account is not vetting
  what it says, and the packs give that job to the moderator;
- any other staff-side member submits drafts and sees their own, with the notes;
- students see no queue and no drafts;
- other organisations' items do not exist for anyone outside them (404).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

import policyguard as core
from policyguard import Outcome, evaluate, parse_event
from policyguard.screening import segments
from portal.moderation.models import Direction, Post, PostMedia
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.people.models import Person
from portal.people.queries import DatabaseLookups, directory_id_of, nameable_by
from portal.types import Viewer


def can_moderate(access: Access) -> bool:
    return access.is_admin or access.may("moderate")


def can_submit(access: Access) -> bool:
    """Staff-side members write drafts; students do not."""
    return access.is_admin or (bool(access.roles) and not access.is_student_only)


def may_moderate_post(access: Access, post: Post, user: Viewer) -> bool:
    """Whether ``user`` may decide on ``post`` now: a moderator, the post awaiting
    moderation, and not their own. ``moderate_post`` checks the same under a lock."""
    return can_moderate(access) and post.is_awaiting and post.author_id != user.pk


def may_edit_post(post: Post, user: Viewer) -> bool:
    """Whether ``user`` may change ``post``'s text now: its author, while it is editable.
    ``resubmit_draft`` checks the same under a lock."""
    return post.author_id == user.pk and post.is_editable


def accounts_of(organisation: Organisation) -> QuerySet[OfficialAccount]:
    return OfficialAccount.objects.filter(organisation=organisation)


def posts_visible_to(user: Viewer, access: Access) -> QuerySet[Post]:
    posts = Post.objects.filter(organisation=access.organisation).select_related(
        "account", "author", "moderated_by", "decision"
    )
    if can_moderate(access):
        return posts
    if not user.is_authenticated or not can_submit(access):
        return posts.none()
    return posts.filter(author=user)


def posts_visible_to_moderator(access: Access) -> QuerySet[Post]:
    if not can_moderate(access):
        return Post.objects.none()
    return Post.objects.filter(organisation=access.organisation).select_related("account", "author")


def author_person_id(organisation: Organisation, user: Viewer) -> str | None:
    """The directory id of ``user`` in ``organisation``, so the screen knows the author
    (the people app's ``directory_id_of``: one query, in one place)."""
    return directory_id_of(organisation, user)


def post_event(
    *,
    text: str,
    account_type: str,
    at: datetime,
    author: str | None = None,
    account: OfficialAccount | None = None,
    direction: str = Direction.OUTGOING,
    media: Sequence[tuple[str, Sequence[str]]] = (),
    purpose: str = "",
) -> dict[str, Any]:
    """A ``post`` event in the core's JSON contract; ``media``: (image or video, the
    directory ids of the people it shows) for each file the draft carries."""
    event: dict[str, Any] = {
        "kind": "post",
        "at": at.isoformat(),
        "text": text,
        "account_type": account_type,
        "direction": direction,
    }
    if media:
        event["media"] = [
            {"media_type": kind, "people_shown": list(shown)} for kind, shown in media
        ]
    if purpose:
        event["purpose"] = purpose
    if author:
        event["author"] = author
    if account is not None:
        event["account_id"] = account.name
        event["platform"] = account.platform
    return event


def screen_text(*, access: Access, text: str, account_type: str, user: Viewer) -> core.Decision:
    """What the pack says about ``text`` as a post by ``user``; nothing is recorded.

    Only the names the asker may name are looked for (``nameable_by``: everyone for the
    DSL, HR and administrators; themselves and the people they manage or tutor for other
    staff): the evidence gives a named person's id and whether their consent is on file,
    so a screen must tell nobody what the directory would not."""
    organisation = access.organisation
    event = post_event(
        text=text,
        account_type=account_type,
        at=timezone.now(),
        author=author_person_id(organisation, user),
    )
    lookups = DatabaseLookups(organisation, nameable=nameable_by(user, access))
    return evaluate(organisation.pack(), parse_event(event), lookups)


def media_of(post: Post) -> list[tuple[str, list[str]]]:
    """What a draft's files are and show, as ``post_event`` takes them."""
    return [(m.media_type, list(m.people_shown)) for m in post.media.all()]


@dataclass(frozen=True)
class ShownPerson:
    """One person a file shows, and what the media rule said about them for its kind."""

    person_id: str
    name: str
    cleared: bool
    note: str


@dataclass(frozen=True)
class ShownFile:
    """One of a draft's files (numbered from 1) and the people it shows."""

    item: PostMedia
    number: int
    people: list[ShownPerson]


def _consent_notes(decision: core.Decision | None) -> dict[tuple[str, str], tuple[bool, str]]:
    """(media kind or "" when the decision does not say, person id) -> (cleared, note),
    from the media rule's evidence. A person cleared in one finding and missing in
    another of the same kind is not cleared."""
    notes: dict[tuple[str, str], tuple[bool, str]] = {}
    for finding in decision.findings if decision is not None else []:
        if finding.rule != "media.consent_required":
            continue
        kinds = [str(e.value) for e in finding.evidence if e.field == "media_type"]
        kind = kinds[0] if kinds else ""
        cleared = finding.outcome == Outcome.ALLOW
        for evidence in finding.evidence:
            if evidence.kind == "person" and evidence.field == "people_shown" and evidence.note:
                key = (kind, str(evidence.value))
                before = notes.get(key)
                if before is None or (before[0] and not cleared):
                    notes[key] = (cleared, evidence.note.split(": ", 1)[-1])
    return notes


def people_shown_status(
    post: Post, decision: core.Decision | None, *, details: bool
) -> list[ShownFile]:
    """Each of the draft's files with the people it shows, each cleared by consent for
    that file's kind (image, video) or not, from the media rule's evidence. ``details``:
    the note names the consent (when it was given, and by whom) or what is missing;
    without it (a reader who may not see consents), only whether they are cleared."""
    items = list(post.media.all())
    ids = list(dict.fromkeys(i for m in items for i in m.people_shown))
    names = (
        dict(
            Person.objects.filter(organisation=post.organisation, external_id__in=ids).values_list(
                "external_id", "name"
            )
        )
        if ids
        else {}
    )
    notes = _consent_notes(decision)
    files = []
    for number, item in enumerate(items, start=1):
        shown = []
        for person_id in item.people_shown:
            # A decision from before findings named their kind: the person's worst note.
            found = notes.get((item.media_type, person_id)) or notes.get(("", person_id))
            cleared, note = found or (True, "no consent is needed for them here")
            if not details:
                note = "cleared" if cleared else "consent missing: the communications team checks"
            shown.append(ShownPerson(person_id, names.get(person_id, person_id), cleared, note))
        files.append(ShownFile(item, number, shown))
    return files


# --- highlighting --------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """One finding's claim on a span: the clauses, the rule, why, and the detector's note."""

    number: int  # the finding's position on the page, from 1
    clauses: tuple[str, ...]
    rule: str
    outcome: str
    explanation: str
    note: str

    @property
    def label(self) -> str:
        what = f": {self.note}" if self.note else ""
        return f"{', '.join(self.clauses)} ({self.rule}){what}"


@dataclass(frozen=True)
class Segment:
    """A run of the text and the marks covering all of it (none: plain text)."""

    text: str
    marks: tuple[Mark, ...] = ()

    @property
    def outcome(self) -> str:
        blocks = any(m.outcome == Outcome.BLOCK for m in self.marks)
        return Outcome.BLOCK if blocks else Outcome.REVIEW

    @property
    def label(self) -> str:
        return "; ".join(dict.fromkeys(m.label for m in self.marks))

    @property
    def clauses(self) -> list[str]:
        return list(dict.fromkeys(c for m in self.marks for c in m.clauses))


@dataclass(frozen=True)
class FindingView:
    number: int
    finding: core.Finding
    spans: list[str]


def moderation_screen(post: Post) -> core.Decision | None:
    """The draft's recorded event screened again against the whole directory: what the
    moderator reads. The recorded decision is the author's (only the names they may
    name), so it may miss a student named without consent; this does not."""
    if post.decision is None:
        return None
    lookups = DatabaseLookups(post.organisation)
    return evaluate(post.organisation.pack(), parse_event(post.decision.event), lookups)


def decision_of(post: Post) -> core.Decision | None:
    if post.decision is None:
        return None
    return core.Decision.model_validate(post.decision.decision)


def findings_view(decision: core.Decision | None) -> list[FindingView]:
    if decision is None:
        return []
    return [
        FindingView(
            number,
            finding,
            [str(e.value) for e in finding.evidence if e.kind == "text_span"],
        )
        for number, finding in enumerate(decision.findings, start=1)
    ]


def _marks(text: str, decision: core.Decision) -> Iterable[tuple[int, int, Mark]]:
    for number, finding in enumerate(decision.findings, start=1):
        for evidence in finding.evidence:
            start, end = evidence.start, evidence.end
            if evidence.kind != "text_span" or start is None or end is None:
                continue
            # A span of another field is not drawn; one that does not fit this text
            # (edited since) is left out by ``segments``.
            if evidence.field not in ("", "text"):
                continue
            mark = Mark(
                number=number,
                clauses=tuple(finding.clauses),
                rule=finding.rule,
                outcome=finding.outcome.value,
                explanation=finding.explanation,
                note=evidence.note,
            )
            yield start, end, mark


def highlight(text: str, decision: core.Decision | Mapping[str, Any] | None) -> list[Segment]:
    """Cut ``text`` at every span edge; each piece carries the marks that cover it.

    Spans may overlap (two detectors, or two findings, on the same words): the overlap
    becomes its own segment with both marks, so nothing is drawn twice or lost.
    """
    if decision is None:
        return [Segment(text)] if text else []
    if not isinstance(decision, core.Decision):
        decision = core.Decision.model_validate(decision)
    return [Segment(piece, marks) for piece, marks in segments(text, _marks(text, decision))]
