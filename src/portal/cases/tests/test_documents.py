"""Documents in a case's chronology: checked by what they contain and by size, stored
under a random name, audited with their SHA-256; downloaded only by those who may see the
case, with a second factor, each download audited; nothing kept from a refused upload."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import RestrictedError
from django.test import override_settings

from portal.audit.models import AuditEntry
from portal.cases.actions import add_document, close_case, open_case
from portal.cases.documents import clean_name
from portal.cases.models import Case, CaseDocument, CaseEntry
from portal.errors import NotAllowedNow

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


@pytest.fixture
def files(tmp_path: Path) -> Iterator[Path]:
    with override_settings(MEDIA_ROOT=tmp_path / "files"):
        yield tmp_path / "files"


def _case(wcuc: dict[str, Any]) -> Case:
    return open_case(
        organisation=wcuc["org"],
        title="Worrying post",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["dee"],
    )


def _upload(client: Any, case: Case, name: str, data: bytes, what: str = "") -> Any:
    return client.post(
        f"/orgs/wcuc/cases/{case.pk}/documents/",
        {
            "document-file": SimpleUploadedFile(name, data, content_type="application/pdf"),
            "document-description": what,
        },
        follow=True,
    )


def _stored(files: Path) -> list[Path]:
    return [p for p in files.rglob("*") if p.is_file()] if files.exists() else []


def test_a_document_is_stored_checked_and_audited(
    wcuc: dict[str, Any], client: Any, verified: Any, files: Path
) -> None:
    case = _case(wcuc)
    verified(wcuc["dee"])
    page = _upload(client, case, "../statement.pdf", PDF, "Tutor's statement").content.decode()
    assert "Document statement.pdf added." in page
    document = CaseDocument.objects.get()
    assert (document.name, document.content_type, document.size) == (
        "statement.pdf",
        "application/pdf",
        len(PDF),
    )
    (path,) = _stored(files)
    assert path.read_bytes() == PDF and "statement" not in str(path)  # a random name
    entry = CaseEntry.objects.get(case=case, kind="document")
    assert entry.document == document and entry.text == "Tutor's statement"
    assert entry.recorded_by == wcuc["dee"]
    audit = AuditEntry.objects.get(verb="cases.case.document")
    assert audit.detail["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert f"/cases/{case.pk}/documents/{document.pk}/" in page

    response = client.get(f"/orgs/wcuc/cases/{case.pk}/documents/{document.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    viewed = AuditEntry.objects.filter(verb="cases.view", detail__page=f"document {document.pk}")
    assert viewed.count() == 1


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("report.pdf", PROGRAM, "only these kinds of file"),  # a program named as a PDF
        ("page.pdf", b"<html><script>alert(1)</script></html>", "only these kinds of file"),
        ("empty.pdf", b"", "empty"),
        ("big.pdf", PDF + b"0" * 2048, "the most a case takes"),
        ("cut.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "damaged"),
    ],
)
def test_a_file_that_is_not_what_a_case_takes_is_refused_and_not_kept(
    wcuc: dict[str, Any],
    client: Any,
    verified: Any,
    files: Path,
    name: str,
    data: bytes,
    says: str,
) -> None:
    case = _case(wcuc)
    verified(wcuc["dee"])
    with override_settings(POLICYGUARD_CASE_DOCUMENT_MAX_BYTES=2048):
        page = _upload(client, case, name, data).content.decode()
    assert says in page and "file:" in page, page[-2000:]
    assert not CaseDocument.objects.exists() and not _stored(files)
    assert not CaseEntry.objects.filter(kind="document").exists()


def test_only_readers_of_the_case_download_its_documents(
    wcuc: dict[str, Any], client: Any, verified: Any, files: Path
) -> None:
    case = _case(wcuc)
    other = _case(wcuc)
    upload = SimpleUploadedFile("s.pdf", PDF)
    document = add_document(case=case, upload=upload, acting_user=wcuc["dee"])
    url = f"/orgs/wcuc/cases/{case.pk}/documents/{document.pk}/"
    for name in ("hana", "tia", "sam", "ada"):  # HR, a tutor, a student, an administrator
        verified(wcuc[name])
        response = client.get(url)
        assert response.status_code == 404, name
        assert b"s.pdf" not in response.content
    verified(wcuc["sara"])  # the safeguarding team
    assert client.get(url).status_code == 200
    # The document of one case is not found through another's address.
    assert client.get(f"/orgs/wcuc/cases/{other.pk}/documents/{document.pk}/").status_code == 404
    client.force_login(wcuc["dee"], second_factor=False)
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/two-factor/" in response["Location"]
    viewers = AuditEntry.objects.filter(verb="cases.view", detail__page=f"document {document.pk}")
    assert list(viewers.values_list("actor_name", flat=True)) == ["sara"]


def test_a_closed_case_takes_no_document(wcuc: dict[str, Any], files: Path) -> None:
    case = _case(wcuc)
    close_case(case=case, reason="no_further_action", note="", acting_user=wcuc["dee"])
    with pytest.raises(NotAllowedNow):
        add_document(case=case, upload=SimpleUploadedFile("s.pdf", PDF), acting_user=wcuc["dee"])
    assert not _stored(files)


def test_a_documents_name_keeps_no_folder_or_hidden_characters() -> None:
    assert clean_name("../../etc/passwd") == "passwd"
    assert clean_name("C:\\Users\\dee\\statement.pdf") == "statement.pdf"
    assert clean_name("evil\u202egpj.pdf") == "evilgpj.pdf"  # no right-to-left override
    assert clean_name("...") == "document"
    long = clean_name("a" * 300 + ".docx")
    assert len(long) == 200 and long.endswith(".docx")


def test_a_document_goes_only_with_its_case(wcuc: dict[str, Any], files: Path) -> None:
    case = _case(wcuc)
    document = add_document(
        case=case, upload=SimpleUploadedFile("s.pdf", PDF), acting_user=wcuc["dee"]
    )
    with pytest.raises(RestrictedError):  # the chronology's line holds it
        CaseDocument.objects.filter(pk=document.pk).delete()
    case.delete()
    assert not CaseDocument.objects.exists()
