"""Pages: the queue, one's own drafts, a new draft, one post, and the comment import."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from policyguard import EventError
from portal.consent.disclosure import sees_consent_detail, without_consent_detail
from portal.decisions.queries import decisions_visible_to
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.jobs.actions import start_work
from portal.lists import list_page
from portal.moderation.actions import (
    ModerationVerdict,
    moderate_post,
    rescreen_draft,
    resubmit_draft,
    submit_draft,
)
from portal.moderation.forms import DraftForm, EditDraftForm, ImportCommentsForm, ModerateForm
from portal.moderation.incoming import check_comments
from portal.moderation.jobs import COMMENT_IMPORT
from portal.moderation.models import Post
from portal.moderation.queries import (
    can_moderate,
    can_submit,
    decision_of,
    findings_view,
    highlight,
    may_edit_post,
    may_moderate_post,
    moderation_screen,
    people_shown_status,
    posts_visible_to,
    posts_visible_to_moderator,
)
from portal.moderation.tables import MyDraftsFilter, PostFilter, PostTable
from portal.organisations.queries import Access, access_or_404
from portal.people.queries import nameable_by
from portal.types import User, Viewer
from portal.uploads import content_type_of


def _context(access: Access, **extra: Any) -> dict[str, Any]:
    return {
        "access": access,
        "organisation": access.organisation,
        "can_moderate": can_moderate(access),
        "can_submit": can_submit(access),
        **extra,
    }


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # login_required ran
    return request.user


def _visible_post(request: HttpRequest, access: Access, post_id: int) -> Post:
    post = posts_visible_to(request.user, access).filter(pk=post_id).first()
    if post is None:
        raise Http404("No such post, or you may not see it.")
    return post


@login_required
def queue_page(request: HttpRequest, org: str) -> HttpResponseBase:
    access = access_or_404(request.user, org)
    if not can_moderate(access):
        raise PermissionDenied("The moderation queue is for the moderator.")
    return list_page(
        request,
        organisation=access.organisation,
        template="moderation/queue.html",
        queryset=posts_visible_to_moderator(access),
        table_class=PostTable,
        filterset_class=PostFilter,
        context=_context(access),
        export="moderation",
    )


@login_required
def my_drafts(request: HttpRequest, org: str) -> HttpResponseBase:
    access = access_or_404(request.user, org)
    if not can_submit(access):
        raise PermissionDenied("Drafts for official accounts are written by staff.")
    return list_page(
        request,
        organisation=access.organisation,
        template="moderation/mine.html",
        queryset=posts_visible_to(request.user, access).filter(author=_user(request)),
        table_class=PostTable,
        filterset_class=MyDraftsFilter,
        context=_context(access),
        export="my-drafts",
    )


@login_required
def new_draft(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not can_submit(access):
        raise PermissionDenied("Drafts for official accounts are written by staff.")
    nameable = nameable_by(request.user, access)
    form = DraftForm(
        request.POST or None,
        request.FILES or None,
        organisation=access.organisation,
        nameable=nameable,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            post = submit_draft(
                account=data["account"],
                text=data["text"],
                files=[upload for upload, _ in data["files"]],
                people_per_file=[[p.external_id for p in shown] for _, shown in data["files"]],
                purpose=data["purpose"],
                acting_user=_user(request),
            )
        except EventError as exc:
            form.add_error(None, str(exc))
        except Rejected as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, f"Draft submitted: {post.get_status_display()}.")
            return redirect("moderation:detail", org=org, post_id=post.pk)
    return render(request, "moderation/new.html", _context(access, form=form))


@login_required
def post_detail(request: HttpRequest, org: str, post_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    post = _visible_post(request, access, post_id)
    # The author reads the recorded screen, made with the names they may name; the
    # moderator reads the draft against the whole directory (consent is theirs to check).
    decision = moderation_screen(post) if can_moderate(access) else decision_of(post)
    details = sees_consent_detail(access)
    if decision is not None and not details:
        decision = without_consent_detail(decision)
    return render(
        request,
        "moderation/detail.html",
        _context(
            access,
            post=post,
            decision=decision,
            segments=highlight(post.text, decision),
            findings=findings_view(decision),
            steps=post.steps.all(),
            # The page shows the findings itself; link to the decision record only for
            # those who may open it (its own visibility rules), never to a 404.
            decision_link=post.decision_id is not None
            and decisions_visible_to(request.user, access).filter(pk=post.decision_id).exists(),
            moderate_form=ModerateForm(initial={"decision_id": post.decision_id}, post=post)
            if may_moderate_post(access, post, request.user)
            else None,
            edit_form=EditDraftForm(initial={"text": post.text})
            if may_edit_post(post, request.user)
            else None,
            shown_files=people_shown_status(
                post,
                decision,
                details=details,
            ),
            may_rescreen=_may_rescreen(access, post, request.user),
            purpose_title=_purpose_title(access, post.purpose),
        ),
    )


def _purpose_title(access: Access, key: str) -> str:
    purposes = access.organisation.pack().purposes
    return purposes[key].title if key in purposes else key


def _may_rescreen(access: Access, post: Post, user: Viewer) -> bool:
    """The author while the draft may be edited; a moderator while it waits."""
    if post.direction != "outgoing" or post.author_id is None:
        return False
    return may_edit_post(post, user) or (can_moderate(access) and post.is_awaiting)


@login_required
@require_POST
def rescreen(request: HttpRequest, org: str, post_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    post = _visible_post(request, access, post_id)
    if not _may_rescreen(access, post, request.user):
        raise PermissionDenied("Only its author or a moderator screens a draft again.")
    try:
        post = rescreen_draft(post=post, acting_user=_user(request))
    except (NotAllowedNow, EventError) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Screened again: {post.get_status_display()}.")
    return redirect("moderation:detail", org=org, post_id=post.pk)


@login_required
def media_file(request: HttpRequest, org: str, post_id: int, media_id: int) -> FileResponse:
    """A draft's image or video, for whoever may see the draft."""
    access = access_or_404(request.user, org)
    post = _visible_post(request, access, post_id)
    item = post.media.filter(pk=media_id).first()
    if item is None:
        raise Http404("No such file.")
    response = FileResponse(item.file.open("rb"), content_type=content_type_of(item.kind))
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def moderate(request: HttpRequest, org: str, post_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    post = _visible_post(request, access, post_id)
    if not can_moderate(access):
        raise PermissionDenied("Only the moderator decides on posts.")
    form = ModerateForm(request.POST, post=post)
    if not form.is_valid():
        messages.error(request, "Choose one of the decisions offered.")
        return redirect("moderation:detail", org=org, post_id=post.pk)
    verdict = ModerationVerdict(form.cleaned_data["verdict"])
    try:
        moderate_post(
            post=post,
            verdict=verdict,
            note=form.cleaned_data["note"],
            acting_user=_user(request),
            seen_decision_id=form.cleaned_data["decision_id"],
        )
    except NotAllowedNow as exc:
        messages.error(request, str(exc))
        return redirect("moderation:detail", org=org, post_id=post.pk)
    messages.success(request, f"Post #{post.pk}: {verdict.value.replace('_', ' ')}.")
    return redirect("moderation:queue", org=org)


@login_required
@require_POST
def edit_draft(request: HttpRequest, org: str, post_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    post = _visible_post(request, access, post_id)
    form = EditDraftForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The changed text is missing or too long.")
        return redirect("moderation:detail", org=org, post_id=post.pk)
    try:
        post = resubmit_draft(post=post, text=form.cleaned_data["text"], acting_user=_user(request))
    except (NotAllowedNow, EventError) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Draft screened again: {post.get_status_display()}.")
    return redirect("moderation:detail", org=org, post_id=post.pk)


@login_required
def import_page(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not can_moderate(access):
        raise PermissionDenied("Importing comments is for the moderator.")
    form = ImportCommentsForm(
        request.POST or None, request.FILES or None, organisation=access.organisation
    )
    problems: list[Problem] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        name = upload.name or "upload"
        account = form.cleaned_data["account"]
        try:
            # A file that cannot be read, or none of whose comments can be imported, is
            # answered here; the rest is screened on the worker, with its progress on
            # the work page and, at the end, any lines left out.
            check_comments(
                organisation=access.organisation, data=data, source=name, account=account
            )
        except Rejected as exc:
            problems = exc.problems
        else:
            work = start_work(
                organisation=access.organisation,
                kind=COMMENT_IMPORT,
                title=f"Importing comments from {name}",
                payload=data,
                options={"source": name, "account": account.pk if account else None},
                acting_user=_user(request),
            )
            return redirect("jobs:work", org=org, work_id=work.pk)
    return render(
        request,
        "moderation/import.html",
        _context(access, form=form, problems=problems),
        status=422 if problems else 200,
    )
