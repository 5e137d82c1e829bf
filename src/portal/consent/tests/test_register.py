"""The consent register: recorded on a form or by CSV, withdrawn, seen only by its keepers."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from policyguard import load_bundled
from portal.audit.models import AuditEntry
from portal.consent.actions import import_consents_csv, record_consent_given, withdraw_consent
from portal.errors import Rejected
from portal.organisations.models import Organisation
from portal.people.models import Consent, Person
from portal.types import User

HEADER = "person_id,given_by,given_on,given_by_person_id,media,purposes,withdrawn_on\n"


def test_the_moderator_keeps_the_register_unless_the_pack_says_otherwise() -> None:
    assert load_bundled("wcuc").roles_that_may("record_consent") == ("moderator",)


@pytest.mark.clause("WCUC-09")
def test_it_records_a_parents_consent_on_the_form(
    wcuc: Organisation, people: dict[str, Person], maria: User, ada: User, client: Client
) -> None:
    client.force_login(maria)
    response = client.post(
        "/orgs/wcuc/consents/",
        {
            "person": "Ava Young (W-AVA)",
            "given_by": "parent",
            "given_by_person": "W-PAT",
            "given_on": "2026-05-03",
            "covers": ["image", "video"],
            "purposes": ["educational_activity"],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    consent = Consent.objects.get(person=people["ava"])
    assert consent.given_by == "parent" and consent.given_by_person == people["pat"]
    assert consent.media == ["image", "video"]
    # The media rule asks for the channel use and, under WCUC, the purpose too.
    assert consent.uses == ["official_social_media", "educational_activity"]
    assert (consent.source, consent.recorded_by) == ("form", maria)
    assert AuditEntry.objects.filter(verb="consent.record").count() == 1
    # Maria keeps the register but does not see the whole directory: ada does, and both.
    client.force_login(ada)
    page = client.get("/orgs/wcuc/people/W-AVA/").content.decode()
    assert "3 May 2026" in page
    assert "Until 1 March 2028 only a parent" in page


def test_the_form_names_each_bad_field(
    wcuc: Organisation, people: dict[str, Person], maria: User
) -> None:
    client = Client()
    client.force_login(maria)
    response = client.post(
        "/orgs/wcuc/consents/",
        {"person": "Nobody Here", "given_by": "parent", "given_on": "2999-01-01"},
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "Nobody you may name matches" in page
    assert not Consent.objects.exists()
    with pytest.raises(Rejected) as caught:
        record_consent_given(
            person=people["ava"],
            given_by="parent",
            given_on=date(2999, 1, 1),
            media=["image"],
            purposes=["fundraising"],
            acting_user=maria,
        )
    assert {p.field for p in caught.value.problems} == {"given_on", "purposes"}


def test_nobody_else_sees_a_consent_or_who_has_one(
    wcuc: Organisation, people: dict[str, Person], maria: User, tom: User
) -> None:
    consent = record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=["educational_activity"],
        acting_user=maria,
    )
    client = Client()
    client.force_login(tom)
    # Tom tutors Ava, so he sees her page: but not the consents section, not even "none".
    page = client.get("/orgs/wcuc/people/W-AVA/")
    assert page.status_code == 200
    assert "Consents" not in page.content.decode()
    assert "3 May 2026" not in page.content.decode()
    for address in ("/orgs/wcuc/consents/", "/orgs/wcuc/consents/import/"):
        assert client.get(address).status_code == 403
    assert client.get("/orgs/wcuc/consents/pick/?q=Ava").status_code == 403
    assert client.post(f"/orgs/wcuc/consents/{consent.pk}/withdraw/").status_code == 403
    consent.refresh_from_db()
    assert consent.withdrawn_on is None


@pytest.mark.clause("WCUC-09")
def test_it_imports_rows_and_reports_the_bad_ones_without_losing_the_good(
    wcuc: Organisation, people: dict[str, Person], maria: User
) -> None:
    data = (
        HEADER
        + "W-AVA,parent,2026-05-03,W-PAT,image;video,educational_activity,\n"
        + "W-GHOST,parent,2026-05-03,,,,\n"
        + "W-TOM,self,31/02/2026,,,,\n"
        + "W-TOM\x00,self,2026-04-01,,image,marketing,\n"
        + "W-PAT,carer,2026-04-01,,,fundraising,\n"
    ).encode()
    summary = import_consents_csv(organisation=wcuc, data=data, acting_user=maria)
    assert (summary.created, summary.updated) == (2, 0)
    assert [(p.line, p.field) for p in summary.problems] == [
        (3, "person_id"),
        (4, "given_on"),
        (6, "purposes"),
    ]
    tom = Consent.objects.get(person=people["tom"])  # the NUL was taken out
    assert tom.uses == ["official_social_media", "marketing"] and tom.media == ["image"]
    ava = Consent.objects.get(person=people["ava"])
    assert ava.given_by_person == people["pat"] and ava.source == "import"


def test_a_column_the_file_lacks_leaves_what_is_recorded(
    wcuc: Organisation, people: dict[str, Person], maria: User
) -> None:
    first = HEADER + "W-AVA,parent,2026-05-03,W-PAT,image,educational_activity,2026-06-01\n"
    import_consents_csv(organisation=wcuc, data=first.encode(), acting_user=maria)
    # No media, purposes or withdrawn_on column: only the giver's id may change.
    again = "person_id,given_by,given_on\nW-AVA,parent,2026-05-03\n"
    summary = import_consents_csv(organisation=wcuc, data=again.encode(), acting_user=maria)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 1)
    consent = Consent.objects.get()
    assert consent.withdrawn_on == date(2026, 6, 1) and consent.media == ["image"]
    # With the column, an empty cell clears the withdrawal.
    cleared = "person_id,given_by,given_on,withdrawn_on\nW-AVA,parent,2026-05-03,\n"
    summary = import_consents_csv(organisation=wcuc, data=cleared.encode(), acting_user=maria)
    assert summary.updated == 1
    consent.refresh_from_db()
    assert consent.withdrawn_on is None


def test_a_file_without_a_required_column_changes_nothing(
    wcuc: Organisation, people: dict[str, Person], maria: User
) -> None:
    client = Client()
    client.force_login(maria)
    upload = SimpleUploadedFile("c.csv", b"person_id,given_on\nW-AVA,2026-05-03\n")
    response = client.post("/orgs/wcuc/consents/import/", {"file": upload})
    assert response.status_code == 422
    assert "given_by" in response.content.decode()
    assert not Consent.objects.exists()


def test_a_withdrawn_consent_stops_counting_from_that_day(
    wcuc: Organisation, people: dict[str, Person], maria: User
) -> None:
    consent = record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=["educational_activity"],
        acting_user=maria,
    )
    client = Client()
    client.force_login(maria)
    response = client.post(
        f"/orgs/wcuc/consents/{consent.pk}/withdraw/", {"reason": "parent asked"}
    )
    assert response.status_code == 302
    consent.refresh_from_db()
    assert consent.withdrawn_on == timezone.localdate()
    assert not consent.to_core().valid_on(timezone.localdate())
    with pytest.raises(Exception, match="withdrawn on"):
        withdraw_consent(consent=consent, acting_user=maria)
