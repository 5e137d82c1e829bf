"""A decision about media shows a consent's detail (who gave it, when, the person's age)
only to those who keep the register or moderate; the draft's author, on the decision
page, through the API and in a case, learns per person only "cleared" or "missing"."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from portal.apitokens.actions import create_api_token
from portal.consent.actions import record_consent_given
from portal.moderation.actions import submit_draft
from portal.moderation.models import Post
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.testing.auth import SecondFactorClient as Client
from portal.types import User

DETAIL = "given 3 May 2026 by a parent or carer"


def photo() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 10, 10)).save(buffer, format="JPEG")
    return SimpleUploadedFile("p.jpg", buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def cleared_draft(wcuc: Organisation, people: dict[str, Person], maria: User, tom: User) -> Post:
    account = OfficialAccount.objects.create(organisation=wcuc, name="@W", platform="instagram")
    record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=["educational_activity"],
        acting_user=maria,
    )
    return submit_draft(
        account=account,
        text="Rehearsals.",
        files=[photo()],
        people_shown=["W-AVA"],
        purpose="educational_activity",
        acting_user=tom,
    )


@pytest.mark.clause("WCUC-09")
def test_the_author_reads_only_cleared_on_the_decision_page_and_the_keeper_reads_the_detail(
    cleared_draft: Post, tom: User, ada: User
) -> None:
    assert cleared_draft.outcome == "allow" and cleared_draft.decision is not None
    url = f"/orgs/wcuc/decisions/{cleared_draft.decision_id}/"
    client = Client()
    client.force_login(tom)
    page = client.get(url).content.decode()
    assert "Consent is in order for: Ava Young." in page
    assert "(cleared)" in page
    assert DETAIL not in page and "aged " not in page and "date_of_birth" not in page
    moderation = client.get(f"/orgs/wcuc/moderation/{cleared_draft.pk}/").content.decode()
    assert DETAIL not in moderation and "aged " not in moderation

    client.force_login(ada)
    page = client.get(url).content.decode()
    assert f"cleared by consent ({DETAIL})" in page and "aged 16" in page


@pytest.mark.clause("WCUC-09")
def test_the_api_answers_the_author_without_the_consent_and_the_keeper_with_it(
    cleared_draft: Post, tom: User, ada: User
) -> None:
    url = f"/api/v1/orgs/wcuc/decisions/{cleared_draft.decision_id}"
    _, tom_token = create_api_token(user=tom, name="t", acting_user=tom)
    _, ada_token = create_api_token(user=ada, name="a", acting_user=ada)
    as_tom = Client().get(url, HTTP_AUTHORIZATION=f"Bearer {tom_token}")
    assert as_tom.status_code == 200
    text = json.dumps(as_tom.json())
    assert DETAIL not in text and "date_of_birth" not in text and '"cleared"' in text
    as_ada = Client().get(url, HTTP_AUTHORIZATION=f"Bearer {ada_token}")
    assert DETAIL in json.dumps(as_ada.json())

    # Asking afresh through the API: the answer is cut the same way.
    event = {
        "kind": "media",
        "at": "2026-11-20T10:00:00+00:00",
        "media_type": "image",
        "account_type": "official",
        "purpose": "educational_activity",
        "people_shown": ["W-AVA"],
        "author": "W-TOM",
    }
    asked = Client().post(
        "/api/v1/orgs/wcuc/decisions",
        data=json.dumps(event),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {tom_token}",
    )
    assert asked.status_code == 200, asked.content
    assert asked.json()["outcome"] == "allow"
    assert DETAIL not in json.dumps(asked.json())


def test_a_missing_consent_tells_the_author_what_is_missing_but_not_why(
    wcuc: Organisation, people: dict[str, Person], tom: User
) -> None:
    account = OfficialAccount.objects.create(organisation=wcuc, name="@W", platform="instagram")
    post = submit_draft(
        account=account,
        text="Rehearsals.",
        files=[photo()],
        people_shown=["W-AVA"],
        purpose="educational_activity",
        acting_user=tom,
    )
    client = Client()
    client.force_login(tom)
    page = client.get(f"/orgs/wcuc/decisions/{post.decision_id}/").content.decode()
    assert "Consent is missing for: Ava Young." in page
    assert "aged 16" not in page and "parent" not in page
