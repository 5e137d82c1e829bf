"""Reads of the directory: the core's ``Lookups`` over the database, and who sees whom.

Visibility within an organisation (on top of ``Access.can_view_people``):
administrators, the DSL and HR see everyone; any other staff-side member sees their own
entry and the people they line-manage or progress-tutor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from django.db.models import Exists, Max, OuterRef, Q, QuerySet

import policyguard as core
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.organisations.snapshots import current_snapshot
from portal.people.models import Affiliation, Consent, Person, Relation
from portal.people.nameindex import whole_directory
from portal.types import Viewer

_CORE_PREFETCH = ("affiliations", "relations__other")


def people_in(organisation: Organisation) -> QuerySet[Person]:
    return Person.objects.filter(organisation=organisation).select_related(
        "line_manager", "progress_tutor"
    )


def people_visible_to(user: Viewer, access: Access) -> QuerySet[Person]:
    everyone = people_in(access.organisation)
    if access.sees_whole_directory:
        return everyone
    if not access.can_view_people or not user.is_authenticated:
        return everyone.none()
    own = Person.objects.filter(organisation=access.organisation, user=user)
    return everyone.filter(
        Q(pk__in=own) | Q(line_manager__in=own) | Q(progress_tutor__in=own)
    ).distinct()


def directory_id_of(organisation: Organisation, user: Viewer) -> str | None:
    """The directory id of ``user`` in ``organisation`` (None: not in the directory)."""
    if not user.is_authenticated:
        return None
    return (
        Person.objects.filter(organisation=organisation, user=user)
        .values_list("external_id", flat=True)
        .first()
    )


def nameable_by(user: Viewer, access: Access) -> QuerySet[Person] | None:
    """The people ``user`` may name by id in an event they ask about: those they may see
    in the directory, and themselves (students too); None for everyone (administrators,
    the DSL, HR). Anyone else is described in the event itself, so a decision never tells
    the asker what the directory holds about someone they may not see."""
    if access.sees_whole_directory:
        return None
    if not user.is_authenticated:
        return Person.objects.none()
    own = Person.objects.filter(organisation=access.organisation, user=user)
    return Person.objects.filter(
        Q(pk__in=people_visible_to(user, access).values("pk")) | Q(pk__in=own.values("pk"))
    )


class DatabaseLookups:
    """``policyguard.lookups.Lookups`` over one organisation's directory.

    People are cached for the life of the object (one decision), because a rule may ask
    for the same person several times; the ids are the organisation's external ids, so an
    id from another organisation is simply unknown here.
    """

    def __init__(
        self,
        organisation: Organisation,
        *,
        nameable: QuerySet[Person] | None = None,
        web_snapshot: object | None = None,
    ) -> None:
        self.organisation = organisation
        # The organisation's compiled web-filter snapshot, so web requests (and links in
        # posts) are decided as its Squid helpers decide them; read on first use.
        self._web_snapshot = web_snapshot
        # Only these people resolve by id (see ``nameable_by``), and only their names are
        # looked for in text; any other id reads as unknown, with the same error, so ids
        # cannot be probed. None: everyone.
        self.nameable = nameable
        self._people: dict[str, core.Person | None] = {}
        self._directory: Sequence[core.Person] | None = None

    @property
    def web_snapshot(self) -> object | None:
        """The organisation's compiled snapshot (``portal.organisations.snapshots``), or
        None until one is built."""
        if self._web_snapshot is None:
            self._web_snapshot = current_snapshot(self.organisation)
        return self._web_snapshot

    def directory(self) -> Sequence[core.Person]:
        """Everyone's id and name, for finding directory names in text (the core's
        ``DirectoryLookups``). Only ``id`` and ``name`` are filled: :meth:`person` gives
        the full record."""
        if self._directory is None and self.nameable is not None:
            # Only names the asker may see: a hit's evidence names the person's id.
            self._directory = tuple(
                core.Person(id=i, name=n)
                for i, n in self.nameable.order_by("pk").values_list("external_id", "name")
            )
        if self._directory is None:
            # Everyone: the same tuple, with its name index loaded once per version of
            # the directory (``portal.people.nameindex``), never built per request.
            self._directory = whole_directory(self.organisation).people
        return self._directory

    def _row(self, person_id: str) -> Person | None:
        rows = people_in(self.organisation).prefetch_related(*_CORE_PREFETCH)
        if self.nameable is not None:
            rows = rows.filter(pk__in=self.nameable.values("pk"))
        return rows.filter(external_id=person_id).first()

    def prime(self, person_ids: Iterable[str]) -> None:
        """Read the people ``person_ids`` name in one go (three queries, however many;
        one when none is found), so that the rules' calls of :meth:`person` find them
        already read. Every decision runs this: it reads plain values, not model rows
        (a third of the decisions API's time went into building and joining rows)."""
        wanted = {i for i in person_ids if i not in self._people}
        if not wanted:
            return
        rows = Person.objects.filter(organisation=self.organisation, external_id__in=wanted)
        if self.nameable is not None:
            rows = rows.filter(pk__in=self.nameable.values("pk"))
        found = {
            pk: (external_id, name, born, roles, manager, tutor)
            for pk, external_id, name, born, roles, manager, tutor in rows.order_by().values_list(
                "pk",
                "external_id",
                "name",
                "date_of_birth",
                "roles",
                "line_manager__external_id",
                "progress_tutor__external_id",
            )
        }
        affiliations: dict[int, list[core.Affiliation]] = {pk: [] for pk in found}
        relations: dict[int, list[core.Relation]] = {pk: [] for pk in found}
        if found:
            # In the order ``Person.to_core`` gives them (the models' own ordering).
            for owner, kind, start, end in (
                Affiliation.objects.filter(person_id__in=list(found))
                .order_by("start", "id")
                .values_list("person_id", "kind", "start", "end")
            ):
                affiliations[owner].append(core.Affiliation(kind=kind, start=start, end=end))
            for owner, kind, other in (
                Relation.objects.filter(person_id__in=list(found))
                .order_by("id")
                .values_list("person_id", "kind", "other__external_id")
            ):
                relations[owner].append(core.Relation(kind=kind, person_id=other))
        for pk, (external_id, name, born, roles, manager, tutor) in found.items():
            self._people[external_id] = core.Person(
                id=external_id,
                name=name,
                date_of_birth=born,
                affiliations=affiliations[pk],
                relations=relations[pk],
                roles=list(roles),
                line_manager_id=manager,
                progress_tutor_id=tutor,
            )
        for missing in wanted - self._people.keys():
            self._people[missing] = None

    def person(self, person_id: str) -> core.Person | None:
        if person_id not in self._people:
            row = self._row(person_id)
            self._people[person_id] = row.to_core() if row is not None else None
        return self._people[person_id]

    def consents(self, person_id: str) -> Sequence[core.Consent]:
        """The consents on file for ``person_id``; none for a person the asker may not
        name. An event may describe a person inline with any id: matching that id to
        the directory's consents would tell the asker whose consent is on file."""
        rows = Consent.objects.filter(
            person__organisation=self.organisation, person__external_id=person_id
        ).select_related("person", "given_by_person")
        if self.nameable is not None:
            rows = rows.filter(person__in=self.nameable.values("pk"))
        return [row.to_core() for row in rows]


# Leavers ------------------------------------------------------------------------------

LEAVERS_WINDOW = timedelta(days=30)


def leavers_among(
    people: QuerySet[Person], *, today: date, window: timedelta = LEAVERS_WINDOW
) -> QuerySet[Person]:
    """Those of ``people`` who leave (or left) within ``window`` of ``today``: every
    affiliation ends, the last on a day in the window. Each is annotated with
    ``leaving_on`` (the last affiliation's end, the first day they are gone); soonest
    first, then the most recent."""
    still_open = Affiliation.objects.filter(person=OuterRef("pk"), end__isnull=True)
    return (
        people.annotate(leaving_on=Max("affiliations__end"))
        .filter(leaving_on__gte=today - window, leaving_on__lte=today + window)
        .exclude(Exists(still_open))
        .order_by("leaving_on", "name", "id")
    )
