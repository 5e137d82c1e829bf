"""In a real browser: a draft with a photo of an under-18 student is blocked until a
parent's consent is on the register, and a takedown request made on the public form
(no sign-in) reaches the communications team at once and is closed with the removal
confirmed. Drives Debian's chromium through Playwright; skipped where either is missing.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from PIL import Image

from portal.consent.models import TakedownRequest, TakedownStatus
from portal.duties.models import DutyStatus
from portal.moderation.models import Post, Status
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.people.models import Consent, Person
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST


def _signed_in(browser: Any, base: str, username: str) -> Any:
    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    sign_in(page, base, username, f"{username}-password")
    page.wait_for_url(re.compile(r".*/$"))
    return page


def _photo(tmp_path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, format="JPEG")
    path = tmp_path / "rehearsal.jpg"
    path.write_bytes(buffer.getvalue())
    return path


def test_a_photo_of_an_under_18_waits_for_a_parents_consent(
    live_server: Any,
    browser: Any,
    wcuc: Organisation,
    people: dict[str, Person],
    maria: User,
    tom: User,
    tmp_path: Path,
) -> None:
    base = live_server.url
    OfficialAccount.objects.create(organisation=wcuc, name="@WiltsCollege", platform="instagram")

    author = _signed_in(browser, base, "tom")
    author.goto(f"{base}/orgs/wcuc/moderation/new/")
    author.get_by_label("Post text").fill("Rehearsals for the spring show are under way.")
    author.get_by_label("Image or video 1 (optional)").set_input_files(str(_photo(tmp_path)))
    author.get_by_label("Image or video 2 (optional)").set_input_files(str(_photo(tmp_path)))
    # Picked from the directory: the search box offers the people Tom may name. Ava is
    # in the first photo only; the second shows Tom, who needs no consent.
    search = author.get_by_label("Search the people you may name for image or video 1")
    search.fill("Ava")
    author.locator("#people-found option").first.wait_for(state="attached")
    search.fill("Ava Young (W-AVA)")
    search.dispatch_event("change")
    assert author.get_by_label("Who is in image or video 1").input_value() == "Ava Young (W-AVA)"
    author.get_by_label("Who is in image or video 2").fill("Tom Tate (W-TOM)")
    author.get_by_label("What are the images or video for?").select_option(
        label="Educational activity"
    )
    author.get_by_role("button", name="Submit for moderation").click()
    author.wait_for_url(re.compile(r".*/moderation/\d+/$"))
    post = Post.objects.get()
    assert post.outcome == "block" and post.media.count() == 2
    first, second = post.media.all()
    assert (first.people_shown, second.people_shown) == (["W-AVA"], ["W-TOM"])

    moderator = _signed_in(browser, base, "maria")
    moderator.goto(f"{base}/orgs/wcuc/moderation/{post.pk}/")
    # Consent per file and person: Ava is missing in image 1; image 2 shows only Tom.
    shown = moderator.locator("ol.media > li").nth(0).locator(".people-shown li")
    assert "missing consent for official social media and Educational activity (images)" in (
        shown.inner_text()
    )
    second_file = moderator.locator("ol.media > li").nth(1)
    assert "Tom Tate" in second_file.inner_text() and "Ava" not in second_file.inner_text()
    assert moderator.locator("img[alt^='image 1']").evaluate("i => i.naturalWidth") == 64

    moderator.goto(f"{base}/orgs/wcuc/consents/")
    moderator.get_by_label("Person shown").fill("Ava Young (W-AVA)")
    moderator.get_by_label("a parent or carer").check()
    moderator.get_by_label("Given on").fill("2026-05-03")
    moderator.get_by_label("Educational activity").check()
    moderator.get_by_role("button", name="Record consent").click()
    moderator.get_by_text("Consent recorded for Ava Young.").wait_for()
    assert Consent.objects.get().given_by == "parent"

    moderator.goto(f"{base}/orgs/wcuc/moderation/{post.pk}/")
    moderator.get_by_role("button", name="Screen again").click()
    moderator.get_by_text("Screened again: approved.").wait_for()
    shown = moderator.locator(".people-shown li", has_text="Ava Young")
    assert "cleared by consent (given 3 May 2026 by a parent or carer)" in shown.inner_text()
    post.refresh_from_db()
    assert post.outcome == "allow" and post.status == Status.APPROVED


def test_a_takedown_request_from_the_public_form_is_closed_with_the_removal_confirmed(
    live_server: Any,
    browser: Any,
    wcuc: Organisation,
    people: dict[str, Person],
    maria: User,
) -> None:
    base = live_server.url
    public = browser.new_context().new_page()
    public.set_default_timeout(15_000)
    public.goto(f"{base}/takedown/wcuc/")
    public.get_by_label("Your name").fill("Pat Young")
    public.get_by_label("Your e-mail address").fill("pat@example.net")
    public.get_by_label("my child (I am their parent or carer)").check()
    public.get_by_label("Their name").fill("Ava Young")
    public.get_by_label("Their date of birth (optional)").fill("2010-03-01")
    public.get_by_label("an image").check()
    public.get_by_label("Where is it?").fill("https://instagram.com/p/open-day")
    public.get_by_role("button", name="Send the request").click()
    public.get_by_role("heading", name="Your request has been sent").wait_for()
    # The page says nothing of whether she was found; the directory entry was, privately.
    assert "Ava" not in public.locator("main").inner_text()
    request = TakedownRequest.objects.get()
    assert request.duty is not None and request.duty.urgency == "immediately"
    assert request.subject == people["ava"]

    handler = _signed_in(browser, base, "maria")
    handler.goto(f"{base}/orgs/wcuc/duties/")
    handler.get_by_role("link", name=re.compile("Take down an image about Ava Young")).click()
    handler.get_by_role("link", name="Open the page this duty is about").click()
    handler.wait_for_url(re.compile(rf".*/orgs/wcuc/takedown/{request.pk}/$"))
    facts = handler.locator("main").inner_text()
    assert "WCUC-09" in facts and "matched by name and date of birth: check before closing" in facts
    handler.get_by_label("What was taken down, and where").fill("Deleted the open day post")
    handler.get_by_label("The person it is about (to withdraw their consent)").fill("W-AVA")
    handler.get_by_label("I confirm it has been removed").check()
    handler.get_by_role("button", name="Confirm removal").click()
    handler.get_by_role("heading", name=re.compile("removed")).wait_for()
    request.refresh_from_db()
    assert request.status == TakedownStatus.REMOVED and request.subject == people["ava"]
    assert request.duty is not None and request.duty.status == DutyStatus.DONE
