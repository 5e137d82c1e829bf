"""The Django admin checks an organisation's pack as ``create_organisation`` does: a pack
that does not load is refused, naming the line, and nothing is saved (an invalid pack
would make every page of the organisation fail)."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from django.test import Client

from policyguard import load_bundled
from portal.audit.models import AuditEntry
from portal.organisations.models import Organisation
from portal.types import User

BROKEN = "format: 1\nversion: '2'\norganisation:\n  slug: oak\n  name: [unclosed\n"


def _form(organisation: Organisation, **changes: str) -> dict[str, Any]:
    data = {
        "slug": organisation.slug,
        "name": organisation.name,
        "pack_slug": organisation.pack_slug,
        "pack_yaml": organisation.pack_yaml,
        "created_at_0": "2026-11-21",
        "created_at_1": "10:00:00",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def _errors(html: str) -> str:
    found = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    return unescape(re.sub(r"<[^>]+>", " ", " ".join(found)))


def test_an_invalid_pack_is_refused_with_its_line_and_not_saved(
    client: Client, oakfield: Organisation
) -> None:
    root = User.objects.create_superuser("root")
    client.force_login(root)
    before = oakfield.pack_yaml
    url = f"/admin/organisations/organisation/{oakfield.pk}/change/"
    response = client.post(url, _form(oakfield, pack_yaml=BROKEN))
    assert response.status_code == 200  # the form again, not a redirect
    errors = _errors(response.content.decode())
    assert "The pack does not load: line 5: YAML syntax" in errors, errors
    oakfield.refresh_from_db()
    assert oakfield.pack_yaml == before
    assert not AuditEntry.objects.filter(verb__startswith="admin.").exists()
    # A pack that parses but breaks the schema names the field and its line too.
    schema = before.replace("format: 1", "format: one", 1)
    errors = _errors(client.post(url, _form(oakfield, pack_yaml=schema)).content.decode())
    assert re.search(r"line \d+: format:", errors), errors
    # The organisation's pages still work.
    assert client.get("/orgs/oakfield/").status_code == 200


def test_an_unknown_bundled_pack_is_refused(client: Client, db: None) -> None:
    root = User.objects.create_superuser("root")
    client.force_login(root)
    new = Organisation(slug="ashdown", name="Ashdown College", pack_slug="no-such-pack")
    response = client.post("/admin/organisations/organisation/add/", _form(new))
    assert response.status_code == 200
    assert "no bundled pack has that name" in _errors(response.content.decode())
    assert not Organisation.objects.filter(slug="ashdown").exists()


def test_a_valid_pack_is_saved_with_its_version(client: Client, oakfield: Organisation) -> None:
    root = User.objects.create_superuser("root")
    client.force_login(root)
    changed = re.sub(r"^version: .*$", "version: '2027.1'", oakfield.pack_yaml, count=1, flags=re.M)
    assert changed != oakfield.pack_yaml
    url = f"/admin/organisations/organisation/{oakfield.pk}/change/"
    response = client.post(url, _form(oakfield, pack_yaml=changed))
    assert response.status_code == 302, _errors(response.content.decode())
    oakfield.refresh_from_db()
    assert (oakfield.pack_yaml, oakfield.pack_version) == (changed.strip(), "2027.1")
    new = Organisation(slug="ashdown", name="Ashdown College", pack_slug="vts")
    response = client.post("/admin/organisations/organisation/add/", _form(new))
    assert response.status_code == 302, _errors(response.content.decode())
    assert Organisation.objects.get(slug="ashdown").pack_version == load_bundled("vts").version
