"""Writes to the moderation queue: submit, resubmit, moderate, add an account (the
comment import is ``portal.moderation.incoming``).

Every action runs in one transaction with its audit row; the screen's decision is
recorded in the same transaction as the post that links to it, so neither exists
without the other. Notifications go out only after commit.

Outcomes and statuses:

- the screen says ``allow``: the draft is approved at once (no rule asks for a person);
- ``review``: awaiting moderation; a moderator approves, sends back or rejects it;
- ``block``: awaiting moderation, but it can only be sent back (a draft) or rejected:
  a block is the pack saying "not as written", so only a changed text, screened again,
  can be approved. An incoming comment that is blocked can only be rejected (hidden).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from policyguard import Decision as CoreDecision
from policyguard import Outcome, evaluate, parse_event
from portal.audit.actions import write_audit_entry
from portal.decisions.actions import decide_event
from portal.decisions.models import Decision
from portal.errors import NotAllowedNow, NotFound
from portal.moderation.models import Direction, Post, PostMedia, PostStep, Status
from portal.moderation.queries import (
    author_person_id,
    may_moderate_post,
    media_of,
    post_event,
)
from portal.notifications.actions import notify
from portal.notifications.recipients import access_of, holders_or_administrators
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.organisations.queries import Access, access_to
from portal.people.queries import DatabaseLookups, nameable_by
from portal.types import Actor, User
from portal.uploads import IMAGE_KINDS, VIDEO_KINDS, check_upload

logger = logging.getLogger(__name__)


# The queue itself is the moderator's duty to moderate a post: no second duty for it.
QUEUE_ACTIONS = frozenset({"moderate_post"})


class ModerationVerdict(StrEnum):
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    REJECT = "reject"


_STATUS_FOR = {
    ModerationVerdict.APPROVE: Status.APPROVED,
    ModerationVerdict.REQUEST_CHANGES: Status.CHANGES_REQUESTED,
    ModerationVerdict.REJECT: Status.REJECTED,
}


def _actor_name(acting_user: Actor) -> str:
    if acting_user is not None and acting_user.is_authenticated:
        return acting_user.get_username()
    return ""


def _actor(acting_user: Actor) -> User | None:
    return acting_user if isinstance(acting_user, User) else None


def record_step(post: Post, verb: str, acting_user: Actor, *, note: str = "") -> PostStep:
    return PostStep.objects.create(
        post=post,
        actor=_actor(acting_user),
        actor_name=_actor_name(acting_user),
        verb=verb,
        note=note,
        outcome=post.outcome,
    )


def status_after_screen(outcome: str) -> Status:
    return Status.APPROVED if outcome == Outcome.ALLOW else Status.AWAITING_MODERATION


def add_official_account(
    *, organisation: Organisation, name: str, platform: str, acting_user: Actor
) -> OfficialAccount:
    with transaction.atomic():
        account = OfficialAccount.objects.create(
            organisation=organisation, name=name.strip(), platform=platform.strip().lower()
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="moderation.account.add",
            target=account,
            detail={"name": account.name, "platform": account.platform},
        )
    return account


def submit_draft(
    *,
    account: OfficialAccount,
    text: str,
    acting_user: User,
    files: Sequence[Any] = (),
    people_shown: Sequence[str] = (),
    people_per_file: Sequence[Sequence[str]] | None = None,
    purpose: str = "",
) -> Post:
    """Screen ``text`` as a post by ``acting_user`` for ``account`` and queue it.

    ``files``: images or video (Django ``UploadedFile``s) the draft carries, each checked
    by its content and size (``Rejected`` naming the file otherwise); the people each
    shows (directory ids, ones the author may name): ``people_per_file``, one list per
    file in order, or ``people_shown`` for people in every file; ``purpose``: a key of
    the pack's purposes. The media rules decide on them with the text.

    Raises ``policyguard.errors.EventError`` (nothing written) if the core refuses the
    event.
    """
    organisation = account.organisation
    now = timezone.now()
    checked = [_check_file(upload) for upload in files]
    if people_per_file is not None and len(people_per_file) != len(files):
        raise ValueError("people_per_file needs one list per file")
    each = [
        list(dict.fromkeys([*people_shown, *(people_per_file[i] if people_per_file else ())]))
        for i in range(len(files))
    ]
    event = post_event(
        text=text,
        account_type="official",
        at=now,
        author=author_person_id(organisation, acting_user),
        account=account,
        media=[(c.media_type, shown) for c, shown in zip(checked, each, strict=True)],
        purpose=purpose,
    )
    with transaction.atomic():
        record, decision, status = _screen_draft(organisation, event, acting_user)
        outcome = decision.outcome.value
        post = Post.objects.create(
            organisation=organisation,
            account=account,
            direction=Direction.OUTGOING,
            text=text,
            author=acting_user,
            status=status,
            decision=record,
            outcome=outcome,
            purpose=purpose,
            created_at=now,
            updated_at=now,
        )
        # A file written here stays on disk if the transaction then fails; the database
        # never points at a file that is not there.
        for upload, check, shown in zip(files, checked, each, strict=True):
            item = PostMedia(
                post=post,
                kind=check.kind,
                media_type=check.media_type,
                size=int(upload.size or 0),
                original_name=str(getattr(upload, "name", "") or "")[:200],
                people_shown=shown,
            )
            item.file.save(f"upload{check.extension}", upload, save=False)
            item.save()
        _record_screened(post, "submitted", "moderation.draft.submit", acting_user)
    return post


@dataclass(frozen=True)
class _CheckedFile:
    kind: str
    extension: str
    media_type: str


def _check_file(upload: Any) -> _CheckedFile:
    checked = check_upload(
        upload,
        field="media",
        kinds=(*IMAGE_KINDS, *VIDEO_KINDS),
        max_bytes=settings.POLICYGUARD_MEDIA_MAX_BYTES,
    )
    return _CheckedFile(checked.kind, checked.extension, "image" if checked.is_image else "video")


def rescreen_draft(*, post: Post, acting_user: User) -> Post:
    """Screen a waiting draft again as it stands (a consent recorded since, a directory
    changed): its author's view is recorded, as at submission. For the author and the
    moderators; the caller checks who may."""
    organisation = post.organisation
    if post.author is None or post.direction != Direction.OUTGOING:
        raise NotAllowedNow("Only a draft written in the portal is screened again.")
    author = post.author
    event = post_event(
        text=post.text,
        account_type="official",
        at=timezone.now(),
        author=author_person_id(organisation, author),
        account=post.account,
        media=media_of(post),
        purpose=post.purpose,
    )
    with transaction.atomic():
        locked = Post.objects.select_for_update().get(pk=post.pk)
        if not locked.is_editable:
            raise NotAllowedNow(f"This draft was {locked.get_status_display()} already.")
        record, decision, status = _screen_draft(organisation, event, author)
        locked.decision = record
        locked.outcome = decision.outcome.value
        locked.status = status
        locked.updated_at = timezone.now()
        locked.save(update_fields=["decision", "outcome", "status", "updated_at"])
        record_step(locked, "screened_again", acting_user)
        if locked.status == Status.APPROVED:
            record_step(locked, "approved", None, note="The screen found nothing to moderate.")
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="moderation.draft.rescreen",
            target=locked,
            detail=_detail(locked),
        )
        if locked.is_awaiting:
            _notify_moderators(locked)
    return locked


def _screen_draft(
    organisation: Organisation, event: dict[str, Any], author: User
) -> tuple[Decision, CoreDecision, Status]:
    """Screen a draft: the recorded decision (which the author reads) looks only for the
    names the author may name, so it never tells them whose consent is on file; the
    whole directory's screen still decides whether the draft may skip moderation."""
    try:
        access: Access | None = access_to(author, organisation.slug)
    except NotFound:
        access = None
    record, decision = decide_event(
        organisation=organisation,
        event=event,
        acting_user=author,
        channel="web",
        asked_by=access,
        handled_by_workflow=QUEUE_ACTIONS,
    )
    status = status_after_screen(decision.outcome.value)
    if status == Status.APPROVED and access is not None and nameable_by(author, access) is not None:
        whole = evaluate(
            organisation.pack(), parse_event(record.event), DatabaseLookups(organisation)
        )
        status = status_after_screen(whole.outcome.value)
    return record, decision, status


