"""In a real browser, two steps the register's keepers take:

- NCLT's communications (nora) opens a takedown request nobody in the directory was found
  for, links the person it is about from the suggestions, and the request is decided
  again: NCLT-13 (staff asking about themselves) now cites it, and its duty is re-routed.
  A member of staff without the moderating role gets "not found", naming nobody.
- WCUC's consent keeper (maria, who does not see the whole directory) goes from the
  consent register to Ava's page: only what the register needs (her parents, until when
  only their consent counts, her consents), and records another consent there. Her tutor
  sees her entry without the consents; a teacher with neither register, nothing.

Drives Debian's chromium through Playwright; skipped where either is missing.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from policyguard import AffiliationKind
from portal.consent.actions import record_consent_given
from portal.consent.models import Channel, TakedownRequest
from portal.consent.takedown import request_takedown
from portal.consent.tests.conftest import member
from portal.organisations.actions import create_organisation
from portal.organisations.models import Organisation
from portal.people.actions import add_person
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


def _pick(page: Any, box: Any, typed: str, choice: str) -> None:
    """Type into a person box and take the suggestion ``choice``, as a person does."""
    box.fill(typed)
    page.locator(f"#people-found option[value='{choice}']").wait_for(state="attached")
    box.fill(choice)


def test_the_handler_links_the_person_and_the_request_is_rerouted(
    live_server: Any, browser: Any, db: None
) -> None:
    base = live_server.url
    nclt = create_organisation(slug="nclt", name="NCLT", pack_slug="nclt", acting_user=None)
    add_person(
        organisation=nclt,
        external_id="N-SAM",
        name="Sam Jones",
        affiliations=[(AffiliationKind.STAFF, date(2015, 9, 1), None)],
        acting_user=None,
    )
    member(nclt, "nora", ["staff", "moderator"], None)
    member(nclt, "olly", ["staff"], None)
    # Asked on the public form under another spelling: nobody is found, no clause fits.
    request = request_takedown(
        organisation=nclt,
        channel=Channel.PUBLIC,
        material="information",
        on_behalf="self",
        subject_name="Samuel Jones",
        where="https://example.net/staff/sam",
        requester_name="Samuel Jones",
        requester_email="sj@example.net",
        requester_ip="192.0.2.7",
        acting_user=None,
    )
    assert request.subject is None and request.clauses == []

    handler = _signed_in(browser, base, "nora")
    handler.goto(f"{base}/orgs/nclt/duties/")
    handler.get_by_role("link", name=re.compile("Take down information about Samuel Jones")).click()
    handler.get_by_role("link", name="Open the page this duty is about").click()
    handler.wait_for_url(re.compile(rf".*/orgs/nclt/takedown/{request.pk}/$"))
    assert "not found in the directory" in handler.locator("main").inner_text()
    assert "No clause of the policy covers this request" in handler.locator("main").inner_text()
    link = handler.get_by_label("The person it is about", exact=True)
    _pick(handler, link, "Sam", "Sam Jones (N-SAM)")
    handler.get_by_role("button", name="Link and re-route").click()
    handler.get_by_text("Linked to Sam Jones (N-SAM): now under NCLT-13.").wait_for()
    facts = handler.locator("main").inner_text()
    assert "Sam Jones (N-SAM), linked by the handler" in facts
    assert "NCLT-13" in handler.locator("main ul").first.inner_text()  # under "Why"
    request = TakedownRequest.objects.get(pk=request.pk)
    assert request.subject is not None and request.subject.external_id == "N-SAM"
    assert request.duty is not None and request.duty.clauses == ["NCLT-13"]

    # Staff without the moderating role: the same "not found" as for no request at all.
    other = _signed_in(browser, base, "olly")
    response = other.goto(f"{base}/orgs/nclt/takedown/{request.pk}/")
    assert response is not None and response.status == 404
    text = other.locator("body").inner_text()
    assert "Sam" not in text and "N-SAM" not in text and "Link the person" not in text


def test_the_consent_keeper_goes_from_the_register_to_a_persons_page_and_records_there(
    live_server: Any,
    browser: Any,
    wcuc: Organisation,
    people: dict[str, Person],
    maria: User,
    tom: User,
) -> None:
    base = live_server.url
    member(wcuc, "vic", ["staff"], None)
    record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_by_person=people["pat"],
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=["educational_activity"],
        acting_user=maria,
    )

    keeper = _signed_in(browser, base, "maria")
    keeper.goto(f"{base}/orgs/wcuc/consents/")
    keeper.get_by_role("link", name="Ava Young").click()
    keeper.wait_for_url(re.compile(r".*/orgs/wcuc/people/W-AVA/$"))
    main = keeper.locator("main").inner_text()
    assert "Pat Young (W-PAT)" in main  # who may give her consent
    assert "Until 1 March 2028 only a parent's or carer's consent counts" in main
    assert "3 May 2026" in main
    # Not the rest of her entry: date of birth, tutor, roles, web history.
    for hidden in ("1 March 2010", "Tom Tate", "Progress tutor", "Roles", "Web history"):
        assert hidden not in main, hidden
    keeper.get_by_text("Record a consent for Ava Young").click()
    _pick(keeper, keeper.get_by_label("Parent or carer (optional)"), "Pat", "Pat Young (W-PAT)")
    keeper.get_by_label("Given on").fill("2026-06-01")
    keeper.get_by_label("News and celebration").check()
    keeper.get_by_role("button", name="Record consent").click()
    keeper.get_by_text("Consent recorded for Ava Young.").wait_for()
    keeper.wait_for_url(re.compile(r".*/orgs/wcuc/people/W-AVA/$"))
    assert "1 June 2026" in keeper.locator("#consents-heading + p + ul").inner_text()
    latest = Consent.objects.latest("pk")
    assert latest.person == people["ava"] and latest.given_by_person == people["pat"]

    # Her tutor sees her entry but not the consents, nor her parent.
    tutor = _signed_in(browser, base, "tom")
    tutor.goto(f"{base}/orgs/wcuc/people/W-AVA/")
    main = tutor.locator("main").inner_text()
    assert "Ava Young" in main and "Tom Tate" in main
    assert "Consents" not in main and "Pat Young" not in main and "3 May 2026" not in main
    # A teacher with neither register: not found, naming nobody.
    stranger = _signed_in(browser, base, "vic")
    response = stranger.goto(f"{base}/orgs/wcuc/people/W-AVA/")
    assert response is not None and response.status == 404
    assert "Ava" not in stranger.locator("body").inner_text()
