"""``python -m portal load_demo``: demo organisations, people and logins (idempotent)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from portal.demo import DEMO_MAIL_DOMAIN, DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load demo organisations (one per bundled pack), people, logins and an API token."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="load even when POLICYGUARD_DEBUG is false (the logins share one password)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "refusing to load demo logins with a shared password outside debug mode; "
                "pass --force if this really is a demo server"
            )
        report = load_demo(today=timezone.localdate())
        out = self.stdout
        created = ", ".join(report.organisations_created) or "none (already there)"
        out.write(f"Organisations created: {created}; people added: {report.people_created}")
        out.write("")
        site = settings.POLICYGUARD_SITE_URL
        out.write(f"Demo logins (password for all: {DEMO_PASSWORD}) at {site}/")
        out.write("  admin                         Django admin (superuser), every organisation")
        out.write("  trust-admin                   administrator of every organisation")
        for login in report.logins:
            roles = ", ".join(login.roles) + (" + admin" if login.is_admin else "")
            out.write(f"  {login.username:<30}{roles}")
        out.write(
            "  Administrators, the DSL, the safeguarding team and HR set up an authenticator "
            "app\n  at their first sign-in (the page shows a QR code and its key)."
        )
        out.write("")
        out.write(f"API token for {report.token_user} (replaced on every load_demo):")
        out.write(f"  {report.token}")
        out.write("")
        out.write("API token for each institution's administrator (replaced on every load_demo):")
        for slug, (username, token) in sorted(report.organisation_tokens.items()):
            out.write(f"  {slug:<20} {username:<26} {token}")
        out.write(f"  curl -H 'Authorization: Bearer <token>' {site}/api/v1/orgs")
        out.write("")
        out.write(f"Demo e-mail goes to <login>@{DEMO_MAIL_DOMAIN} and is printed here, not sent.")