def resubmit_draft(*, post: Post, text: str, acting_user: User) -> Post:
    """Replace the text of the author's own draft and screen it again.

    Allowed while the draft awaits moderation or was sent back; not once approved or
    rejected (write a new draft then).
    """
    organisation = post.organisation
    now = timezone.now()
    event = post_event(
        text=text,
        account_type="official",
        at=now,
        author=author_person_id(organisation, acting_user),
        account=post.account,
        media=media_of(post),
        purpose=post.purpose,
    )
    with transaction.atomic():
        # Race: a moderator approving while the author edits would approve a text they
        # never read. The row lock orders the two; ``moderate_post`` also checks that
        # the decision it was shown is still the post's.
        locked = Post.objects.select_for_update().get(pk=post.pk)
        if locked.author_id != acting_user.pk:
            raise NotAllowedNow("Only the author may change a draft.")
        if not locked.is_editable:
            raise NotAllowedNow(
                f"This draft was {locked.get_status_display()}; write a new draft instead."
            )
        record, decision, status = _screen_draft(organisation, event, acting_user)
        locked.text = text
        locked.decision = record
        locked.outcome = decision.outcome.value
        locked.status = status
        locked.updated_at = now
        locked.save(update_fields=["text", "decision", "outcome", "status", "updated_at"])
        _record_screened(locked, "resubmitted", "moderation.draft.resubmit", acting_user)
    return locked


