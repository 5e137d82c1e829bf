"""Each member's dashboard shows the work areas they may open, with counts; the
navigation carries them on every organisation page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client

from portal.dashboards import registry
from portal.dashboards.registry import Item, WorkArea, register
from portal.duties.actions import open_duty
from portal.organisations.models import Organisation
from portal.types import User


@pytest.fixture
def extra_area() -> Iterator[None]:
    saved = dict(registry._AREAS)
    register(
        WorkArea(
            key="test.cases",
            title="Open concerns",
            order=15,
            url=lambda access: f"/orgs/{access.organisation.slug}/cases/",
            applies=lambda user, access: access.is_admin,
            count=lambda user, access: 2,
            items=lambda user, access: [Item("A concern", "/orgs/oakfield/cases/1/")],
        )
    )
    yield
    registry._AREAS.clear()
    registry._AREAS.update(saved)


def test_a_single_organisation_member_lands_on_their_dashboard(
    client: Client, bob: User, oakfield: Organisation
) -> None:
    client.force_login(bob)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/orgs/oakfield/dashboard/"


def test_the_dashboard_links_the_policy_to_read_and_the_navigation_its_clauses(
    client: Client, bob: User, oakfield: Organisation
) -> None:
    client.force_login(bob)
    page = client.get("/orgs/oakfield/dashboard/").content.decode()
    body = page.split("<h1>", 1)[1]
    # The line under the heading opens the policy's text, where it is read and acknowledged.
    assert 'The policy: <a href="/orgs/oakfield/policy/">' in body
    assert client.get("/orgs/oakfield/policy/").status_code == 200
    assert 'href="/orgs/oakfield/">Policy clauses</a>' in page


def test_a_member_of_several_sees_each_with_a_link_to_its_dashboard(
    client: Client, alice: User, oakfield: Organisation, elmbrook: Organisation
) -> None:
    from portal.organisations.actions import set_membership

    set_membership(organisation=elmbrook, user=alice, roles=["staff"], acting_user=None)
    client.force_login(alice)
    page = client.get("/").content.decode()
    assert "/orgs/oakfield/dashboard/" in page and "/orgs/elmbrook/dashboard/" in page


def test_an_app_plugs_in_an_area_without_editing_the_dashboard(
    client: Client, alice: User, bob: User, oakfield: Organisation, extra_area: None
) -> None:
    client.force_login(alice)
    page = client.get("/orgs/oakfield/dashboard/").content.decode()
    assert "Open concerns" in page and "A concern" in page
    nav = client.get("/orgs/oakfield/").content.decode()
    assert 'href="/orgs/oakfield/cases/"' in nav
    client.force_login(bob)
    assert "Open concerns" not in client.get("/orgs/oakfield/dashboard/").content.decode()


def test_counts_follow_what_each_member_may_see(
    client: Client, alice: User, bob: User, dave: User, oakfield: Organisation
) -> None:
    open_duty(
        organisation=oakfield,
        title="Disclose the contact",
        role="line_manager",
        person_external_id="S001",
        urgency="immediately",
        acting_user=None,
    )
    client.force_login(bob)
    page = client.get("/orgs/oakfield/dashboard/").content.decode()
    assert "Disclose the contact" in page
    assert 'aria-label="1 waiting"' in page  # "My duties 1" in the navigation
    client.force_login(dave)
    page = client.get("/orgs/oakfield/dashboard/").content.decode()
    assert "Disclose the contact" not in page and "People" not in page
    assert "/orgs/oakfield/" in page  # the policy, one click away


def test_the_dashboard_counts_each_area_once_for_its_panels_and_navigation(
    client: Client, alice: User, oakfield: Organisation
) -> None:
    counted: list[str] = []

    def count(user: object, access: object) -> int:
        counted.append("x")
        return 3

    saved = dict(registry._AREAS)
    register(
        WorkArea(
            key="test.counted",
            title="Counted things",
            order=15,
            url=lambda access: f"/orgs/{access.organisation.slug}/counted/",
            applies=lambda user, access: True,
            count=count,
        )
    )
    try:
        client.force_login(alice)
        page = client.get("/orgs/oakfield/dashboard/").content.decode()
        assert counted == ["x"]  # once, though both the panel and the navigation show it
        assert 'id="panel-testcounted"' in page and 'aria-label="3 waiting"' in page
        client.get("/orgs/oakfield/people/")  # another page: its navigation counts anew
        assert counted == ["x", "x"]
    finally:
        registry._AREAS.clear()
        registry._AREAS.update(saved)
