"""API: screen a text without recording it; submit a draft; list the drafts one may see."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.http import JsonResponse
from ninja import Field, Router, Schema

from portal.apibase import ERROR_RESPONSES, ApiRequest, api_access
from portal.errors import Forbidden, NotFound, Problem, Rejected
from portal.moderation.actions import submit_draft
from portal.moderation.models import Post, Status
from portal.moderation.queries import (
    accounts_of,
    can_moderate,
    can_submit,
    posts_visible_to,
    screen_text,
)

router = Router(tags=["moderation"])
MAX_TEXT = 10_000


class ScreenIn(Schema):
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    account_type: Literal["official", "personal"] = "official"


class DraftIn(Schema):
    account: str = Field(min_length=1, description="The official account's name.")
    text: str = Field(min_length=1, max_length=MAX_TEXT)


class PostOut(Schema):
    id: int
    account: str
    platform: str
    direction: str
    text: str
    author: str
    status: str
    outcome: str
    clauses: list[str]
    note: str
    decision_id: int | None
    updated_at: datetime


def _out(post: Post) -> PostOut:
    return PostOut(
        id=post.pk,
        account=post.account.name,
        platform=post.account.platform,
        direction=post.direction,
        text=post.text,
        author=post.written_by,
        status=post.status,
        outcome=post.outcome,
        clauses=list(post.decision.clauses) if post.decision is not None else [],
        note=post.note,
        decision_id=post.decision_id,
        updated_at=post.updated_at,
    )


@router.post(
    "orgs/{org}/screen",
    response={200: dict[str, Any], **ERROR_RESPONSES},
    summary="Screen a text (nothing recorded)",
)
def screen(request: ApiRequest, org: str, body: ScreenIn) -> JsonResponse:
    """The Decision JSON for `text` as a post by the token's user on an account of
    `account_type`, with each finding's text spans. Nothing is recorded."""
    access = api_access(request, org)
    decision = screen_text(
        access=access,
        text=body.text,
        account_type=body.account_type,
        user=request.auth,
    )
    return JsonResponse(decision.model_dump(mode="json"))


@router.post(
    "orgs/{org}/drafts",
    response={201: PostOut, **ERROR_RESPONSES},
    summary="Submit a draft for an official account",
)
def create_draft(request: ApiRequest, org: str, body: DraftIn) -> JsonResponse:
    """Screen the draft, record the decision and put the draft in the moderation queue
    (or approve it at once when the screen allows it and nothing asks for moderation)."""
    access = api_access(request, org)
    if not can_submit(access):
        raise Forbidden("drafts for official accounts are written by staff")
    account = accounts_of(access.organisation).filter(name__iexact=body.account.strip()).first()
    if account is None:
        names = ", ".join(accounts_of(access.organisation).values_list("name", flat=True))
        raise Rejected(
            "no such official account",
            problems=[
                Problem(
                    None, "account", f"one of: {names or 'none yet; an administrator adds them'}"
                )
            ],
        )
    post = submit_draft(account=account, text=body.text, acting_user=request.auth)
    # A JsonResponse rather than a (status, body) tuple, which newer ninja deprecates
    # and older ninja's ``Status`` replacement does not exist in.
    response = JsonResponse(_out(post).model_dump(mode="json"), status=201)
    response["Location"] = f"/api/v1/orgs/{org}/drafts/{post.pk}"
    return response


@router.get(
    "orgs/{org}/drafts",
    response={200: list[PostOut], **ERROR_RESPONSES},
    summary="Drafts and comments you may see",
)
def list_drafts(request: ApiRequest, org: str, status: str | None = None) -> list[PostOut]:
    """The moderator sees the whole queue; other staff see their own drafts; newest
    first, at most 200. Filter with `status` (awaiting_moderation, approved,
    changes_requested, rejected)."""
    access = api_access(request, org)
    if not (can_moderate(access) or can_submit(access)):
        raise Forbidden("the moderation queue is for staff")
    posts = posts_visible_to(request.auth, access)
    if status:
        if status not in Status.values:
            raise Rejected(
                "unknown status", problems=[Problem(None, "status", ", ".join(Status.values))]
            )
        posts = posts.filter(status=status)
    return [_out(p) for p in posts[:200]]


@router.get(
    "orgs/{org}/drafts/{draft_id}",
    response={200: PostOut, **ERROR_RESPONSES},
    summary="One draft or comment you may see",
)
def get_draft(request: ApiRequest, org: str, draft_id: int) -> PostOut:
    access = api_access(request, org)
    post = posts_visible_to(request.auth, access).filter(pk=draft_id).first()
    if post is None:
        raise NotFound("draft")
    return _out(post)