def _record_screened(post: Post, step: str, verb: str, acting_user: User) -> None:
    """The history step and audit row of a freshly screened draft (inside its
    transaction); a draft the screen cleared is recorded as approved at once."""
    record_step(post, step, acting_user)
    if post.status == Status.APPROVED:
        record_step(post, "approved", None, note="The screen found nothing to moderate.")
    write_audit_entry(
        acting_user=acting_user,
        organisation=post.organisation,
        verb=verb,
        target=post,
        detail=_detail(post),
    )
    if post.is_awaiting:
        _notify_moderators(post)


def _notify_moderators(post: Post) -> None:
    """A draft waits: its moderators are told (administrators when nobody holds the
    role). The title names the account, which the queue shows them anyway."""
    organisation = post.organisation
    notify(
        recipients=holders_or_administrators(
            organisation, organisation.pack().roles_that_may("moderate")
        ),
        can_open=lambda user: _may_moderate(user, post),
        organisation=organisation,
        kind="moderation.waiting",
        title=f"A draft for {post.account.name} is waiting for moderation",
        body=f"The screen says {post.outcome}.",
        link=reverse("moderation:detail", args=[organisation.slug, post.pk]),
        dedupe_key=f"moderation.waiting:{post.pk}:{post.decision_id}",
    )


def _may_moderate(user: User, post: Post) -> bool:
    access = access_of(user, post.organisation)
    return access is not None and may_moderate_post(access, post, user)


def moderate_post(
    *,
    post: Post,
    verdict: ModerationVerdict,
    note: str = "",
    acting_user: User,
    seen_decision_id: int | None = None,
) -> Post:
    """Approve, send back or reject a post awaiting moderation.

    ``seen_decision_id`` is the decision the moderator was shown; if the draft was
    screened again since, the step is refused so they can read the new text first.
    Authorisation (is this user a moderator here?) is the caller's; the rules of the
    queue itself are checked here.
    """
    note = note.strip()
    with transaction.atomic():
        # Race: two moderators open the same draft and press different buttons. The
        # row lock makes the second wait, then see that the first already decided.
        locked = Post.objects.select_for_update().get(pk=post.pk)
        _check_verdict(locked, verdict, note, acting_user, seen_decision_id)
        now = timezone.now()
        locked.status = _STATUS_FOR[verdict]
        locked.moderated_by = acting_user
        locked.moderated_at = now
        locked.note = note
        locked.updated_at = now
        locked.save(update_fields=["status", "moderated_by", "moderated_at", "note", "updated_at"])
        record_step(locked, locked.status, acting_user, note=note)
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb=f"moderation.post.{verdict.value}",
            target=locked,
            detail={**_detail(locked), "note": note},
        )
        _notify_author(locked)
    return locked


def verdicts_for(post: Post) -> list[ModerationVerdict]:
    """What a moderator may do with ``post`` while it awaits moderation."""
    verdicts = []
    if not post.is_blocked:
        verdicts.append(ModerationVerdict.APPROVE)
    if post.direction == Direction.OUTGOING:
        verdicts.append(ModerationVerdict.REQUEST_CHANGES)
    verdicts.append(ModerationVerdict.REJECT)
    return verdicts


def _check_verdict(
    post: Post,
    verdict: ModerationVerdict,
    note: str,
    acting_user: User,
    seen_decision_id: int | None,
) -> None:
    if not post.is_awaiting:
        by = f" by {post.moderated_by.get_username()}" if post.moderated_by else ""
        raise NotAllowedNow(f"This post was already {post.get_status_display()}{by}.")
    if seen_decision_id is not None and post.decision_id != seen_decision_id:
        raise NotAllowedNow("The draft was changed and screened again; read it again first.")
    if post.author_id is not None and post.author_id == acting_user.pk:
        raise NotAllowedNow("Nobody moderates their own draft; ask another moderator.")
    if verdict == ModerationVerdict.APPROVE and post.is_blocked:
        raise NotAllowedNow(
            "The screen blocked this post: it can be sent back for changes or rejected, "
            "not approved as written."
        )
    if verdict == ModerationVerdict.REQUEST_CHANGES:
        if post.direction == Direction.INCOMING:
            raise NotAllowedNow("A comment made to the account cannot be sent back.")
        if not note:
            raise NotAllowedNow("Say what should change: a note is needed.")


def _detail(post: Post) -> dict[str, Any]:
    return {
        "account": post.account.name,
        "direction": post.direction,
        "status": post.status,
        "outcome": post.outcome,
        "decision_id": post.decision_id,
    }


def _notify_author(post: Post) -> None:
    """The author is told the verdict (on commit), with the moderator's note, which is
    written for them."""
    if post.author is None:
        return
    author = post.author
    organisation = post.organisation
    notify(
        recipients=[author],
        can_open=lambda user: user.pk == author.pk,
        organisation=organisation,
        kind="moderation.verdict",
        title=f"Your draft for {post.account.name} was {post.get_status_display()}",
        body=post.note,
        link=reverse("moderation:detail", args=[organisation.slug, post.pk]),
        dedupe_key=f"moderation.verdict:{post.pk}:{post.status}:{post.moderated_at}",
    )
