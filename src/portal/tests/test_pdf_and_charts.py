"""The shared PDF and chart helpers: a chart drawn by pygal comes out as SVG with no
script, and a PDF rendered by WeasyPrint carries the text and the chart's labels, and
fetches nothing from elsewhere."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from portal.charts import bar_chart, line_chart, svg_response
from portal.pdf import html_to_pdf, pdf_response


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_it_draws_a_bar_chart_as_svg_without_script() -> None:
    svg = bar_chart(
        title="Blocked by category",
        labels=["games", "<social>"],
        series={"learner": [12, 30], "staff": [0, 4]},
    )
    assert svg.startswith("<svg")
    assert "<script" not in svg
    assert "&lt;social&gt;" in svg and "<social>" not in svg
    assert "Blocked by category" in svg


def test_it_draws_a_line_chart_over_many_days() -> None:
    labels = [f"2026-11-{d:02d}" for d in range(1, 29)]
    svg = line_chart(title="Per day", labels=labels, series={"blocks": list(range(28))})
    assert "<script" not in svg and "Per day" in svg


def test_a_chart_is_served_as_a_private_image() -> None:
    response = svg_response("<svg></svg>")
    assert response["Content-Type"].startswith("image/svg+xml")
    assert "no-store" in response["Cache-Control"]
    # Its own policy: pygal's inline stylesheet applies, nothing may load or run.
    assert response["Content-Security-Policy"].startswith("default-src 'none'; style-src")


def test_a_pdf_carries_its_text_and_its_chart() -> None:
    chart = bar_chart(title="Alerts", labels=["self_harm"], series={"high": [7]})
    pdf = html_to_pdf(f"<html><body><h1>Weekly report 4711</h1>{chart}</body></html>")
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    assert "Weekly report 4711" in text
    assert "self_harm" in text  # the chart's label, drawn from the SVG


def test_a_pdf_fetches_nothing_from_elsewhere(tmp_path: Path) -> None:
    """A local file and a network address named by the document are both left out (a
    fetch of either would put the picture's text into the PDF); the rest is rendered."""
    secret = tmp_path / "secret.svg"
    secret.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">'
        '<text x="0" y="20">SECRETFILE</text></svg>'
    )
    pdf = html_to_pdf(
        f'<html><body><p>kept</p><img src="file://{secret}">'
        '<img src="http://127.0.0.1:1/x.png"></body></html>'
    )
    text = _text(pdf)
    assert "kept" in text
    assert "SECRETFILE" not in text


def test_a_pdf_response_names_its_file_safely() -> None:
    response = pdf_response(b"%PDF-1.7", filename='we"ek 1.pdf')
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="week1.pdf"'
