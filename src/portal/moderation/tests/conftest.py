"""Fixtures for the moderation tests, on top of ``portal/conftest.py``.

``oakfield`` is overridden here: the same test pack plus three content clauses, so these
tests do not wait for the bundled packs to bind the content rules:

- OAK-07 (``content.abuse``), OAK-08 (``content.personal_data``: dates of birth and home
  addresses block, phone numbers and the rest ask review),
- OAK-09 (``content.moderation``): every post by or to an official account goes to the
  ``moderator`` role, as VTS-03 does.

Who may see what in the queue (besides the users of ``portal/conftest.py``):

- alice (Oakfield administrator): the whole Oakfield queue; may moderate.
- bob (Oakfield staff): writes drafts; sees only his own, with the moderator's notes.
- gail (Oakfield staff): writes drafts; never sees bob's.
- erin, frank (Oakfield moderators): the whole Oakfield queue; decide on posts.
- dave (Oakfield student): no queue, no drafts, no screen of others' work.
- charlie (Elmbrook DSL): Oakfield's posts do not exist for him (404).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from portal.moderation.actions import add_official_account
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.testing import pack_text
from portal.types import User

DATA = Path(__file__).parent / "data"
PHONE_DRAFT = "Questions about open day? Ring Bob on 07700 900123 this evening."
CLEAN_DRAFT = "Open day is on Saturday from ten until two. Everyone is welcome."
BLOCKED_DRAFT = "Happy birthday to Sam, born 14/03/2009, who lives at 12 High Street, SW1A 1AA."


def moderated_pack(*, moderation: bool = True) -> str:
    pack: dict[str, Any] = yaml.safe_load(pack_text("oakfield"))
    pack["clauses"] += [
        {"id": "OAK-07", "kind": "rule", "section": "7", "summary": "No abusive language."},
        {"id": "OAK-08", "kind": "rule", "section": "8", "summary": "No personal data."},
        {"id": "OAK-09", "kind": "workflow", "section": "9", "summary": "Posts are moderated."},
    ]
    pack["rules"] += [
        {"rule": "content.abuse", "clauses": ["OAK-07"]},
        {"rule": "content.personal_data", "clauses": ["OAK-08"]},
    ]
    if moderation:
        pack["rules"].append({"rule": "content.moderation", "clauses": ["OAK-09"]})
    return yaml.safe_dump(pack, sort_keys=False)


@pytest.fixture
def oakfield(db: None) -> Organisation:
    return create_organisation(
        slug="oakfield",
        name="Oakfield College",
        pack_slug="oakfield",
        pack_yaml=moderated_pack(),
        acting_user=None,
    )


def _member(organisation: Organisation, username: str, roles: list[str]) -> User:
    user = User.objects.create_user(username=username, password=f"{username}-password")
    set_membership(organisation=organisation, user=user, roles=roles, acting_user=None)
    return user


@pytest.fixture
def erin(oakfield: Organisation) -> User:
    return _member(oakfield, "erin", ["staff", "moderator"])


@pytest.fixture
def frank(oakfield: Organisation) -> User:
    return _member(oakfield, "frank", ["staff", "moderator"])


@pytest.fixture
def gail(oakfield: Organisation) -> User:
    return _member(oakfield, "gail", ["staff"])


@pytest.fixture
def account(oakfield: Organisation) -> OfficialAccount:
    return add_official_account(
        organisation=oakfield, name="@OakfieldCollege", platform="x", acting_user=None
    )


@pytest.fixture
def news_account(oakfield: Organisation) -> OfficialAccount:
    return add_official_account(
        organisation=oakfield, name="Oakfield News", platform="facebook", acting_user=None
    )
