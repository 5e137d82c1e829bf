"""Organisations (one per policy pack), the trusts that group them, and memberships."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from policyguard import Pack, load_bundled, parse_pack

# Role keys every organisation knows, whether or not its pack names them: they say which
# side of the institution a member is on, and the portal's access checks rely on them.
BASE_ROLES = ("staff", "student")


@lru_cache(maxsize=64)
def _parse_cached(digest: str, text: str, source: str) -> Pack:
    # Keyed on the digest as well, so a long YAML text is hashed once per change.
    return parse_pack(text, source)


class Trust(models.Model):
    """A group of organisations run together, such as a multi-academy trust."""

    slug = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Organisation(models.Model):
    """An institution with one active policy pack.

    The pack is a bundled one (``pack_slug``) unless ``pack_yaml`` holds the institution's
    own text, which then wins; ``pack_version`` records the version last activated.
    """

    slug = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    trust = models.ForeignKey(
        Trust, null=True, blank=True, on_delete=models.SET_NULL, related_name="organisations"
    )
    pack_slug = models.CharField(max_length=64, help_text="A bundled pack's slug.")
    pack_yaml = models.TextField(blank=True, help_text="The organisation's own pack, if any.")
    pack_version = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # A new random value at every change to the organisation's people
    # (``portal.people.nameindex``): the screening name index is built once per value.
    # Random rather than counted, so that no two databases (a reset, a restore) ever
    # share a value and read each other's stored index.
    directory_version = models.CharField(max_length=32, blank=True, default="", editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def pack(self) -> Pack:
        """The active pack (parsed once per process and text)."""
        if self.pack_yaml:
            digest = hashlib.sha256(self.pack_yaml.encode()).hexdigest()
            return _parse_cached(digest, self.pack_yaml, f"organisation {self.slug}")
        return load_bundled(self.pack_slug)


class Membership(models.Model):
    """A portal user's place in one organisation.

    ``roles`` are the pack's role keys the user holds (``dsl``, ``hr``, ``line_manager``…)
    plus the base keys ``staff`` or ``student``; ``is_admin`` lets them run the
    organisation in the portal (import people, read the audit log, see every decision).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    roles: models.JSONField[Any] = models.JSONField(default=list, blank=True)
    is_admin = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.organisation.slug}"

    def holds(self, role: str) -> bool:
        return role in self.roles
