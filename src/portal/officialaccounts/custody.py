"""Credentials encrypted at rest, with keys that never touch the database.

``seal(secret)`` returns a Fernet token (AES-128-CBC with an HMAC-SHA256, from the
``cryptography`` package) made with the newest key; ``unseal(token)`` opens a token made
with any key still listed, so keys can be rotated: put a new key first in
``POLICYGUARD_CREDENTIAL_KEYS`` (comma-separated, or ``POLICYGUARD_CREDENTIAL_KEYS_FILE``),
run ``python -m portal rotate_credential_keys`` (every token re-made with the new key),
then drop the old key.

Without a key, debug mode (the embedded demo) derives one from ``SECRET_KEY``, so the
demo works out of the box; with debug off, storing or revealing a credential is refused
with a message saying which setting to give. Generate a key with
``python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'``.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

from portal.errors import NotAllowedNow


class CustodyUnavailable(NotAllowedNow):
    """No key is configured (or the stored token was made with a key no longer listed)."""


def _fernet() -> MultiFernet:
    keys: list[str] = list(settings.POLICYGUARD_CREDENTIAL_KEYS)
    if not keys:
        if not settings.DEBUG:
            raise CustodyUnavailable(
                "Credentials cannot be kept: set POLICYGUARD_CREDENTIAL_KEYS (or "
                "POLICYGUARD_CREDENTIAL_KEYS_FILE) to a Fernet key."
            )
        digest = hashlib.sha256(b"policyguard credentials\0" + settings.SECRET_KEY.encode())
        keys = [base64.urlsafe_b64encode(digest.digest()).decode()]
    return MultiFernet([Fernet(key) for key in keys])


def seal(secret: str) -> str:
    """``secret`` encrypted with the newest key, as text for the database."""
    return _fernet().encrypt(secret.encode("utf-8")).decode("ascii")


def unseal(token: str) -> str:
    """The secret in ``token``; CustodyUnavailable when no listed key opens it."""
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise CustodyUnavailable(
            "This credential was encrypted with a key that is no longer configured; "
            "add the old key back to POLICYGUARD_CREDENTIAL_KEYS, or set the credential again."
        ) from None


def reseal(token: str) -> str:
    """``token`` made again with the newest key (key rotation)."""
    try:
        return _fernet().rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken:
        raise CustodyUnavailable(
            "A credential was encrypted with a key that is no longer configured."
        ) from None


def check_keys(keys: list[str]) -> None:
    """Raise ValueError naming the first key that is not a Fernet key."""
    for number, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except (ValueError, TypeError):
            raise ValueError(
                f"key {number} is not a Fernet key (32 url-safe base64-encoded bytes)"
            ) from None
