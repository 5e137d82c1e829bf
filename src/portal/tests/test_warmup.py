"""A new server process loads the URL configuration, the packs and the templates when
``portal.wsgi`` is imported (at start-up, or once in gunicorn's master with
``--preload``), so its first request does none of it (``portal.warmup``).

Measured by the caches, not by the clock: after the import, a first request adds no
cache miss for the packs or the URL resolver and compiles no template."""

from __future__ import annotations

import importlib
import subprocess
import sys
from typing import Any

import pytest
from django.template import engines
from django.test import Client
from django.urls import get_resolver
from django.urls.resolvers import _get_cached_resolver  # type: ignore[attr-defined]

from policyguard import bundled_slugs, load_bundled
from portal.organisations import models as organisation_models
from portal.organisations.models import Organisation
from portal.types import User


def _template_cache() -> dict[Any, Any]:
    # The cached loader Django puts in front of the others: compiled templates by name.
    (loader,) = engines["django"].engine.template_loaders  # type: ignore[attr-defined]
    return loader.get_template_cache  # type: ignore[no-any-return]


def _misses() -> tuple[int, int, int, int]:
    return (
        load_bundled.cache_info().misses,
        organisation_models._parse_cached.cache_info().misses,
        _get_cached_resolver.cache_info().misses,
        len(_template_cache()),
    )


@pytest.mark.django_db
def test_importing_the_wsgi_module_fills_the_caches_the_first_request_needs(
    client: Client, oakfield: Organisation, alice: User
) -> None:
    # As a fresh process: nothing parsed, resolved or compiled yet.
    load_bundled.cache_clear()
    organisation_models._parse_cached.cache_clear()
    _get_cached_resolver.cache_clear()
    _template_cache().clear()

    import portal.wsgi

    importlib.reload(portal.wsgi)
    assert load_bundled.cache_info().currsize == len(bundled_slugs())
    assert organisation_models._parse_cached.cache_info().currsize == 1  # oakfield's own
    assert get_resolver()._populated  # type: ignore[attr-defined]
    assert portal.wsgi.warmed.templates >= 100 and len(_template_cache()) >= 100
    before = _misses()

    client.force_login(alice)
    for page in ("/orgs/oakfield/dashboard/", "/orgs/oakfield/people/", "/orgs/oakfield/"):
        assert client.get(page).status_code == 200, page
    assert _misses() == before


def test_it_starts_without_a_database(tmp_path: Any) -> None:
    # Before ``migrate`` (or with the database down) the server still starts: only the
    # organisations' own packs are left for their first use. The views are imported.
    code = (
        "import sys, portal.wsgi as w; "
        "assert 'portal.dashboards.views' in sys.modules; "
        "assert w.warmed.bundled_packs == 5 and w.warmed.organisation_packs == 0; "
        "print('ok')"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "POLICYGUARD_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
