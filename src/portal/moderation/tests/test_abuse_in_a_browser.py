"""A real browser takes an abusive draft, caught by the trained model alone, from its
author to the moderator, who sees the finding with its clause and the rule.

bob (staff) writes a draft that insults a student group in words no lexicon term
covers; the screen's model sends it to review under OAK-07 (no abusive language); erin
(moderator) opens it from her queue and reads why. Drives Debian's chromium through
Playwright; skipped where either is missing.
"""

from __future__ import annotations

import re
from typing import Any

from policyguard.screening import AbuseDetector
from portal.moderation.models import Post
from portal.moderation.tests.test_browser import _signed_in
from portal.officialaccounts.models import OfficialAccount
from portal.testing.browser import BROWSER_TEST
from portal.types import User

pytestmark = BROWSER_TEST

# No lexicon term in it: only the model (the student, and the transformer near the line)
# can find it.
INSULTING_DRAFT = "The drama group are a bunch of talentless clowns, avoid their show"


def test_the_model_finds_abuse_the_lexicon_does_not_and_the_moderator_sees_why(
    live_server: Any, browser: Any, bob: User, erin: User, account: OfficialAccount
) -> None:
    assert not [d for d in AbuseDetector(model=False).detect(INSULTING_DRAFT) if d.score >= 0.5]
    base = live_server.url

    author = _signed_in(browser, base, "bob")
    author.goto(f"{base}/orgs/oakfield/moderation/new/")
    author.get_by_label("Official account").select_option(label=str(account))
    author.get_by_label("Post text").fill(INSULTING_DRAFT)
    author.get_by_role("button", name="Submit for moderation").click()
    author.wait_for_url(re.compile(r".*/moderation/\d+/$"))
    assert "awaiting moderation" in author.get_by_role("heading", level=1).inner_text()
    post = Post.objects.get()

    moderator = _signed_in(browser, base, "erin")
    moderator.goto(f"{base}/orgs/oakfield/moderation/")
    moderator.get_by_role("link", name=re.compile(f"#{post.pk}:")).click()
    moderator.wait_for_url(re.compile(rf".*/moderation/{post.pk}/$"))
    finding = moderator.locator("section.finding", has_text="OAK-07")
    finding.wait_for()
    why = finding.inner_text()
    assert "review" in why.lower() and "content.abuse" in why and "abusive language" in why
    assert moderator.locator("mark[aria-label*='OAK-07']").count() == 1
