"""Where a post may go and what it may link to.

``post.page_replies`` (WCUC-16): staff answering on the institution's own pages.

A staff member who wants to answer a query on the college's page asks the marketing team,
who answer from the page account; staff do not answer from their personal accounts. An
outgoing comment (asked before it is posted: ``on_account_type`` names the page's kind)
is blocked and the answer routed to the moderator; a comment already on the page
(``direction: incoming``, on an official account) by someone the directory knows as staff
is sent to review, for the moderator to answer from the page and ask them to remove theirs.

``post.linked_sites`` (LI-14): links in a post to sites the organisation's compiled lists
put in a category (pirate copies: ``warez``), read from the same snapshot as its proxy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from policyguard.people import AffiliationKind
from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import AccountType, PostEvent
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param
from policyguard.policy.rules.web_filter import web_snapshot
from policyguard.webfilter.errors import UrlError
from policyguard.webfilter.urls import parse_target


class PageReplyParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    authors: list[AffiliationKind] = Field(default_factory=lambda: [AffiliationKind.STAFF])
    pages: list[AccountType] = Field(
        default_factory=lambda: [AccountType.OFFICIAL, AccountType.DEPARTMENTAL],
        description="The institution's pages staff do not answer on from their own accounts.",
    )
    from_accounts: list[AccountType] = Field(
        default_factory=lambda: [AccountType.PERSONAL, AccountType.PROFESSIONAL],
        description="The author's own accounts the clause is about.",
    )
    respond_role: str = Field(description="Role that answers from the page account.")
    outcome: Literal["block", "review"] = "block"


@rule(
    "post.page_replies",
    events={"post"},
    params=PageReplyParams,
    roles=lambda p: [p.respond_role],
    summary="Staff do not answer on the institution's pages from their own accounts; the "
    "page's team answers from the page account.",
)
def page_replies(ctx: RuleContext[PostEvent, PageReplyParams]) -> Iterator[Finding]:
    event, params, day = ctx.event, ctx.params, ctx.day
    author = ctx.person("author")
    if author is None or not any(author.is_(kind, day) for kind in params.authors):
        return
    if event.direction == "outgoing":
        page = event.on_account_type
        if (
            page is None
            or page not in params.pages
            or event.account_type not in params.from_accounts
        ):
            return
        outcome, done = Outcome(params.outcome), "is not posted"
    else:
        # An incoming comment on the page: it was written from an account of the author's
        # own (the page's own replies are outgoing).
        page = event.account_type
        if page not in params.pages:
            return
        outcome, done = Outcome.REVIEW, "is already on the page"
    title = ctx.pack.role_title(params.respond_role)
    yield ctx.finding(
        outcome,
        f"A member of staff answering on the institution's {page.value} page from their own "
        f"account: the {title} answers from the page account instead (this comment {done}).",
        evidence=[
            Evidence(kind="person", field="author", value=author.id, note="staff"),
            Evidence(kind="field", field="direction", value=event.direction),
            Evidence(kind="field", field="page", value=page.value),
            param("from_accounts", [a.value for a in params.from_accounts]),
        ],
        actions=[
            ctx.action(
                "answer_from_page_account",
                "Answer the query from the page account; if the staff member's comment is "
                "already there, ask them to remove it.",
                params.respond_role,
                urgency="soon",
            )
        ],
    )


# Links written in a post: with a scheme or www., or a bare host with a path or a common
# ending. A false match is harmless: it is only looked up in the category lists.
_LINK = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|to|ru|cc|ws|info|biz|xyz|uk|me|tv)\b(?:/[^\s<>\"')\]]*)?",
    re.IGNORECASE,
)


class LinkedSitesParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    categories: list[str] = Field(
        min_length=1, description="Web-filter categories a post must not link to (warez)."
    )
    outcome: Literal["block", "review"] = "block"


@rule(
    "post.linked_sites",
    events={"post"},
    params=LinkedSitesParams,
    summary="A post does not link to sites of these categories (the organisation's compiled "
    "lists, as its proxy reads them).",
)
def linked_sites(ctx: RuleContext[PostEvent, LinkedSitesParams]) -> Iterator[Finding]:
    snapshot = web_snapshot(ctx.lookups, ctx.pack)
    if snapshot is None:
        return  # no lists to read the links against; the moderator sees the post
    evidence = []
    wanted = set(ctx.params.categories)
    for match in _LINK.finditer(ctx.event.text):
        try:
            target = parse_target(match.group(0).rstrip(".,;:!?"))
        except UrlError:
            continue
        for entry, mask in snapshot.match(target):
            hits = wanted.intersection(snapshot.category_names(mask))
            if hits:
                evidence.append(
                    Evidence(
                        kind="text_span",
                        field="text",
                        value=match.group(0),
                        start=match.start(),
                        end=match.end(),
                        note=f"list entry {entry}, category {', '.join(sorted(hits))}",
                    )
                )
                break
    if evidence:
        yield ctx.finding(
            Outcome(ctx.params.outcome),
            f"The post links to {len(evidence)} site(s) listed as "
            f"{', '.join(ctx.params.categories)}.",
            evidence=evidence,
        )
