"""PDF documents from HTML, for every app that prints one (monitoring reports, annual
reviews): WeasyPrint lays out an ordinary Django template with its print stylesheet,
inline SVG charts included.

    pdf_bytes = render_pdf("monitoring/report_pdf.html", {"report": report})
    return pdf_response(pdf_bytes, filename="oakfield-week-47.pdf")

Nothing is fetched while rendering: a template that names an image or stylesheet by
address gets nothing for it (the fetcher refuses everything but ``data:`` addresses), so a
report never reaches out to the network, and a value someone typed (a URL in a web log)
can never make the server request it. Styles go in the template itself (a ``<style>``
element: the PDF is not a web page, so the portal's Content-Security-Policy does not
apply to it); ``portal/pdf_base.html`` is a base template with a plain A4 layout.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.template.loader import render_to_string


def html_to_pdf(html: str) -> bytes:
    """``html`` (a whole document) as PDF bytes."""
    # Imported here: WeasyPrint loads Pango at import, which pages that print nothing
    # (and the command line) need not pay for.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"}, allow_redirects=False, timeout=1)
    document = HTML(string=html, url_fetcher=fetcher, base_url="about:blank")
    pdf: bytes = document.write_pdf()
    return pdf


def render_pdf(template: str, context: dict[str, Any]) -> bytes:
    """The Django template ``template`` rendered with ``context``, as PDF bytes."""
    return html_to_pdf(render_to_string(template, context))


def pdf_response(pdf: bytes, *, filename: str, inline: bool = True) -> HttpResponse:
    """``pdf`` as a response the browser shows (``inline``) or saves, named ``filename``."""
    response = HttpResponse(pdf, content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    safe_name = "".join(c for c in filename if c.isalnum() or c in "-_.") or "document.pdf"
    response["Content-Disposition"] = f'{disposition}; filename="{safe_name}"'
    return response
