"""A production deployment is configured from the environment alone: ``check --deploy``
passes, HTTPS and HSTS are on, mail goes through a real SMTP server with a password read
from a file, and every page carries a Content-Security-Policy.

Settings are read once per process, so each environment is tried in a fresh
``python -m portal`` process, as a deployment starts one."""

from __future__ import annotations

import json
import os
import re
import secrets
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[3]


def production(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a deployment behind a TLS proxy, as the README describes it."""
    key = tmp_path / "secret-key"
    key.write_text(secrets.token_urlsafe(50), encoding="utf-8")
    password = tmp_path / "mail-password"
    password.write_text("mail p@ss from a file\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYGUARD_")}
    env.update(
        POLICYGUARD_DEBUG="false",
        POLICYGUARD_SECRET_KEY_FILE=str(key),
        POLICYGUARD_ALLOWED_HOSTS="policy.college.ac.uk",
        POLICYGUARD_CSRF_TRUSTED_ORIGINS="https://policy.college.ac.uk",
        POLICYGUARD_SITE_URL="https://policy.college.ac.uk",
        POLICYGUARD_DATA_DIR=str(tmp_path / "data"),
        POLICYGUARD_SSL_REDIRECT="true",
        POLICYGUARD_PROXY_SSL_HEADER="X-Forwarded-Proto: https",
        POLICYGUARD_HSTS_SECONDS="31536000",
        POLICYGUARD_HSTS_INCLUDE_SUBDOMAINS="true",
        POLICYGUARD_HSTS_PRELOAD="true",
        POLICYGUARD_EMAIL_HOST="smtp.college.ac.uk",
        POLICYGUARD_EMAIL_USE_TLS="true",
        POLICYGUARD_EMAIL_HOST_USER="policy-portal",
        POLICYGUARD_EMAIL_HOST_PASSWORD_FILE=str(password),
        POLICYGUARD_DEFAULT_FROM_EMAIL="Policy portal <policy@college.ac.uk>",
    )
    env.update(extra)
    return env


def portal(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "portal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


_SHOW = """
import json
import re
from django.conf import settings
names = [
    "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD", "SECURE_PROXY_SSL_HEADER", "EMAIL_BACKEND", "EMAIL_HOST",
    "EMAIL_PORT", "EMAIL_USE_TLS", "EMAIL_USE_SSL", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD",
    "DEFAULT_FROM_EMAIL", "SERVER_EMAIL", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
]
print(json.dumps({n: getattr(settings, n) for n in names}))
"""


def shown(env: dict[str, str]) -> dict[str, Any]:
    result = portal(env, "shell", "-c", _SHOW)
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_check_deploy_passes_with_a_production_environment(tmp_path: Path) -> None:
    result = portal(production(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    # Without the HTTPS settings the same check fails, naming them.
    bare = production(tmp_path)
    for name in ("SSL_REDIRECT", "HSTS_SECONDS", "HSTS_INCLUDE_SUBDOMAINS", "HSTS_PRELOAD"):
        del bare[f"POLICYGUARD_{name}"]
    result = portal(bare, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "security.W004" in result.stderr and "security.W008" in result.stderr


def test_the_environment_sets_https_and_mail(tmp_path: Path) -> None:
    assert shown(production(tmp_path)) == {
        "DEBUG": False,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.college.ac.uk",
        "EMAIL_PORT": 587,
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
        "EMAIL_HOST_USER": "policy-portal",
        "EMAIL_HOST_PASSWORD": "mail p@ss from a file",
        "DEFAULT_FROM_EMAIL": "Policy portal <policy@college.ac.uk>",
        "SERVER_EMAIL": "Policy portal <policy@college.ac.uk>",
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }
    # Implicit TLS takes port 465 unless a port is given.
    implicit = shown(
        production(tmp_path, POLICYGUARD_EMAIL_USE_TLS="false", POLICYGUARD_EMAIL_USE_SSL="true")
    )
    assert (implicit["EMAIL_PORT"], implicit["EMAIL_USE_SSL"]) == (465, True)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("POLICYGUARD_EMAIL_USE_SSL", "true", "both true: choose one"),
        ("POLICYGUARD_DEFAULT_FROM_EMAIL", "nobody", "give the address mail is sent from"),
        ("POLICYGUARD_PROXY_SSL_HEADER", "https", "expected 'Header-Name: value'"),
        ("POLICYGUARD_HSTS_SECONDS", "a year", "expected a whole number"),
        ("POLICYGUARD_EMAIL_PORT", "0", "must be at least 1"),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(
    tmp_path: Path, variable: str, value: str, message: str
) -> None:
    result = portal(production(tmp_path, **{variable: value}), "check")
    assert result.returncode != 0
    assert variable in result.stderr and message in result.stderr


# Mail through a real SMTP server ------------------------------------------------------


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """A real SMTP server (aiosmtpd) on a free port that asks for a password: the port,
    and what it received (who logged in, from, to, the message)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    received: list[dict[str, Any]] = []
    logins: list[tuple[str, str]] = []

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        if isinstance(data, LoginPassword):
            logins.append((data.login.decode(), data.password.decode()))
            ok = data.password == b"mail p@ss from a file"
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append(
                {
                    "login": logins[-1] if logins else None,
                    "from": envelope.mail_from,
                    "to": list(envelope.rcpt_tos),
                    "data": envelope.content.decode(),
                }
            )
            return "250 OK"

    with socket.socket() as probe:  # aiosmtpd needs a port number before it starts
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(
        Handler(),
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticate,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield controller.port, received
    finally:
        controller.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_mail_goes_through_the_smtp_server_with_the_password_from_the_file(
    tmp_path: Path, smtp_server: tuple[int, list[dict[str, Any]]]
) -> None:
    port, received = smtp_server
    env = production(
        tmp_path,
        POLICYGUARD_EMAIL_HOST="127.0.0.1",
        POLICYGUARD_EMAIL_PORT=str(port),
        POLICYGUARD_EMAIL_USE_TLS="false",
    )
    result = portal(env, "sendtestemail", "dsl@college.ac.uk")
    assert result.returncode == 0, result.stderr
    assert len(received) == 1
    assert received[0]["login"] == ("policy-portal", "mail p@ss from a file")
    assert (received[0]["from"], received[0]["to"]) == (
        "policy@college.ac.uk",
        ["dsl@college.ac.uk"],
    )
    assert "From: Policy portal <policy@college.ac.uk>" in received[0]["data"]


# The Content-Security-Policy -----------------------------------------------------------


def test_every_page_carries_the_content_security_policy(db: None) -> None:
    client = Client()
    for path in ("/accounts/login/", "/blocked?url=https://x.test/", "/accounts/password_reset/"):
        policy = client.get(path)["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["default-src"] == "'none'"
        assert directives["script-src"] == directives["style-src"] == "'self'"
        assert directives["frame-ancestors"] == "'none'"
        assert directives["form-action"] == "'self'"
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


_READ = """
import json, os

class Recorder(dict):  # os.environ as the settings see it, remembering every name read
    read: set[str] = set()

    def get(self, name, default=None):
        Recorder.read.add(name)
        return super().get(name, default)

    def __getitem__(self, name):
        Recorder.read.add(name)
        return super().__getitem__(name)

    def __contains__(self, name):
        Recorder.read.add(name)
        return super().__contains__(name)

os.environ = Recorder(os.environ)
import portal.settings
print(json.dumps(sorted(Recorder.read)))
"""


def test_every_setting_the_portal_reads_is_in_the_readmes_table() -> None:
    # An operator learns what to set from the README's table; a setting read from the
    # environment but missing there (three were) cannot be set by anyone who reads it.
    result = subprocess.run(
        [sys.executable, "-c", _READ],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if not k.startswith("POLICYGUARD_")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout.strip().splitlines()[-1])
    ours = [n for n in read if n.startswith("POLICYGUARD_") or n == "DATABASE_URL"]
    assert "POLICYGUARD_SECRET_KEY_FILE" in ours  # the recorder sees what settings read
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    named = {
        name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row.split(" | ")[0])
    }
    assert sorted(set(ours) - named) == []
