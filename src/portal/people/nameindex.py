"""The directory's name index for screening, built once per version of the directory.

Screening a post against the whole directory (for the DSL, HR, administrators and the
moderators) looks for every person's name with screening's ``DirectoryNames``. Built
from 50,000 people it takes seconds, so it is never built on a request if it can help:

- every change to an organisation's people gives ``Organisation.directory_version`` a
  new random value
  (:func:`directory_changed`: the people actions call it, and a signal does for any
  other save or delete of a person, the admin's included) and, after commit, queues
  :func:`portal.people.tasks.build_name_index` on the worker;
- the worker builds the index of the version it finds and stores it, with the names it
  was built from, in ``DATA_DIR/name-indexes/<organisation id>-<version>.pickle``
  (written to a temporary file and renamed, so no reader sees half of it; older
  versions' files are removed);
- a process that screens reads the version (one small query), and loads that file once
  per version; only when no worker has stored it yet (none running, or the task still
  queued) does it build the index itself, and then stores it for the others.

The file is a pickle: it is only ever read from the portal's own data folder, written by
this module, never from anything a user sends. Several servers with their own data
folders each build an index once per version.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload
from uuid import uuid4

from django.conf import settings
from django.db import transaction

import policyguard as core
from policyguard.screening import DirectoryNames, remember_names
from portal.organisations.models import Organisation
from portal.people.models import Person

logger = logging.getLogger(__name__)

_FORMAT = "name-index-1"


@dataclass(frozen=True)
class WholeDirectory:
    """Everyone's id and name (as the core's people, ``id`` and ``name`` only) and the
    name index over them, for one version of an organisation's directory."""

    version: str
    people: Sequence[core.Person]
    index: DirectoryNames


_LOADED: dict[int, WholeDirectory] = {}


def directory_changed(organisation_id: int) -> None:
    """Record a change to the organisation's people (inside the caller's transaction):
    the next screen uses a new index, which the worker builds after commit."""
    Organisation.objects.filter(pk=organisation_id).update(directory_version=uuid4().hex)

    def queue() -> None:
        from portal.people.tasks import build_name_index

        build_name_index.enqueue(organisation_id)

    transaction.on_commit(queue)


def whole_directory(organisation: Organisation) -> WholeDirectory:
    """The organisation's whole directory and its name index, at the version now in the
    database: from this process's memory, else from the stored file, else built (and
    stored)."""
    version = _version(organisation.pk)
    held = _LOADED.get(organisation.pk)
    if held is not None and held.version == version:
        return held
    found = _read(organisation.pk, version)
    if found is None:
        found = store_name_index(organisation.pk)
    _LOADED[organisation.pk] = found
    remember_names(found.people, found.index, slot=f"organisation:{organisation.pk}")
    return found


def forget() -> None:
    """Drop the indexes this process holds, as a freshly started worker has none."""
    _LOADED.clear()


def stored_path(organisation_id: int, version: str) -> Path:
    """Where the index of that version is stored."""
    return _path(organisation_id, version)


def store_name_index(organisation_id: int) -> WholeDirectory:
    """Build the index of the directory as it is now and store it under its version (the
    task's work; also the fallback of :func:`whole_directory`)."""
    with transaction.atomic():
        # The version first: the names read after it are at least that new, so a file
        # never holds names older than its version says.
        version = _version(organisation_id)
        pairs = tuple(
            Person.objects.filter(organisation_id=organisation_id)
            .order_by("pk")
            .values_list("external_id", "name")
        )
    built = WholeDirectory(version, _people(pairs), DirectoryNames(pairs))
    _write(organisation_id, version, pairs, built.index)
    return built


def _version(organisation_id: int) -> str:
    found = (
        Organisation.objects.filter(pk=organisation_id)
        .values_list("directory_version", flat=True)
        .first()
    )
    return found or ""


class _People(Sequence[core.Person]):
    """The directory as the core's people (``id`` and ``name``), made when read: the
    core reads them only through the name index and its words, which come with the
    index, so 50,000 of them are never built on a request."""

    def __init__(self, pairs: tuple[tuple[str, str], ...]) -> None:
        self._pairs = pairs

    def __len__(self) -> int:
        return len(self._pairs)

    @overload
    def __getitem__(self, position: int) -> core.Person: ...

    @overload
    def __getitem__(self, position: slice) -> Sequence[core.Person]: ...

    def __getitem__(self, position: int | slice) -> core.Person | Sequence[core.Person]:
        if isinstance(position, slice):
            return _People(self._pairs[position])
        person_id, name = self._pairs[position]
        return core.Person(id=person_id, name=name)


def _people(pairs: tuple[tuple[str, str], ...]) -> Sequence[core.Person]:
    return _People(pairs)


def _folder() -> Path:
    return Path(settings.DATA_DIR) / "name-indexes"


def _path(organisation_id: int, version: str) -> Path:
    return _folder() / f"{organisation_id}-{version}.pickle"


def _read(organisation_id: int, version: str) -> WholeDirectory | None:
    path = _path(organisation_id, version)
    try:
        form, stored_version, pairs, data = pickle.loads(path.read_bytes())
        if form != _FORMAT or stored_version != version:
            raise ValueError(f"format {form!r}, version {stored_version!r}")
        return WholeDirectory(version, _people(pairs), DirectoryNames.loads(data))
    except FileNotFoundError:
        return None
    except Exception as exc:  # an older format, a damaged file: build it again
        logger.warning("name index %s not used (%s): building it again", path, exc)
        return None


def _write(
    organisation_id: int, version: str, pairs: tuple[tuple[str, str], ...], index: DirectoryNames
) -> None:
    folder = _folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps((_FORMAT, version, pairs, index.dumps()), pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".building-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, _path(organisation_id, version))
        current = _path(organisation_id, version).name
        for old in folder.glob(f"{organisation_id}-*.pickle"):
            # Another version's (a newer one stored meanwhile is simply built again).
            if old.name != current:
                old.unlink(missing_ok=True)
    except OSError as exc:
        # Screening still works from memory; the next process builds it again.
        logger.warning("could not store the name index in %s: %s", folder, exc)
