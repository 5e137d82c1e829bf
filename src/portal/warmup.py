"""What a new server process does once, before its first request, instead of during it.

Without it, a fresh gunicorn worker (or ``runserver``) answered its first request in 3 to
8 seconds: importing the URL configuration (every app's views and the API) took about
4 s and parsing the policy packs about 2 s more. ``portal.wsgi`` calls :func:`warm_up`
when it is imported, so both happen at start-up: once in gunicorn's master with
``--preload`` (the workers it forks share the result), once per worker without it.

What is warmed:

- the URL configuration, imported and its reverse lookups built;
- every bundled pack, and each organisation's own pack text, parsed (both are cached
  per process: ``load_bundled`` and ``Organisation.pack``);
- every template compiled (Django's cached loader keeps them per process).

The database is read only for the organisations' own packs; a database that is not
there yet (before ``migrate``) is not an error, and the connection is closed at the end
so that no process forked after this (gunicorn ``--preload``) inherits it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from django.db import DatabaseError, connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver

from policyguard import bundled_slugs, load_bundled

logger = logging.getLogger("portal.warmup")


@dataclass(frozen=True)
class WarmUp:
    """What :func:`warm_up` did: counts, and the seconds it took."""

    url_patterns: int
    bundled_packs: int
    organisation_packs: int
    templates: int
    seconds: float


def warm_up() -> WarmUp:
    """Import the URLconf, parse the packs and compile the templates now (see above)."""
    started = time.perf_counter()
    resolver = get_resolver()
    # Reading reverse_dict imports every app's urls and views and builds the lookups.
    patterns = len(resolver.reverse_dict)
    bundled = [load_bundled(slug) for slug in bundled_slugs()]
    own = _organisation_packs()
    templates = _compile_templates()
    done = WarmUp(
        url_patterns=patterns,
        bundled_packs=len(bundled),
        organisation_packs=own,
        templates=templates,
        seconds=time.perf_counter() - started,
    )
    logger.info("warmed up: %s", done)
    return done


def _organisation_packs() -> int:
    from portal.organisations.models import Organisation

    parsed = 0
    try:
        for organisation in Organisation.objects.exclude(pack_yaml="").only(
            "slug", "pack_slug", "pack_yaml"
        ):
            try:
                organisation.pack()
            except Exception:  # a pack that no longer parses fails its own pages, not start-up
                logger.warning("pack of %s does not parse", organisation.slug, exc_info=True)
                continue
            parsed += 1
    except DatabaseError:
        logger.info("no database to read the organisations' packs from yet")
    finally:
        # Not one inside a transaction (a test's): closing it would end that.
        for connection in connections.all(initialized_only=True):
            if not connection.in_atomic_block:
                connection.close()
    return parsed


def _compile_templates() -> int:
    compiled = 0
    for engine in engines.all():
        folders = [Path(d) for d in engine.template_dirs]
        for folder in folders:
            for path in sorted(folder.rglob("*.html")) + sorted(folder.rglob("*.txt")):
                try:
                    engine.get_template(path.relative_to(folder).as_posix())
                except (TemplateDoesNotExist, TemplateSyntaxError):
                    # A template another app's copy overrides, or one only its own
                    # view can load: compiled (or reported) when first used.
                    continue
                compiled += 1
    return compiled
