"""The screening name index is built once per version of the directory, by the worker
after a change, and loaded by every process that screens; never built on a request
while a stored one fits (issue 9: the first screen in each worker took 16 s at 50,000
people). ``forget()`` stands for a freshly started worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from policyguard.screening import DirectoryNames, names_for
from portal.organisations.models import Organisation
from portal.people import nameindex
from portal.people.models import Person
from portal.people.queries import DatabaseLookups
from portal.types import User


def _version(organisation: Organisation) -> str:
    organisation.refresh_from_db()
    return organisation.directory_version


def _never_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Any, people: Any) -> None:
        raise AssertionError("the name index was built on a request")

    monkeypatch.setattr(DirectoryNames, "__init__", refuse)


def _found(organisation: Organisation, text: str) -> list[tuple[str, str]]:
    index = names_for(DatabaseLookups(organisation).directory())
    return [(d.match, d.detail["person_ids"]) for d in index.detect(text) if d.score >= 0.5]


def test_a_fresh_worker_loads_the_stored_index_and_builds_nothing(
    oakfield: Organisation,
    directory: dict[str, Person],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = nameindex.store_name_index(oakfield.pk)  # what the task does after a change
    assert built.version == _version(oakfield) != ""
    assert nameindex.stored_path(oakfield.pk, built.version).exists()
    nameindex.forget()
    _never_build(monkeypatch)
    assert _found(oakfield, "Well done to Lena Ward and Mr Baker") == [
        ("Lena Ward", "L002"),
        ("Mr Baker", "S001"),
    ]
    # The same tuple and index while the directory is unchanged.
    first = DatabaseLookups(oakfield).directory()
    assert DatabaseLookups(oakfield).directory() is first


def test_a_change_queues_the_build_and_the_next_screen_reads_the_new_names(
    oakfield: Organisation,
    directory: dict[str, Person],
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _version(oakfield)
    with django_capture_on_commit_callbacks(execute=True):
        lena = directory["L002"]
        lena.name = "Lena Marsh"
        lena.save(update_fields=["name"])
    after = _version(oakfield)
    assert after != before
    run_worker()  # builds and stores the index of the new version
    assert nameindex.stored_path(oakfield.pk, after).exists()
    assert not nameindex.stored_path(oakfield.pk, before).exists()
    nameindex.forget()
    _never_build(monkeypatch)
    assert _found(oakfield, "Lena Ward and Lena Marsh") == [("Lena Marsh", "L002")]


def test_an_import_that_changes_nothing_keeps_the_version(
    oakfield: Organisation, alice: User
) -> None:
    import io

    from portal.people.actions import import_people_csv

    data = b"id,name\nX1,Xanthe Quill\n"
    import_people_csv(organisation=oakfield, file=io.BytesIO(data), acting_user=alice)
    changed = _version(oakfield)
    import_people_csv(organisation=oakfield, file=io.BytesIO(data), acting_user=alice)
    assert _version(oakfield) == changed
    import_people_csv(
        organisation=oakfield, file=io.BytesIO(b"id,name\nX1,Xanthe Vale\n"), acting_user=alice
    )
    assert _version(oakfield) != changed
    assert _found(oakfield, "Xanthe Vale") == [("Xanthe Vale", "X1")]


def test_a_damaged_or_missing_file_is_built_again(
    oakfield: Organisation, directory: dict[str, Person], caplog: pytest.LogCaptureFixture
) -> None:
    version = _version(oakfield)
    path = nameindex.stored_path(oakfield.pk, version)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not an index")
    nameindex.forget()
    assert _found(oakfield, "Dave Dunn") == [("Dave Dunn", "L001")]
    assert "not used" in caplog.text
    nameindex.forget()
    path.unlink()
    assert _found(oakfield, "Dave Dunn") == [("Dave Dunn", "L001")]
    assert path.exists()  # stored for the other processes


def test_screening_by_a_moderator_uses_the_loaded_index(
    client: Client,
    oakfield: Organisation,
    alice: User,
    directory: dict[str, Person],
    monkeypatch: pytest.MonkeyPatch,
    token_for: Callable[[User], dict[str, str]],
) -> None:
    from portal.moderation.tests.conftest import moderated_pack

    oakfield.pack_yaml = moderated_pack()  # binds content.personal_data (names)
    oakfield.save(update_fields=["pack_yaml"])
    nameindex.store_name_index(oakfield.pk)
    nameindex.forget()
    _never_build(monkeypatch)
    response = client.post(
        "/api/v1/orgs/oakfield/screen",
        {"text": "Congratulations Lena Ward on your results", "account_type": "official"},
        content_type="application/json",
        headers={"Authorization": token_for(alice)["HTTP_AUTHORIZATION"]},
    )
    assert response.status_code == 200, response.content
    assert "L002" in response.content.decode()
