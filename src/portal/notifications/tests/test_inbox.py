"""The inbox, e-mail choices, the daily digest, and the rule that a notification goes
only to those who may open its page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.core import mail

from portal.conftest import NOW
from portal.notifications.actions import notify, send_digests, set_email_mode
from portal.notifications.models import Notification
from portal.organisations.models import Organisation
from portal.testing.auth import SecondFactorClient
from portal.types import User


def _tell(users: list[User], organisation: Organisation, *, key: str = "", **extra: Any) -> None:
    notify(
        recipients=users,
        can_open=extra.pop("can_open", lambda user: True),
        organisation=organisation,
        kind="test.event",
        title=extra.pop("title", "Something needs you"),
        link="/orgs/oakfield/",
        dedupe_key=key,
    )


def test_it_skips_anyone_who_could_not_open_the_page(
    oakfield: Organisation, alice: User, bob: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _tell([alice, bob], oakfield, can_open=lambda user: user == alice)
    assert [n.recipient for n in Notification.objects.all()] == [alice]


def test_the_same_key_notifies_once(
    oakfield: Organisation, alice: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _tell([alice], oakfield, key="k1")
        _tell([alice], oakfield, key="k1")
    assert Notification.objects.count() == 1


def test_e_mail_follows_each_users_choice(
    oakfield: Organisation,
    alice: User,
    bob: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    alice.email, bob.email = "alice@oakfield.test", "bob@oakfield.test"
    alice.save(update_fields=["email"])
    bob.save(update_fields=["email"])
    set_email_mode(user=bob, mode="daily", acting_user=bob)
    with django_capture_on_commit_callbacks(execute=True):
        _tell([alice, bob], oakfield, title="First")
        _tell([alice, bob], oakfield, title="Second")
    run_worker()
    assert [m.to for m in mail.outbox] == [["alice@oakfield.test"]] * 2
    assert mail.outbox[0].body.count("http://127.0.0.1:8000/orgs/oakfield/") == 1
    mail.outbox.clear()
    assert send_digests(now=NOW + timedelta(hours=1)) == (1, 2)
    assert [m.to for m in mail.outbox] == [["bob@oakfield.test"]]
    assert "First" in mail.outbox[0].body and "Second" in mail.outbox[0].body
    assert send_digests(now=NOW + timedelta(hours=2)) == (0, 0)  # nothing twice


def test_off_means_the_inbox_only(
    oakfield: Organisation,
    alice: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    alice.email = "alice@oakfield.test"
    alice.save(update_fields=["email"])
    set_email_mode(user=alice, mode="off", acting_user=alice)
    with django_capture_on_commit_callbacks(execute=True):
        _tell([alice], oakfield)
    run_worker()
    assert mail.outbox == [] and Notification.objects.count() == 1


def test_the_inbox_shows_ones_own_and_opening_marks_read(
    oakfield: Organisation, alice: User, bob: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _tell([alice], oakfield, title="For Alice")
        _tell([bob], oakfield, title="For Bob")
    client = SecondFactorClient()
    client.force_login(alice)
    page = client.get("/inbox/").content.decode()
    assert "For Alice" in page and "For Bob" not in page
    mine = Notification.objects.get(recipient=alice)
    theirs = Notification.objects.get(recipient=bob)
    assert client.get(f"/inbox/{theirs.pk}/").status_code == 404
    response = client.get(f"/inbox/{mine.pk}/")
    assert response.status_code == 302 and response["Location"] == "/orgs/oakfield/"
    mine.refresh_from_db()
    assert mine.read_at is not None
