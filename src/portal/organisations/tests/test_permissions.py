"""Who may moderate, see the directory, filter the web: the pack's roles say, not the code."""

from __future__ import annotations

from portal.moderation.queries import can_moderate
from portal.monitoring.queries import can_filter
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.queries import access_to
from portal.testing import pack_text
from portal.types import User


def test_it_takes_each_permission_from_the_pack_that_claims_it(db: None) -> None:
    text = pack_text("oakfield").replace(
        "  hr: {title: People Team}\n",
        "  hr: {title: People Team, may: [moderate, filter_web]}\n",
    )
    organisation = create_organisation(
        slug="ashdown", name="Ashdown", pack_slug="ashdown", pack_yaml=text, acting_user=None
    )
    people, comms, dsl = (User.objects.create(username=n) for n in ("pat", "cam", "dee"))
    for user, role in ((people, "hr"), (comms, "moderator"), (dsl, "dsl")):
        set_membership(
            organisation=organisation, user=user, roles=["staff", role], acting_user=None
        )
    as_hr, as_moderator, as_dsl = (access_to(u, "ashdown") for u in (people, comms, dsl))
    # The pack hands moderation to HR: the moderator role no longer moderates there.
    assert can_moderate(as_hr) and not can_moderate(as_moderator)
    # Filtering is claimed by HR too, so the DSL's default share of it lapses.
    assert can_filter(as_hr) and not can_filter(as_dsl)
    # Unclaimed permissions keep their defaults: the DSL and HR see the whole directory.
    assert as_dsl.sees_whole_directory and as_hr.sees_whole_directory
    assert not as_moderator.sees_whole_directory
