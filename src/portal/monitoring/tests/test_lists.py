from __future__ import annotations

import pytest
from django.test import Client

from portal.audit.models import AuditEntry
from portal.monitoring.actions import add_list_entry, remove_list_entry
from portal.monitoring.models import ListEntry
from portal.monitoring.weblists import EntryError, canonical_value, covers
from portal.organisations.models import Organisation
from portal.types import User


@pytest.mark.parametrize(
    ("kind", "typed", "stored"),
    [
        ("domain", "WWW.Example.COM.", "example.com"),
        ("domain", "*.casino.test", "casino.test"),
        ("domain", "example.com:8080", "example.com"),
        ("domain", "bücher.example", "xn--bcher-kva.example"),
        ("domain", "0xc0a80101", "192.168.1.1"),
        ("url_prefix", "https://User@Example.com:443/A/./b/../c/", "example.com/a/c"),
        ("url_prefix", "example.com/search?q=X", "example.com/search?q=x"),
    ],
)
def test_it_stores_the_core_canonical_form(kind: str, typed: str, stored: str) -> None:
    assert canonical_value(kind, typed) == stored


@pytest.mark.parametrize(
    ("kind", "typed", "message"),
    [
        ("domain", "", "give a domain"),
        ("domain", "exa mple.com", "without spaces"),
        ("domain", "example.com/path", "not a domain"),
        ("domain", "bad_host!.com", "not a valid domain"),
        ("url_prefix", "https://example.com/", "has no path"),
        ("url_prefix", "ht!tp://x/y", "not a valid URL"),
    ],
)
def test_it_rejects_bad_values_naming_the_field(kind: str, typed: str, message: str) -> None:
    with pytest.raises(EntryError, match=message) as raised:
        canonical_value(kind, typed)
    assert raised.value.field == "value"


def test_it_knows_which_entries_cover_which() -> None:
    assert covers("bad.test", "www2.sub.bad.test/x")
    assert covers("bad.test/a", "bad.test/a/b") and not covers("bad.test/a", "bad.test/ab")
    assert not covers("sub.bad.test", "bad.test")


def test_it_never_allows_what_is_always_blocked(oakfield: Organisation) -> None:
    add_list_entry(
        organisation=oakfield,
        tier="always_block",
        kind="domain",
        value="abuse.test",
        category="iwf",
        acting_user=None,
    )
    for kind, value in (
        ("domain", "abuse.test"),
        ("domain", "cdn.abuse.test"),
        ("url_prefix", "abuse.test/gallery"),
        ("domain", "test"),
    ):
        with pytest.raises(EntryError, match="never be allowed") as raised:
            add_list_entry(
                organisation=oakfield, tier="allow", kind=kind, value=value, acting_user=None
            )
        assert raised.value.field == "value"
    # A deny entry for it is pointless but harmless; an allow entry elsewhere is fine.
    add_list_entry(
        organisation=oakfield, tier="allow", kind="domain", value="notabuse.test", acting_user=None
    )


def test_it_refuses_duplicates_and_bad_tiers(oakfield: Organisation) -> None:
    add_list_entry(
        organisation=oakfield, tier="deny", kind="domain", value="x.test", acting_user=None
    )
    with pytest.raises(EntryError, match="already"):
        add_list_entry(
            organisation=oakfield, tier="deny", kind="domain", value="WWW.x.test", acting_user=None
        )
    with pytest.raises(EntryError) as raised:
        add_list_entry(
            organisation=oakfield, tier="maybe", kind="domain", value="y.test", acting_user=None
        )
    assert raised.value.field == "tier"


def test_it_adds_and_removes_entries_on_the_page_with_audit(
    client: Client, oakfield: Organisation, ivan: User, bob: User, dinah: User
) -> None:
    url = "/orgs/oakfield/monitoring/lists/"
    client.force_login(ivan)
    response = client.post(
        url,
        {
            "tier": "deny",
            "kind": "domain",
            "value": "Games.Example",
            "category": "games",
            "note": "distracting",
        },
    )
    assert response.status_code == 302
    entry = ListEntry.objects.get()
    assert entry.value == "games.example" and entry.created_by == ivan
    bad = client.post(url, {"tier": "deny", "kind": "domain", "value": "not a domain"})
    assert bad.status_code == 422 and "Value: an entry is one domain or URL" in bad.content.decode()
    client.post(f"/orgs/oakfield/monitoring/lists/{entry.pk}/remove/")
    assert not ListEntry.objects.exists()
    verbs = list(
        AuditEntry.objects.filter(verb__startswith="monitoring.list").values_list("verb", flat=True)
    )
    assert sorted(verbs) == ["monitoring.list.add", "monitoring.list.remove"]
    for user in (bob, dinah):
        client.force_login(user)
        assert client.get(url).status_code == 403


def test_remove_writes_the_audit_row_with_the_value(oakfield: Organisation) -> None:
    entry = add_list_entry(
        organisation=oakfield, tier="deny", kind="domain", value="z.test", acting_user=None
    )
    remove_list_entry(entry=entry, acting_user=None)
    assert AuditEntry.objects.get(verb="monitoring.list.remove").detail["value"] == "z.test"
