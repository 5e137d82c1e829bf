"""API: the organisations a token's user may use."""

from __future__ import annotations

from datetime import date

from django.utils import timezone
from ninja import Router, Schema

from portal.apibase import ApiRequest
from portal.errors import NotFound
from portal.organisations.queries import access_to, organisations_for

router = Router(tags=["organisations"])


class OrganisationOut(Schema):
    slug: str
    name: str
    trust: str | None
    pack: str
    pack_version: str
    next_review: date | None
    review_overdue: bool
    roles: list[str]
    is_admin: bool


@router.get("orgs", response=list[OrganisationOut])
def list_organisations(request: ApiRequest) -> list[OrganisationOut]:
    today = timezone.localdate()
    found = []
    for organisation in organisations_for(request.auth):
        try:
            access = access_to(request.auth, organisation.slug)
        except NotFound:
            continue
        review = organisation.pack().review
        found.append(
            OrganisationOut(
                slug=organisation.slug,
                name=organisation.name,
                trust=organisation.trust.name if organisation.trust else None,
                pack=organisation.pack_slug,
                pack_version=organisation.pack_version,
                next_review=review.next_review,
                review_overdue=review.is_overdue(today),
                roles=sorted(access.roles),
                is_admin=access.is_admin,
            )
        )
    return found
