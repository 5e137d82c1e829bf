"""A real browser takes a draft from its author to the moderator and back.

bob (staff) writes a draft with a personal phone number; erin (moderator) sees the
number highlighted with its clause and asks for changes; bob reads her note. And a draft
that only the trained model finds abusive reaches erin with the finding and its clause. Drives
Debian's chromium through Playwright (never ``playwright install``); skipped where
either is missing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from policyguard.screening import AbuseDetector
from portal.moderation.models import Post, Status
from portal.moderation.tests.conftest import PHONE_DRAFT
from portal.officialaccounts.models import OfficialAccount
from portal.testing.browser import BROWSER_TEST
from portal.types import User

NOTE = "Please give the switchboard number, not a personal mobile."

pytestmark = BROWSER_TEST


def _signed_in(browser: Any, base: str, username: str) -> Any:
    """A fresh browser context (its own cookies) signed in as ``username``."""
    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(f"{username}-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/$"))
    return page


def _submitted_by_bob(
    browser: Any, base: str, account: OfficialAccount, text: str
) -> tuple[Any, Post]:
    """bob's page, having written ``text`` for ``account`` and submitted it, and the post."""
    author = _signed_in(browser, base, "bob")
    author.goto(f"{base}/orgs/oakfield/moderation/new/")
    author.get_by_label("Official account").select_option(label=str(account))
    author.get_by_label("Post text").fill(text)
    author.get_by_role("button", name="Submit for moderation").click()
    author.wait_for_url(re.compile(r".*/moderation/\d+/$"))
    assert "awaiting moderation" in author.get_by_role("heading", level=1).inner_text()
    return author, Post.objects.get()


def _opened_by_erin(browser: Any, base: str, post: Post) -> Any:
    """erin's page, having opened ``post`` from her moderation queue."""
    moderator = _signed_in(browser, base, "erin")
    moderator.goto(f"{base}/orgs/oakfield/moderation/")
    moderator.get_by_role("link", name=re.compile(f"#{post.pk}:")).click()
    moderator.wait_for_url(re.compile(rf".*/moderation/{post.pk}/$"))
    return moderator


def test_it_takes_a_draft_to_the_moderator_and_back(
    live_server: Any,
    browser: Any,
    bob: User,
    erin: User,
    account: OfficialAccount,
    tmp_path: Path,
) -> None:
    base = live_server.url

    author, post = _submitted_by_bob(browser, base, account, PHONE_DRAFT)
    moderator = _opened_by_erin(browser, base, post)
    mark = moderator.locator("mark", has_text="07700 900123")
    mark.first.wait_for()
    assert mark.count() == 1
    assert "OAK-08" in (mark.get_attribute("title") or "")
    assert "OAK-08" in (mark.get_attribute("aria-label") or "")
    assert moderator.locator("#finding-1, #finding-2").count() >= 1
    moderator.get_by_label("Ask for changes").check()
    moderator.get_by_label("Note to the author").fill(NOTE)
    shot = tmp_path / "moderation.png"
    moderator.screenshot(path=str(shot), full_page=True)
    moderator.get_by_role("button", name="Record decision").click()
    moderator.wait_for_url(re.compile(r".*/moderation/$"))
    assert shot.exists() and shot.stat().st_size > 1000

    author.goto(f"{base}/orgs/oakfield/moderation/{post.pk}/")
    assert NOTE in author.locator(".note").inner_text()
    assert "changes requested" in author.get_by_role("heading", level=1).inner_text()
    post.refresh_from_db()
    assert post.status == Status.CHANGES_REQUESTED


# No lexicon term in it: only the model (the student, and the transformer near the line)
# can find it.
INSULTING_DRAFT = "The drama group are a bunch of talentless clowns, avoid their show"


def test_the_model_finds_abuse_the_lexicon_does_not_and_the_moderator_sees_why(
    live_server: Any, browser: Any, bob: User, erin: User, account: OfficialAccount
) -> None:
    """bob's draft insults a student group in words no lexicon term covers; the model
    sends it to review under OAK-07 (no abusive language), and erin reads why."""
    assert not [d for d in AbuseDetector(model=False).detect(INSULTING_DRAFT) if d.score >= 0.5]
    _, post = _submitted_by_bob(browser, live_server.url, account, INSULTING_DRAFT)
    moderator = _opened_by_erin(browser, live_server.url, post)
    finding = moderator.locator("section.finding", has_text="OAK-07")
    finding.wait_for()
    why = finding.inner_text()
    assert "review" in why.lower() and "content.abuse" in why and "abusive language" in why
    mark = moderator.locator("mark[aria-label*='OAK-07']")
    assert mark.count() == 1
    # The mark is on the words the model's decision rests on, not on the group's name.
    assert "clowns" in mark.inner_text() and "drama" not in mark.inner_text()
