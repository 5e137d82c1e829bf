"""Shared fixtures for the portal's tests: two organisations and named users.

Oakfield College (pack ``oakfield``, review overdue) and Elmbrook Sixth Form (pack
``elmbrook``, review not due) are unrelated institutions. Who may see what:

- alice: Oakfield administrator. Sees all of Oakfield (directory, decisions, audit log),
  nothing of Elmbrook.
- bob: Oakfield staff, directory entry S001, line manager of S002. Sees Oakfield's pack,
  himself and S002 in the directory, and decisions he asked for or that name him as the
  line manager who must act. No audit log, no import.
- charlie: Elmbrook DSL. Sees all of Elmbrook's directory; Oakfield does not exist for him.
- dave: Oakfield student, directory entry L001. Sees Oakfield's pack and his own
  decisions; no directory.

Time is frozen at 10:00 on 2026-11-21 in London, the date the seeds are judged on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.core.servers.basehttp import WSGIServer
from django.test import override_settings
from django.test.testcases import LiveServerThread

from policyguard import AffiliationKind, RelationKind
from portal.apitokens.actions import create_api_token
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.people.actions import add_person, add_relation, record_consent
from portal.people.models import Person
from portal.testing import pack_text
from portal.testing.auth import SecondFactorClient
from portal.testing.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PolicyWatch,
    end_live_server_sessions,
)
from portal.types import User

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Europe/London"))
TODAY = NOW.date()


class _OneRequestAtATime(WSGIServer):
    """The test server for in-memory SQLite: its threads would share the one connection,
    so a browser's parallel requests (a page's chart images) could collide in it ("table is
    locked", a half-saved session). One request at a time, each connection closed after
    its answer (Django's server does so when it does not thread); PostgreSQL keeps threads."""

    def __init__(self, *args: Any, connections_override: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


if str(settings.DATABASES["default"]["ENGINE"]).endswith("sqlite3"):
    LiveServerThread.server_class = _OneRequestAtATime  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture(scope="session")
def _data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(autouse=True)
def _fast_passwords(_data_dir: Path) -> Iterator[None]:
    # Hashing ~60 demo passwords with PBKDF2 would dominate the suite's run time. Files
    # the portal keeps (uploads waiting for confirmation) go to a temporary folder.
    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        DATA_DIR=_data_dir,
        SNAPSHOT_DIR=_data_dir / "snapshots",
    ):
        yield


@pytest.fixture
def oakfield(db: None) -> Organisation:
    return create_organisation(
        slug="oakfield",
        name="Oakfield College",
        pack_slug="oakfield",
        pack_yaml=pack_text("oakfield"),
        acting_user=None,
    )


@pytest.fixture
def elmbrook(db: None) -> Organisation:
    return create_organisation(
        slug="elmbrook",
        name="Elmbrook Sixth Form",
        pack_slug="elmbrook",
        pack_yaml=pack_text("elmbrook"),
        acting_user=None,
    )


def _user(username: str) -> User:
    return User.objects.create_user(username=username, password=f"{username}-password")


@pytest.fixture
def directory(oakfield: Organisation) -> dict[str, Person]:
    """Oakfield's people: staff S001 (bob) managing S002, tutor T001, student L001 (16,
    dave), former student L002 (left 2025-07-01), parent P001 of L001."""
    staff = AffiliationKind.STAFF

    def add(
        external_id: str,
        name: str,
        born: date,
        kind: AffiliationKind,
        start: date | None = date(2015, 9, 1),
        end: date | None = None,
        *,
        line_manager: Person | None = None,
        progress_tutor: Person | None = None,
    ) -> Person:
        return add_person(
            organisation=oakfield,
            external_id=external_id,
            name=name,
            date_of_birth=born,
            affiliations=[(kind, start, end)],
            line_manager=line_manager,
            progress_tutor=progress_tutor,
            acting_user=None,
        )

    people: dict[str, Person] = {}
    people["S001"] = add("S001", "Bob Baker", date(1980, 1, 1), staff)
    people["S002"] = add("S002", "Sian Cole", date(1990, 2, 2), staff, line_manager=people["S001"])
    people["T001"] = add("T001", "Tariq Noor", date(1985, 3, 3), staff)
    people["L001"] = add(
        "L001",
        "Dave Dunn",
        date(2010, 5, 5),
        AffiliationKind.STUDENT,
        date(2025, 9, 1),
        progress_tutor=people["T001"],
    )
    people["L002"] = add(
        "L002",
        "Lena Ward",
        date(2006, 6, 6),
        AffiliationKind.STUDENT,
        date(2023, 9, 1),
        date(2025, 7, 1),
    )
    people["P001"] = add("P001", "Pat Dunn", date(1978, 7, 7), AffiliationKind.PARENT, None)
    add_relation(
        person=people["P001"], kind=RelationKind.PARENT_OF, other=people["L001"], acting_user=None
    )
    record_consent(
        person=people["L001"],
        given_by="parent",
        given_by_person=people["P001"],
        uses=["official_social_media"],
        given_on=date(2025, 9, 1),
        acting_user=None,
    )
    return people


def _link(person: Person, user: User) -> None:
    person.user = user
    person.save(update_fields=["user"])


@pytest.fixture
def alice(oakfield: Organisation) -> User:
    user = _user("alice")
    set_membership(
        organisation=oakfield, user=user, roles=["staff"], is_admin=True, acting_user=None
    )
    return user


@pytest.fixture
def bob(oakfield: Organisation, directory: dict[str, Person]) -> User:
    user = _user("bob")
    set_membership(organisation=oakfield, user=user, roles=["staff"], acting_user=None)
    _link(directory["S001"], user)
    return user


@pytest.fixture
def charlie(elmbrook: Organisation) -> User:
    user = _user("charlie")
    set_membership(organisation=elmbrook, user=user, roles=["staff", "dsl"], acting_user=None)
    return user


@pytest.fixture
def dave(oakfield: Organisation, directory: dict[str, Person]) -> User:
    user = _user("dave")
    set_membership(organisation=oakfield, user=user, roles=["student"], acting_user=None)
    _link(directory["L001"], user)
    return user


@pytest.fixture
def client() -> SecondFactorClient:
    """Django's test client, whose ``force_login`` also proves a second factor for a user
    who needs one; ``force_login(user, second_factor=False)`` for the password alone."""
    return SecondFactorClient()


@pytest.fixture
def browser(transactional_db: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A headless chromium (Playwright ``Browser``); use with ``live_server``. The test
    fails if any page it opened broke the Content-Security-Policy (``PolicyWatch``)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls
    # happen outside it, so Django's guard against async misuse may stand down.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        watched = PolicyWatch(launched)
        try:
            yield watched
        finally:
            launched.close()
        # Any page the test opened broke the Content-Security-Policy: the page needs
        # fixing (move the script or style to a static file), not the policy.
        assert watched.violations == [], "\n".join(watched.violations)


@pytest.fixture(scope="session", autouse=True)
def _end_live_server_sessions(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    # Once, after the last test and before the test database is dropped: ending sessions
    # between tests would pull connections from under the next one.
    yield
    with django_db_blocker.unblock():
        end_live_server_sessions()


@pytest.fixture
def token_for() -> Callable[[User], dict[str, str]]:
    """``token_for(user)``: the Authorization header of a fresh API token for ``user``."""

    def make(user: User) -> dict[str, str]:
        _, token = create_api_token(user=user, name="test", acting_user=None)
        return {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    return make


@pytest.fixture
def run_worker(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """``run_worker()``: a real worker (``run_worker --batch``) runs every queued task in
    this process; tasks are queued on commit, so wrap the action in
    ``django_capture_on_commit_callbacks(execute=True)`` (or use ``transactional_db``)."""
    from django.core.management import call_command

    # The worker drops "obsolete" connections between tasks; inside a test's transaction
    # that would be the test's own connection (PostgreSQL), so it keeps it here.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run() -> None:
        call_command("run_worker", batch=True, no_scheduler=True, verbosity=0)

    return run
