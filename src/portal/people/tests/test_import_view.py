"""The import page and the import_people command."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.types import User


def upload(client: Client, text: str, org: str = "oakfield") -> object:
    file = SimpleUploadedFile("people.csv", text.encode(), content_type="text/csv")
    return client.post(f"/orgs/{org}/people/import/", {"file": file})


def token_of(page: str) -> str:
    found = re.search(r'name="token" value="([^"]+)"', page)
    assert found is not None, "no confirmation form"
    return found.group(1)


def test_an_administrator_imports_people(
    client: Client,
    alice: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    client.force_login(alice)
    preview = upload(client, "id,name\nS1,Ann Smith\n")
    page = preview.content.decode()  # type: ignore[attr-defined]
    assert "1 person: 1 new, 0 updated." in page
    assert not Person.objects.exists()  # nothing until confirmed
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/orgs/oakfield/people/import/", {"token": token_of(page)})
    assert response.status_code == 302
    work_page = response["Location"]
    assert re.fullmatch(r"/orgs/oakfield/work/\d+/", work_page)
    assert "Waiting for the worker" in client.get(work_page).content.decode()
    assert not Person.objects.exists()  # the worker imports it
    run_worker()
    page = client.get(work_page).content.decode()
    assert "Imported 1 people: 1 new, 0 updated." in page
    assert Person.objects.get().name == "Ann Smith"
    # The token is spent: confirming again imports nothing twice.
    spent = token_of(preview.content.decode())  # type: ignore[attr-defined]
    again = client.post("/orgs/oakfield/people/import/", {"token": spent})
    assert "That preview has expired" in again.content.decode()


def test_the_preview_names_what_an_empty_cell_clears(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    client.force_login(alice)
    page = upload(client, "id,name,date_of_birth\nS001,Bob Baker,\n").content.decode()  # type: ignore[attr-defined]
    assert "1 field will be cleared" in page
    assert "<td>2</td><td>S001</td><td>date of birth</td>" in page
    assert "Not in the file, so left as they are: roles, line manager" in page
    assert Person.objects.get(external_id="S001").date_of_birth is not None


def test_nobody_else_may_confirm_a_preview(
    client: Client, alice: User, oakfield: Organisation
) -> None:
    client.force_login(alice)
    token = token_of(upload(client, "id,name\nS1,Ann Smith\n").content.decode())  # type: ignore[attr-defined]
    hr = User.objects.create_user(username="harriet", password="x")
    set_membership(organisation=oakfield, user=hr, roles=["staff", "hr"], acting_user=None)
    client.force_login(hr)
    response = client.post("/orgs/oakfield/people/import/", {"token": token})
    assert "That preview has expired" in response.content.decode()
    assert not Person.objects.exists()


def test_problems_are_listed_with_line_and_column(client: Client, alice: User) -> None:
    client.force_login(alice)
    response = upload(client, "id,name,date_of_birth\nS1,Ann,yesterday\nS2,,\n")
    assert response.status_code == 422  # type: ignore[attr-defined]
    page = response.content.decode()  # type: ignore[attr-defined]
    assert "Nothing was imported: 2 problems" in page
    assert "<td>2</td><td>date_of_birth</td>" in page
    assert "<td>3</td><td>name</td>" in page
    assert not Person.objects.exists()


def test_staff_without_hr_may_not_import(client: Client, bob: User) -> None:
    client.force_login(bob)
    assert client.get("/orgs/oakfield/people/import/").status_code == 403
    assert upload(client, "id,name\nS1,Ann\n").status_code == 403  # type: ignore[attr-defined]


def test_other_organisations_cannot_import(
    client: Client, charlie: User, oakfield: Organisation
) -> None:
    client.force_login(charlie)
    assert upload(client, "id,name\nS1,Ann\n").status_code == 404  # type: ignore[attr-defined]


def test_the_command_imports_and_reports_problems(
    oakfield: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.csv"
    good.write_text("id,name\nS1,Ann\n", encoding="utf-8")
    call_command("import_people", "oakfield", str(good))
    assert "imported 1 people (1 new, 0 updated)" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name\nS2,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing imported: 1 problem"):
        call_command("import_people", "oakfield", str(bad))
    assert "line 2, name: missing" in capsys.readouterr().err


def test_the_command_previews_without_writing(
    directory: dict[str, Person], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("id,name,roles\nS001,Bob Baker,\n", encoding="utf-8")
    call_command("import_people", "oakfield", str(path), "--preview")
    out = capsys.readouterr().out
    assert "would import 1 people (0 new, 1 updated); nothing written" in out
    assert "left as they are (no column): date of birth, line manager" in out
    assert Person.objects.get(external_id="S001").name == "Bob Baker"
