"""Demo data: one organisation per bundled pack, a trust over them, people and logins.

``load_demo`` is idempotent: organisations, users and memberships are created or brought
back in line; a directory that already has people is left alone; the demo API token is
replaced on every run (tokens are stored hashed, so an old one cannot be shown again).
Dates are counted from ``today``, so the under-18 student stays under 18 and the former
student stays inside a two-year window whenever the demo is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction

from policyguard import AffiliationKind, RelationKind, bundled_slugs, load_bundled
from portal.apitokens.actions import create_api_token, revoke_api_token
from portal.apitokens.models import ApiToken
from portal.dashboards.demo import load_demo_work
from portal.moderation.demo import load_demo_posts
from portal.monitoring.demo import load_demo_weblog
from portal.organisations.actions import create_organisation, create_trust, set_membership
from portal.organisations.models import Organisation, Trust
from portal.people.actions import add_person, add_relation, record_consent
from portal.people.models import Person
from portal.types import User

DEMO_PASSWORD = "policyguard-demo"
TRUST_SLUG = "demo-trust"
TRUST_ADMIN = "trust-admin"
TOKEN_NAME = "demo"
Affiliations = list[tuple[AffiliationKind, date | None, date | None]]


@dataclass
class DemoLogin:
    username: str
    organisation: str
    roles: list[str]
    is_admin: bool


@dataclass
class DemoReport:
    organisations_created: list[str] = field(default_factory=list)
    people_created: int = 0
    logins: list[DemoLogin] = field(default_factory=list)
    token: str = ""
    token_user: str = TRUST_ADMIN
    # Per institution: its administrator's login and a fresh API token.
    organisation_tokens: dict[str, tuple[str, str]] = field(default_factory=dict)


def _years_before(today: date, years: int, days: int = 0) -> date:
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February in a common year
        day = today.replace(year=today.year - years, day=28)
    return day - timedelta(days=days)


DEMO_MAIL_DOMAIN = "demo.example.org"  # reserved for examples: mail there reaches no one


def _user(username: str, *, superuser: bool = False) -> User:
    user, created = User.objects.get_or_create(username=username)
    if created:
        user.set_password(DEMO_PASSWORD)
        user.is_staff = superuser
        user.is_superuser = superuser
        user.save(update_fields=["password", "is_staff", "is_superuser"])
    if not user.email:
        # Every demo login (the DSLs above all) has an address, so e-mail notifications
        # show up in the console mail log as they would in an inbox.
        user.email = f"{username}@{DEMO_MAIL_DOMAIN}"
        user.save(update_fields=["email"])
    return user


def _people(organisation: Organisation, today: date) -> dict[str, Person]:
    """A small directory covering every kind of person the rules tell apart."""
    org = organisation
    staff: Affiliations = [(AffiliationKind.STAFF, _years_before(today, 6), None)]

    def person(
        external_id: str,
        name: str,
        born: date,
        affiliations: Affiliations,
        *,
        roles: list[str] | None = None,
        line_manager: Person | None = None,
        progress_tutor: Person | None = None,
    ) -> Person:
        return add_person(
            organisation=org,
            external_id=external_id,
            name=name,
            date_of_birth=born,
            affiliations=affiliations,
            roles=roles,
            line_manager=line_manager,
            progress_tutor=progress_tutor,
            acting_user=None,
        )

    made: dict[str, Person] = {}
    made["S001"] = person("S001", "Priya Shah", date(1979, 3, 14), staff, roles=["staff"])
    made["S002"] = person(
        "S002", "Tom Ellis", date(1990, 7, 2), staff, roles=["staff"], line_manager=made["S001"]
    )
    dsl = ["dsl"] if "dsl" in organisation.pack().roles else []
    made["S003"] = person(
        "S003",
        "Grace Okafor",
        date(1984, 11, 30),
        staff,
        roles=["staff", *dsl],
        line_manager=made["S001"],
    )
    made["T001"] = person(
        "T001",
        "Owen Hughes",
        date(1987, 5, 21),
        staff,
        roles=["staff"],
        line_manager=made["S001"],
    )
    # A member of staff leaving in two weeks: HR's leavers.
    made["S004"] = person(
        "S004",
        "Megan Price",
        date(1976, 2, 8),
        [(AffiliationKind.STAFF, _years_before(today, 9), today + timedelta(days=14))],
        roles=["staff"],
        line_manager=made["S001"],
    )
    term = _years_before(today, 1, days=-30)
    made["L001"] = person(
        "L001",
        "Maya Patel",
        _years_before(today, 16, days=40),
        [(AffiliationKind.STUDENT, term, None)],
        roles=["student"],
        progress_tutor=made["T001"],
    )
    made["L002"] = person(
        "L002",
        "Jack Ellis",
        _years_before(today, 19, days=100),
        [(AffiliationKind.STUDENT, term, _years_before(today, -1))],
        roles=["student"],
        progress_tutor=made["T001"],
    )
    made["L003"] = person(
        "L003",
        "Chloe Brennan",
        _years_before(today, 20, days=10),
        [(AffiliationKind.STUDENT, _years_before(today, 3), _years_before(today, 1))],
    )
    made["A001"] = person(
        "A001",
        "Sam Wood",
        _years_before(today, 17, days=200),
        [(AffiliationKind.APPLICANT, _years_before(today, 0, days=60), None)],
    )
    made["P001"] = person(
        "P001", "Anita Patel", date(1981, 9, 9), [(AffiliationKind.PARENT, None, None)]
    )
    add_relation(
        person=made["P001"], kind=RelationKind.PARENT_OF, other=made["L001"], acting_user=None
    )
    # Tom Ellis (staff) is Jack Ellis's brother: the family exception in contact rules.
    add_relation(
        person=made["S002"], kind=RelationKind.FAMILY_OF, other=made["L002"], acting_user=None
    )
    record_consent(
        person=made["L001"],
        given_by="parent",
        given_by_person=made["P001"],
        uses=["official_social_media", "educational_activity"],
        given_on=term,
        acting_user=None,
    )
    record_consent(
        person=made["L002"],
        given_by="self",
        uses=["official_social_media"],
        given_on=term,
        acting_user=None,
    )
    return made


def _logins(organisation: Organisation, people: dict[str, Person]) -> list[DemoLogin]:
    """One login per role of the pack, plus plain staff, a student and an administrator."""
    pack = organisation.pack()
    slug = organisation.slug
    # Relative roles are held by being someone's line manager or tutor in the directory.
    linked = {
        "line_manager": "S001",
        "progress_tutor": "T001",
        "staff": "S002",
        "student": "L001",
        "dsl": "S003",
    }
    wanted: list[tuple[str, list[str], bool]] = [(f"{slug}-admin", ["staff"], True)]
    for key, role in pack.roles.items():
        roles = ["staff"] if role.relative else ["staff", key]
        wanted.append((f"{slug}-{key.replace('_', '-')}", roles, False))
    wanted += [(f"{slug}-staff", ["staff"], False), (f"{slug}-student", ["student"], False)]
    logins = []
    for username, roles, is_admin in wanted:
        user = _user(username)
        set_membership(
            organisation=organisation, user=user, roles=roles, is_admin=is_admin, acting_user=None
        )
        key = username.removeprefix(f"{slug}-").replace("-", "_")
        entry = people.get(linked.get(key, ""))
        if entry is not None and entry.user_id is None:
            entry.user = user
            entry.save(update_fields=["user"])
        logins.append(DemoLogin(username, slug, roles, is_admin))
    return logins


def _fresh_token(user: User) -> str:
    """A new demo token for ``user``; the one printed before is revoked (tokens are
    stored hashed, so an old one cannot be shown again)."""
    for old in ApiToken.objects.filter(user=user, name=TOKEN_NAME, revoked_at=None):
        revoke_api_token(token=old, acting_user=None)
    _, token = create_api_token(user=user, name=TOKEN_NAME, acting_user=None)
    return token


def load_demo(*, today: date, slugs: list[str] | None = None) -> DemoReport:
    report = DemoReport()
    with transaction.atomic():
        trust = Trust.objects.filter(slug=TRUST_SLUG).first() or create_trust(
            slug=TRUST_SLUG, name="Demo Further Education Trust", acting_user=None
        )
        trust_admin = _user(TRUST_ADMIN)
        _user("admin", superuser=True)
        for slug in slugs if slugs is not None else bundled_slugs():
            organisation = Organisation.objects.filter(slug=slug).first()
            if organisation is None:
                pack = load_bundled(slug)
                organisation = create_organisation(
                    slug=slug,
                    name=pack.organisation.name,
                    pack_slug=slug,
                    trust=trust,
                    acting_user=None,
                )
                report.organisations_created.append(slug)
            if organisation.people.exists():
                people = {p.external_id: p for p in organisation.people.all()}
            else:
                people = _people(organisation, today)
                report.people_created += len(people)
            report.logins += _logins(organisation, people)
            load_demo_posts(organisation)
            load_demo_weblog(organisation)
            load_demo_work(organisation)
            set_membership(
                organisation=organisation,
                user=trust_admin,
                roles=["staff"],
                is_admin=True,
                acting_user=None,
            )
        report.token = _fresh_token(trust_admin)
        for login in report.logins:
            if login.is_admin:
                admin = User.objects.get(username=login.username)
                report.organisation_tokens[login.organisation] = (
                    login.username,
                    _fresh_token(admin),
                )
    return report
