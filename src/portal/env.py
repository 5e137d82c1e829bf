"""Settings from the environment, through typed helpers that refuse bad values.

Every helper raises ``ImproperlyConfigured`` naming the variable and what it expects, so
a mistyped deployment fails at start-up instead of running with a surprising default.
``env_secret`` also reads ``NAME_FILE`` (a path), the way container secrets are mounted.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r}: expected one of true/false, yes/no, 1/0")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected a whole number") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value}: must be at least {minimum}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_secret(name: str) -> str | None:
    """``NAME``, or the contents of the file named by ``NAME_FILE``; None when neither."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={path!r}: cannot read it ({exc})") from None
    return os.environ.get(name) or None


def database_from_url(url: str) -> dict[str, object]:
    """A Django ``DATABASES`` entry from ``postgres://user:password@host:port/name``."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ImproperlyConfigured(
            f"DATABASE_URL scheme {parts.scheme!r} is not supported: use postgres://…, "
            "or leave DATABASE_URL unset for the embedded SQLite database"
        )
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ImproperlyConfigured("DATABASE_URL names no database: add /NAME after the host")
    try:
        port = parts.port
    except ValueError:
        raise ImproperlyConfigured("DATABASE_URL has a port that is not a number") from None
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(port or ""),
        # Reuse connections between requests; health checks drop broken ones.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """Django's ``SECURE_PROXY_SSL_HEADER`` from ``NAME="X-Forwarded-Proto: https"``: the
    header the TLS proxy sets, and the value that means the request came over HTTPS.
    Unset: None (the connection itself says whether it is HTTPS)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    header, sep, value = raw.partition(":")
    header, value = header.strip(), value.strip()
    if not sep or not header or not value or " " in header:
        raise ImproperlyConfigured(
            f"{name}={raw!r}: expected 'Header-Name: value', e.g. 'X-Forwarded-Proto: https'"
        )
    return "HTTP_" + header.upper().replace("-", "_"), value
