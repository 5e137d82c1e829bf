"""Checking uploaded files by what they contain, never by their name or declared type.

``check_upload(upload, kinds=..., max_bytes=...)`` reads the file's first bytes (and, for
images, opens the whole image with Pillow, which refuses truncated or malformed files)
and returns the :class:`Checked` kind, or raises ``Rejected`` naming the field and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

from portal.errors import Problem, Rejected

IMAGE_KINDS = ("jpeg", "png", "gif", "webp")
VIDEO_KINDS = ("mp4", "webm")
DOCUMENT_KINDS = ("pdf",)

_EXTENSIONS = {
    "jpeg": ".jpg",
    "png": ".png",
    "gif": ".gif",
    "webp": ".webp",
    "mp4": ".mp4",
    "webm": ".webm",
    "pdf": ".pdf",
}
_TYPES = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "pdf": "application/pdf",
}


def content_type_of(kind: str) -> str:
    """The media type to send a checked file of ``kind`` with."""
    return _TYPES.get(kind, "application/octet-stream")


@dataclass(frozen=True)
class Checked:
    kind: str  # jpeg, png, gif, webp, mp4, webm, pdf

    @property
    def extension(self) -> str:
        return _EXTENSIONS[self.kind]

    @property
    def content_type(self) -> str:
        return _TYPES[self.kind]

    @property
    def is_image(self) -> bool:
        return self.kind in IMAGE_KINDS

    @property
    def is_video(self) -> bool:
        return self.kind in VIDEO_KINDS


def sniff(head: bytes) -> str | None:
    """The kind of file whose first bytes are ``head``, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in (
        b"isom",
        b"iso2",
        b"mp41",
        b"mp42",
        b"avc1",
        b"M4V ",
        b"qt  ",
        b"dash",
    ):
        return "mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "webm"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return None


def _image_is_whole(file: IO[bytes]) -> bool:
    from PIL import Image, UnidentifiedImageError

    try:
        file.seek(0)
        with Image.open(file) as image:
            image.verify()  # structure and checksums
        file.seek(0)
        with Image.open(file) as image:
            image.load()  # every pixel decodes (verify alone misses truncation)
            width, height = image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return False
    finally:
        file.seek(0)
    return width > 0 and height > 0


def check_upload(upload: Any, *, field: str, kinds: tuple[str, ...], max_bytes: int) -> Checked:
    """What ``upload`` (a Django ``UploadedFile``) really is, if it is one of ``kinds``
    and no larger than ``max_bytes``; else ``Rejected`` naming ``field``."""

    def refuse(message: str) -> Rejected:
        return Rejected(message, problems=[Problem(None, field, message)])

    size = int(getattr(upload, "size", 0) or 0)
    if size > max_bytes:
        return_message = f"the file is larger than {max_bytes // (1024 * 1024)} MB"
        raise refuse(return_message)
    if size == 0:
        raise refuse("the file is empty")
    upload.seek(0)
    head = upload.read(32)
    upload.seek(0)
    kind = sniff(head)
    names = ", ".join(_EXTENSIONS[k].lstrip(".").upper() for k in kinds)
    if kind is None or kind not in kinds:
        raise refuse(f"the file's content is not one of: {names}")
    if kind in IMAGE_KINDS and not _image_is_whole(upload):
        raise refuse("the image is damaged or incomplete")
    return Checked(kind)
