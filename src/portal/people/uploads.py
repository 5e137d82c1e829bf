"""Uploaded files kept between a preview and its confirmation.

The import page reads a file, shows what it would change, and imports only when the
person confirms. The file waits in ``$POLICYGUARD_DATA_DIR/uploads`` under a random
name; the confirmation carries a signed token naming the file, the organisation and the
user, valid for an hour, so nobody else can confirm it and an old one cannot be replayed.
"""

from __future__ import annotations

import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core import signing

MAX_AGE = 3600
_SALT = "portal.people.uploads"


def _folder() -> Path:
    folder = Path(settings.DATA_DIR) / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def keep_upload(data: bytes, *, organisation_slug: str, user_id: int) -> str:
    """Keep ``data`` for a later :func:`take_upload`; the token to confirm with."""
    folder = _folder()
    for old in folder.glob("*.upload"):
        if time.time() - old.stat().st_mtime > MAX_AGE:
            old.unlink(missing_ok=True)
    name = secrets.token_hex(16)
    (folder / f"{name}.upload").write_bytes(data)
    return signing.dumps({"file": name, "org": organisation_slug, "user": user_id}, salt=_SALT)


def take_upload(token: str, *, organisation_slug: str, user_id: int) -> bytes | None:
    """The file kept under ``token`` by this user for this organisation, removed from
    the folder; None when the token is bad, someone else's, or over an hour old."""
    try:
        held = signing.loads(token, salt=_SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if held.get("org") != organisation_slug or held.get("user") != user_id:
        return None
    path = _folder() / f"{held['file']}.upload"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    path.unlink(missing_ok=True)
    return data
