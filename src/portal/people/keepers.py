"""A person's page for those who keep a register, when the directory does not show them
the person: only what the register's work needs.

- The consent register's keepers (``record_consent``, who pick anyone in the directory on
  the register's form) open anyone's page for their consents: the name and id, until
  when only a parent's or carer's consent counts, the parents and carers on record (who
  may give it), and the consents. Not the date of birth itself, the line manager, the
  tutor, the roles, other relations or the web history.
- The account register's keepers (the custodians, who remove a leaver's access, and the
  approvers) open the page of a person who owns or can use an official account: the
  name and id, their affiliations with leaving dates, and those accounts. Nothing else.

Whoever sees the person in the directory gets the full page instead; anyone else, "not
found" as for a person who is not there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, QuerySet

from policyguard import RelationKind
from portal.organisations.queries import Access
from portal.people.models import Person, Relation
from portal.people.queries import people_in, people_visible_to
from portal.types import Viewer

# Who may give consent for a child: those the directory records as their parent,
# guardian or carer.
PARENTAL = [
    RelationKind.PARENT_OF.value,
    RelationKind.GUARDIAN_OF.value,
    RelationKind.CARER_OF.value,
]


@dataclass
class KeeperView:
    person: Person
    consents: bool = False
    parents: list[Person] = field(default_factory=list)
    accounts: list[object] = field(default_factory=list)
    affiliations: bool = False


def _account_keeper(access: Access) -> bool:
    from portal.officialaccounts.queries import is_approver_anywhere, is_custodian

    return is_custodian(access) or is_approver_anywhere(access)


def _uses_an_account(organisation: object) -> Q:
    """People who own or can use an official account of ``organisation`` (those whose
    page the account register's keepers may open)."""
    return Q(official_accounts_owned__organisation=organisation) | Q(
        official_account_access__account__organisation=organisation,
        official_account_access__removed_at__isnull=True,
    )


def pages_openable_by(user: Viewer, access: Access) -> QuerySet[Person]:
    """The people whose page ``user`` may open: those the directory shows them, and
    those whose page a register they keep gives them reason to open (``keeper_view``).
    A page that names people links only these, and shows the others' names as plain
    text or not at all."""
    from portal.consent.queries import may_record_consent

    everyone = people_in(access.organisation)
    if access.sees_whole_directory or may_record_consent(access):
        return everyone
    shown = Q(pk__in=people_visible_to(user, access).values("pk"))
    if _account_keeper(access):
        keeps = everyone.filter(_uses_an_account(access.organisation)).values("pk")
        shown |= Q(pk__in=keeps)
    return everyone.filter(shown)


def with_page_links(people: QuerySet[Person], user: Viewer, access: Access) -> QuerySet[Person]:
    """``people``, each with ``page_open``: whether ``user`` may open their page
    (``pages_openable_by``), for a list that links some names and not others."""
    openable = pages_openable_by(user, access)
    return people.annotate(page_open=Exists(openable.filter(pk=OuterRef("pk"))))


def openable_among(user: Viewer, access: Access, people: Iterable[Person]) -> set[int]:
    """The primary keys of those of ``people`` whose page ``user`` may open, in one
    query (``pages_openable_by``)."""
    wanted = {p.pk for p in people}
    if not wanted:
        return set()
    return set(pages_openable_by(user, access).filter(pk__in=wanted).values_list("pk", flat=True))


def keeper_view(access: Access, external_id: str) -> KeeperView | None:
    """What a register keeper may see of ``external_id`` (module docstring); None when
    their registers give them no reason to open the page."""
    from portal.consent.queries import may_record_consent
    from portal.officialaccounts.models import OfficialAccount

    person = people_in(access.organisation).filter(external_id=external_id).first()
    if person is None:
        return None
    view = KeeperView(person)
    if may_record_consent(access):
        view.consents = True
        view.parents = [
            r.person
            for r in Relation.objects.filter(other=person, kind__in=PARENTAL)
            .select_related("person")
            .order_by("person__name")
        ]
    if _account_keeper(access):
        accounts = list(
            OfficialAccount.objects.filter(organisation=access.organisation)
            .filter(Q(owners=person) | Q(access__person=person, access__removed_at__isnull=True))
            .distinct()
            .order_by("name")
        )
        if accounts:
            view.accounts = list(accounts)
            view.affiliations = True
    if not view.consents and not view.accounts:
        return None
    return view
