"""Who sees and records consents, and who handles takedown requests.

- Consents are seen and recorded by holders of the pack's ``record_consent`` permission
  (by default the moderating role, who obtain consent before publishing) and by
  administrators. Nobody else sees one: a person's page leaves the section out, and
  the register and its import answer 403 without naming anyone.
- Takedown requests are handled by the moderating role (the packs' ``act_role``) and
  administrators; whoever asked from inside the portal sees their own request's status.
"""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from policyguard import Pack
from portal.consent.models import TakedownRequest
from portal.organisations.queries import Access
from portal.people.models import Consent, Person
from portal.types import Viewer

# The use every consent on the register grants: publishing on the institution's own
# accounts and website. The packs' media rule asks for it (its ``use``), beside the
# purpose when a pack asks consents to name the purpose too.
DEFAULT_CHANNEL_USE = "official_social_media"


def may_record_consent(access: Access) -> bool:
    return access.is_admin or access.may("record_consent")


def may_handle_takedowns(access: Access) -> bool:
    return access.is_admin or access.may("moderate")


def channel_uses(pack: Pack) -> list[str]:
    """The uses the pack's media rules ask every consent for (beside a purpose)."""
    uses = {
        str(binding.params.get("use", DEFAULT_CHANNEL_USE))
        for binding in pack.rules
        if binding.rule == "media.consent_required"
    }
    return sorted(uses or {DEFAULT_CHANNEL_USE})


def consents_in(access: Access) -> QuerySet[Consent]:
    """The organisation's consents, for those who may see them (else none)."""
    if not may_record_consent(access):
        return Consent.objects.none()
    return Consent.objects.filter(person__organisation=access.organisation).select_related(
        "person", "given_by_person", "recorded_by"
    )


def consents_of(access: Access, person: Person) -> list[Consent] | None:
    """``person``'s consents, newest first; None when the reader may not see consents."""
    if not may_record_consent(access):
        return None
    return list(
        Consent.objects.filter(person=person)
        .select_related("given_by_person")
        .order_by("-given_on", "-id")
    )


def parental_consent_age(pack: Pack) -> int | None:
    """The age under which the pack's media rule asks for a parent's consent."""
    ages = [
        int(binding.params["parental_consent_under"])
        for binding in pack.rules
        if binding.rule == "media.consent_required"
        and binding.params.get("parental_consent_under") is not None
    ]
    return max(ages) if ages else None


def parent_needed_until(person: Person, pack: Pack) -> date | None:
    """The day ``person`` reaches the age from which their own consent counts (before
    it, only a parent's or carer's does); None when the pack sets no age or the date of
    birth is unknown."""
    limit = parental_consent_age(pack)
    born = person.date_of_birth
    if limit is None or born is None:
        return None
    try:
        return born.replace(year=born.year + limit)
    except ValueError:  # born on 29 February: a year older on 1 March in common years
        return date(born.year + limit, 3, 1)


def takedowns_visible_to(user: Viewer, access: Access) -> QuerySet[TakedownRequest]:
    requests = TakedownRequest.objects.filter(organisation=access.organisation).select_related(
        "subject", "duty", "closed_by"
    )
    if may_handle_takedowns(access):
        return requests
    if not user.is_authenticated:
        return requests.none()
    return requests.filter(requested_by=user)
