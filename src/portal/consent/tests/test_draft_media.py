"""Drafts that carry images or video: stored files checked by content, people shown
picked among those the author may name, the purpose from the pack's list; the media rule
decides, and the page says per person what cleared them, to those who may see consents."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from portal.consent.actions import record_consent_given
from portal.moderation.actions import rescreen_draft, submit_draft
from portal.moderation.models import Post, Status
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.types import User


def photo(name: str = "stage.jpg") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (10, 120, 200)).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def account(wcuc: Organisation) -> OfficialAccount:
    return OfficialAccount.objects.create(organisation=wcuc, name="@Wilts", platform="instagram")


def draft(client: Client, **fields: object) -> Any:
    return client.post(
        "/orgs/wcuc/moderation/new/",
        {"text": "Rehearsals are under way.", "purpose": "educational_activity", **fields},
    )


@pytest.mark.clause("WCUC-09")
def test_a_photo_of_an_under_18_is_blocked_until_a_parent_consents(
    wcuc: Organisation, people: dict[str, Person], maria: User, tom: User, account: OfficialAccount
) -> None:
    client = Client()
    client.force_login(tom)
    response = draft(client, account=account.pk, file_1=photo(), people_1="Ava Young (W-AVA)")
    assert response.status_code == 302
    post = Post.objects.get()
    assert (post.outcome, post.purpose) == ("block", "educational_activity")
    [item] = post.media.all()
    assert (item.kind, item.media_type, item.people_shown) == ("jpeg", "image", ["W-AVA"])
    assert "stage" not in str(item.file.name)  # stored under a name of its own
    # Tom sees whether Ava is cleared, not the consent register's details.
    page = client.get(f"/orgs/wcuc/moderation/{post.pk}/").content.decode()
    assert "consent missing: the communications team checks" in page
    image = client.get(f"/orgs/wcuc/moderation/{post.pk}/media/{item.pk}/")
    assert image["Content-Type"] == "image/jpeg" and image["X-Content-Type-Options"] == "nosniff"

    record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=["educational_activity"],
        acting_user=maria,
    )
    post = rescreen_draft(post=post, acting_user=maria)
    assert (post.outcome, post.status) == ("allow", Status.APPROVED)
    client.force_login(maria)
    page = client.get(f"/orgs/wcuc/moderation/{post.pk}/").content.decode()
    assert "cleared by consent (given 3 May 2026 by a parent or carer)" in page


@pytest.mark.clause("WCUC-09")
def test_marketing_is_not_a_purpose_students_are_shown_for(
    wcuc: Organisation, people: dict[str, Person], tom: User, account: OfficialAccount
) -> None:
    post = submit_draft(
        account=account,
        text="Come to our open day",
        files=[photo()],
        people_shown=["W-AVA"],
        purpose="marketing",
        acting_user=tom,
    )
    assert post.outcome == "block"
    assert post.decision is not None
    findings = post.decision.decision["findings"]
    assert any("Educational activity" in f["explanation"] for f in findings)


def test_a_file_that_is_not_an_image_or_video_is_refused(
    wcuc: Organisation, people: dict[str, Person], tom: User, account: OfficialAccount
) -> None:
    client = Client()
    client.force_login(tom)
    fake = SimpleUploadedFile("photo.jpg", b"MZ\x90\x00 not a picture", content_type="image/jpeg")
    response = draft(client, account=account.pk, file_1=fake, people_1="W-AVA")
    assert response.status_code == 200
    assert "the file&#x27;s content is not one of" in response.content.decode()
    assert not Post.objects.exists()


def test_people_shown_are_only_those_the_author_may_name(
    wcuc: Organisation, people: dict[str, Person], maria: User, account: OfficialAccount
) -> None:
    # Maria does not tutor Ava and does not see the whole directory.
    client = Client()
    client.force_login(maria)
    response = draft(client, account=account.pk, file_1=photo(), people_1="W-AVA")
    assert "Nobody you may name matches" in response.content.decode()
    assert not Post.objects.exists()


def clip() -> SimpleUploadedFile:
    # The smallest MP4 the content check knows: an ftyp box.
    head = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    return SimpleUploadedFile("clip.mp4", head + b"\x00" * 64, content_type="video/mp4")


@pytest.mark.clause("WCUC-09")
def test_each_file_carries_its_own_people_and_is_judged_for_its_kind(
    wcuc: Organisation, people: dict[str, Person], maria: User, tom: User, account: OfficialAccount
) -> None:
    # Ava's parent consented to photos, not to video.
    record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=["educational_activity"],
        acting_user=maria,
    )
    client = Client()
    client.force_login(tom)
    response = draft(
        client,
        account=account.pk,
        file_1=photo(),
        people_1="W-AVA",
        file_2=clip(),
        people_2="W-AVA\nW-TOM",
        file_3=photo("crowd.jpg"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    post = Post.objects.get()
    image, video, crowd = post.media.all()
    assert (image.people_shown, video.people_shown, crowd.people_shown) == (
        ["W-AVA"],
        ["W-AVA", "W-TOM"],
        [],
    )
    assert post.outcome == "block"  # the video shows Ava without a video consent
    client.force_login(maria)
    page = client.get(f"/orgs/wcuc/moderation/{post.pk}/").content.decode()
    image_part, video_part = page.split('<h3 id="file-2-heading">')
    assert "cleared by consent (given 3 May 2026" in image_part
    video_part, crowd_part = video_part.split('<h3 id="file-3-heading">')
    assert "missing" in video_part and "(video)" in video_part
    assert "Tom Tate" in video_part and "no consent is needed" in video_part
    assert "Nobody named is shown." in crowd_part


def test_people_without_their_file_are_refused(
    wcuc: Organisation, people: dict[str, Person], tom: User, account: OfficialAccount
) -> None:
    client = Client()
    client.force_login(tom)
    response = draft(client, account=account.pk, file_1=photo(), people_2="W-AVA")
    assert "Attach image or video 2 that they are in." in response.content.decode()
    assert not Post.objects.exists()
