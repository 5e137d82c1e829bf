"""What a case document really is, read from its bytes by libmagic (python-magic), never
from its name or the type the browser declared; images are also opened whole (Pillow, by
``portal.uploads``), so a damaged or disguised file is refused, not stored."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import magic

from portal.errors import Problem, Rejected
from portal.uploads import IMAGE_KINDS, check_upload

# The kinds of document a case takes: what CPOMS-like records hold (statements, letters,
# screenshots, e-mails), and nothing that runs (no HTML, scripts, programs or macros).
ALLOWED: dict[str, str] = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG image",
    "image/png": "PNG image",
    "image/gif": "GIF image",
    "image/webp": "WebP image",
    "text/plain": "plain text",
    "message/rfc822": "e-mail (.eml)",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
    "application/vnd.oasis.opendocument.text": "OpenDocument text (.odt)",
}
# How much of the start of a file libmagic reads (enough for the zip-based formats).
HEAD_BYTES = 256 * 1024


@dataclass(frozen=True)
class CheckedDocument:
    name: str
    content_type: str
    size: int
    sha256: str


def _refuse(field: str, message: str) -> Rejected:
    return Rejected(message, problems=[Problem(None, field, message)])


def clean_name(name: str) -> str:
    """The file's own name without any folder, control or format characters, at most
    200 characters with its extension kept; "document" where nothing is left."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(
        c for c in unicodedata.normalize("NFC", base) if unicodedata.category(c)[0] != "C"
    ).strip(" .")
    if len(base) > 200:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 199 - len(ext)] + dot + ext) if dot and len(ext) <= 10 else base[:200]
    return base or "document"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_document(upload: Any, *, max_bytes: int, field: str = "file") -> CheckedDocument:
    """What ``upload`` (a Django ``UploadedFile``) is, if it is one of ``ALLOWED`` and no
    larger than ``max_bytes``; else ``Rejected`` naming ``field`` and why."""
    size = int(getattr(upload, "size", 0) or 0)
    if size == 0:
        raise _refuse(field, "The file is empty.")
    if size > max_bytes:
        raise _refuse(field, f"The file is {_mb(size)}; the most a case takes is {_mb(max_bytes)}.")
    upload.seek(0)
    content_type = magic.from_buffer(upload.read(HEAD_BYTES), mime=True)
    upload.seek(0)
    if content_type not in ALLOWED:
        kinds = ", ".join(sorted(set(ALLOWED.values())))
        raise _refuse(field, f"A case takes only these kinds of file: {kinds}.")
    if content_type.startswith("image/"):
        # Opened whole: a truncated or malformed image is refused.
        check_upload(upload, field=field, kinds=IMAGE_KINDS, max_bytes=max_bytes)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return CheckedDocument(
        name=clean_name(str(getattr(upload, "name", ""))),
        content_type=content_type,
        size=size,
        sha256=digest.hexdigest(),
    )


def size_label(size: int) -> str:
    """``12 KB``, ``3.4 MB``: for the chronology."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
