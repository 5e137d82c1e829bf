"""In Chromium: the DSL adds a statement to a case's chronology from the case page, and
downloads it back from the chronology."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from portal.cases.actions import open_case
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in

pytestmark = BROWSER_TEST

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def files(tmp_path: Path) -> Iterator[Path]:
    with override_settings(MEDIA_ROOT=tmp_path / "files"):
        yield tmp_path / "files"


def test_the_dsl_adds_a_statement_and_downloads_it(
    live_server: Any, browser: Any, wcuc: dict[str, Any], files: Path, tmp_path: Path
) -> None:
    case = open_case(
        organisation=wcuc["org"],
        title="Worrying post",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["dee"],
    )
    base = live_server.url
    page = browser.new_context(accept_downloads=True).new_page()
    sign_in(page, base, "dee", "dee-password-9x", device=second_factor_device(wcuc["dee"]))
    page.goto(f"{base}/orgs/wcuc/cases/{case.pk}/")
    page.locator("summary", has_text="Add a document").click()
    page.get_by_label("File").set_input_files(
        {"name": "statement.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_label("What it is").fill("Tutor's statement")
    page.get_by_role("button", name="Add the document").click()
    chronology = page.locator(".chronology")
    assert "Document: statement.pdf" in chronology.inner_text()
    assert "Tutor's statement" in chronology.inner_text()
    with page.expect_download() as caught:
        page.get_by_role("link", name="Download statement.pdf").click()
    download = caught.value
    assert download.suggested_filename == "statement.pdf"
    saved = tmp_path / "got.pdf"
    download.save_as(saved)
    assert saved.read_bytes() == PDF
