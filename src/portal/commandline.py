"""What management commands share: the organisation by slug, the member
an import is recorded as (checked with the page's own access rule), a file's bytes, and
a Rejected import's problems written to stderr with the file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError, OutputWrapper

from portal.errors import NotFound, Rejected
from portal.organisations.models import Organisation
from portal.organisations.queries import Access, access_to
from portal.types import User


def organisation_named(slug: str) -> Organisation:
    found = Organisation.objects.filter(slug=slug).first()
    if found is None:
        raise CommandError(f"no organisation {slug!r}")
    return found


def member_access(organisation: Organisation, username: str) -> tuple[User, Access]:
    """The member ``username`` and their access to ``organisation``."""
    user = User.objects.filter(username=username, is_active=True).first()
    try:
        if user is None:
            raise NotFound("")
        return user, access_to(user, organisation.slug)
    except NotFound:
        raise CommandError(
            f"--user {username!r} is not an active member of {organisation.slug}"
        ) from None


def checked_member(
    organisation: Organisation, username: str, rule: Callable[[User, Access], bool], what: str
) -> User:
    user, access = member_access(organisation, username)
    if not rule(user, access):
        raise CommandError(f"--user {username!r} may not {what}")
    return user


def read_file(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            data = file.read(settings.POLICYGUARD_CSV_MAX_BYTES + 1)
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror}") from None
    if len(data) > settings.POLICYGUARD_CSV_MAX_BYTES:
        raise CommandError(f"{path}: larger than {settings.POLICYGUARD_CSV_MAX_BYTES} bytes")
    return data


def report_rejected(stderr: OutputWrapper, path: Path, exc: Rejected) -> CommandError:
    for problem in exc.problems:
        stderr.write(f"{path}: {problem}")
    return CommandError(f"nothing imported: {len(exc.problems)} problem(s)")
