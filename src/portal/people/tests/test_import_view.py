"""The import page and the import_people command."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.types import User


def upload(client: Client, text: str, org: str = "oakfield") -> object:
    file = SimpleUploadedFile("people.csv", text.encode(), content_type="text/csv")
    return client.post(f"/orgs/{org}/people/import/", {"file": file})


def test_an_administrator_imports_people(client: Client, alice: User) -> None:
    client.force_login(alice)
    response = upload(client, "id,name\nS1,Ann Smith\n")
    assert response.status_code == 302  # type: ignore[attr-defined]
    page = client.get(response["Location"]).content.decode()  # type: ignore[index]
    assert "Imported 1 people: 1 new, 0 updated." in page
    assert "Ann Smith" in page


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
