"""A public takedown request names nobody in the directory: the person is found
privately (name and one more fact) so the clause for them routes it, and otherwise the
handler links them at triage and the duty is re-routed. The requester learns nothing of
the directory either way.

NCLT (its NCLT-13 covers staff asking for information about themselves to come down)
with these people:
- nora: a moderator (the Trust's communications): handles takedown requests.
- sam: a member of staff, born 2 February 1980, with a portal account (sam@nclt.example).
- two "Alex Smith"s in the directory: a name alone finds neither.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import yaml
from django.test import Client
from django.utils import timezone

from policyguard import AffiliationKind, bundled_pack_text
from portal.consent.models import TakedownRequest
from portal.consent.takedown import link_subject
from portal.consent.tests.conftest import member
from portal.duties.models import DutyStep
from portal.errors import NotAllowedNow
from portal.organisations.actions import create_organisation
from portal.organisations.models import Organisation
from portal.people.actions import add_person
from portal.people.models import Person
from portal.testing.auth import SecondFactorClient
from portal.types import User

STAFF: list[tuple[AffiliationKind, date | None, date | None]] = [
    (AffiliationKind.STAFF, date(2015, 9, 1), None)
]


@pytest.fixture
def nclt(db: None) -> Organisation:
    return create_organisation(slug="nclt", name="NCLT", pack_slug="nclt", acting_user=None)


@pytest.fixture
def sam(nclt: Organisation) -> Person:
    person = add_person(
        organisation=nclt,
        external_id="N-SAM",
        name="Sam Jones",
        date_of_birth=date(1980, 2, 2),
        affiliations=STAFF,
        acting_user=None,
    )
    member(nclt, "sam", ["staff"], person)
    User.objects.filter(username="sam").update(email="sam@nclt.example")
    for number in (1, 2):
        add_person(
            organisation=nclt,
            external_id=f"N-ALEX{number}",
            name="Alex Smith",
            affiliations=STAFF,
            acting_user=None,
        )
    return person


@pytest.fixture
def nora(nclt: Organisation) -> User:
    return member(nclt, "nora", ["staff", "moderator"], None)


def ask(**fields: str) -> Any:
    form = {
        "requester_name": "Sam Jones",
        "requester_email": "someone@example.net",
        "on_behalf": "self",
        "subject_name": "Sam Jones",
        "material": "information",
        "where": "https://example.net/staff/sam",
        **fields,
    }
    return Client().post("/takedown/nclt/", form)


@pytest.mark.clause("NCLT-13")
def test_a_public_request_found_privately_by_name_and_birth_date_cites_nclt_13(
    nclt: Organisation, sam: Person, nora: User
) -> None:
    found = ask(subject_name="  sam   JONES ", subject_date_of_birth="1980-02-02")
    nobody = ask(subject_name="Sam Jones", subject_date_of_birth="1981-02-02")
    # The requester is told the same whether or not anyone was found.
    assert found.status_code == nobody.status_code == 302
    assert found["Location"] == nobody["Location"] == "/takedown/nclt/sent/"
    assert Client().get("/takedown/nclt/sent/").content.decode().count("Sam") == 0
    first, second = TakedownRequest.objects.order_by("pk")
    assert (first.subject, first.subject_found_by) == (sam, "name and date of birth")
    # A member who used the public form reads their request: nothing of the match.
    signed_in = SecondFactorClient()
    signed_in.force_login(User.objects.get(username="sam"))
    signed_in.post(
        "/takedown/nclt/",
        {
            "requester_name": "Sam Jones",
            "on_behalf": "self",
            "subject_name": "Sam Jones",
            "subject_date_of_birth": "1980-02-02",
            "material": "image",
            "where": "x",
        },
    )
    own = TakedownRequest.objects.get(requested_by__username="sam")
    assert own.subject == sam
    page = signed_in.get(f"/orgs/nclt/takedown/{own.pk}/").content.decode()
    assert page.count("N-SAM") == 0 and "matched" not in page
    assert first.clauses == ["NCLT-13"]
    assert first.duty is not None and first.duty.clauses == ["NCLT-13"]
    assert (first.duty.role, first.duty.urgency) == ("moderator", "soon")
    # A date that does not fit finds nobody: the fallback duty, no clause.
    assert (second.subject, second.clauses) == (None, [])
    assert second.duty is not None and second.duty.clauses == []


@pytest.mark.clause("NCLT-13")
def test_a_name_alone_or_two_that_fit_find_nobody_and_self_matches_by_e_mail(
    nclt: Organisation, sam: Person, nora: User
) -> None:
    ask()  # name only, an e-mail not Sam's
    ask(subject_name="Alex Smith", subject_date_of_birth="")
    ask(requester_email="SAM@nclt.example")
    plain, alex, by_mail = TakedownRequest.objects.order_by("pk")
    assert plain.subject is None and alex.subject is None
    assert (by_mail.subject, by_mail.subject_found_by) == (sam, "name and e-mail")
    assert by_mail.clauses == ["NCLT-13"]


@pytest.mark.clause("NCLT-13")
def test_the_handler_links_the_person_at_triage_and_the_duty_is_rerouted(
    nclt: Organisation, sam: Person, nora: User, django_capture_on_commit_callbacks: Any
) -> None:
    ask(subject_name="Samuel Jones")
    request = TakedownRequest.objects.get()
    assert request.subject is None and request.clauses == []
    duty = request.duty
    assert duty is not None
    client = SecondFactorClient()
    client.force_login(nora)
    page = client.get(f"/orgs/nclt/takedown/{request.pk}/").content.decode()
    assert "Link the person" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/orgs/nclt/takedown/{request.pk}/link/", {"link-subject": "Sam Jones (N-SAM)"}
        )
    assert response.status_code == 302
    request = TakedownRequest.objects.get(pk=request.pk)
    duty.refresh_from_db()
    assert (request.subject, request.subject_found_by) == (sam, "handler")
    assert request.clauses == ["NCLT-13"] and duty.clauses == ["NCLT-13"]
    # Due within a day of when the request arrived, not of the triage.
    assert duty.due_at == request.created_at + timedelta(days=1)
    assert duty.due_at <= timezone.now() + timedelta(days=1)
    assert DutyStep.objects.filter(duty=duty, verb="rerouted").exists()
    page = client.get(f"/orgs/nclt/takedown/{request.pk}/").content.decode()
    assert "NCLT-13" in page and "linked by the handler" in page
    # Only the handler links; a closed request is not linked again.
    other = member(nclt, "olly", ["staff"], None)
    client.force_login(other)
    refused = client.post(f"/orgs/nclt/takedown/{request.pk}/link/", {"link-subject": "N-SAM"})
    assert refused.status_code == 404
    request.status = "removed"
    request.save()
    with pytest.raises(NotAllowedNow):
        link_subject(request=request, subject=sam, acting_user=nora)


@pytest.mark.clause("QTSD-07")
def test_a_member_asking_about_themselves_in_the_portal_cites_qtsd_07(db: None) -> None:
    qtsd = create_organisation(slug="qtsd", name="QTSD", pack_slug="qtsd", acting_user=None)
    quinn = add_person(
        organisation=qtsd,
        external_id="Q-QUINN",
        name="Quinn Price",
        affiliations=STAFF,
        acting_user=None,
    )
    user = member(qtsd, "quinn", ["staff"], quinn)
    client = SecondFactorClient()
    client.force_login(user)
    response = client.post(
        "/orgs/qtsd/takedown/new/",
        {"on_behalf": "self", "material": "image", "where": "A photo on the school's page"},
    )
    assert response.status_code == 302
    request = TakedownRequest.objects.get()
    assert (request.subject, request.subject_found_by) == (quinn, "requester")
    assert request.clauses == ["QTSD-07"]
    assert request.duty is not None and request.duty.clauses == ["QTSD-07"]


def test_the_handlers_box_offers_people_where_the_register_is_anothers(db: None) -> None:
    """A pack may give takedowns (``moderate``) and the consent register (``record_consent``)
    to different roles: the handler's "Link the person" box still offers the directory."""
    pack = yaml.safe_load(bundled_pack_text("nclt")[0])
    pack["roles"]["moderator"]["may"] = ["moderate"]
    pack["roles"]["data_protection_officer"]["may"] = ["record_consent"]
    nclt = create_organisation(
        slug="nclt",
        name="NCLT",
        pack_slug="nclt",
        pack_yaml=yaml.safe_dump(pack, sort_keys=False),
        acting_user=None,
    )
    add_person(
        organisation=nclt,
        external_id="N-SAM",
        name="Sam Jones",
        affiliations=STAFF,
        acting_user=None,
    )
    offered = []
    for username, roles in (
        ("nora", ["staff", "moderator"]),
        ("dora", ["staff", "data_protection_officer"]),
        ("olly", ["staff"]),
    ):
        client = SecondFactorClient()
        client.force_login(member(nclt, username, roles, None))
        response = client.get("/orgs/nclt/consents/pick/?q=Sam")
        offered.append(response.json()["people"] if response.status_code == 200 else 403)
        # Only the register's keeper opens the register itself.
        register = client.get("/orgs/nclt/consents/").status_code
        assert register == (200 if username == "dora" else 403), username
    sam = [{"id": "N-SAM", "label": "Sam Jones (N-SAM)"}]
    assert offered == [sam, sam, 403]


def test_a_name_nobody_has_is_not_linked_and_the_handler_is_told_what_to_do(
    nclt: Organisation, sam: Person, nora: User
) -> None:
    ask(subject_name="Samuel Jones")
    request = TakedownRequest.objects.get()
    client = SecondFactorClient()
    client.force_login(nora)
    page = client.post(
        f"/orgs/nclt/takedown/{request.pk}/link/", {"link-subject": "Nobody Here"}, follow=True
    ).content.decode()
    assert "Not linked: Nobody you may name matches &#x27;Nobody Here&#x27;." in page
    # The page has nowhere to describe someone: it says what does work.
    assert "give their directory id" in page and "describe them" not in page
    request.refresh_from_db()
    assert request.subject is None
