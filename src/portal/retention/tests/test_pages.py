"""Who sees the retention page and who may place or release a legal hold."""

from __future__ import annotations

from django.test import Client

from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.retention.models import LegalHold
from portal.retention.tests.conftest import WebLog
from portal.types import User

URL = "/orgs/oakfield/retention/"


def test_administrators_see_each_kind_with_its_period_and_what_is_past_it(
    client: Client, alice: User, web_log: WebLog
) -> None:
    web_log(400)
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert "Web-filter records" in page and "1 year (default)" in page
    assert "A year covers the DfE standards" in page  # the reason for the default


def test_staff_and_other_organisations_are_refused(
    client: Client, bob: User, charlie: User
) -> None:
    client.force_login(bob)
    assert client.get(URL).status_code == 403
    client.force_login(charlie)
    assert client.get(URL).status_code == 404


def test_the_dsl_places_and_releases_a_hold_and_must_say_why(
    client: Client, oakfield: Organisation
) -> None:
    dsl = User.objects.create_user("dsl")
    set_membership(organisation=oakfield, user=dsl, roles=["staff", "dsl"], acting_user=None)
    client.force_login(dsl)
    refused = client.post(URL, {"kinds": ["web_logs"], "reason": " "})
    assert refused.status_code == 422
    assert not LegalHold.objects.exists()
    placed = client.post(
        URL, {"kinds": ["web_logs", "alerts"], "subject": "s777", "reason": "LADO referral"}
    )
    assert placed.status_code == 302
    hold = LegalHold.objects.get()
    assert hold.kinds == ["web_logs", "alerts"] and hold.placed_by == dsl
    release = f"{URL}holds/{hold.pk}/release/"
    client.post(release, {"note": ""})
    hold.refresh_from_db()
    assert hold.is_active
    client.post(release, {"note": "Referral closed"})
    hold.refresh_from_db()
    assert not hold.is_active and hold.release_note == "Referral closed"
